"""Account writes: signup, roles, login (limited by django-axes), API tokens, email verification,
password reset, and in-app notifications."""

from __future__ import annotations

import hashlib
import logging
import secrets
import smtplib
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, models, transaction
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.login_limits import (
    login_attempts_serialised,
    login_failures_clear,
    login_locked_message,
)
from bountyboard.accounts.models import ApiToken, Notification, RatingPreference, Role, User
from bountyboard.accounts.rate_limits import rate_limit_hit
from bountyboard.accounts.username_check import accounts_username_refusal
from bountyboard.audit.services import audit_record
from bountyboard.errors import (
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
)
from bountyboard.jobs import job_enqueue

logger = logging.getLogger(__name__)

EMAIL_VERIFICATION_MAX_AGE = 3 * 24 * 3600
_EMAIL_VERIFICATION_SALT = "bountyboard.accounts.email-verification"
API_TOKEN_PREFIX = "bb_"


# --- signup and roles ---------------------------------------------------------------------------


def _validation_failed(field: str, error: ValidationError) -> ValidationFailed:
    return ValidationFailed(f"{field}: {' '.join(error.messages)}", extra={"field": field})


def _username_screen(username: str) -> None:
    """A username is shown to everyone, anonymous visitors included, wherever its owner acts, so it
    is screened before the account exists and refused unless the guard allows it at PG: no real
    person's name (a protected or public person), nothing sexual (screening.screened_fields)."""
    reasons = accounts_username_refusal(username)
    if reasons is not None:
        raise ValidationFailed(
            "username: this name cannot be used: usernames are shown to everyone, and this one names a real "
            "person or reads as sexual; please choose another",
            code="username_not_allowed",
            extra={"field": "username", "reasons": reasons},
        )


def signup_received_message() -> str:
    """What every accepted signup answers, whether or not the e-mail already had an account."""
    return _(
        "Thank you. We sent a message to that e-mail address: open its link to confirm the address, "
        "then log in."
    )


def user_signup(*, username: str, email: str, password: str, adult: bool, client_ip: str = "") -> User | None:
    """Create a member account; returns it, or ``None`` when the e-mail already has an account.

    Refuses (``ValidationFailed``, nothing created) without the adult attestation, with an invalid or
    taken username, an invalid email, or a weak password; ``RateLimited`` past the hourly budget of
    signups from ``client_ip``. Sends the email-verification mail after commit. An e-mail that already
    has an account gets a mail telling its owner (and how to reset the password) instead, and the
    caller answers exactly as for a new account, so signup does not tell who has an account here."""
    rate_limit_hit(action="signup.address", key=client_ip)
    if adult is not True:
        raise ValidationFailed("adult: you must confirm you are 18 or older", extra={"field": "adult"})
    username = (username or "").strip()
    email = User.objects.normalize_email((email or "").strip())
    user = User(username=username, email=email)
    try:
        User._meta.get_field("username").run_validators(username)
        if not username:
            raise ValidationError("This field is required.")
    except ValidationError as error:
        raise _validation_failed("username", error) from None
    try:
        User._meta.get_field("email").run_validators(email)
        if not email:
            raise ValidationError("This field is required.")
        from django.core.validators import validate_email

        validate_email(email)
    except ValidationError as error:
        raise _validation_failed("email", error) from None
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationFailed("username: that username is taken", extra={"field": "username"})
    _username_screen(username)
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        raise _validation_failed("password", error) from None
    existing = User.objects.filter(email__iexact=email).only("pk").first()
    if existing is not None:
        # Hash anyway: a signup that skipped the slow hash would answer faster for a known address.
        make_password(password)
        job_enqueue("accounts.signup_existing_notify", user_id=existing.pk)
        return None
    user.set_password(password)
    user.adult_attested_at = timezone.now()
    user.role = Role.MEMBER
    try:
        with transaction.atomic():
            user.save(force_insert=True)
            audit_record(
                action="user.signup", target_type="user", target_id=user.pk, automated=False, actor=user
            )
            job_enqueue("accounts.email_verification_send", user_id=user.pk)
            job_enqueue("accounts.user_welcome", user_id=user.pk)
    except IntegrityError:
        # A concurrent signup took the name between our check and the insert.
        raise ValidationFailed("username: that username is taken", extra={"field": "username"}) from None
    return user


