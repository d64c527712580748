"""Database and broker outages: a 503 with ``Retry-After`` and a sentence, never an HTML 500.

One place names the errors that mean "a backing service is down, try again" (``OUTAGE_ERRORS``):
the JSON API maps them in ``bountyboard.config.api``; ``OutageMiddleware`` answers them for pages.
Nothing is half-written: on PostgreSQL a request that writes runs in one transaction, response
included, and an outage answer rolls it back, so "nothing was changed" is true even when the database
went away after a service committed its part and before the answer was built (seen in the fault
tests: a bounty created while its 201 turned into a 503). On SQLite (a file in the process, no
outage between commit and answer) each service's own transaction is kept, so a slow request never
holds the one writer's lock. When the outage meets the COMMIT itself, the commit may have happened
with only its answer lost: PostgreSQL is asked which (``bountyboard.config.commit_outcome``).

A transaction PostgreSQL aborted to break a deadlock or a serialisation conflict (SQLSTATE 40P01,
40001) is not an outage: nothing of it was kept, so the middleware runs the request again, up to
``CONFLICT_ATTEMPTS`` times, as PostgreSQL's documentation asks of its clients. Many locks meet in
one takedown decided while copies are being entered and scanned (queue item, notice, banks' lock,
screenings, entries, audit chains); such a decision must not fail because it lost a deadlock.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import Any

import kombu.exceptions
import redis.exceptions
from django.conf import settings
from django.db import InterfaceError as DatabaseInterfaceError
from django.db import OperationalError as DatabaseOperationalError
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.translation import gettext as _

from bountyboard.config.commit_outcome import (
    CommitOutcome,
    PendingCommit,
    commit_hooks_later,
    commit_outcome_learn,
    pending_commit_read,
)

OUTAGE_ERRORS: tuple[type[Exception], ...] = (
    DatabaseOperationalError,
    DatabaseInterfaceError,
    kombu.exceptions.OperationalError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)
RETRY_AFTER_SECONDS = 30
CONFLICT_ATTEMPTS = 3
# SQLSTATEs of a transaction PostgreSQL rolled back so another could go on: safe to run again.
_CONFLICT_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure
_CONFLICT_MARK = "_bountyboard_transaction_conflict"
logger = logging.getLogger(__name__)


def outage_code(exc: BaseException) -> str:
    if isinstance(exc, DatabaseOperationalError | DatabaseInterfaceError):
        return "database_unavailable"
    return "broker_unavailable"


def outage_message() -> str:
    return _("The site cannot reach its database or task queue right now. Nothing was changed; try again shortly.")


def outage_json(exc: BaseException) -> dict[str, Any]:
    return {"code": outage_code(exc), "message": outage_message()}


def transaction_conflict(exc: BaseException) -> bool:
    """Whether PostgreSQL rolled this transaction back to let another go on (a deadlock's victim, a
    serialisation failure): Django raises its OperationalError from the driver's, which has the code."""
    return getattr(exc.__cause__, "sqlstate", None) in _CONFLICT_SQLSTATES


def outage_seen(request: HttpRequest, exc: BaseException) -> None:
    """Every outage answer passes here: the operator's log says which service failed and how, and a
    transaction conflict is marked so ``OutageMiddleware`` runs the request again."""
    logger.warning("%s %s answered 503 (%s): %s: %s", request.method, request.path, outage_code(exc),
                   type(exc).__name__, exc)
    if transaction_conflict(exc):
        setattr(request, _CONFLICT_MARK, True)


class OutageMiddleware:
    """Turns an outage error raised by a view into a 503: JSON under /api/, a sentence elsewhere."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("GET", "HEAD", "OPTIONS") or connection.vendor == "sqlite":
            return self.get_response(request)
        for attempt in range(1, CONFLICT_ATTEMPTS + 1):
            setattr(request, _CONFLICT_MARK, False)
            answer: HttpResponse | None = None
            pending: PendingCommit | None = None
            try:
                with transaction.atomic():
                    answer = self.get_response(request)
                    if answer.status_code == 503:  # an outage answer (here or the API's): keep nothing
                        transaction.set_rollback(True)
                    else:
                        pending = pending_commit_read()
                response = answer
            except OUTAGE_ERRORS as exc:  # the commit (or the rollback) itself met the outage
                response = _commit_failed_response(request, exc, pending=pending, answer=answer)
            if not getattr(request, _CONFLICT_MARK) or attempt == CONFLICT_ATTEMPTS:
                return response
            logger.info("%s %s: transaction conflict, running it again (try %d)", request.method,
                        request.path, attempt + 1)
            _uploads_rewind(request)
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # noqa: S311 - jitter, not a secret
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OUTAGE_ERRORS):
            return None
        return outage_response(request, exception)


def _commit_failed_response(request: HttpRequest, exc: BaseException, *, pending: PendingCommit | None,
                            answer: HttpResponse | None) -> HttpResponse:
    """The answer when the outage met the commit: the request's own answer if PostgreSQL says the
    commit happened (its answer was what got lost; ``commit_outcome``), the outage answer if it did
    not, and an answer that says so if nobody can tell yet."""
    if pending is None or answer is None or transaction_conflict(exc):  # nothing written, or refused for sure
        return outage_response(request, exc)
    outcome = commit_outcome_learn(xid=pending.xid, wait_seconds=settings.COMMIT_OUTCOME_WAIT_SECONDS)
    logger.warning("%s %s: the commit met an outage (%s: %s); transaction %s %s", request.method, request.path,
                   type(exc).__name__, exc, pending.xid, outcome.value)
    if outcome is CommitOutcome.COMMITTED:
        pending.hooks_run()
        return answer
    if outcome is CommitOutcome.ABORTED:
        return outage_response(request, exc)
    commit_hooks_later(pending=pending)
    return _answer_with_retry_after(request, {"code": "commit_outcome_unknown", "message": _(
        "The site lost its database while saving this change and cannot tell yet whether it was saved. "
        "Look before you try again.")})


def outage_response(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """The 503 for an outage: JSON under /api/, a sentence elsewhere, with Retry-After."""
    outage_seen(request, exception)
    return _answer_with_retry_after(request, outage_json(exception))


def _answer_with_retry_after(request: HttpRequest, body: dict[str, str]) -> HttpResponse:
    """A 503 with Retry-After: the JSON body under /api/, its message as a sentence elsewhere."""
    response: HttpResponse
    if request.path.startswith("/api/"):
        response = JsonResponse(body, status=503)
    else:
        response = HttpResponse(
            f"<!doctype html><title>503</title><p>{escape(body['message'])}</p>",
            status=503, content_type="text/html; charset=utf-8",
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _uploads_rewind(request: HttpRequest) -> None:
    """A request run again reads its uploads again: Django keeps the parsed files, at their end."""
    if "_files" not in request.__dict__:
        return  # never parsed: nothing read yet
    for _name, uploads in request.FILES.lists():
        for upload in uploads:
            upload.seek(0)
