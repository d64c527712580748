from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from bountyboard.accounts import services
from bountyboard.accounts.models import ApiToken, User
from bountyboard.testing.factories import TEST_PASSWORD, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.urls("bountyboard.accounts.tests.api_urls")]

SIGNUP = {
    "username": "alice",
    "email": "alice@example.test",
    "password": "a long unusual passphrase 42",
    "adult": True,
}


def post(client: Client, url: str, body: Any, **headers: str) -> Any:
    raw = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, data=raw, content_type="application/json", headers=headers)


def bearer_for(user: User) -> dict[str, str]:
    _, plaintext = services.api_token_create(user=user, name="test")
    return {"Authorization": f"Bearer {plaintext}"}


def assert_error_shape(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == code and isinstance(body["message"], str) and body["message"]
    return body


class TestSignup:
    def test_creates_account(self, client: Client) -> None:
        response = post(client, "/api/v1/auth/signup", SIGNUP)
        assert response.status_code == 202
        assert response.json()["code"] == "signup_received"
        assert User.objects.get(username="alice").role == "member"

    def test_a_taken_email_gets_the_same_answer(self, client: Client) -> None:
        User.objects.filter(pk=make_user("ann").pk).update(email="alice@example.test")
        response = post(client, "/api/v1/auth/signup", {**SIGNUP})
        fresh = post(client, "/api/v1/auth/signup", {**SIGNUP, "username": "bob", "email": "bob@example.test"})
        assert (response.status_code, response.json()) == (fresh.status_code, fresh.json())
        assert not User.objects.filter(username="alice").exists()

    def test_over_the_budget_is_a_json_429(self, client: Client, settings: Any) -> None:
        settings.RATE_LIMITS = {"signup.address": (1, 3600)}
        post(client, "/api/v1/auth/signup", SIGNUP)
        body = assert_error_shape(
            post(client, "/api/v1/auth/signup", {**SIGNUP, "username": "bob", "email": "bob@example.test"}),
            429,
            "rate_limited",
        )
        assert body["message"].endswith(".")
        assert not User.objects.filter(username="bob").exists()

    def test_without_adult_is_400_and_creates_nothing(self, client: Client) -> None:
        body = assert_error_shape(
            post(client, "/api/v1/auth/signup", {**SIGNUP, "adult": False}), 400, "invalid"
        )
        assert body["message"].startswith("adult:")
        assert not User.objects.exists()

    def test_missing_field_is_422_naming_the_field(self, client: Client) -> None:
        payload = {k: v for k, v in SIGNUP.items() if k != "email"}
        body = assert_error_shape(post(client, "/api/v1/auth/signup", payload), 422, "invalid")
        assert body["message"].startswith("email:")
        assert body["errors"][0]["field"] == "email"
        assert not User.objects.exists()

    def test_wrong_type_is_422(self, client: Client) -> None:
        body = assert_error_shape(
            post(client, "/api/v1/auth/signup", {**SIGNUP, "adult": [1]}), 422, "invalid"
        )
        assert body["message"].startswith("adult:")

    @pytest.mark.parametrize("raw", ["{not json", "[]", '"text"', ""])
    def test_malformed_body_is_a_json_error_not_a_500(self, client: Client, raw: str) -> None:
        response = post(client, "/api/v1/auth/signup", raw)
        assert response.status_code in (400, 422)
        assert response.json()["code"] == "invalid"
        assert not User.objects.exists()

    def test_taken_username_is_400(self, client: Client) -> None:
        make_user("alice")
        body = assert_error_shape(post(client, "/api/v1/auth/signup", SIGNUP), 400, "invalid")
        assert body["message"].startswith("username:")


class TestToken:
    def test_issues_a_working_token(self, client: Client) -> None:
        make_user("bob")
        response = post(client, "/api/v1/auth/token", {"username": "bob", "password": TEST_PASSWORD})
        assert response.status_code == 201
        token = response.json()["token"]
        me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200 and me.json()["username"] == "bob"

    def test_wrong_password_is_401(self, client: Client) -> None:
        make_user("bob")
        assert_error_shape(
            post(client, "/api/v1/auth/token", {"username": "bob", "password": "no"}),
            401,
            "invalid_credentials",
        )
        assert not ApiToken.objects.exists()


class TestMe:
    def test_shows_role_and_rating(self, client: Client) -> None:
        user = make_user("carol", role="moderator")
        body = client.get("/api/v1/me", headers=bearer_for(user)).json()
        assert body["username"] == "carol" and body["email"] == user.email
        assert body["role"] == "moderator" and body["rating_preference"] == "pg"
        assert body["email_verified"] is True

    def test_without_auth_is_401_json(self, client: Client) -> None:
        assert_error_shape(client.get("/api/v1/me"), 401, "not_authenticated")

    def test_unknown_token_is_401(self, client: Client) -> None:
        assert_error_shape(
            client.get("/api/v1/me", headers={"Authorization": "Bearer bb_nope"}), 401, "not_authenticated"
        )

    def test_banned_user_token_is_401(self, client: Client) -> None:
        from django.utils import timezone

        user = make_user()
        headers = bearer_for(user)
        User.objects.filter(pk=user.pk).update(banned_at=timezone.now())
        assert client.get("/api/v1/me", headers=headers).status_code == 401

    def test_session_login_works_for_reads(self, client: Client) -> None:
        user = make_user("dana")
        client.force_login(user)
        assert client.get("/api/v1/me").json()["username"] == "dana"

    def test_session_write_needs_csrf(self) -> None:
        user = make_user()
        strict = Client(enforce_csrf_checks=True)
        strict.force_login(user)
        response = strict.patch(
            "/api/v1/me", data=json.dumps({"rating_preference": "r"}), content_type="application/json"
        )
        assert_error_shape(response, 403, "forbidden")
        user.refresh_from_db()
        assert user.rating_preference == "pg"

    def test_update_rating_preference(self, client: Client) -> None:
        user = make_user()
        response = client.patch(
            "/api/v1/me",
            data=json.dumps({"rating_preference": "pg13"}),
            content_type="application/json",
            headers=bearer_for(user),
        )
        assert response.status_code == 200 and response.json()["rating_preference"] == "pg13"

    def test_update_refuses_unknown_rating(self, client: Client) -> None:
        user = make_user()
        response = client.patch(
            "/api/v1/me",
            data=json.dumps({"rating_preference": "xxx"}),
            content_type="application/json",
            headers=bearer_for(user),
        )
        assert_error_shape(response, 400, "invalid")
        user.refresh_from_db()
        assert user.rating_preference == "pg"


class TestTokenRevoke:
    def test_revoked_token_stops_working(self, client: Client) -> None:
        user = make_user()
        token, plaintext = services.api_token_create(user=user, name="t")
        headers = {"Authorization": f"Bearer {plaintext}"}
        assert client.delete(f"/api/v1/auth/tokens/{token.pk}", headers=headers).status_code == 204
        assert client.get("/api/v1/me", headers=headers).status_code == 401

    def test_someone_elses_token_is_404(self, client: Client) -> None:
        owner, other = make_user(), make_user()
        token, _ = services.api_token_create(user=owner, name="t")
        assert_error_shape(
            client.delete(f"/api/v1/auth/tokens/{token.pk}", headers=bearer_for(other)), 404, "not_found"
        )
        token.refresh_from_db()
        assert token.revoked_at is None

    def test_list_never_shows_secrets(self, client: Client) -> None:
        user = make_user()
        headers = bearer_for(user)
        rows = client.get("/api/v1/auth/tokens", headers=headers).json()
        assert len(rows) == 1 and set(rows[0]) == {
            "id",
            "name",
            "prefix",
            "created_at",
            "last_used_at",
            "revoked",
        }
        assert rows[0]["last_used_at"] is not None


class TestNotifications:
    def test_list_and_mark_read(self, client: Client) -> None:
        user = make_user()
        note = services.notification_create(
            user=user, kind="entry.new", message="New entry", url="/b/1", target=("bounty", 1)
        )
        headers = bearer_for(user)
        rows = client.get("/api/v1/notifications", headers=headers).json()
        assert [r["id"] for r in rows] == [note.pk] and rows[0]["read"] is False
        assert post(client, f"/api/v1/notifications/{note.pk}/read", {}, **headers).json() == {"marked": 1}
        assert client.get("/api/v1/notifications?unread=true", headers=headers).json() == []
        assert client.get("/api/v1/me", headers=headers).json()["unread_notifications"] == 0

    def test_someone_elses_is_404(self, client: Client) -> None:
        owner, other = make_user(), make_user()
        note = services.notification_create(user=owner, kind="k", message="m")
        assert_error_shape(
            post(client, f"/api/v1/notifications/{note.pk}/read", {}, **bearer_for(other)), 404, "not_found"
        )

    def test_bad_id_is_422(self, client: Client) -> None:
        user = make_user()
        assert_error_shape(
            post(client, "/api/v1/notifications/abc/read", {}, **bearer_for(user)), 422, "invalid"
        )


class TestOpenApi:
    def test_schema_is_served(self, client: Client) -> None:
        schema = client.get("/api/v1/openapi.json").json()
        assert "/api/v1/auth/signup" in schema["paths"] and "/api/v1/me" in schema["paths"]
