"""Consent journeys through the JSON API, end to end on the real stack: real reference photos and
face models, the real guard, the ledger, in-process screening jobs. Nothing here calls a periodic
sweep to make things happen: requests, queue items and notifications arrive with the decisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties.models import Bounty, BountyStatus, ContributionStatus
from bountyboard.ledger.selectors import escrow_balance, ledger_discrepancies, wallet_balance
from bountyboard.likeness import selectors, services
from bountyboard.likeness.models import ConsentRequest, ConsentStatus, ProtectedLikeness
from bountyboard.likeness.tests.conftest import entry_with_image, funded_user, neutral_image
from bountyboard.moderation.models import QueueItem
from bountyboard.testing.pages import logged_in as _client

pytestmark = [pytest.mark.models, pytest.mark.django_db(transaction=True)]


def _register(client: Client, photos: list[Path]) -> str:
    handles = [p.open("rb") for p in photos]
    try:
        response = client.post("/api/v1/likeness", {"photos": handles, "name": "Lea Moreau", "aliases": "Lea M"})
    finally:
        for handle in handles:
            handle.close()
    assert response.status_code == 201, response.content
    return str(response.json()["id"])


def _verify(moderator: User, likeness_id: str) -> None:
    response = _client(moderator).post(
        f"/api/v1/moderation/likeness/{likeness_id}/verify", {"basis": "passport on a video call"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content


def _draft(client: Client, shared_data: Path, *, title: str, description: str) -> int:
    response = client.post(
        "/api/v1/bounties",
        {"title": title, "description": description, "type": "lora", "prize": 200,
         "expires_at": (timezone.now() + dt.timedelta(days=14)).isoformat(),
         "rights_statement": "I took the reference photo myself."},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    bounty_id = int(response.json()["id"])
    from django.core.files.uploadedfile import SimpleUploadedFile

    image = client.post(f"/api/v1/bounties/{bounty_id}/images",
                        {"image": SimpleUploadedFile("dogs.jpg", neutral_image(shared_data))})
    assert image.status_code == 201, image.content
    return bounty_id


def _publish(client: Client, bounty_id: int) -> dict[str, Any]:
    response = client.post(f"/api/v1/bounties/{bounty_id}/publish")
    assert response.status_code == 200, response.content
    return dict(response.json())


class TestTheWholeConsentJourney:
    def test_she_registers_is_verified_and_answers_two_bounties_that_name_her(
        self, her: User, her_photos: list[Path], moderator: User, shared_data: Path
    ) -> None:
        likeness_id = _register(_client(her), her_photos[:3])
        _verify(moderator, likeness_id)
        assert her.notifications.filter(kind="likeness.verified").exists()

        poster = funded_user("poster")
        posting = _client(poster)
        knight = _draft(posting, shared_data, title="LoRA of Lea Moreau", description="Lea Moreau as a knight.")
        check = posting.post(f"/api/v1/bounties/{knight}/check").json()
        assert check["decision"] == "consent_required" and check["charged"] is True
        assert [p["can_answer"] for p in check["people"]] == [True] and check["invite_url"] is None
        assert any("asked as soon as you publish" in sentence for sentence in check["sentences"])
        published = _publish(posting, knight)
        assert published["status"] == BountyStatus.CONSENT_PENDING
        assert "waits for the depicted person's consent until" in published["message"]
        pilot = _draft(posting, shared_data, title="Lea Moreau as a pilot", description="A portrait LoRA.")
        _publish(posting, pilot)

        # Both requests reach her at once, on the API, with a notification and an e-mail each.
        asked = _client(her).get("/api/v1/consents").json()
        assert sorted(row["bounty_id"] for row in asked) == [knight, pilot]
        assert all(row["status"] == ConsentStatus.PENDING and row["respond_by"] for row in asked)
        notices = her.notifications.filter(kind="consent.requested")
        assert notices.count() == 2 and all("grant or refuse by" in n.message for n in notices)
        assert sum(her.email in message.to for message in mail.outbox) >= 2
        state = posting.get(f"/api/v1/bounties/{knight}/consent").json()
        assert [(p["name"], p["request_status"]) for p in state["people"]] == [("Lea Moreau", "pending")]

        by_bounty = {row["bounty_id"]: row["id"] for row in asked}
        granted = _client(her).post(f"/api/v1/consents/{by_bounty[knight]}/grant", {}, content_type="application/json")
        assert granted.status_code == 200, granted.content
        refused = _client(her).post(f"/api/v1/consents/{by_bounty[pilot]}/refuse", {"note": "not this one"},
                                    content_type="application/json")
        assert refused.status_code == 200, refused.content

        assert Bounty.objects.get(pk=knight).status == BountyStatus.OPEN
        rejected = Bounty.objects.get(pk=pilot)
        assert rejected.status == BountyStatus.REJECTED
        assert not rejected.contributions.filter(status=ContributionStatus.HELD).exists()
        assert (wallet_balance(poster), escrow_balance(knight), escrow_balance(pilot)) == (800, 200, 0)
        assert ledger_discrepancies() == [] and audit_verify().ok


class TestABountyHeldForReviewAsksHerOnceSheIsVerified:
    def test_verification_turns_the_in_review_bounty_into_a_consent_request(
        self, her: User, her_photos: list[Path], moderator: User, shared_data: Path
    ) -> None:
        likeness_id = _register(_client(her), her_photos[:3])  # not verified yet
        poster = funded_user("poster")
        posting = _client(poster)
        bounty_id = _draft(posting, shared_data, title="LoRA of Lea Moreau", description="Lea Moreau, fantasy art.")
        assert _publish(posting, bounty_id)["status"] == BountyStatus.IN_REVIEW
        # Queued with its verdict: the moderators' API list has it without anyone opening a page first.
        queue = _client(moderator).get("/api/v1/moderation/queue").json()["items"]
        assert any(item["target_type"] == "bounty" and str(item["target_id"]) == str(bounty_id) for item in queue)
        assert not ConsentRequest.objects.exists()

        _verify(moderator, likeness_id)

        assert Bounty.objects.get(pk=bounty_id).status == BountyStatus.CONSENT_PENDING
        asked = _client(her).get("/api/v1/consents").json()
        assert [row["bounty_id"] for row in asked] == [bounty_id]
        assert her.notifications.filter(kind="consent.requested").count() == 1
        likeness = ProtectedLikeness.objects.get(pk=likeness_id)
        run = selectors.rescan_latest(likeness)
        assert run is not None and run.status == "done"
        # The re-scan's count is the dashboard's list of matches.
        assert run.matched == len(selectors.likeness_matches(likeness)) >= 1


class TestARealPersonWhoIsNotRegistered:
    def test_the_poster_is_told_why_gets_an_invitation_and_is_refunded_after_the_bounded_wait(
        self, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        posting = _client(poster)
        bounty_id = _draft(posting, shared_data, title="Emma Watson LoRA",
                           description="A LoRA of Emma Watson dressed as a medieval knight.")
        check = posting.post(f"/api/v1/bounties/{bounty_id}/check").json()
        assert check["decision"] == "consent_required"
        assert [(p["registered"], p["can_answer"]) for p in check["people"]] == [(False, False)]
        assert check["invite_url"].endswith(f"/likeness/about/?bounty={bounty_id}")
        assert any("not registered here" in sentence for sentence in check["sentences"])
        assert check["consent_deadline"]

        assert _publish(posting, bounty_id)["status"] == BountyStatus.CONSENT_PENDING
        bounty = Bounty.objects.get(pk=bounty_id)
        assert bounty.consent_deadline is not None
        notice = poster.notifications.get(kind="consent.unreachable")
        assert f"?bounty={bounty_id}" in notice.message and f"{bounty.consent_deadline:%Y-%m-%d}" in notice.message
        state = posting.get(f"/api/v1/bounties/{bounty_id}/consent").json()
        assert state["invite_url"] == check["invite_url"] and state["consent_deadline"]
        assert wallet_balance(poster) == 800  # held only for the bounded wait

        assert services.consents_expire_overdue(now=bounty.consent_deadline - dt.timedelta(minutes=1)) == 0
        assert services.consents_expire_overdue(now=bounty.consent_deadline + dt.timedelta(minutes=1)) == 1
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.REJECTED
        assert (wallet_balance(poster), escrow_balance(bounty_id)) == (1000, 0)
        assert poster.notifications.filter(kind="moderation.outcome", message__contains="did not register").exists()
        assert ledger_discrepancies() == [] and audit_verify().ok


class TestAnEntryShowingHerGoesToTheQueueAtOnce:
    def test_the_moderators_api_lists_it_and_she_hears_the_decision(
        self, registered: ProtectedLikeness, her: User, her_photos: list[Path], moderator: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        posting = _client(poster)
        bounty_id = _draft(posting, shared_data, title="A knight in armour", description="fantasy art")
        assert _publish(posting, bounty_id)["status"] == BountyStatus.OPEN
        entry = entry_with_image(shared_data, Bounty.objects.get(pk=bounty_id), her_photos[4])
        queue = _client(moderator).get("/api/v1/moderation/queue").json()["items"]
        mine = [item for item in queue if item["evidence"].get("person_ids") == [registered.id]]
        assert len(mine) == 1, queue
        assert her.notifications.filter(kind="likeness.match").count() == 1
        decided = _client(moderator).post(
            f"/api/v1/moderation/queue/{mine[0]['id']}/decide",
            {"action": "remove", "why": "It shows a protected person without consent.",
             "ground": "policy.likeness_without_consent"},
            content_type="application/json",
        )
        assert decided.status_code == 200, decided.content
        told = her.notifications.get(kind="likeness.decision")
        assert "was removed" in told.message
        assert QueueItem.objects.get(pk=mine[0]["id"]).status == "decided"
        entry.refresh_from_db()
        assert entry.status != "visible"
