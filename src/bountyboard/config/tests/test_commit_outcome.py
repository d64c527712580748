"""What PostgreSQL says of a transaction's fate, read as ``OutageMiddleware`` reads it when a commit
met an outage (``bountyboard.config.commit_outcome``), on a real PostgreSQL. The wire-level cases (a
commit whose answer is lost, a served site) are in ``test_faults_commit``."""

from __future__ import annotations

import pytest
from django.db import connection, transaction

from bountyboard.config.commit_outcome import (
    CommitOutcome,
    PendingCommit,
    commit_hooks_later,
    commit_outcome_learn,
    pending_commit_read,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor == "sqlite", reason="pg_xact_status is PostgreSQL's"),
]


def _row_write() -> None:
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE IF NOT EXISTS fate_probe (n integer)")
        cursor.execute("INSERT INTO fate_probe VALUES (1)")


def _written(*, keep: bool) -> PendingCommit:
    """A transaction that wrote a row, committed (``keep``) or rolled back."""
    with transaction.atomic():
        _row_write()
        pending = pending_commit_read()
        if not keep:
            transaction.set_rollback(True)
    assert pending is not None
    return pending


def test_a_committed_transaction_is_committed() -> None:
    assert commit_outcome_learn(xid=_written(keep=True).xid, wait_seconds=0) is CommitOutcome.COMMITTED


def test_a_rolled_back_transaction_is_aborted() -> None:
    assert commit_outcome_learn(xid=_written(keep=False).xid, wait_seconds=0) is CommitOutcome.ABORTED


def test_a_transaction_id_no_server_gave_yet_never_committed() -> None:
    # After a crash, a transaction whose records were all lost has an id "in the future".
    future = str(int(_written(keep=False).xid) + 1_000_000)
    assert commit_outcome_learn(xid=future, wait_seconds=0) is CommitOutcome.ABORTED


def test_a_request_that_wrote_nothing_has_no_pending_commit() -> None:
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        assert pending_commit_read() is None


def test_the_pending_commit_keeps_the_after_commit_work_in_order_and_runs_it_once_asked() -> None:
    ran: list[str] = []
    with transaction.atomic():
        _row_write()
        transaction.on_commit(lambda: ran.append("mail"))
        with transaction.atomic():
            transaction.on_commit(lambda: ran.append("scan"))
        pending = pending_commit_read()
        transaction.set_rollback(True)  # Django drops its callbacks, as when a commit raises
    assert pending is not None and ran == []
    pending.hooks_run()
    assert ran == ["mail", "scan"]


def test_a_robust_callback_that_fails_does_not_stop_the_others() -> None:
    ran: list[str] = []

    def fails() -> None:
        raise RuntimeError("the broker said no")

    with transaction.atomic():
        _row_write()
        transaction.on_commit(fails, robust=True)
        transaction.on_commit(lambda: ran.append("scan"))
        pending = pending_commit_read()
        transaction.set_rollback(True)
    assert pending is not None
    pending.hooks_run()
    assert ran == ["scan"]


def test_the_later_check_runs_the_work_of_a_commit_that_happened_and_not_of_one_that_did_not() -> None:
    ran: list[str] = []
    committed = _written(keep=True)
    aborted = _written(keep=False)
    for pending, name in ((committed, "committed"), (aborted, "aborted")):
        later = PendingCommit(xid=pending.xid, hooks=((lambda name=name: ran.append(name), False),))
        commit_hooks_later(pending=later, wait_seconds=5).join(timeout=30)
    assert ran == ["committed"]