def user_set_role(*, user: User, role: str, actor: User | None = None) -> User:
    """Set ``role`` (member|moderator|admin). ``actor`` must be an admin, or ``None`` for the CLI."""
    if role not in Role.values:
        raise ValidationFailed(f"role: must be one of {', '.join(Role.values)}")
    if actor is not None and actor.role != Role.ADMIN:
        raise PermissionDenied("only admins can change roles")
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        previous = locked.role
        locked.role = role
        # Django's own admin site follows the role, so admins can use /admin/.
        locked.is_staff = role == Role.ADMIN
        locked.is_superuser = role == Role.ADMIN
        locked.save(update_fields=["role", "is_staff", "is_superuser"])
        audit_record(
            action="user.set_role",
            target_type="user",
            target_id=locked.pk,
            automated=False,
            actor=actor,
            actor_label="" if actor else "cli",
            data={"from": previous, "to": role},
        )
    user.role, user.is_staff, user.is_superuser = locked.role, locked.is_staff, locked.is_superuser
    return user


def user_set_rating_preference(*, user: User, rating_preference: str) -> User:
    actor_check(user)
    if rating_preference not in RatingPreference.values:
        raise ValidationFailed(f"rating_preference: must be one of {', '.join(RatingPreference.values)}")
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(rating_preference=rating_preference)
    user.rating_preference = rating_preference
    return user


# --- login (limits: django-axes through login_limits) --------------------------------------------


def user_authenticate(*, request: HttpRequest, username: str, password: str) -> User:
    """Check a username/password through ``django.contrib.auth.authenticate`` so django-axes counts
    it: after ``AXES_FAILURE_LIMIT`` failures within ``AXES_COOLOFF_TIME`` for the same account or the
    same client address, refuses with ``RateLimited`` without checking the password (and without
    counting the refused attempt). Wrong credentials -> ``NotAuthenticated``; banned account ->
    ``PermissionDenied``. A successful login forgets the account's failures."""
    with login_attempts_serialised(request=request, username=username or ""):
        user = authenticate(request=request, username=username, password=password)
    if user is None:
        if getattr(request, "axes_locked_out", False):
            raise RateLimited(login_locked_message(), code="login_locked")
        raise NotAuthenticated("invalid username or password", code="invalid_credentials")
    assert isinstance(user, User)
    if user.banned_at is not None:
        raise PermissionDenied("this account is banned", code="banned")
    login_failures_clear(username=user.username)
    return user


# --- API tokens -----------------------------------------------------------------------------------


def api_token_hash(plaintext: str) -> str:
    """Tokens are 256-bit random, so a plain SHA-256 is enough (no slow hash needed)."""
    return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()


def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a bearer token; returns ``(token, plaintext)``. Only the hash is stored: the
    plaintext cannot be shown again."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ValidationFailed("name: must be 1-100 characters")
    actor_check(user)
    plaintext = API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user, name=name, key_hash=api_token_hash(plaintext), prefix=plaintext[:10]
        )
    return token, plaintext


def api_token_revoke(*, user: User, token_id: int) -> ApiToken:
    """Revoke one of ``user``'s tokens (idempotent). Another user's token -> ``NotFound``."""
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().filter(pk=token_id, user=user).first()
        if token is None:
            raise NotFound("no such token")
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
    return token


def api_token_touch(*, token: ApiToken) -> None:
    """Record use, at most once a minute per token to keep reads cheap."""
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


# --- email verification and password reset ------------------------------------------------------


def _absolute_url(url_name: str, fallback_path: str, **kwargs: Any) -> str:
    try:
        path = reverse(url_name, kwargs=kwargs)
    except NoReverseMatch:
        path = fallback_path
    return str(settings.SITE_URL).rstrip("/") + path


