"""Private pieces every moderation service module shares: the clock (every function takes ``now`` so
the legal clock can be tested), who may act, and the hourly budget for anonymous reports and notices."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from bountyboard.accounts.models import Role, User
from bountyboard.errors import NotAuthenticated, PermissionDenied, RateLimited


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _notice_rate_check(ip: str) -> None:
    """Reports and notices need no account, so one address gets a generous hourly budget; a flood
    would bury real notices under the legal clock."""
    if not ip:
        return
    limit = int(getattr(settings, "MODERATION_NOTICES_PER_HOUR", 30))
    key = f"moderation-notices:{ip}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    if count > limit:
        raise RateLimited(f"at most {limit} reports and notices per hour from one address; try again later")


def _actor_check(user: User | None, *, moderator: bool = False, admin: bool = False) -> User:
    if user is None or not user.is_authenticated:
        raise NotAuthenticated("log in first")
    if user.banned_at is not None:
        raise PermissionDenied("this account is banned", code="banned")
    if admin and user.role != Role.ADMIN:
        raise PermissionDenied("only admins can do this")
    if moderator and user.role not in (Role.MODERATOR, Role.ADMIN):
        raise PermissionDenied("only moderators can do this")
    return user
