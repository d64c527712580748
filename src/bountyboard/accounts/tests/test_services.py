from __future__ import annotations

import time
from typing import Any

import pytest
from django.contrib.auth.hashers import check_password
from django.contrib.auth.tokens import default_token_generator
from django.core import mail, signing
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from bountyboard.accounts import services
from bountyboard.accounts.models import ApiToken, Notification, User
from bountyboard.audit.models import AuditEvent
from bountyboard.errors import NotFound, PermissionDenied, RateLimited, ValidationFailed
from bountyboard.testing.factories import TEST_PASSWORD, make_user

# Only the API URLs: these tests must not depend on the pages (another part).
pytestmark = [pytest.mark.django_db, pytest.mark.urls("bountyboard.accounts.tests.api_urls")]

STRONG = "a long unusual passphrase 42"


def _signup(**overrides: object) -> Any:
    kwargs: dict[str, object] = {
        "username": "alice",
        "email": "alice@example.test",
        "password": STRONG,
        "adult": True,
    }
    kwargs.update(overrides)
    return services.user_signup(**kwargs)  # type: ignore[arg-type]


class TestUserSignup:
    def test_creates_member_with_attestation_and_hashed_password(self) -> None:
        user = _signup()
        user.refresh_from_db()
        assert user.role == "member"
        assert user.adult_attested_at is not None
        assert user.email_verified_at is None
        assert user.rating_preference == "pg"
        assert user.password != STRONG and check_password(STRONG, user.password)
        assert AuditEvent.objects.filter(action="user.signup", target_id=str(user.pk)).count() == 1

    def test_after_commit_sends_verification_mail_and_welcome(
        self, django_capture_on_commit_callbacks
    ) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            user = _signup()
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["alice@example.test"]
        assert Notification.objects.filter(user=user, kind="account.welcome").count() == 1

    def test_mail_outage_does_not_undo_or_fail_the_signup(
        self, settings, django_capture_on_commit_callbacks
    ) -> None:
        from bountyboard.testing.network import free_port

        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
        with django_capture_on_commit_callbacks(execute=True):
            user = _signup()
        assert User.objects.filter(pk=user.pk).exists()
        assert Notification.objects.filter(user=user, kind="account.welcome").count() == 1

    @pytest.mark.parametrize("adult", [False, None, "yes", 1])
    def test_refuses_without_adult_attestation(self, adult: object) -> None:
        with pytest.raises(ValidationFailed, match="^adult:"):
            _signup(adult=adult)
        assert not User.objects.exists()
        assert not AuditEvent.objects.exists()

    def test_refuses_taken_username_case_insensitively(self) -> None:
        _signup()
        with pytest.raises(ValidationFailed, match="^username:"):
            _signup(username="ALICE", email="other@example.test")
        assert User.objects.count() == 1

    def test_taken_email_answers_as_a_new_one_and_mails_its_owner(
        self, django_capture_on_commit_callbacks
    ) -> None:
        # Issue 12: signup said "an account with that email exists"; now the caller cannot tell,
        # and the account's owner hears about it instead.
        alice = _signup()
        mail.outbox.clear()
        events = AuditEvent.objects.count()
        with django_capture_on_commit_callbacks(execute=True):
            assert _signup(username="bob", email="Alice@Example.test") is None
        assert list(User.objects.values_list("username", flat=True)) == ["alice"]
        assert AuditEvent.objects.count() == events
        assert len(mail.outbox) == 1 and mail.outbox[0].to == [alice.email]
        assert "already has an account" in mail.outbox[0].body

    def test_signups_from_one_address_are_limited(self, settings: Any) -> None:
        settings.RATE_LIMITS = {"signup.address": (2, 3600)}
        _signup(client_ip="203.0.113.9")
        _signup(username="bob", email="bob@example.test", client_ip="203.0.113.9")
        with pytest.raises(RateLimited) as refused:
            _signup(username="carol", email="carol@example.test", client_ip="203.0.113.9")
        assert refused.value.status == 429 and refused.value.message.endswith(".")
        assert not User.objects.filter(username="carol").exists()
        _signup(username="dan", email="dan@example.test", client_ip="203.0.113.10")  # another address

    @pytest.mark.parametrize("email", ["", "not-an-email", "a@"])
    def test_refuses_invalid_email(self, email: str) -> None:
        with pytest.raises(ValidationFailed, match="^email:"):
            _signup(email=email)
        assert not User.objects.exists()

    @pytest.mark.parametrize("username", ["", "has space", "x" * 151])
    def test_refuses_invalid_username(self, username: str) -> None:
        with pytest.raises(ValidationFailed, match="^username:"):
            _signup(username=username)
        assert not User.objects.exists()

    @pytest.mark.parametrize("password", ["short", "password123", "12345678901"])
    def test_refuses_weak_password(self, password: str) -> None:
        with pytest.raises(ValidationFailed, match="^password:"):
            _signup(password=password)
        assert not User.objects.exists()


