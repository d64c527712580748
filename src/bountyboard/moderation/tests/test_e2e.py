"""End to end over the real stack: the bounties services and the real guard (text scanner, image
pipeline, hash matcher over the site's banks), the JSON API and the media view, committed
transactions so screening runs after commit as in production."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bountyboard.accounts.models import Role, User
from bountyboard.accounts.services import api_token_create
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyImage
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.moderation import services
from bountyboard.moderation.tests.conftest import TAKEDOWN_OK, jpeg, picture, png
from bountyboard.screening.models import Screening
from bountyboard.testing.factories import make_funded_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.models, pytest.mark.postgres]


def _user(name: str, *, credits: int = 0, role: str = Role.MEMBER) -> User:
    return make_funded_user(name, credits=credits, role=role)


def _draft_with_image(poster: User, data: bytes, filename: str) -> tuple[Bounty, BountyImage]:
    bounty = bounty_services.bounty_create(
        poster=poster,
        title="Lighthouse at dusk, painterly",
        description="A painterly lighthouse on a rocky coast at dusk, warm light, no people.",
        type="image",
        prize=500,
        expires_at=timezone.now() + dt.timedelta(days=7),
        min_contribution=50,
        rights_statement="I made the reference image myself.",
    )
    image = bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=data, filename=filename)
    return bounty, image


def _bearer(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_create(user=user, name='e2e')[1]}"}


class TestTakedownEndToEnd:
    def test_a_takedown_removes_an_image_and_a_resized_reupload_is_blocked(self, client: Client) -> None:
        poster = _user("poster", credits=5_000)
        backer = _user("backer", credits=5_000)
        moderator = _user("moderator", role=Role.MODERATOR)
        original = picture(900, size=(640, 480))

        bounty, image = _draft_with_image(poster, png(original), "lighthouse.png")
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "open", (bounty.status, bounty.reasons)
        bounty_services.bounty_contribute(benefactor=backer, bounty_id=bounty.pk, amount=300)
        assert (wallet_balance(poster), wallet_balance(backer)) == (4_500, 4_700)
        media_url = f"/media/bounties/{bounty.pk}/images/{image.pk}/"
        assert client.get(media_url).status_code == 200

        # The depicted person files a notice with a link to the image, anonymously.
        response = client.post(
            "/api/v1/takedowns",
            {**TAKEDOWN_OK, "locations": [f"http://testserver{media_url}"]},
            content_type="application/json",
        )
        assert response.status_code == 201, response.content
        notice = response.json()
        assert notice["status"] == "received"

        headers = _bearer(moderator)
        queue = client.get("/api/v1/moderation/queue", **headers).json()["items"]
        item = next(i for i in queue if i["kind"] == "takedown")
        assert item["target_type"] == "image" and item["target_id"] == str(image.screening_id)
        decided = client.post(
            f"/api/v1/moderation/queue/{item['id']}/decide",
            {"action": "remove", "why": "Shared without the depicted person's consent.", "ground": "law.take_it_down_act"},
            content_type="application/json",
            **headers,
        )
        assert decided.status_code == 200, decided.content

        # Gone from the site, everyone refunded.
        assert client.get(media_url).status_code in (403, 404)
        bounty.refresh_from_db()
        assert bounty.status == "removed" and bounty.pool == 0
        assert (wallet_balance(poster), wallet_balance(backer)) == (5_000, 5_000)

        # A resized, re-encoded copy uploaded by someone else is blocked by the guard's hash match.
        other = _user("other", credits=5_000)
        _copy_bounty, copy_image = _draft_with_image(other, jpeg(original.resize((480, 360)), quality=80), "copy.jpg")
        row = Screening.objects.get(pk=copy_image.screening_id)
        assert row.status == "done" and row.decision == "block", (row.status, row.decision, row.reasons)
        assert "hash_match" in {r["code"] for r in row.reasons}
        assert not row.stored_name  # blocked uploads are not kept

        # A different picture still goes through.
        _fine, fine_image = _draft_with_image(other, png(picture(901, size=(640, 480))), "other.png")
        assert Screening.objects.get(pk=fine_image.screening_id).decision == "allow"

        assert client.get("/api/v1/transparency").json()["takedowns"]["removed"] == 1
        assert audit_verify().ok

    def test_the_uploader_is_told_why(self, client: Client) -> None:
        poster = _user("poster2", credits=5_000)
        moderator = _user("moderator2", role=Role.MODERATOR)
        bounty, image = _draft_with_image(poster, png(picture(910, size=(640, 480))), "a.png")
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)

        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{image.screening_id}"])
        services.takedown_act(takedown_id=takedown.pk, moderator=moderator)
        messages: list[Any] = list(poster.notifications.filter(kind="moderation.outcome").values_list("message", flat=True))
        assert any("TAKE IT DOWN" in m and "appeal" in m.lower() for m in messages), messages
