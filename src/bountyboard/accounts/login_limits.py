"""Login limits: django-axes counts failed logins per account and per client address (settings
``AXES_*``); this module is the glue it is configured with, plus the one thing it lacks.

Axes checks the count, lets the password be checked, then records a failure: two requests at once
both pass the check. ``login_attempts_serialised`` makes check, password check and record one step per
account and per address, so 20 concurrent wrong logins check at most ``AXES_FAILURE_LIMIT``
passwords. Every login form goes through it: the accounts service (API and page) and the admin's
login form (``accounts/admin.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from axes.helpers import get_client_ip_address
from axes.utils import reset as axes_reset
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from bountyboard.errors import RateLimited


def login_locked_message() -> str:
    return _(
        "Too many failed logins for this account or from this address. Try again in 15 minutes, "
        "or reset your password by e-mail to get in now."
    )


def login_username(request: HttpRequest | None, credentials: dict[str, Any] | None) -> str:
    """The account a login attempt counts against (``AXES_USERNAME_CALLABLE``). Usernames are unique
    whatever their case (signup checks ``iexact``), so ``Carol`` and ``carol`` share one count."""
    raw = (credentials or {}).get("username")
    if raw is None and request is not None:
        raw = request.POST.get("username")
    return str(raw or "").strip().lower()


def _lock_id(key: str) -> int:
    """A signed 64-bit id for ``pg_advisory_xact_lock``."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)


@contextmanager
def login_attempts_serialised(*, request: HttpRequest, username: str) -> Iterator[None]:
    """Run one login attempt (axes' check, the password check, axes' failure record) alone for its
    account and its address; the failure is committed before the next attempt for either starts.
    Callers must not raise inside: a rollback would drop the failure record."""
    account = login_username(request, {"username": username})
    keys = sorted({f"login:user:{account}", f"login:ip:{get_client_ip_address(request) or ''}"})
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Held until commit; taken in a fixed order so two attempts cannot deadlock.
            with connection.cursor() as cursor:
                for key in keys:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_lock_id(key)])
        # SQLite: the site's transactions are BEGIN IMMEDIATE (settings), so this block already runs
        # alone among writers.
        yield


def login_failures_clear(*, username: str) -> int:
    """Forget the failed logins counted against an account (after a password reset or a successful
    login), so its owner can get in. Failures from the same address against other accounts stay."""
    return int(axes_reset(username=login_username(None, {"username": username})))


def login_locked_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict[str, Any] | None
) -> HttpResponse:
    """What a locked-out login answers (``AXES_LOCKOUT_CALLABLE``): JSON ``{code, message}`` to an
    API caller, a page with the sentence and the way back in to a browser (site and admin login)."""
    error = RateLimited(login_locked_message(), code="login_locked")
    content_type = original_response.get("Content-Type", "") if original_response is not None else ""
    if content_type.startswith("application/json"):
        return JsonResponse(error.to_json(), status=error.status)
    return render(request, "accounts/login_locked.html", {"message": error.message}, status=error.status)
