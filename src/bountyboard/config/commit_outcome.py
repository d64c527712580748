"""A commit whose answer was lost: ask PostgreSQL whether it happened.

When the database goes away while a request's COMMIT is on the wire, the driver raises, yet the
server may already have made the commit durable: the answer is what was lost. The PostgreSQL-restart
fault test met it (a signup answered 503 "nothing was changed" whose account existed), and then both
halves go wrong: the answer is false, and the member who tries again is told the username is taken,
while the verification mail Django meant to send after the commit is never sent.

PostgreSQL keeps every transaction's fate. ``OutageMiddleware`` reads the request's transaction id
just before committing (``pending_commit_read``; none if the request wrote nothing, and then nothing
can have changed), and after a failed commit asks a new connection ``pg_xact_status`` for it
(``commit_outcome_learn``), for up to ``settings.COMMIT_OUTCOME_WAIT_SECONDS`` while the database
comes back. This is the use PostgreSQL's documentation gives that function. Three outcomes:

- committed: the request's own answer stands, and the after-commit work Django dropped with the
  broken connection (a mail to send, a scan to run) runs now;
- aborted: nothing was changed, the usual outage answer;
- unknown (the database stayed away longer than the wait): an answer that says the change may have
  been saved, so nobody is told "nothing was changed" when that may be false; a thread of this
  process keeps asking (``commit_hooks_later``, up to ``LATER_WAIT_SECONDS``) and runs the
  after-commit work if the commit turns out to have happened.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import Error as DatabaseError  # every driver error, InterfaceError included
from django.db import connection

logger = logging.getLogger(__name__)
# Between two questions while the database comes back: a restart takes seconds.
_POLL_SECONDS = 0.25
# pg_xact_status's "transaction ID ... is in the future" (invalid_parameter_value).
_XID_IN_THE_FUTURE = "22023"
# How long the thread behind an "unknown" answer keeps asking: a database away longer than this
# is a failover an operator is handling.
LATER_WAIT_SECONDS = 900.0


class CommitOutcome(enum.Enum):
    COMMITTED = "committed"
    ABORTED = "aborted"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PendingCommit:
    """What a request is about to commit: its transaction id (PostgreSQL's ``xid8``, as text) and
    the after-commit callbacks registered in it, in order, each with Django's ``robust`` flag."""

    xid: str
    hooks: tuple[tuple[Callable[[], object], bool], ...]

    def hooks_run(self) -> None:
        """Runs the callbacks as Django would have after a commit it saw succeed."""
        for func, robust in self.hooks:
            if not robust:
                func()
                continue
            try:
                func()
            except Exception:  # noqa: BLE001 - a robust hook's failure is logged, as Django does
                logger.exception("after-commit callback %s failed", getattr(func, "__qualname__", func))


def pending_commit_read() -> PendingCommit | None:
    """Inside the request's outermost transaction, just before it commits: its transaction id and
    after-commit callbacks, or ``None`` when it wrote nothing (then a failed commit changed nothing).
    PostgreSQL only: other databases answer ``None``.

    The callbacks are read from ``connection.run_on_commit`` (Django keeps them there as
    ``(savepoint ids, callback, robust)``; it drops them when a commit raises, which is why they are
    copied here)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_current_xact_id_if_assigned()::text")
        row = cursor.fetchone()
    if row is None or row[0] is None:
        return None
    # django-stubs types the entries as pairs; Django 5 keeps (savepoint ids, callback, robust).
    registered: Sequence[tuple[Any, ...]] = connection.run_on_commit
    return PendingCommit(xid=row[0], hooks=tuple((func, robust) for _, func, robust in registered))


def commit_outcome_learn(*, xid: str, wait_seconds: float) -> CommitOutcome:
    """Whether transaction ``xid`` committed, asked on a new connection; keeps asking while the
    database is unreachable or the transaction still shows as in progress (its backend has not yet
    seen its client go), up to ``wait_seconds``."""
    deadline = time.monotonic() + wait_seconds
    while True:
        _connection_drop()
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_xact_status(%s::xid8)", [xid])
                row = cursor.fetchone()
        except DatabaseError as error:
            if getattr(error.__cause__, "sqlstate", None) == _XID_IN_THE_FUTURE:
                # After a crash, replay moves the next id past every transaction whose records
                # survived, a commit's included: one still "in the future" left nothing, so it never
                # committed (the PostgreSQL-restart fault test crashes the server).
                return CommitOutcome.ABORTED
            logger.info("transaction %s: its fate cannot be read yet (%s)", xid, error)
        else:
            status = row[0] if row else None
            if status == "committed":
                return CommitOutcome.COMMITTED
            if status == "aborted":
                return CommitOutcome.ABORTED
            if status is None:  # older than the status log keeps: never so, seconds after
                return CommitOutcome.UNKNOWN
        if time.monotonic() >= deadline:
            return CommitOutcome.UNKNOWN
        time.sleep(_POLL_SECONDS)


def commit_hooks_later(*, pending: PendingCommit, wait_seconds: float = LATER_WAIT_SECONDS) -> threading.Thread:
    """Keeps asking, on a thread of its own (so on a connection of its own), whether the commit
    happened, and runs its after-commit callbacks if it did. Returns the started thread."""

    def follow() -> None:
        try:
            outcome = commit_outcome_learn(xid=pending.xid, wait_seconds=wait_seconds)
            logger.warning("transaction %s, whose answer was unknown, %s", pending.xid, outcome.value)
            if outcome is CommitOutcome.COMMITTED:
                pending.hooks_run()
        finally:
            _connection_drop()

    thread = threading.Thread(target=follow, name=f"commit-outcome-{pending.xid}", daemon=True)
    thread.start()
    return thread


def _connection_drop() -> None:
    """Close this thread's connection, broken or not, so the next query opens a new one."""
    try:
        connection.close()
    except DatabaseError:
        logger.debug("closing a broken connection failed; a new one is opened anyway", exc_info=True)