def email_verification_token(*, user: User) -> str:
    """A signed token binding the user to their current email (changing email invalidates it)."""
    return signing.TimestampSigner(salt=_EMAIL_VERIFICATION_SALT).sign_object(
        {"u": user.pk, "e": user.email.lower()}
    )


def email_verification_send(*, user: User) -> str:
    """Mail the verification link (through Django's email backend). Returns the token.
    The link targets the URL named ``web:email_verify`` with kwarg ``token``."""
    token = email_verification_token(user=user)
    link = _absolute_url("web:email_verify", f"/accounts/verify/{token}/", token=token)
    send_mail(
        subject="Confirm your Bountyboard email",
        message=f"Hello {user.get_username()},\n\nConfirm your email address: {link}\n\n"
        "The link is valid for 3 days.\n",
        from_email=None,
        recipient_list=[user.email],
    )
    return token


def email_verification_send_by_id(*, user_id: int) -> None:
    """Task entry point: mail the link unless the user is gone or already verified."""
    user = User.objects.filter(pk=user_id, email_verified_at__isnull=True).first()
    if user is None or not user.email:
        return
    try:
        email_verification_send(user=user)
    except (OSError, smtplib.SMTPException):
        # Signup already committed; the user can ask for a new link, so a mail outage must not fail it.
        logger.exception("verification mail to user %s failed", user_id)


def email_verify(*, token: str) -> User:
    """Mark the email verified. Bad, tampered, expired or outdated token -> ``ValidationFailed``."""
    try:
        payload = signing.TimestampSigner(salt=_EMAIL_VERIFICATION_SALT).unsign_object(
            token, max_age=EMAIL_VERIFICATION_MAX_AGE
        )
    except signing.SignatureExpired:
        raise ValidationFailed("token: this link has expired", code="token_expired") from None
    except (signing.BadSignature, ValueError, TypeError):
        raise ValidationFailed("token: this link is not valid", code="token_invalid") from None
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=payload.get("u")).first()
        if user is None or user.email.lower() != payload.get("e"):
            raise ValidationFailed("token: this link is not valid", code="token_invalid")
        if user.email_verified_at is None:
            user.email_verified_at = timezone.now()
            user.save(update_fields=["email_verified_at"])
    return user


def password_reset_request(*, email: str, client_ip: str = "") -> None:
    """Mail a reset link to the account with this email, if any. Says nothing either way, so it
    cannot be used to find out who has an account. The link targets ``web:password_reset_confirm``
    with kwargs ``uidb64`` and ``token``. ``RateLimited`` past the hourly budget per address and per
    e-mail (the second counts whether or not the e-mail has an account, so it tells nothing)."""
    email = (email or "").strip()
    if not email:
        return
    rate_limit_hit(action="password_reset.address", key=client_ip)
    rate_limit_hit(action="password_reset.account", key=email)
    for user in User.objects.filter(email__iexact=email, is_active=True):
        uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        link = _absolute_url(
            "web:password_reset_confirm", f"/accounts/reset/{uidb64}/{token}/", uidb64=uidb64, token=token
        )
        send_mail(
            subject="Reset your Bountyboard password",
            message=f"Hello {user.get_username()},\n\nSet a new password: {link}\n\n"
            "If you did not ask for this, ignore this mail.\n",
            from_email=None,
            recipient_list=[user.email],
        )


def password_reset_confirm(*, uidb64: str, token: str, new_password: str) -> User:
    """Set a new password from a reset link. The token is single-use (it hashes the old password)."""
    try:
        user = User.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        raise ValidationFailed("token: this link is not valid", code="token_invalid") from None
    if not default_token_generator.check_token(user, token):
        raise ValidationFailed("token: this link is not valid or was already used", code="token_invalid")
    try:
        validate_password(new_password, user=user)
    except ValidationError as error:
        raise _validation_failed("password", error) from None
    with transaction.atomic():
        user.set_password(new_password)
        user.save(update_fields=["password"])
        # Whoever knew the old password may have made tokens: a reset ends them, as it ends sessions
        # (the session hash follows the password).
        revoked = ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
        # The owner proved control of the account's e-mail: lift a lockout others may have caused.
        login_failures_clear(username=user.username)
        audit_record(
            action="user.password_reset",
            target_type="user",
            target_id=user.pk,
            automated=False,
            actor=user,
            data={"api_tokens_revoked": revoked},
        )
    return user


