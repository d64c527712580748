"""A scan that raises every time is tried ``SCREENING_MAX_ATTEMPTS`` times by the reconciler, then
ends ``failed`` and goes to the moderation queue: never ``pending`` forever."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty
from bountyboard.moderation.models import QueueItem, QueueKind
from bountyboard.moderation.services import queue_sync_screenings
from bountyboard.screening.models import Screening
from bountyboard.screening.services import screenings_reconcile
from bountyboard.testing.bounty_fixtures import draft_bounty as draft_bounty
from bountyboard.testing.bounty_fixtures import funded_user as funded_user

pytestmark = [pytest.mark.django_db(transaction=True)]


def test_a_scan_that_raises_every_time_ends_failed_and_queued(
    settings, funded_user: Callable[..., User], draft_bounty: Callable[..., Bounty]
):
    settings.SCREENING_MAX_ATTEMPTS = 3
    settings.SCREENING_RESEND_AFTER_SECONDS = 0
    bounty = draft_bounty(funded_user())
    # A kind no scanner handles: every try raises (a missing upload fails at once instead: test_delivery).
    row = Screening.objects.create(subject_type="bounty", subject_id=bounty.pk, kind="hologram")
    for _ in range(5):
        screenings_reconcile()
    row.refresh_from_db()
    assert (row.status, row.decision, row.attempts) == ("failed", "review", 3)
    assert "KeyError" in row.error
    queue_sync_screenings()
    item = QueueItem.objects.get(kind=QueueKind.SCREENING, source_key=f"screening:{row.pk}")
    assert item.screening_id == row.pk