class TestUserSetRole:
    def test_cli_sets_role_and_admin_site_flags(self) -> None:
        user = make_user()
        services.user_set_role(user=user, role="admin")
        user.refresh_from_db()
        assert (user.role, user.is_staff, user.is_superuser) == ("admin", True, True)
        event = AuditEvent.objects.get(action="user.set_role")
        assert event.data == {"from": "member", "to": "admin"} and event.actor_label == "cli"

    def test_admin_can_demote(self) -> None:
        admin = make_user(role="admin")
        user = make_user(role="moderator")
        services.user_set_role(user=user, role="member", actor=admin)
        user.refresh_from_db()
        assert (user.role, user.is_staff) == ("member", False)

    def test_refuses_unknown_role(self) -> None:
        user = make_user()
        with pytest.raises(ValidationFailed):
            services.user_set_role(user=user, role="god")
        user.refresh_from_db()
        assert user.role == "member"
        assert not AuditEvent.objects.exists()

    def test_refuses_non_admin_actor(self) -> None:
        moderator = make_user(role="moderator")
        user = make_user()
        with pytest.raises(PermissionDenied):
            services.user_set_role(user=user, role="admin", actor=moderator)
        user.refresh_from_db()
        assert user.role == "member"
        assert not AuditEvent.objects.exists()


class TestUserSetRatingPreference:
    def test_sets_preference(self) -> None:
        user = make_user()
        services.user_set_rating_preference(user=user, rating_preference="r")
        user.refresh_from_db()
        assert user.rating_preference == "r"

    def test_refuses_unknown_rating(self) -> None:
        user = make_user()
        with pytest.raises(ValidationFailed):
            services.user_set_rating_preference(user=user, rating_preference="nc17")
        user.refresh_from_db()
        assert user.rating_preference == "pg"


class TestApiTokenCreate:
    def test_stores_only_the_hash(self) -> None:
        user = make_user()
        token, plaintext = services.api_token_create(user=user, name="laptop")
        assert plaintext.startswith("bb_") and len(plaintext) > 40
        stored = ApiToken.objects.get(pk=token.pk)
        assert stored.key_hash == services.api_token_hash(plaintext)
        assert plaintext not in {stored.key_hash, stored.prefix, stored.name}
        assert plaintext.startswith(stored.prefix)

    def test_tokens_are_unique(self) -> None:
        user = make_user()
        plaintexts = {services.api_token_create(user=user, name="t")[1] for _ in range(5)}
        assert len(plaintexts) == 5

    @pytest.mark.parametrize("name", ["", "   ", "x" * 101])
    def test_refuses_bad_name(self, name: str) -> None:
        user = make_user()
        with pytest.raises(ValidationFailed):
            services.api_token_create(user=user, name=name)
        assert not ApiToken.objects.exists()


