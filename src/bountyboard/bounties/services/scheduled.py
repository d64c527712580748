"""Time-driven transitions (``bounties tick`` and the Celery beat task): expiry, the close of the
awarding window, expiring-soon reminders. Each is safe to run twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyStatus,
    Contribution,
    ContributionStatus,
)
from bountyboard.bounties.services.awards import award_window, bounty_award_window_close
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _close,
    _eligible_entries,
    _followers,
    _notify,
    _refund_held,
    _setting,
)

EXPIRABLE_STATUSES = (BountyStatus.OPEN, BountyStatus.SCREENING, BountyStatus.CONSENT_PENDING,
                      BountyStatus.IN_REVIEW)


def bounty_expire(*, bounty_id: int, now: dt.datetime | None = None) -> Bounty:
    """Open -> awarding at expiry (48-hour window), or -> expired with refunds when no entry is
    eligible or the bounty never opened (screening, consent_pending, in_review). Safe to run twice."""
    now = now or timezone.now()
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status not in EXPIRABLE_STATUSES or bounty.expires_at > now:
            return bounty
        if bounty.status != BountyStatus.OPEN or not _eligible_entries(bounty):
            # Never opened in time (still screening, waiting for consent or review), or nobody
            # entered: the escrow must not be held forever.
            _refund_held(bounty, reason="expired_no_entries")
            _close(bounty, BountyStatus.EXPIRED)
            audit_record(action="bounty.expire", target_type="bounty", target_id=bounty.pk,
                         reasons=["no_eligible_entries"], automated=True)
            _notify(_followers(bounty), kind="bounty.expired",
                    message=f"“{bounty.title[:80]}” ended without entries; stakes were refunded.", bounty=bounty)
            return bounty
        bounty.status = BountyStatus.AWARDING
        bounty.awarding_ends_at = now + award_window()
        bounty.save(update_fields=["status", "awarding_ends_at", "updated_at"])
        audit_record(action="bounty.awarding", target_type="bounty", target_id=bounty.pk, automated=True,
                     data={"awarding_ends_at": bounty.awarding_ends_at.isoformat()})
        holders = Contribution.objects.filter(bounty=bounty, status=ContributionStatus.HELD).values_list(
            "benefactor_id", flat=True)
        _notify(User.objects.filter(pk__in=list(holders)), kind="bounty.awarding",
                message=f"“{bounty.title[:80]}” ended: award your stake within 48 hours.", bounty=bounty)
    return bounty


def bounty_remind_expiring(*, bounty_id: int, now: dt.datetime | None = None) -> bool:
    """Tell trackers and benefactors an open bounty ends soon. Once per bounty (safe to run twice)."""
    now = now or timezone.now()
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.OPEN or bounty.expiry_reminded_at is not None:
            return False
        bounty.expiry_reminded_at = now
        bounty.save(update_fields=["expiry_reminded_at"])
        _notify(_followers(bounty), kind="bounty.expiring", bounty=bounty,
                message=f"“{bounty.title[:80]}” ends {bounty.expires_at:%Y-%m-%d %H:%M} UTC.")
    return True


@dataclass(frozen=True)
class TickReport:
    expired: list[int]
    windows_closed: list[int]
    reminded: list[int]


def bounties_tick(*, now: dt.datetime | None = None) -> TickReport:
    """Run every due transition once: expiry, window close, reminders. Each bounty in its own
    transaction, so one failure does not hold back the rest; re-running finds nothing left to do."""
    now = now or timezone.now()
    soon = now + dt.timedelta(hours=float(_setting("BOUNTY_EXPIRING_SOON_HOURS", 24)))
    due_expiry = list(Bounty.objects.filter(status__in=EXPIRABLE_STATUSES, expires_at__lte=now)
                      .values_list("pk", flat=True))
    expired = [pk for pk in due_expiry if bounty_expire(bounty_id=pk, now=now).status not in EXPIRABLE_STATUSES]
    due_close = list(Bounty.objects.filter(status=BountyStatus.AWARDING, awarding_ends_at__lte=now)
                     .values_list("pk", flat=True))
    closed = [pk for pk in due_close
              if bounty_award_window_close(bounty_id=pk, now=now).status != BountyStatus.AWARDING]
    due_remind = list(Bounty.objects.filter(status=BountyStatus.OPEN, expires_at__gt=now, expires_at__lte=soon,
                                            expiry_reminded_at__isnull=True).values_list("pk", flat=True))
    reminded = [pk for pk in due_remind if bounty_remind_expiring(bounty_id=pk, now=now)]
    return TickReport(expired=expired, windows_closed=closed, reminded=reminded)
