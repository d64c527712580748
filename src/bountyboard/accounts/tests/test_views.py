"""Account page tests through the Django test client, one class per view, over the real services."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse

from bountyboard.accounts.models import ApiToken, Notification, User
from bountyboard.testing.factories import TEST_PASSWORD, make_user
from bountyboard.testing.pages import logged_in, text_of

pytestmark = pytest.mark.django_db(transaction=True)


class TestSignup:
    def test_creates_the_account_and_asks_to_confirm_the_address(self, client: Client) -> None:
        response = client.post(
            reverse("web:signup"),
            {"username": "newcomer", "email": "newcomer@example.test", "password": "a-long-unusual-pass-93", "adult": "on"},
        )
        assert response.status_code == 200 and "Check your email" in text_of(response)
        user = User.objects.get(username="newcomer")
        assert user.adult_attested_at is not None
        assert "_auth_user_id" not in client.session
        assert any("/accounts/verify/" in m.body for m in mail.outbox)

    def test_an_address_with_an_account_gets_the_same_page(self, client: Client) -> None:
        # Issue 12: signup told anyone whether an e-mail address had an account.
        make_user("alice")
        fields = {"password": "a-long-unusual-pass-93", "adult": "on"}
        taken = client.post(reverse("web:signup"), {**fields, "username": "mallory", "email": "alice@example.test"})
        fresh = client.post(reverse("web:signup"), {**fields, "username": "nadia", "email": "nadia@example.test"})
        assert taken.status_code == fresh.status_code == 200
        # Word for word, apart from the per-response CSRF token of the page's forms.
        def page(response) -> str:
            return re.sub(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+"', "", text_of(response))

        assert page(taken) == page(fresh)
        assert not User.objects.filter(username="mallory").exists()
        assert any(m.to == ["alice@example.test"] and "already has an account" in m.body for m in mail.outbox)

    def test_too_many_signups_from_one_address_are_refused_with_a_sentence(self, client: Client, settings) -> None:
        settings.RATE_LIMITS = {"signup.address": (1, 3600)}
        fields = {"password": "a-long-unusual-pass-93", "adult": "on"}
        client.post(reverse("web:signup"), {**fields, "username": "first", "email": "first@example.test"})
        response = client.post(reverse("web:signup"), {**fields, "username": "second", "email": "second@example.test"})
        assert response.status_code == 429 and "Please try again later." in text_of(response)
        assert not User.objects.filter(username="second").exists()

    def test_refuses_without_the_adult_attestation(self, client: Client) -> None:
        response = client.post(
            reverse("web:signup"),
            {"username": "minorcheck", "email": "m@example.test", "password": "a-long-unusual-pass-93"},
        )
        assert response.status_code == 400
        assert "You must confirm you are an adult" in text_of(response)
        assert not User.objects.filter(username="minorcheck").exists()

    def test_service_refusal_is_shown_as_a_form_error(self, client: Client) -> None:
        make_user("taken")
        response = client.post(
            reverse("web:signup"),
            {"username": "taken", "email": "other@example.test", "password": "a-long-unusual-pass-93", "adult": "on"},
        )
        assert response.status_code == 400
        assert "that username is taken" in text_of(response)
        assert User.objects.filter(username="taken").count() == 1


class TestLogin:
    def test_logs_in_and_follows_a_safe_next(self, client: Client) -> None:
        make_user("alice")
        response = client.post(
            reverse("web:login") + "?next=/wallet/", {"username": "alice", "password": TEST_PASSWORD, "next": "/wallet/"}
        )
        assert response.status_code == 302
        assert response["Location"] == "/wallet/"

    def test_refuses_an_offsite_next(self, client: Client) -> None:
        make_user("alice")
        response = client.post(
            reverse("web:login"), {"username": "alice", "password": TEST_PASSWORD, "next": "https://evil.example/"}
        )
        assert response["Location"] == reverse("web:home")

    def test_wrong_password_is_a_form_error(self, client: Client) -> None:
        make_user("alice")
        response = client.post(reverse("web:login"), {"username": "alice", "password": "nope"})
        assert response.status_code == 401
        assert "invalid username or password" in text_of(response)
        assert "_auth_user_id" not in client.session

    def test_rate_limited_after_repeated_failures(self, client: Client) -> None:
        make_user("alice")
        for _ in range(5):
            client.post(reverse("web:login"), {"username": "alice", "password": "nope"})
        response = client.post(reverse("web:login"), {"username": "alice", "password": TEST_PASSWORD})
        assert response.status_code == 429
        assert "Too many failed logins" in text_of(response)
        assert "_auth_user_id" not in client.session


class TestLogout:
    def test_post_logs_out(self) -> None:
        client = logged_in(make_user("alice"))
        response = client.post(reverse("web:logout"))
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session

    def test_get_is_refused(self) -> None:
        client = logged_in(make_user("alice"))
        assert client.get(reverse("web:logout")).status_code == 405
        assert "_auth_user_id" in client.session


class TestEmailVerify:
    def test_link_from_the_mail_confirms_the_address(self, client: Client) -> None:
        client.post(
            reverse("web:signup"),
            {"username": "verifyme", "email": "v@example.test", "password": "a-long-unusual-pass-93", "adult": "on"},
        )
        link = re.search(r"(/accounts/verify/[^\s]+/)", mail.outbox[-1].body)
        assert link is not None
        response = client.get(link.group(1))
        assert response.status_code == 200
        assert "Email confirmed" in text_of(response)
        assert User.objects.get(username="verifyme").email_verified_at is not None

    def test_tampered_token_is_refused(self, client: Client) -> None:
        user = make_user("unverified", verified=False)
        response = client.get(reverse("web:email_verify", args=["not-a-real-token"]))
        assert response.status_code == 400
        assert "this link is not valid" in text_of(response)
        user.refresh_from_db()
        assert user.email_verified_at is None


class TestEmailVerificationResend:
    def test_sends_a_new_mail(self) -> None:
        user = make_user("unverified", verified=False)
        client = logged_in(user)
        before = len(mail.outbox)
        response = client.post(reverse("web:email_verification_resend"))
        assert response.status_code == 302
        assert len(mail.outbox) == before + 1

    def test_requires_login(self, client: Client) -> None:
        response = client.post(reverse("web:email_verification_resend"))
        assert response.status_code == 302
        assert reverse("web:login") in response["Location"]


class TestPasswordReset:
    def test_same_answer_for_known_and_unknown_addresses(self, client: Client) -> None:
        make_user("alice")
        known = client.post(reverse("web:password_reset"), {"email": "alice@example.test"})
        unknown = client.post(reverse("web:password_reset"), {"email": "nobody@example.test"})
        assert known.status_code == unknown.status_code == 200
        assert "If an account uses that address" in text_of(known)
        assert "If an account uses that address" in text_of(unknown)
        assert len(mail.outbox) == 1

    def test_too_many_requests_for_one_address_are_refused_with_a_sentence(self, client: Client, settings) -> None:
        settings.RATE_LIMITS = {"password_reset.account": (1, 3600)}
        make_user("alice")
        client.post(reverse("web:password_reset"), {"email": "alice@example.test"})
        response = client.post(reverse("web:password_reset"), {"email": "alice@example.test"})
        assert response.status_code == 429 and "Please try again later." in text_of(response)
        assert len(mail.outbox) == 1

    def test_invalid_email_is_a_form_error(self, client: Client) -> None:
        response = client.post(reverse("web:password_reset"), {"email": "not-an-email"})
        assert response.status_code == 400
        assert "errorlist" in text_of(response)


class TestPasswordResetConfirm:
    def test_link_sets_a_new_password_once(self, client: Client) -> None:
        make_user("alice")
        client.post(reverse("web:password_reset"), {"email": "alice@example.test"})
        link = re.search(r"(/accounts/reset/[^\s]+/[^\s]+/)", mail.outbox[-1].body)
        assert link is not None
        response = client.post(link.group(1), {"password": "another-long-pass-5521"})
        assert response.status_code == 302
        assert Client().login(request=HttpRequest(), username="alice", password="another-long-pass-5521")
        reused = client.post(link.group(1), {"password": "yet-another-pass-7788"})
        assert reused.status_code == 400
        assert "not valid" in text_of(reused)

    def test_weak_password_is_refused_and_nothing_changes(self, client: Client) -> None:
        make_user("alice")
        client.post(reverse("web:password_reset"), {"email": "alice@example.test"})
        link = re.search(r"(/accounts/reset/[^\s]+/[^\s]+/)", mail.outbox[-1].body)
        assert link is not None
        response = client.post(link.group(1), {"password": "123"})
        assert response.status_code == 400
        assert "password:" in text_of(response)
        assert Client().login(request=HttpRequest(), username="alice", password=TEST_PASSWORD)


class TestTokens:
    def test_creates_a_token_and_shows_the_plaintext_once(self) -> None:
        user = make_user("alice")
        client = logged_in(user)
        response = client.post(reverse("web:tokens"), {"name": "laptop"})
        assert response.status_code == 200
        match = re.search(r'data-testid="new-token">(bb_[^<]+)<', text_of(response))
        assert match is not None
        token = ApiToken.objects.get(user=user)
        assert token.name == "laptop"
        api = Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {match.group(1)}")
        assert api.status_code == 200
        again = client.get(reverse("web:tokens"))
        assert match.group(1) not in text_of(again)

    def test_empty_name_is_a_form_error(self) -> None:
        client = logged_in(make_user("alice"))
        response = client.post(reverse("web:tokens"), {"name": ""})
        assert response.status_code == 400
        assert ApiToken.objects.count() == 0

    def test_requires_login(self, client: Client) -> None:
        assert client.get(reverse("web:tokens")).status_code == 302


class TestTokenRevoke:
    def test_revokes_own_token(self) -> None:
        user = make_user("alice")
        token = ApiToken.objects.create(user=user, name="t", key_hash="a" * 64, prefix="bb_x")
        response = logged_in(user).post(reverse("web:token_revoke", args=[token.pk]))
        assert response.status_code == 302
        token.refresh_from_db()
        assert token.revoked_at is not None

    def test_cannot_revoke_someone_elses(self) -> None:
        owner = make_user("owner")
        token = ApiToken.objects.create(user=owner, name="t", key_hash="b" * 64, prefix="bb_y")
        response = logged_in(make_user("mallory")).post(reverse("web:token_revoke", args=[token.pk]), follow=True)
        assert "no such token" in text_of(response)
        token.refresh_from_db()
        assert token.revoked_at is None


class TestNotifications:
    def test_lists_the_users_notifications_only(self) -> None:
        alice, bob = make_user("alice"), make_user("bob")
        Notification.objects.create(user=alice, kind="entry.new", message="New entry for alice", url="/bounties/1/")
        Notification.objects.create(user=bob, kind="entry.new", message="Bob's private news")
        response = logged_in(alice).get(reverse("web:notifications"))
        assert response.status_code == 200
        assert "New entry for alice" in text_of(response)
        assert "Bob&#x27;s private news" not in text_of(response)


class TestNotificationsMarkRead:
    def test_marks_all_read(self) -> None:
        alice = make_user("alice")
        Notification.objects.create(user=alice, kind="k", message="one")
        Notification.objects.create(user=alice, kind="k", message="two")
        response = logged_in(alice).post(reverse("web:notifications_mark_read"))
        assert response.status_code == 302
        assert not Notification.objects.filter(user=alice, read_at__isnull=True).exists()

    def test_someone_elses_notification_is_refused(self) -> None:
        bob = make_user("bob")
        theirs = Notification.objects.create(user=bob, kind="k", message="bob's")
        response = logged_in(make_user("alice")).post(
            reverse("web:notifications_mark_read"), {"notification_id": theirs.pk}, follow=True
        )
        assert "no such notification" in text_of(response)
        theirs.refresh_from_db()
        assert theirs.read_at is None