class TestApiTokenRevoke:
    def test_revokes_own_token_idempotently(self) -> None:
        user = make_user()
        token, _ = services.api_token_create(user=user, name="t")
        first = services.api_token_revoke(user=user, token_id=token.pk).revoked_at
        second = services.api_token_revoke(user=user, token_id=token.pk).revoked_at
        assert first is not None and first == second

    def test_cannot_revoke_someone_elses_token(self) -> None:
        owner, other = make_user(), make_user()
        token, _ = services.api_token_create(user=owner, name="t")
        with pytest.raises(NotFound):
            services.api_token_revoke(user=other, token_id=token.pk)
        token.refresh_from_db()
        assert token.revoked_at is None


class _OldSigner(signing.TimestampSigner):
    def timestamp(self) -> str:  # a token signed four days ago
        return signing.b62_encode(int(time.time()) - 4 * 24 * 3600)


class TestEmailVerify:
    def test_verifies_with_the_mailed_token(self) -> None:
        user = make_user(verified=False)
        token = services.email_verification_send(user=user)
        assert token in mail.outbox[0].body
        services.email_verify(token=token)
        user.refresh_from_db()
        assert user.email_verified_at is not None

    def test_refuses_tampered_token(self) -> None:
        user = make_user(verified=False)
        token = services.email_verification_token(user=user)
        with pytest.raises(ValidationFailed):
            services.email_verify(token=token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
        user.refresh_from_db()
        assert user.email_verified_at is None

    def test_refuses_token_for_a_previous_email(self) -> None:
        user = make_user(verified=False)
        token = services.email_verification_token(user=user)
        User.objects.filter(pk=user.pk).update(email="new@example.test")
        with pytest.raises(ValidationFailed):
            services.email_verify(token=token)
        user.refresh_from_db()
        assert user.email_verified_at is None

    def test_refuses_expired_token(self) -> None:
        user = make_user(verified=False)
        token = _OldSigner(salt="bountyboard.accounts.email-verification").sign_object(
            {"u": user.pk, "e": user.email.lower()}
        )
        with pytest.raises(ValidationFailed, match="expired"):
            services.email_verify(token=token)
        user.refresh_from_db()
        assert user.email_verified_at is None


class TestMailedLinks:
    def test_every_mailed_link_uses_the_public_site_url(self, settings: Any) -> None:
        settings.SITE_URL = "https://board.example.org"
        make_user("gina", verified=False)
        services.email_verification_send(user=User.objects.get(username="gina"))
        services.password_reset_request(email="gina@example.test")
        assert len(mail.outbox) == 2
        for message in mail.outbox:
            assert "https://board.example.org/" in message.body and "127.0.0.1" not in message.body


class TestPasswordResetRequest:
    def test_mails_a_link_to_a_known_address(self) -> None:
        make_user("gina")
        services.password_reset_request(email="GINA@example.test")
        assert len(mail.outbox) == 1 and "reset" in mail.outbox[0].body.lower()

    def test_says_nothing_for_an_unknown_address(self) -> None:
        services.password_reset_request(email="nobody@example.test")
        assert mail.outbox == []

    def test_requests_are_limited_per_account_and_per_address(self, settings: Any) -> None:
        settings.RATE_LIMITS = {"password_reset.account": (2, 3600), "password_reset.address": (3, 3600)}
        make_user("gina")
        for _n in range(2):
            services.password_reset_request(email="gina@example.test", client_ip="198.51.100.1")
        with pytest.raises(RateLimited):
            services.password_reset_request(email="GINA@example.test", client_ip="198.51.100.2")
        assert len(mail.outbox) == 2
        services.password_reset_request(email="other@example.test", client_ip="198.51.100.1")
        with pytest.raises(RateLimited):
            services.password_reset_request(email="third@example.test", client_ip="198.51.100.1")
        assert len(mail.outbox) == 2


class TestPasswordResetConfirm:
    def _link(self, user: User) -> tuple[str, str]:
        return urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)

    def test_sets_the_new_password_once(self) -> None:
        user = make_user("hank")
        uidb64, token = self._link(user)
        services.password_reset_confirm(uidb64=uidb64, token=token, new_password=STRONG)
        user.refresh_from_db()
        assert user.check_password(STRONG)
        with pytest.raises(ValidationFailed):
            services.password_reset_confirm(uidb64=uidb64, token=token, new_password="another long phrase 7")
        user.refresh_from_db()
        assert user.check_password(STRONG)

    def test_refuses_weak_password_and_keeps_the_old_one(self) -> None:
        user = make_user("ivy")
        uidb64, token = self._link(user)
        with pytest.raises(ValidationFailed, match="^password:"):
            services.password_reset_confirm(uidb64=uidb64, token=token, new_password="123")
        user.refresh_from_db()
        assert user.check_password(TEST_PASSWORD)

    def test_revokes_every_api_token_of_the_account(self) -> None:
        # Issue 12: tokens made by whoever knew the old password stayed valid after a reset.
        user, other = make_user("jade"), make_user("kim")
        services.api_token_create(user=user, name="laptop")
        services.api_token_create(user=user, name="script")
        _token, kept = services.api_token_create(user=other, name="mine")
        uidb64, token = self._link(user)
        services.password_reset_confirm(uidb64=uidb64, token=token, new_password=STRONG)
        assert not ApiToken.objects.filter(user=user, revoked_at__isnull=True).exists()
        assert ApiToken.objects.filter(user=other, revoked_at__isnull=True).count() == 1

    @pytest.mark.parametrize("uidb64", ["", "!!!", "OTk5OTk5"])
    def test_refuses_bad_uid(self, uidb64: str) -> None:
        with pytest.raises(ValidationFailed):
            services.password_reset_confirm(uidb64=uidb64, token="x-y", new_password=STRONG)


