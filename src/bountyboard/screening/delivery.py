"""Getting each scan to a worker, and knowing when it was lost (docs/decisions/0015-durable-work.md).

A pending row's ``sent_at`` says when someone last vouched for its scan: the task was sent, or a
worker is scanning it (the claim, then a heartbeat). The reconciler re-sends a row nobody vouched for
in ``SCREENING_RESEND_AFTER_SECONDS``. So:

- a task the broker refused at send time is dated back (``scan_send``): the reconciler's next run
  sends it, instead of after the whole re-send delay;
- a long scan (a dataset of many images) on a live worker keeps its row fresh (``ScanHeartbeat``),
  so the re-send delay can be short without a second worker scanning it again (and using its tries);
- a message lost in the broker (Redis restarted empty) or on a worker killed mid-scan goes quiet,
  and is re-sent once the delay has passed.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from types import TracebackType

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from bountyboard.jobs import job_send
from bountyboard.screening.models import Screening, ScreeningStatus

logger = logging.getLogger(__name__)

SCAN_TASK = "screening.screening_run"


def resend_after_seconds() -> float:
    return float(getattr(settings, "SCREENING_RESEND_AFTER_SECONDS", 45))


def scan_send(screening_id: int) -> bool:
    """Send the row's scan now (the row is committed). If the broker refuses it, the row is dated
    back so the reconciler's next run sends it. Returns whether the broker took it."""
    if job_send(SCAN_TASK, screening_id=screening_id):
        return True
    due = timezone.now() - dt.timedelta(seconds=resend_after_seconds())
    try:
        Screening.objects.filter(pk=screening_id, status=ScreeningStatus.PENDING).update(sent_at=due)
    except DatabaseError:  # the database is down too: the row keeps its sent_at and waits the delay
        logger.warning("could not mark screening %s for the reconciler", screening_id, exc_info=True)
    return False


def scan_send_on_commit(screening_id: int) -> None:
    transaction.on_commit(lambda: scan_send(screening_id))


class ScanHeartbeat:
    """While a scan runs, stamp its pending row's ``sent_at`` every third of the re-send delay (on a
    thread with its own connection), so the reconciler leaves a long scan on a live worker alone. A
    scan that ends sooner writes nothing."""

    def __init__(self, screening_id: int, *, interval: float | None = None) -> None:
        self.screening_id = screening_id
        self.interval = interval or max(1.0, resend_after_seconds() / 3)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"scan-heartbeat-{screening_id}", daemon=True)

    def _run(self) -> None:
        try:
            while not self.stopped.wait(self.interval):
                try:
                    Screening.objects.filter(pk=self.screening_id, status=ScreeningStatus.PENDING).update(
                        sent_at=timezone.now()
                    )
                except DatabaseError:  # the next beat tries again; a dead database stops the scan anyway
                    logger.warning("scan heartbeat for screening %s failed", self.screening_id, exc_info=True)
        finally:
            connection.close()

    def __enter__(self) -> ScanHeartbeat:
        self.thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stopped.set()
        self.thread.join(timeout=30)
