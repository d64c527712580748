"""Account reads."""

from __future__ import annotations

from django.db.models import QuerySet

from bountyboard.accounts.models import ApiToken, Notification, User


def user_by_username(username: str) -> User | None:
    return User.objects.filter(username__iexact=(username or "").strip()).first()


def api_token_user(*, key_hash: str) -> tuple[ApiToken, User] | None:
    """The live token with this hash and its (not banned, active) user, or None."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(
            key_hash=key_hash, revoked_at__isnull=True, user__is_active=True, user__banned_at__isnull=True
        )
        .first()
    )
    return (token, token.user) if token else None


def api_tokens_for(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-id")


def notifications_for(user: User, *, unread_only: bool = False, limit: int = 50) -> list[Notification]:
    """A user's notifications, newest first."""
    qs = Notification.objects.filter(user=user)
    if unread_only:
        qs = qs.filter(read_at__isnull=True)
    return list(qs.order_by("-created_at", "-id")[:limit])


def notifications_unread_count(user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