def signup_existing_notify(*, user_id: int) -> None:
    """Task entry point: someone signed up with this account's e-mail. Tell its owner (who may have
    forgotten the account) how to get back in, instead of telling the person signing up."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return
    link = _absolute_url("web:password_reset", "/accounts/reset/")
    try:
        send_mail(
            subject="Someone tried to sign up to Bountyboard with your e-mail",
            message=f"Hello {user.get_username()},\n\nSomeone asked to create a Bountyboard account with this "
            "e-mail address, which already has an account: yours. If it was you, log in, or set a new "
            f"password here: {link}\n\nIf it was not you, ignore this mail; nothing was changed.\n",
            from_email=None,
            recipient_list=[user.email],
        )
    except (OSError, smtplib.SMTPException):
        logger.exception("existing-account mail to user %s failed", user_id)


def user_ban_sessions_end(*, user: User) -> int:
    """End every way a banned account was signed in: its browser sessions stop matching (the session
    hash includes the ban, ``User._get_session_auth_hash``) and its API tokens are revoked. Call it
    in the transaction that sets ``banned_at``. Returns how many tokens were revoked."""
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())


def user_welcome_notify(*, user_id: int) -> Notification | None:
    """Give a new user their welcome notification, once: running it again changes nothing."""
    with transaction.atomic():
        # Locking the user serialises two concurrent runs, so the exists() check cannot race.
        user = User.objects.select_for_update().filter(pk=user_id).first()
        if user is None:
            return None
        existing = Notification.objects.filter(user=user, kind="account.welcome").first()
        if existing is not None:
            return existing
        return Notification.objects.create(
            user=user,
            kind="account.welcome",
            message="Welcome to Bountyboard. Verify your email to post bounties and enter them.",
            target_type="user",
            target_id=str(user.pk),
        )


# --- notifications --------------------------------------------------------------------------------


def _target_ref(target: models.Model | tuple[str, int | str] | None) -> tuple[str, str]:
    if target is None:
        return "", ""
    if isinstance(target, models.Model):
        return target._meta.model_name or "", str(target.pk)
    target_type, target_id = target
    return str(target_type), str(target_id)


def notification_create(
    *,
    user: User,
    kind: str,
    message: str,
    url: str = "",
    target: models.Model | tuple[str, int | str] | None = None,
) -> Notification:
    """Add an in-app notification for ``user``.

    ``kind`` is a short machine code (``"entry.new"``, ``"bounty.awarded"``, ``"bounty.expiring"``,
    ``"moderation.outcome"``...); ``message`` is shown as is (max 500 chars); ``url`` is where
    clicking it goes; ``target`` is a model instance or a ``(type, id)`` pair. Call it inside your
    own atomic block so it commits with the event it reports.
    """
    if not kind or not message:
        raise ValidationFailed("a notification needs a kind and a message")
    target_type, target_id = _target_ref(target)
    with transaction.atomic():
        return Notification.objects.create(
            user=user,
            kind=kind[:64],
            message=message[:500],
            url=url[:500],
            target_type=target_type[:64],
            target_id=target_id[:64],
        )


def notification_mark_read(*, user: User, notification_id: int | None = None) -> int:
    """Mark one of ``user``'s notifications read (or all when ``notification_id`` is None).
    Returns how many changed. Someone else's notification -> ``NotFound``."""
    with transaction.atomic():
        qs = Notification.objects.filter(user=user)
        if notification_id is not None:
            if not qs.filter(pk=notification_id).exists():
                raise NotFound("no such notification")
            qs = qs.filter(pk=notification_id)
        return qs.filter(read_at__isnull=True).update(read_at=timezone.now())
