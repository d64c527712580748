"""The schedule: periodic jobs that run once per period however many processes are up.

``SCHEDULER_JOBS`` (settings) names each job by its Celery task name with a period in seconds.
Whoever runs the schedule calls ``job_run_if_due``: it takes the job's lease with one conditional
UPDATE (race-free on SQLite and PostgreSQL) and runs the task in-process only when it won. Two
runners of the schedule exist and may run together: the thread ``bountyboard serve`` starts on the
embedded default (``schedule_thread_start``), and Celery beat sending ``scheduler.job_run``. Every
job is safe to run twice, so a crash between the run and the next period loses nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

from bountyboard.jobs import job_task
from bountyboard.scheduler.models import JobLease

logger = logging.getLogger(__name__)


def schedule_periods() -> dict[str, float]:
    """Job name -> period in seconds; ``SCHEDULER_PERIOD_SECONDS`` (tests, demos) overrides them all."""
    override = float(getattr(settings, "SCHEDULER_PERIOD_SECONDS", 0) or 0)
    return {name: override or float(period) for name, period in settings.SCHEDULER_JOBS.items()}


def schedule_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"[:200]


def job_lease_take(*, name: str, period: float, holder: str, now: dt.datetime | None = None) -> bool:
    """True for exactly one caller per period: the UPDATE only matches while the lease has run out,
    and the database serialises concurrent UPDATEs of one row (the loser then matches nothing)."""
    now = now or timezone.now()
    JobLease.objects.get_or_create(name=name, defaults={"leased_until": now - dt.timedelta(seconds=1)})
    taken = JobLease.objects.filter(name=name, leased_until__lte=now).update(
        leased_until=now + dt.timedelta(seconds=period), holder=holder, last_started_at=now
    )
    return taken == 1


def job_run_if_due(*, name: str, holder: str | None = None, now: dt.datetime | None = None) -> bool:
    """Run one scheduled job in this process if its period has come and nobody else took it.
    Returns whether it ran. A failing job is logged and recorded on its lease; it runs again next period."""
    period = schedule_periods().get(name)
    if period is None:
        raise ValueError(f"{name} is not a scheduled job (SCHEDULER_JOBS)")
    if not job_lease_take(name=name, period=period, holder=holder or schedule_holder(), now=now):
        return False
    error = ""
    try:
        job_task(name)()
    except Exception as exc:  # noqa: BLE001 - one failing job must not stop the schedule
        logger.exception("scheduled job %s failed", name)
        error = f"{type(exc).__name__}: {exc}"[:2000]
    JobLease.objects.filter(name=name).update(last_finished_at=timezone.now(), last_error=error)
    return True


def schedule_run_due(*, holder: str | None = None) -> list[str]:
    """Every job whose period has come, once; returns the names this call ran."""
    return [name for name in schedule_periods() if job_run_if_due(name=name, holder=holder)]


class _ScheduleThread(threading.Thread):
    def __init__(self, *, tick: float) -> None:
        super().__init__(name="bountyboard-schedule", daemon=True)
        self.tick = tick
        self.stopped = threading.Event()

    def run(self) -> None:
        holder = schedule_holder()
        while not self.stopped.is_set():
            try:
                close_old_connections()
                schedule_run_due(holder=holder)
            except Exception:  # noqa: BLE001 - the database may be down for a while; try again next tick
                logger.exception("the schedule could not run")
            finally:
                close_old_connections()
            self.stopped.wait(self.tick)


_thread: _ScheduleThread | None = None


def schedule_thread_start(*, tick: float | None = None) -> threading.Thread:
    """Run the schedule in a daemon thread of this process (``bountyboard serve`` on the embedded
    default). It wakes every ``tick`` seconds (the shortest period, at most 5 s) and runs what is due."""
    global _thread
    if _thread is None or not _thread.is_alive():
        periods = schedule_periods().values()
        _thread = _ScheduleThread(tick=tick or min([5.0, *periods]))
        _thread.start()
    return _thread


def schedule_thread_stop() -> None:
    global _thread
    if _thread is not None:
        _thread.stopped.set()
        _thread.join(timeout=30)
        _thread = None