class TestNotificationCreate:
    def test_creates_with_model_target(self) -> None:
        user, other = make_user(), make_user()
        note = services.notification_create(
            user=user, kind="entry.new", message="New entry", url="/b/1", target=other
        )
        assert (note.target_type, note.target_id, note.read_at) == ("user", str(other.pk), None)

    def test_creates_with_pair_target(self) -> None:
        user = make_user()
        note = services.notification_create(
            user=user, kind="bounty.awarded", message="Won", target=("bounty", 12)
        )
        assert (note.target_type, note.target_id) == ("bounty", "12")

    def test_refuses_empty_message(self) -> None:
        user = make_user()
        with pytest.raises(ValidationFailed):
            services.notification_create(user=user, kind="x", message="")
        assert not Notification.objects.exists()


class TestNotificationMarkRead:
    def test_marks_one(self) -> None:
        user = make_user()
        a = services.notification_create(user=user, kind="k", message="a")
        b = services.notification_create(user=user, kind="k", message="b")
        assert services.notification_mark_read(user=user, notification_id=a.pk) == 1
        assert Notification.objects.get(pk=a.pk).read_at is not None
        assert Notification.objects.get(pk=b.pk).read_at is None

    def test_marks_all(self) -> None:
        user = make_user()
        for n in range(3):
            services.notification_create(user=user, kind="k", message=str(n))
        assert services.notification_mark_read(user=user) == 3
        assert services.notification_mark_read(user=user) == 0

    def test_refuses_someone_elses(self) -> None:
        owner, other = make_user(), make_user()
        note = services.notification_create(user=owner, kind="k", message="m")
        with pytest.raises(NotFound):
            services.notification_mark_read(user=other, notification_id=note.pk)
        assert Notification.objects.get(pk=note.pk).read_at is None


class TestUserWelcomeNotify:
    def test_is_safe_to_run_twice(self) -> None:
        user = make_user()
        first = services.user_welcome_notify(user_id=user.pk)
        second = services.user_welcome_notify(user_id=user.pk)
        assert first is not None and first == second
        assert Notification.objects.filter(user=user, kind="account.welcome").count() == 1

    def test_missing_user_is_a_no_op(self) -> None:
        assert services.user_welcome_notify(user_id=987654) is None
