"""Login limits (django-axes through bountyboard/accounts/login_limits.py): per account and per client
address, on the API, the site and the admin, holding under concurrency, lifted by a password reset."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.hashers import MD5PasswordHasher
from django.contrib.auth.tokens import default_token_generator
from django.db import connection
from django.http import HttpRequest
from django.test import Client, RequestFactory
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from bountyboard.accounts import services
from bountyboard.accounts.models import ApiToken, User
from bountyboard.errors import NotAuthenticated, PermissionDenied, RateLimited
from bountyboard.testing.factories import TEST_PASSWORD, make_user

pytestmark = pytest.mark.django_db

LIMIT = 5
NEW_PASSWORD = "a long unusual passphrase 42"


def login(username: str, password: str, ip: str = "10.0.0.1") -> User:
    request = RequestFactory().post("/api/v1/auth/token", REMOTE_ADDR=ip)
    return services.user_authenticate(request=request, username=username, password=password)


def attempts_state() -> list[tuple[Any, ...]]:
    """Everything the limiter keeps, to show a refused attempt changed none of it."""
    return sorted(
        AccessAttempt.objects.values_list("username", "ip_address", "failures_since_start", "attempt_time")
    )


def fail_until_locked(username: str, ip: str = "10.0.0.1") -> None:
    for _ in range(LIMIT - 1):
        with pytest.raises(NotAuthenticated):
            login(username, "wrong", ip)
    # The failure that reaches the limit is checked and counted, and says the account is now paused.
    with pytest.raises(RateLimited):
        login(username, "wrong", ip)


def reset_password(user: User) -> None:
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    services.password_reset_confirm(uidb64=uidb64, token=token, new_password=NEW_PASSWORD)


class TestUserAuthenticate:
    def test_returns_user_for_right_password(self) -> None:
        user = make_user("carol")
        assert login("carol", TEST_PASSWORD) == user

    def test_wrong_password_and_unknown_user_are_not_authenticated(self) -> None:
        make_user("carol")
        with pytest.raises(NotAuthenticated):
            login("carol", "wrong")
        with pytest.raises(NotAuthenticated):
            login("ghost", "x")

    def test_banned_user_is_refused(self) -> None:
        make_user("frank", banned_at=timezone.now())
        with pytest.raises(PermissionDenied):
            login("frank", TEST_PASSWORD)

    def test_five_failures_lock_the_account_from_every_address(self) -> None:
        make_user("carol")
        for n in range(LIMIT - 1):
            with pytest.raises(NotAuthenticated):
                login("carol", "wrong", f"10.0.0.{n}")
        with pytest.raises(RateLimited):
            login("carol", "wrong", "10.0.0.9")
        with pytest.raises(RateLimited) as refused:
            login("Carol", TEST_PASSWORD, "10.9.9.9")  # another address, another case: same account
        assert refused.value.code == "login_locked"
        assert refused.value.message.startswith("Too many failed logins") and refused.value.message.endswith(".")

    def test_five_failures_from_one_address_lock_it_for_every_account(self) -> None:
        make_user("dave")
        for n in range(LIMIT - 1):
            with pytest.raises(NotAuthenticated):
                login(f"guess{n}", "x", "10.1.1.1")
        with pytest.raises(RateLimited):
            login("guess9", "x", "10.1.1.1")
        with pytest.raises(RateLimited):
            login("dave", TEST_PASSWORD, "10.1.1.1")
        assert login("dave", TEST_PASSWORD, "10.2.2.2").username == "dave"  # another address is not affected

    def test_success_forgets_the_accounts_failures(self) -> None:
        make_user("erin")
        for _ in range(2):
            for _ in range(LIMIT - 1):
                with pytest.raises(NotAuthenticated):
                    login("erin", "wrong")
            assert login("erin", TEST_PASSWORD).username == "erin"

    def test_a_refused_attempt_changes_nothing(self) -> None:
        user = make_user("carol")
        fail_until_locked("carol")
        before = attempts_state()
        with pytest.raises(RateLimited):
            login("carol", TEST_PASSWORD)
        with pytest.raises(RateLimited):
            login("carol", "wrong")
        assert attempts_state() == before  # not counted, and the pause is not extended
        user.refresh_from_db()
        assert user.last_login is None


class TestPasswordResetUnlocks:
    def test_a_reset_lets_the_owner_in_from_the_locked_address(self) -> None:
        user = make_user("gina")
        fail_until_locked("gina", "10.3.3.3")
        with pytest.raises(RateLimited):
            login("gina", TEST_PASSWORD, "10.3.3.3")
        reset_password(user)
        assert login("gina", NEW_PASSWORD, "10.3.3.3") == user

    def test_a_reset_keeps_the_address_limit_for_other_accounts(self) -> None:
        user = make_user("hugo")
        for n in range(LIMIT - 1):
            with pytest.raises(NotAuthenticated):
                login(f"guess{n}", "x", "10.4.4.4")
        with pytest.raises(RateLimited):
            login("guess9", "x", "10.4.4.4")
        reset_password(user)
        with pytest.raises(RateLimited):
            login("hugo", NEW_PASSWORD, "10.4.4.4")


class TestApiLogin:
    pytestmark = pytest.mark.urls("bountyboard.accounts.tests.api_urls")

    def test_a_locked_account_gets_json_429_with_a_sentence_and_no_token(self, client: Client) -> None:
        make_user("bob")
        for _ in range(LIMIT):
            client.post("/api/v1/auth/token", {"username": "bob", "password": "no"}, content_type="application/json")
        response = client.post(
            "/api/v1/auth/token", {"username": "bob", "password": TEST_PASSWORD}, content_type="application/json"
        )
        assert response.status_code == 429 and response["Content-Type"].startswith("application/json")
        body = response.json()
        assert body["code"] == "login_locked" and body["message"].startswith("Too many failed logins")
        assert not ApiToken.objects.exists()


class TestAdminLogin:
    """Full URLs: the admin and the API together."""

    def test_the_admin_login_is_limited_after_the_api_locked_the_address(self, client: Client) -> None:
        make_user("root", role="admin")
        for n in range(LIMIT):
            client.post(
                "/api/v1/auth/token", {"username": f"guess{n}", "password": "no"}, content_type="application/json"
            )
        before = attempts_state()
        response = client.post("/admin/login/", {"username": "root", "password": TEST_PASSWORD, "next": "/admin/"})
        assert response.status_code == 429
        assert "Too many failed logins" in response.content.decode()
        assert "_auth_user_id" not in client.session
        assert attempts_state() == before
        # From another address the admin gets in.
        other = Client(REMOTE_ADDR="10.5.5.5")
        response = other.post("/admin/login/", {"username": "root", "password": TEST_PASSWORD, "next": "/admin/"})
        assert response.status_code == 302 and "_auth_user_id" in other.session

    def test_wrong_admin_passwords_count_like_any_other(self, client: Client) -> None:
        make_user("root", role="admin")
        for _ in range(LIMIT):
            client.post("/admin/login/", {"username": "root", "password": "no", "next": "/admin/"})
        response = client.post(
            "/api/v1/auth/token",
            {"username": "root", "password": TEST_PASSWORD},
            content_type="application/json",
            REMOTE_ADDR="10.6.6.6",
        )
        assert response.status_code == 429 and response.json()["code"] == "login_locked"

    def test_a_locked_site_login_shows_a_sentence_and_the_way_back_in(self, client: Client) -> None:
        make_user("ivy")
        for _ in range(LIMIT):
            client.post("/accounts/login/", {"username": "ivy", "password": "no"})
        response = client.post("/accounts/login/", {"username": "ivy", "password": TEST_PASSWORD})
        page = response.content.decode()
        assert response.status_code == 429 and "Too many failed logins" in page
        assert "/accounts/reset/" in page and "_auth_user_id" not in client.session


class CountingHasher(MD5PasswordHasher):
    """The test hasher, counting how often a password is actually checked."""

    checks = 0
    lock = threading.Lock()

    def verify(self, password: str, encoded: str) -> bool:
        with CountingHasher.lock:
            CountingHasher.checks += 1
        return super().verify(password, encoded)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConcurrentLogins:
    def test_twenty_concurrent_wrong_logins_check_at_most_five_passwords(self, settings: Any) -> None:
        settings.PASSWORD_HASHERS = ["bountyboard.accounts.tests.test_login_limits.CountingHasher"]
        make_user("target")
        CountingHasher.checks = 0
        start = threading.Barrier(20)
        outcomes: list[str] = []

        def attempt(n: int) -> None:
            try:
                start.wait()
                login("target", f"wrong-{n}", "10.7.7.7")
            except (NotAuthenticated, RateLimited) as refused:
                outcomes.append(type(refused).__name__)
            finally:
                connection.close()

        threads = [threading.Thread(target=attempt, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        # Axes alone checks all 20 here (each request reads the count before any failure is recorded).
        assert CountingHasher.checks == LIMIT
        assert sorted(outcomes) == ["NotAuthenticated"] * (LIMIT - 1) + ["RateLimited"] * (20 - LIMIT + 1)
        assert sum(a.failures_since_start for a in AccessAttempt.objects.all()) == CountingHasher.checks
        # The real owner, after a reset, gets in at once.
        reset_password(User.objects.get(username="target"))
        assert login("target", NEW_PASSWORD, "10.7.7.7").username == "target"


def test_a_login_without_a_request_is_refused_not_unlimited() -> None:
    """Every login must name its request, or axes could not count it: a call without one fails."""
    from django.contrib.auth import authenticate

    make_user("jay")
    with pytest.raises(ValueError):
        authenticate(username="jay", password=TEST_PASSWORD)
    assert authenticate(request=HttpRequest(), username="jay", password=TEST_PASSWORD) is not None
