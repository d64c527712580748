"""Database and broker outages: a 503 with ``Retry-After`` and a sentence, never an HTML 500.

One place names the errors that mean "a backing service is down, try again" (``OUTAGE_ERRORS``):
the JSON API maps them in ``bountyboard.config.api``; ``OutageMiddleware`` answers them for pages.
Nothing is half-written: on PostgreSQL a request that writes runs in one transaction, response
included, and an outage answer rolls it back, so "nothing was changed" is true even when the database
went away after a service committed its part and before the answer was built (seen in the fault
tests: a bounty created while its 201 turned into a 503). On SQLite (a file in the process, no
outage between commit and answer) each service's own transaction is kept, so a slow request never
holds the one writer's lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import kombu.exceptions
import redis.exceptions
from django.db import InterfaceError as DatabaseInterfaceError
from django.db import OperationalError as DatabaseOperationalError
from django.db import connection, transaction
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
        if request.method in ("GET", "HEAD", "OPTIONS") or connection.vendor == "sqlite":
            return self.get_response(request)
        try:
            with transaction.atomic():
                response = self.get_response(request)
                if response.status_code == 503:  # an outage answer (here or the API's): keep nothing
                    transaction.set_rollback(True)
        except OUTAGE_ERRORS as exc:  # the commit (or the rollback) itself met the outage
            return outage_response(request, exc)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OUTAGE_ERRORS):
            return None
        return outage_response(request, exception)


def outage_response(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """The 503 for an outage: JSON under /api/, a sentence elsewhere, with Retry-After."""
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
