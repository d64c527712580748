"""A new registration hides what already shows the person whatever its lifecycle status (issue 9):
awarding and expired bounties too, with their status and its history kept for the ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus, Contribution
from bountyboard.likeness.tests.conftest import funded_user, neutral_image, safetensors_bytes
from bountyboard.likeness.tests.test_api import _client, _register
from bountyboard.moderation.models import QueueItem
from bountyboard.screening.models import Screening

pytestmark = [pytest.mark.models, pytest.mark.django_db(transaction=True)]


def _bounty_showing_her(her_photos: list[Path]) -> Bounty:
    """A bounty whose reference photo shows Lea Moreau, whom nobody had registered: it opens (one
    unknown face is only material outside a likeness bounty; in a LoRA bounty it goes to review)."""
    poster = funded_user("poster")
    bounty = bounty_services.bounty_create(
        poster=poster, title="Painting in this style", description="Oil painting, warm light.", type="other",
        prize=100, expires_at=timezone.now() + dt.timedelta(days=14),
        rights_statement="I took the reference photo myself.",
    )
    bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=her_photos[6].read_bytes(),
                                     filename="ref.jpg")
    bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    return Bounty.objects.get(pk=bounty.pk)


@pytest.mark.parametrize("with_entry", [False, True], ids=["expired", "awarding"])
def test_a_closed_bounty_matching_a_new_registration_is_hidden_with_its_status_kept(
    her: User, her_photos: list[Path], shared_data: Path, with_entry: bool
) -> None:
    bounty = _bounty_showing_her(her_photos)
    assert bounty.status == BountyStatus.OPEN, bounty.reasons
    if with_entry:
        bounty_services.entry_submit(
            entrant=funded_user("entrant"), bounty_id=bounty.pk, description="my take on it",
            images=[("dogs.jpg", neutral_image(shared_data))], files=[("model.safetensors", safetensors_bytes())],
        )
    bounty = bounty_services.bounty_expire(bounty_id=bounty.pk, now=timezone.now() + dt.timedelta(days=30))
    closed_status = BountyStatus.AWARDING if with_entry else BountyStatus.EXPIRED
    assert bounty.status == closed_status
    anonymous = Client()
    assert anonymous.get(f"/api/v1/bounties/{bounty.pk}").status_code == 200
    stakes = dict(Contribution.objects.filter(bounty=bounty).values_list("pk", "status"))

    response = _register(_client(her), her_photos[:3])
    assert response.status_code == 201, response.content

    bounty.refresh_from_db()
    assert bounty.status == closed_status and bounty.hidden_at is not None  # hidden, status untouched
    assert bounty.hidden_reason == "protected_person_match"
    refused = anonymous.get(f"/api/v1/bounties/{bounty.pk}")
    assert refused.status_code == 404 and refused.json()["code"] == "bounty_not_found"
    listed = anonymous.get("/api/v1/bounties?status=all&limit=100").json()["items"]
    assert bounty.pk not in {item["id"] for item in listed}
    assert dict(Contribution.objects.filter(bounty=bounty).values_list("pk", "status")) == stakes  # ledger untouched
    hide = AuditEvent.objects.get(action="bounty.hide", target_id=str(bounty.pk))
    assert hide.data["previous_status"] == closed_status
    image = Screening.objects.get(subject_type="bounty", subject_id=bounty.pk, kind="image")
    assert QueueItem.objects.filter(screening_id=image.pk).exists()
    poster_view = _client(bounty.poster).get(f"/api/v1/bounties/{bounty.pk}")
    assert poster_view.status_code == 200 and poster_view.json()["hidden"] is True


def test_a_moderator_approving_the_match_shows_the_closed_bounty_again_in_its_status(
    her: User, her_photos: list[Path], moderator: User
) -> None:
    from bountyboard.moderation.services import queue_decide

    bounty = _bounty_showing_her(her_photos)
    bounty = bounty_services.bounty_expire(bounty_id=bounty.pk, now=timezone.now() + dt.timedelta(days=30))
    assert _register(_client(her), her_photos[:3]).status_code == 201
    image = Screening.objects.get(subject_type="bounty", subject_id=bounty.pk, kind="image")
    item = QueueItem.objects.get(screening_id=image.pk)
    queue_decide(item_id=item.pk, moderator=moderator, action="approve", why="She is the poster's co-author.",
                 ground="policy.no_violation")
    bounty.refresh_from_db()
    assert (bounty.status, bounty.hidden_at) == (BountyStatus.EXPIRED, None)
    assert Client().get(f"/api/v1/bounties/{bounty.pk}").status_code == 200
