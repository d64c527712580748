"""The moderation JSON API through Django's test client (real URL conf, auth and error handlers)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.accounts.services import api_token_create
from bountyboard.audit.models import AuditEvent
from bountyboard.bounties.models import Bounty, BountyStatus
from bountyboard.moderation.models import ModerationDecision, QueueItem, Report, Takedown
from bountyboard.moderation.tests.conftest import TAKEDOWN_OK, picture, png

pytestmark = pytest.mark.django_db


def _bearer(user: User) -> dict[str, str]:
    _token, plaintext = api_token_create(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def _state() -> tuple[int, int, int, int, int]:
    return (
        Takedown.objects.count(),
        Report.objects.count(),
        QueueItem.objects.count(),
        ModerationDecision.objects.count(),
        AuditEvent.objects.count(),
    )


class TestReportCreate:
    def test_anonymous_report_is_received(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(100)))
        response = client.post(
            "/api/v1/reports",
            {"target_type": "bounty", "target_id": str(funded.bounty.pk), "category": "likeness"},
            content_type="application/json",
        )
        assert response.status_code == 201, response.content
        assert response.json()["status"] == "received"
        assert QueueItem.objects.filter(kind="report").count() == 1

    def test_a_bad_category_is_a_json_error(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(101)))
        before = _state()
        response = client.post(
            "/api/v1/reports",
            {"target_type": "bounty", "target_id": str(funded.bounty.pk), "category": "meh"},
            content_type="application/json",
        )
        assert response.status_code == 400
        assert response.json()["code"] == "invalid" and "category" in response.json()["message"]
        assert _state() == before


    def test_a_hidden_draft_answers_exactly_as_a_missing_bounty(self, client: Client, make_bounty: Any) -> None:
        # Issue 12: a report on a hidden draft answered 201 while a missing bounty answered 404.
        funded = make_bounty(image=png(picture(107)))
        Bounty.objects.filter(pk=funded.bounty.pk).update(status=BountyStatus.DRAFT)
        missing_id = funded.bounty.pk + 1000
        before = _state()
        answers = []
        for target_id in (funded.bounty.pk, missing_id):
            response = client.post(
                "/api/v1/reports",
                {"target_type": "bounty", "target_id": str(target_id), "category": "spam"},
                content_type="application/json",
            )
            body = response.json()
            answers.append((response.status_code, body["code"], body["message"].replace(str(target_id), "N")))
        assert answers[0] == answers[1] and answers[0][0] == 404
        assert _state() == before

    def test_the_poster_can_still_report_their_own_draft(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(108)))
        Bounty.objects.filter(pk=funded.bounty.pk).update(status=BountyStatus.DRAFT)
        response = client.post(
            "/api/v1/reports",
            {"target_type": "bounty", "target_id": str(funded.bounty.pk), "category": "spam"},
            content_type="application/json",
            **_bearer(funded.bounty.poster),
        )
        assert response.status_code == 201


class TestTakedownStatus:
    def _filed(self, client: Client, make_bounty: Any, **headers: str) -> int:
        funded = make_bounty(image=png(picture(109)))
        response = client.post(
            "/api/v1/takedowns",
            {**TAKEDOWN_OK, "locations": [f"image:{funded.image.pk}"]},
            content_type="application/json",
            **headers,
        )
        assert response.status_code == 201, response.content
        return int(response.json()["id"])

    def test_anonymous_stepping_through_numbers_learns_nothing(self, client: Client, make_bounty: Any) -> None:
        # Issue 12: received and due times were readable by anyone stepping through ids.
        takedown_id = self._filed(client, make_bounty)
        hidden = client.get(f"/api/v1/takedowns/{takedown_id}")
        missing = client.get(f"/api/v1/takedowns/{takedown_id + 1000}")
        assert hidden.status_code == missing.status_code == 404
        assert hidden.json() == missing.json()
        assert client.get(f"/api/v1/takedowns/{takedown_id}", {"token": "forged"}).status_code == 404

    def test_the_receipt_mail_holds_a_status_link_that_works_without_an_account(
        self, client: Client, make_bounty: Any, settings: Any, django_capture_on_commit_callbacks: Any
    ) -> None:
        settings.SITE_URL = "https://board.example.org"
        from django.core import mail

        with django_capture_on_commit_callbacks(execute=True):
            takedown_id = self._filed(client, make_bounty)
        receipt = next(m for m in mail.outbox if m.to == [TAKEDOWN_OK["contact_email"]])
        link = next(word for word in receipt.body.split() if word.startswith("https://board.example.org/"))
        response = client.get(link.removeprefix("https://board.example.org"))
        assert response.status_code == 200 and response.json()["id"] == takedown_id

    def test_its_signed_in_filer_and_moderators_read_it(
        self, client: Client, make_bounty: Any, make_user: Any, moderator: User
    ) -> None:
        filer = make_user()
        takedown_id = self._filed(client, make_bounty, **_bearer(filer))
        assert client.get(f"/api/v1/takedowns/{takedown_id}", **_bearer(filer)).status_code == 200
        assert client.get(f"/api/v1/takedowns/{takedown_id}", **_bearer(moderator)).status_code == 200
        assert client.get(f"/api/v1/takedowns/{takedown_id}", **_bearer(make_user())).status_code == 404


class TestNoticeRateLimit:
    def test_one_address_gets_an_hourly_budget(self, client: Client, make_bounty: Any, settings: Any) -> None:
        settings.MODERATION_NOTICES_PER_HOUR = 2
        funded = make_bounty(image=png(picture(106)))
        body = {"target_type": "bounty", "target_id": str(funded.bounty.pk), "category": "spam"}
        for _ in range(2):
            assert client.post("/api/v1/reports", body, content_type="application/json").status_code == 201
        before = _state()
        refused = client.post("/api/v1/reports", body, content_type="application/json")
        assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
        assert _state() == before
        other = client.post("/api/v1/reports", body, content_type="application/json", REMOTE_ADDR="10.0.0.9")
        assert other.status_code == 201


class TestTakedownCreate:
    def test_returns_id_status_and_due_at(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(102)))
        before = timezone.now()
        response = client.post(
            "/api/v1/takedowns",
            {**TAKEDOWN_OK, "locations": [f"image:{funded.image.pk}"]},
            content_type="application/json",
        )
        assert response.status_code == 201, response.content
        body = response.json()
        assert set(body) == {"id", "status", "due_at"}
        assert body["status"] == "received"
        due = dt.datetime.fromisoformat(body["due_at"])
        assert dt.timedelta(hours=47, minutes=59) < due - before < dt.timedelta(hours=48, minutes=1)

    def test_a_link_without_its_trailing_slash_is_located_and_the_filer_hears_every_step(
        self, client: Client, make_bounty: Any, make_user: Any, moderator: User,
        django_capture_on_commit_callbacks: Any, mailoutbox: list[Any],
    ) -> None:
        funded = make_bounty(image=png(picture(106)))
        filer = make_user(name="filer")
        bounty_id = funded.bounty.pk
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/api/v1/takedowns",
                {**TAKEDOWN_OK, "contact_email": "filer@example.test",
                 "locations": [f"/bounties/{bounty_id}", f"http://testserver/bounties/{bounty_id}?ref=mail"]},
                content_type="application/json", **_bearer(filer),
            )
        assert response.status_code == 201, response.content
        takedown = Takedown.objects.get(pk=response.json()["id"])
        assert [(loc["target_type"], loc["target_id"]) for loc in takedown.locations] == [("bounty", str(bounty_id))]
        item = QueueItem.objects.get(takedown=takedown)
        with django_capture_on_commit_callbacks(execute=True):
            decided = client.post(
                f"/api/v1/moderation/queue/{item.pk}/decide",
                {"action": "remove", "why": "A likeness shared without consent.",
                 "ground": "policy.likeness_without_consent"},
                content_type="application/json", **_bearer(moderator),
            )
        assert decided.status_code == 200, decided.content
        with django_capture_on_commit_callbacks(execute=True):
            disputed = client.post(
                f"/api/v1/takedowns/{takedown.pk}/counter-notice",
                {"statement": "This is my own original artwork, not her.", "signature": "Poster Person"},
                content_type="application/json", **_bearer(funded.bounty.poster),
            )
        assert disputed.status_code == 201, disputed.content
        subjects = [message.subject for message in mailoutbox if "filer@example.test" in message.to]
        assert subjects == [
            f"Takedown request {takedown.pk} received",
            f"Takedown request {takedown.pk}: content removed",
            f"Takedown request {takedown.pk}: the uploader disputes the removal",
        ]
        assert filer.notifications.filter(kind="moderation.takedown").count() == 3

    def test_missing_parts_are_named_and_nothing_is_written(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(103)))
        before = _state()
        response = client.post(
            "/api/v1/takedowns",
            {"category": "ncii", "locations": [f"image:{funded.image.pk}"], "contact_email": "not-an-email"},
            content_type="application/json",
        )
        assert response.status_code == 400
        body = response.json()
        assert body["code"] == "takedown_incomplete"
        assert body["missing"] == ["good_faith_statement", "signature", "contact_name", "on_behalf_of"]
        assert "not an email" in body["errors"]["contact_email"]
        assert _state() == before


@pytest.mark.postgres
class TestQueue:
    def test_a_member_cannot_read_the_queue(self, client: Client, make_user: Any) -> None:
        response = client.get("/api/v1/moderation/queue", **_bearer(make_user()))
        assert response.status_code == 403 and response.json()["code"] == "forbidden"

    def test_anonymous_cannot_read_the_queue(self, client: Client) -> None:
        assert client.get("/api/v1/moderation/queue").status_code == 401

    def test_a_member_cannot_decide_and_nothing_changes(self, client: Client, make_user: Any, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(104)))
        client.post(
            "/api/v1/takedowns", {**TAKEDOWN_OK, "locations": [f"image:{funded.image.pk}"]}, content_type="application/json"
        )
        item = QueueItem.objects.get()
        before = _state()
        response = client.post(
            f"/api/v1/moderation/queue/{item.pk}/decide",
            {"action": "remove", "why": "x", "ground": "law.ncii"},
            content_type="application/json",
            **_bearer(make_user()),
        )
        assert response.status_code == 403
        funded.image.refresh_from_db()
        assert funded.image.decision == "allow" and _state() == before

    def test_a_moderator_decision_is_in_the_audit_log_and_the_transparency_export(
        self, client: Client, moderator: User, make_bounty: Any
    ) -> None:
        funded = make_bounty(image=png(picture(105)))
        client.post(
            "/api/v1/takedowns", {**TAKEDOWN_OK, "locations": [f"image:{funded.image.pk}"]}, content_type="application/json"
        )
        headers = _bearer(moderator)
        queue = client.get("/api/v1/moderation/queue", **headers).json()
        assert [i["kind"] for i in queue["items"]] == ["takedown"]
        item_id = queue["items"][0]["id"]
        response = client.post(
            f"/api/v1/moderation/queue/{item_id}/decide",
            {"action": "remove", "why": "Intimate image shared without consent.", "ground": "law.take_it_down_act"},
            content_type="application/json",
            **headers,
        )
        assert response.status_code == 200, response.content
        decision = response.json()
        assert decision["statement"]["ground"]["code"] == "law.take_it_down_act"
        assert "appeal" in decision["statement"]["how_to_appeal"]
        event = AuditEvent.objects.get(action="moderation.decision.remove")
        assert event.data["decision_id"] == decision["id"] and event.actor_id == moderator.pk

        public = client.get("/api/v1/transparency").json()
        assert public["decisions"] == {"remove": 1}
        assert public["actions"]["human"] == 1
        assert public["takedowns"]["removed"] == 1 and public["takedowns"]["past_deadline"] == 0
        rows = list(csv.reader(io.StringIO(client.get("/api/v1/transparency?format=csv").content.decode())))
        assert rows[0] == ["metric", "dimension", "value"]
        assert ["decisions", "remove", "1"] in rows
        assert ["notices", "ncii/api", "1"] in rows
        assert client.get("/api/v1/moderation/queue", **headers).json()["items"] == []


class TestRoleSet:
    def test_only_an_admin_makes_a_moderator(self, client: Client, make_user: Any, moderator: User, admin: User) -> None:
        member = make_user()
        url = f"/api/v1/moderation/users/{member.pk}/role"
        refused = client.post(url, {"role": "moderator"}, content_type="application/json", **_bearer(moderator))
        assert refused.status_code == 403
        member.refresh_from_db()
        assert member.role == "member"
        done = client.post(url, {"role": "moderator"}, content_type="application/json", **_bearer(admin))
        assert done.status_code == 200 and done.json()["role"] == "moderator"
