"""Database and broker outages: a 503 with ``Retry-After`` and a sentence, never an HTML 500.

One place names the errors that mean "a backing service is down, try again" (``OUTAGE_ERRORS``):
the JSON API maps them in ``bountyboard.config.api``; ``OutageMiddleware`` answers them for pages.
Nothing is half-written: the request's transaction rolled back before the error reached us.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import kombu.exceptions
import redis.exceptions
from django.db import InterfaceError as DatabaseInterfaceError
from django.db import OperationalError as DatabaseOperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.translation import gettext as _

OUTAGE_ERRORS: tuple[type[Exception], ...] = (
    DatabaseOperationalError,
    DatabaseInterfaceError,
    kombu.exceptions.OperationalError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)
RETRY_AFTER_SECONDS = 30


def outage_code(exc: BaseException) -> str:
    if isinstance(exc, DatabaseOperationalError | DatabaseInterfaceError):
        return "database_unavailable"
    return "broker_unavailable"


def outage_message() -> str:
    return _("The site cannot reach its database or task queue right now. Nothing was changed; try again shortly.")


def outage_json(exc: BaseException) -> dict[str, Any]:
    return {"code": outage_code(exc), "message": outage_message()}


class OutageMiddleware:
    """Turns an outage error raised by a view into a 503: JSON under /api/, a sentence elsewhere."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OUTAGE_ERRORS):
            return None
        response: HttpResponse
        if request.path.startswith("/api/"):
            response = JsonResponse(outage_json(exception), status=503)
        else:
            response = HttpResponse(
                f"<!doctype html><title>503</title><p>{escape(outage_message())}</p>",
                status=503, content_type="text/html; charset=utf-8",
            )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
