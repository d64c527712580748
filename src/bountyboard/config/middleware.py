"""What every request and response passes through, whatever app answers it (issue 12):

- ``ForwardedHeadersMiddleware`` (first): ``X-Forwarded-*`` headers count only when the peer is a
  trusted proxy (``BOUNTYBOARD_TRUSTED_PROXIES``); from anyone else they are dropped, so a client
  cannot claim HTTPS (``SECURE_PROXY_SSL_HEADER``), a host or an address. The client address itself
  is read in one place, ``accounts.auth.client_ip``.
- ``SecurityHeadersMiddleware``: Content-Security-Policy and Permissions-Policy on every response
  (Django 5.2 has no setting for either; HSTS, the HTTPS redirect, Referrer-Policy, nosniff and COOP
  come from Django's own ``SecurityMiddleware`` settings).
- ``ControlCharactersMiddleware``: refuses NUL and the other control characters in any text a
  request carries (query, form fields, JSON strings, uploaded file names), before any view or
  service sees it, so no text input needs its own check.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from bountyboard.accounts.auth import peer_is_trusted_proxy

_FORWARDED_HEADERS = (
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_REAL_IP",
    "HTTP_FORWARDED",
)


class ForwardedHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not peer_is_trusted_proxy(request):
            for name in _FORWARDED_HEADERS:
                request.META.pop(name, None)
        return self.get_response(request)


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        permissions = getattr(settings, "PERMISSIONS_POLICY", "")
        if permissions and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = permissions
        return response


# Tab, line feed and carriage return are ordinary in multi-line text; every other C0/C1 control
# character (NUL first) has no place in a title, a comment or a name.
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def text_has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in text)


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _request_texts(request: HttpRequest) -> Iterator[str]:
    for key, values in request.GET.lists():
        yield key
        yield from values
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    content_type = request.content_type or ""
    if content_type == "application/json":
        try:
            yield from _json_strings(json.loads(request.body or b"null"))
        except (ValueError, UnicodeDecodeError):
            return  # not JSON: the API answers that itself
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        for key, values in request.POST.lists():
            yield key
            yield from values
        for _field, uploads in request.FILES.lists():
            for upload in uploads:
                yield upload.name or ""


def control_characters_message() -> str:
    return _(
        "Text cannot contain control characters such as the NUL character. "
        "Remove them and send it again."
    )


class ControlCharactersMiddleware:
    """After CSRF (a forged POST is refused as forged first) and before every view."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Any, args: Any, kwargs: Any) -> HttpResponse | None:
        try:
            found = any(text_has_control_characters(text) for text in _request_texts(request))
        except RequestDataTooBig:
            return None  # the view reads the body again and answers the size itself (JSON 413 in the API)
        if not found:
            return None
        message = control_characters_message()
        if request.path.startswith("/api/"):
            return JsonResponse({"code": "control_characters", "message": message}, status=400)
        return render(
            request,
            "web/message_page.html",
            {"page_title": _("This text cannot be accepted"), "text": message, "tone": "error"},
            status=400,
        )
