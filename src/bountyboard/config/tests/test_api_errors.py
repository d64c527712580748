"""Absurd input and outages through the real API: every answer is JSON {code, message} with a 4xx
or a 503 that says what was wrong, and nothing changed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import OperationalError, connection
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.bounties import api as bounties_api
from bountyboard.bounties.models import Bounty
from bountyboard.bounties.tests.conftest import world_state
from bountyboard.bounties.tests.test_api import auth, create_payload
from bountyboard.testing.bounty_fixtures import funded_user as funded_user

pytestmark = [pytest.mark.django_db(transaction=True)]

TOO_BIG = 2**63


def _post(client: Client, path: str, body: Any, headers: dict[str, str]) -> Any:
    return client.post(path, json.dumps(body), content_type="application/json", **headers)


def _assert_json_error(response: Any, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) >= {"code", "message"}, body
    for word in words:
        assert word in body["message"], body
    return dict(body)


class TestBoundedNumbers:
    def test_amounts_and_offsets_past_the_database_range_say_which_field(self, client: Client, funded_user):
        poster = funded_user(1_000)
        headers = auth(poster)
        created = _post(client, "/api/v1/bounties", create_payload(), headers)
        assert created.status_code == 201, created.content
        bounty_id = created.json()["id"]
        before = world_state()
        cases = [
            (_post(client, "/api/v1/bounties", create_payload(prize=TOO_BIG), headers), "prize"),
            (_post(client, "/api/v1/bounties", create_payload(min_contribution=TOO_BIG), headers), "min_contribution"),
            (_post(client, "/api/v1/bounties", create_payload(entry_limit=TOO_BIG), headers), "entry_limit"),
            (_post(client, f"/api/v1/bounties/{bounty_id}/contributions", {"amount": TOO_BIG}, headers), "amount"),
            (client.get(f"/api/v1/bounties?offset={TOO_BIG}"), "offset"),
            (client.get("/api/v1/bounties?limit=-1"), "limit"),
        ]
        for response, field in cases:
            _assert_json_error(response, 422, field)
        assert world_state() == before

    def test_an_id_past_the_database_range_is_a_json_4xx(self, client: Client, funded_user):
        headers = auth(funded_user(1_000))
        before = world_state()
        response = client.get(f"/api/v1/bounties/{TOO_BIG}", **headers)
        assert response.status_code in (400, 404), response.content
        assert set(response.json()) >= {"code", "message"}
        assert world_state() == before


class TestNullsAndTimeZones:
    def test_null_in_a_patch_field_is_refused_and_nothing_changes(self, client: Client, funded_user):
        headers = auth(funded_user(1_000))
        created = _post(client, "/api/v1/bounties", create_payload(max_contribution=300), headers)
        bounty_id = created.json()["id"]
        before = world_state()
        for field in ("title", "expires_at", "entry_limit", "tags", "starts_at"):
            response = client.patch(f"/api/v1/bounties/{bounty_id}", json.dumps({field: None}),
                                    content_type="application/json", **headers)
            _assert_json_error(response, 422, field, "null")
        assert world_state() == before
        # ``null`` clears a field that may be empty: the maximum per benefactor.
        cleared = client.patch(f"/api/v1/bounties/{bounty_id}", json.dumps({"max_contribution": None}),
                               content_type="application/json", **headers)
        assert cleared.status_code == 200, cleared.content
        assert cleared.json()["max_contribution"] is None

    def test_a_consent_expiry_without_a_time_zone_says_so(self, client: Client, funded_user):
        headers = auth(funded_user(1_000))
        before = world_state()
        response = _post(client, "/api/v1/consents/1/grant", {"expires_at": "2030-01-01T12:00:00"}, headers)
        body = _assert_json_error(response, 422, "expires_at")
        assert "timezone" in body["message"].lower() or "time zone" in body["message"].lower()
        assert world_state() == before


class TestOversizedBody:
    def test_a_3_mb_json_body_is_a_json_413(self, client: Client, funded_user):
        headers = auth(funded_user(1_000))
        before = world_state()
        payload = create_payload(description="fox " * (3 * 1024 * 1024 // 4))
        response = _post(client, "/api/v1/bounties", payload, headers)
        _assert_json_error(response, 413, "body")
        assert world_state() == before


@pytest.fixture
def database_down() -> Any:
    """The real database driver failing to connect (the file's directory does not exist), as when
    the server is down; restored afterwards."""
    saved = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = "/nonexistent-bountyboard-dir/db.sqlite3"
    yield
    connection.close()
    connection.settings_dict["NAME"] = saved


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the outage is simulated on the SQLite file")
class TestDatabaseOutage:
    def test_the_api_answers_503_json_with_retry_after(self, client: Client, database_down: None):
        response = client.get("/api/v1/bounties")
        body = _assert_json_error(response, 503)
        assert body["code"] == "database_unavailable"
        assert int(response["Retry-After"]) > 0

    def test_signup_during_the_outage_creates_nothing(self, client: Client, database_down: None):
        response = client.post("/api/v1/auth/signup", json.dumps(
            {"username": "outage", "email": "o@example.org", "password": "a long passphrase 42", "adult": True}
        ), content_type="application/json")
        _assert_json_error(response, 503)

    def test_pages_answer_503_with_a_sentence(self, client: Client, database_down: None):
        response = client.get("/")
        assert response.status_code == 503
        assert int(response["Retry-After"]) > 0
        assert b"Nothing was changed" in response.content


def test_signup_after_the_outage_finds_no_half_written_account(client: Client) -> None:
    # The outage signup above ran against no database at all; the real one has no such user.
    assert not User.objects.filter(username="outage").exists()


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite keeps each service's own transaction")
def test_a_database_lost_after_the_service_committed_keeps_nothing_of_the_request(
    client: Client, funded_user, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The create's service has written the bounty; the database goes away while the 201 is built.
    The answer is a 503 saying nothing was changed, and that is true: the request's writes roll back."""
    def lost(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(bounties_api, "_bounty_detail", lost)  # the fault, right after the service's commit
    user = funded_user()
    before = Bounty.objects.count()
    response = _post(client, "/api/v1/bounties", create_payload(), auth(user))
    assert _assert_json_error(response, 503)["code"] == "database_unavailable"
    assert Bounty.objects.count() == before
