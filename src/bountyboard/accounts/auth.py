"""API authentication every router reuses.

- ``bearer``: ``Authorization: Bearer <token>`` (an API token) or the browser session (htmx calls from
  our pages; unsafe methods then need the CSRF token). ``request.auth`` is the ``User``.
- ``optional_bearer``: the same, but anonymous requests pass with ``request.auth`` an
  ``AnonymousUser`` (public GETs). A present but wrong bearer token is still a 401.

Usage: ``@router.get("/x", auth=bearer)`` or ``NinjaAPI/Router(auth=bearer)``.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from bountyboard.accounts.models import User
from bountyboard.accounts.selectors import api_token_user
from bountyboard.accounts.services import api_token_hash, api_token_touch


class ApiTokenBearer(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = api_token_user(key_hash=api_token_hash(token.strip()))
        if found is None:
            return None
        api_token, user = found
        api_token_touch(token=api_token)
        request.user = user
        return user


class BrowserSession(APIKeyCookie):
    """Django's session; the CSRF check runs only for a logged-in session (so an anonymous POST
    gets a 401, not a confusing CSRF 403) and only for unsafe methods."""

    param_name: str = settings.SESSION_COOKIE_NAME

    def __init__(self) -> None:
        super().__init__(csrf=False)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or getattr(user, "banned_at", None) is not None:
            return None
        if request.method not in ("GET", "HEAD", "OPTIONS") and check_csrf(request):
            raise HttpError(403, "CSRF check failed")
        return user


class Anonymous:
    """Last resort for optional auth: lets anonymous requests through, but not bad tokens."""

    def __call__(self, request: HttpRequest) -> Any:
        if request.headers.get("Authorization"):
            return None
        return AnonymousUser()


api_token_bearer = ApiTokenBearer()
browser_session = BrowserSession()
bearer: list[Any] = [api_token_bearer, browser_session]
optional_bearer: list[Any] = [api_token_bearer, browser_session, Anonymous()]


def request_user(request: HttpRequest) -> User:
    """The signed-in user of an operation behind ``bearer`` (401 if there is none)."""
    user = request.auth  # type: ignore[attr-defined]
    if not isinstance(user, User):
        raise HttpError(401, "Unauthorized")
    return user


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address: ipaddress.IPv4Address | ipaddress.IPv6Address | None) -> bool:
    networks = getattr(settings, "TRUSTED_PROXY_NETWORKS", ())
    return address is not None and any(address in network for network in networks)


def peer_is_trusted_proxy(request: HttpRequest) -> bool:
    """Whether the connection comes from one of ``BOUNTYBOARD_TRUSTED_PROXIES``: only then do its
    ``X-Forwarded-*`` headers count (``config.middleware.ForwardedHeadersMiddleware``)."""
    return _trusted(_address(str(request.META.get("REMOTE_ADDR", ""))))


def client_ip(request: HttpRequest) -> str:
    """The caller's address, for login limits (django-axes), hourly budgets and reports.

    ``REMOTE_ADDR`` is the peer. When the peer is a trusted proxy, ``X-Forwarded-For`` is read from
    the right: each proxy appends the address it received the request from, so the first entry
    that is not itself a trusted proxy is the client. Entries left of it were written by the client
    and are never believed. From any other peer the header is ignored (and dropped by the
    middleware), so nobody can choose the address they are counted under."""
    remote = str(request.META.get("REMOTE_ADDR", ""))
    if not _trusted(_address(remote)):
        return remote
    hops = [hop.strip() for hop in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",") if hop.strip()]
    client = remote
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break  # garbage from the client's side: keep the last proxy-written hop
        client = str(address)
        if not _trusted(address):
            break
    return client
