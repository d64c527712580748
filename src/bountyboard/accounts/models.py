"""Accounts: the user (with role, adult attestation, rating preference, moderation state),
hashed API tokens, and in-app notifications."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.crypto import salted_hmac


class Role(models.TextChoices):
    MEMBER = "member", "Member"
    MODERATOR = "moderator", "Moderator"
    ADMIN = "admin", "Admin"


class RatingPreference(models.TextChoices):
    """Most explicit rating a user has chosen to see. Default is safe: opting in is explicit."""

    PG = "pg", "PG (safe)"
    PG13 = "pg13", "PG-13"
    R = "r", "R"
    X = "x", "X"


class User(AbstractUser):
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    # When the user attested being an adult at signup; signup refuses without it.
    adult_attested_at = models.DateTimeField(null=True, blank=True)
    email_verified_at = models.DateTimeField(null=True, blank=True)
    rating_preference = models.CharField(
        max_length=8, choices=RatingPreference.choices, default=RatingPreference.PG
    )
    banned_at = models.DateTimeField(null=True, blank=True)
    strikes = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=[r.value for r in Role]), name="accounts_user_role_valid"
            ),
        ]

    @property
    def is_moderator(self) -> bool:
        return self.role in (Role.MODERATOR, Role.ADMIN)

    @property
    def is_site_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_banned(self) -> bool:
        return self.banned_at is not None

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        """Django ends a browser session whose stored hash no longer matches this one. Django hashes
        the password (a password change ends sessions); the ban's time is added, so a ban ends every
        session at once, with no list of sessions to find (issue 12)."""
        banned = self.banned_at.isoformat() if self.banned_at is not None else ""
        return salted_hmac(
            "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash",
            self.password + (f"|banned:{banned}" if banned else ""),
            secret=secret,
            algorithm="sha256",
        ).hexdigest()


class ApiToken(models.Model):
    """A bearer token. Only the SHA-256 of the secret is stored; the plaintext is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    # First characters of the plaintext, so a user can tell their tokens apart.
    prefix = models.CharField(max_length=12)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class Notification(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=64)
    message = models.CharField(max_length=500)
    url = models.CharField(max_length=500, blank=True, default="")
    target_type = models.CharField(max_length=64, blank=True, default="")
    target_id = models.CharField(max_length=64, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"], name="accounts_notif_user_unread")]

    def __str__(self) -> str:
        return f"{self.kind} for {self.user_id}"
