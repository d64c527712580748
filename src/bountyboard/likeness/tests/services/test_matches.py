"""Content showing a protected person is held back and put in front of a moderator."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core import mail

from bountyboard.accounts.models import User
from bountyboard.bounties.models import BountyStatus, EntryStatus
from bountyboard.likeness import services
from bountyboard.likeness.models import ProtectedLikeness
from bountyboard.likeness.tests.conftest import bounty_published, entry_with_image, funded_user
from bountyboard.moderation.models import QueueItem
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind

pytestmark = pytest.mark.models


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestEntryScreening:
    def test_an_entry_image_with_her_face_is_hidden_and_queued(
        self, registered: ProtectedLikeness, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="A knight in armour", description="fantasy art"
        )
        assert bounty.status == BountyStatus.OPEN
        entry = entry_with_image(shared_data, bounty, her_photos[4])
        entry.refresh_from_db()
        assert entry.status == EntryStatus.IN_REVIEW
        image = Screening.objects.get(subject_type="entry", subject_id=entry.pk, kind=ScreeningKind.IMAGE)
        assert registered.id in image.person_ids
        assert image.decision == ScreeningDecision.CONSENT_REQUIRED  # hidden: only allow is served
        # Queued with the verdict itself, not by a sweep or a moderator opening the queue page.
        item = QueueItem.objects.get(screening_id=image.pk)
        assert item.evidence["person_ids"] == [registered.id] and item.evidence["faces"]
        assert item.status == "open"
        assert services.matches_queue_sync() == 0
        # She is told, in-app and by e-mail, once.
        told = her.notifications.filter(kind="likeness.match", target_id=str(image.pk))
        assert told.count() == 1
        assert any(her.email in message.to for message in mail.outbox)
