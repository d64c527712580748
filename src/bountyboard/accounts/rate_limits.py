"""Hourly budgets for the actions anyone can repeat cheaply: signing up, asking for a password
reset, uploading, reporting (issue 12). Logins are limited by django-axes instead (login_limits.py).

A budget is a counter per action and per key (a client address or an account) in the cache, in a
fixed window: ``cache.add`` then ``cache.incr`` is atomic on Redis and under a lock in the
in-process cache, so concurrent requests cannot all pass. Set ``REDIS_CACHE_URL`` when several server
processes run, so they share the counters. Budgets are settings (``RATE_LIMITS``), so an operator
can loosen them; a refusal is ``RateLimited`` (HTTP 429, JSON ``{code, message}``) with a sentence.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from bountyboard.errors import RateLimited

# action -> (most attempts per window, window in seconds). ``settings.RATE_LIMITS`` overrides.
RATE_LIMITS_DEFAULT: dict[str, tuple[int, int]] = {
    "signup.address": (10, 3600),
    "password_reset.address": (10, 3600),
    "password_reset.account": (3, 3600),
    "upload.account": (200, 3600),
    "upload.address": (400, 3600),
    "notice.address": (30, 3600),
}


def _limit(action: str) -> tuple[int, int]:
    configured = getattr(settings, "RATE_LIMITS", {}) or {}
    limit, window = configured.get(action, RATE_LIMITS_DEFAULT[action])
    return int(limit), int(window)


def rate_limit_hit(*, action: str, key: str, message: str | None = None, limit: int | None = None) -> None:
    """Count one ``action`` for ``key`` (an address, an account id or an e-mail); over the budget ->
    ``RateLimited`` (code ``rate_limited``). An empty key (no address known) is not counted.
    ``limit`` overrides the configured count (for budgets that have their own setting)."""
    if not key:
        return
    configured, window = _limit(action)
    limit = configured if limit is None else limit
    # Hashed: the cache never holds e-mail addresses or IPs in the clear, and keys stay short.
    digest = hashlib.sha256(key.lower().encode()).hexdigest()[:32]
    bucket = f"rate:{action}:{digest}:{int(time.time()) // window}"
    cache.add(bucket, 0, timeout=window)
    try:
        count = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=window)
        count = 1
    if count > limit:
        minutes = max(1, window // 60)
        raise RateLimited(
            message
            or _("Too many attempts of this kind in the last %(minutes)d minutes. Please try again later.")
            % {"minutes": minutes},
            code="rate_limited",
            extra={"retry_after_seconds": window - int(time.time()) % window},
        )


def upload_rate_check(*, user_id: int, count: int = 1) -> None:
    """Count ``count`` uploaded files against an account's hourly budget (reference images and
    files, entries, likeness photos), before anything is read or stored."""
    for _n in range(max(1, count)):
        rate_limit_hit(
            action="upload.account",
            key=f"user:{user_id}",
            message=_("You uploaded many files in the last hour. Please wait a while before uploading more."),
        )
