"""Appeals and counter-notices, and the decision that upholds them."""

from __future__ import annotations

from typing import Any

import pytest

from bountyboard.accounts.models import Notification, User
from bountyboard.bounties.models import Entry, EntryImage
from bountyboard.errors import PermissionDenied, ValidationFailed
from bountyboard.moderation import services
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import (
    QueueItem,
    QueueKind,
    TakedownStatus,
)
from bountyboard.moderation.selectors import transparency_report
from bountyboard.moderation.tests.conftest import (
    T0,
    TAKEDOWN_OK,
    picture,
    png,
    screened_image,
)

pytestmark = pytest.mark.django_db


@pytest.mark.postgres
class TestAppealCreate:
    def test_an_upheld_appeal_restores_and_counts_as_a_reversal(
        self, make_bounty: Any, make_user: Any, moderator: User, admin: User
    ) -> None:
        funded = make_bounty(image=png(picture(70)))
        entrant = make_user()
        entry = Entry.objects.create(bounty=funded.bounty, entrant=entrant, status="visible")
        row = screened_image(subject_type="entry", subject_id=entry.pk, data=png(picture(71)))
        EntryImage.objects.create(entry=entry, screening=row)
        report = services.report_create(reporter=None, target_type="image", target_id=row.pk, category="ip", now=T0)
        removal = services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Copied artwork.", ground="law.copyright", now=T0,
        )
        entry.refresh_from_db()
        assert entry.status == "blocked"
        assert {e.case_id for e in DjangoBankStore().hash_list(services.TAKEDOWN_BANK)} == {f"decision:{removal.pk}"}
        with pytest.raises(PermissionDenied):
            services.appeal_create(decision_id=removal.pk, user=funded.bounty.poster, statement="Not my content but...")
        appeal = services.appeal_create(decision_id=removal.pk, user=entrant, statement="I drew this myself; here is the PSD.")
        services.queue_decide(item_id=appeal.pk, moderator=admin, action="approve", why="The entrant showed the source.", ground="policy.no_violation")
        row.refresh_from_db()
        entry.refresh_from_db()
        entrant.refresh_from_db()
        assert (row.decision, entry.status, entrant.strikes) == ("allow", "visible", 0)
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []  # its hashes left the bank
        figures = transparency_report(now=T0)
        assert figures["appeals"] == {"received": 1, "reversals": 1}
        told = Notification.objects.get(user=entrant, kind="moderation.appeal_outcome")
        assert "upheld" in told.message and "The entrant showed the source." in told.message


@pytest.mark.postgres
class TestCounterNoticeCreate:
    def test_the_uploader_disputes_and_an_upheld_notice_restores_the_image(
        self, make_bounty: Any, make_user: Any, moderator: User, admin: User
    ) -> None:
        funded = make_bounty(image=png(picture(90)))
        entrant = make_user()
        entry = Entry.objects.create(bounty=funded.bounty, entrant=entrant, status="visible")
        row = screened_image(subject_type="entry", subject_id=entry.pk, data=png(picture(91)))
        EntryImage.objects.create(entry=entry, screening=row)
        takedown = services.takedown_create(
            **{**TAKEDOWN_OK, "category": "likeness"}, locations=[f"image:{row.pk}"], now=T0
        )
        services.queue_decide(
            item_id=QueueItem.objects.get(takedown=takedown).pk, moderator=moderator, action="remove",
            why="Likeness without consent.", ground="policy.likeness_without_consent", now=T0,
        )
        with pytest.raises(PermissionDenied):
            services.counter_notice_create(takedown_id=takedown.pk, user=make_user(), statement="Not me at all here.", signature="X")
        with pytest.raises(ValidationFailed) as caught:
            services.counter_notice_create(takedown_id=takedown.pk, user=entrant, statement="", signature="")
        assert "statement" in caught.value.message and "signature" in caught.value.message
        item = services.counter_notice_create(
            takedown_id=takedown.pk, user=entrant, statement="This is a stock model who signed a release.", signature="E. Ntrant"
        )
        assert (item.kind, item.owner) == (QueueKind.COUNTER_NOTICE, entrant)
        services.queue_decide(
            item_id=item.pk, moderator=admin, action="approve", why="The release was verified.", ground="policy.no_violation"
        )
        row.refresh_from_db()
        takedown.refresh_from_db()
        assert (row.decision, takedown.status) == ("allow", TakedownStatus.RESTORED)
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []
