"""The guard's reviews in the queue (``services.queue``), over the real guard and the bounties' real screening."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from bountyboard.bounties import services as bounty_services
from bountyboard.moderation import services
from bountyboard.moderation.models import QueueItem
from bountyboard.screening.models import Screening
from bountyboard.testing.bounty_fixtures import UNNAMED_LIKENESS
from bountyboard.testing.factories import make_funded_user
from bountyboard.testing.uploads import landscape_png

pytestmark = pytest.mark.django_db(transaction=True)


def _published(title: str, description: str) -> int:
    """A bounty published with a landscape reference; its scans and verdict ran (tasks run eagerly in tests)."""
    poster = make_funded_user(credits=1_000)
    bounty = bounty_services.bounty_create(
        poster=poster, title=title, description=description, type="lora", prize=100,
        expires_at=timezone.now() + dt.timedelta(days=7), rights_statement="I made the reference image myself.",
    )
    bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(), filename="ref.png")
    bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    return bounty.pk


class TestQueueScreeningAdd:
    def test_a_bounty_the_pooled_verdict_holds_is_queued_with_its_pooled_reasons(self) -> None:
        # Every part allows (the text and its reference image); the likeness reading of the whole request holds it.
        bounty_id = _published("Weather presenter LoRA", UNNAMED_LIKENESS)
        parts = Screening.objects.filter(subject_type="bounty", subject_id=bounty_id)
        assert {p.decision for p in parts} == {"allow"}
        (item,) = QueueItem.objects.filter(target_type="bounty", target_id=str(bounty_id))
        assert [r["code"] for r in item.evidence["reasons"]] == ["likeness_context"]
        assert item.summary.endswith("(likeness_context)") and item.screening_id in {p.pk for p in parts}
        for part in parts:  # the bounty waits on one item: no part of it queues another
            assert services.queue_screening_add(part) is None
        assert QueueItem.objects.filter(target_type="bounty", target_id=str(bounty_id)).count() == 1

    def test_a_part_that_asked_for_review_itself_is_queued_with_its_own_reasons(self) -> None:
        bounty_id = _published("Kelvrin Dusk sticker pack", "Stickers of Kelvrin Dusk, the grumpy lighthouse cat.")
        (item,) = QueueItem.objects.filter(target_type="bounty", target_id=str(bounty_id))
        row = Screening.objects.get(pk=item.screening_id)
        assert row.decision == "review" and item.evidence["reasons"] == row.reasons
