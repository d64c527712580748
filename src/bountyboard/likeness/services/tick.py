"""Everything periodic in the likeness registry, run once per tick."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from bountyboard.likeness.services.consent import consent_requests_sync, consents_expire_overdue
from bountyboard.likeness.services.matches import matches_queue_sync
from bountyboard.likeness.services.rescan import rescans_resume


@dataclass(frozen=True, slots=True)
class LikenessTickReport:
    asked: int  # bounties whose depicted people were asked for consent (or poster told)
    queued: int  # held-back uploads showing a protected person put in the moderation queue
    expired: int  # consent requests past their deadline, or grants past their expiry
    resumed: list[int]  # re-scan runs delivered again


def likeness_tick(*, now: dt.datetime | None = None) -> LikenessTickReport:
    """Everything periodic in the registry, once (Celery beat or ``bountyboard likeness tick``)."""
    with transaction.atomic():
        resumed = rescans_resume(now=now)  # enqueued after this commits
    return LikenessTickReport(
        asked=consent_requests_sync(),
        queued=matches_queue_sync(),
        expired=consents_expire_overdue(now=now),
        resumed=resumed,
    )
