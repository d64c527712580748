"""Private pieces every moderation service module shares: the clock (every function takes ``now`` so
the legal clock can be tested), who may act, and the hourly budget for anonymous reports and notices."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import Role, User
from bountyboard.accounts.rate_limits import rate_limit_hit
from bountyboard.errors import PermissionDenied


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _notice_rate_check(ip: str) -> None:
    """Reports and notices need no account, so one address gets a generous hourly budget; a flood
    would bury real notices under the legal clock."""
    limit = int(getattr(settings, "MODERATION_NOTICES_PER_HOUR", 30))
    rate_limit_hit(
        action="notice.address",
        key=ip,
        limit=limit,
        message=f"at most {limit} reports and notices per hour from one address; try again later",
    )


def _actor_check(user: User | None, *, moderator: bool = False, admin: bool = False) -> User:
    user = actor_check(user)
    if admin and user.role != Role.ADMIN:
        raise PermissionDenied("only admins can do this")
    if moderator and user.role not in (Role.MODERATOR, Role.ADMIN):
        raise PermissionDenied("only moderators can do this")
    return user
