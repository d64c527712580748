"""Background work: the Celery app, and queueing a task by name after the current transaction commits.

Services call ``job_enqueue("bounties.bounty_screen", bounty_id=...)`` instead of importing task
modules, so no service depends on a tasks module (tasks sit above services in every app).
Tasks take ids and must be safe to run twice.

Where the task runs (docs/decisions/0015-durable-work.md):
- with a broker, on a Celery worker. Sending never raises into the request: if the broker is down
  the job is logged and dropped here, and the database record that needed it (a pending screening)
  is sent again by the scheduled reconciler;
- with no broker, in this process: on the job thread ``bountyboard serve`` starts
  (``jobs_worker_start``), so a slow scan never holds a web request; elsewhere (a shell command, a
  test) right after commit, in the calling thread.

The Celery app lives here, below every app, so the apps never import ``bountyboard.config`` (the
composition root); ``bountyboard.config.celery`` is only the worker's entry point and re-exports it.
"""

from __future__ import annotations

import importlib
import logging
import queue
import threading
from typing import Any

from celery import Celery
from django.db import close_old_connections, transaction

logger = logging.getLogger(__name__)

celery_app = Celery("bountyboard")
celery_app.config_from_object("django.conf:settings", namespace="CELERY")
celery_app.autodiscover_tasks()


def job_task(name: str) -> Any:
    """The Celery task registered under ``name`` (e.g. ``"screening.screening_run"``)."""
    if name not in celery_app.tasks:
        # Autodiscovery is lazy outside the worker: import the one tasks module the name points at.
        importlib.import_module(f"bountyboard.{name.split('.', 1)[0]}.tasks")
    return celery_app.tasks[name]


def job_send(name: str, /, **kwargs: Any) -> bool:
    """Send now (the caller has committed). Broker errors are logged, never raised: the job's
    database record stays, and the reconciler sends it again. False when the broker refused it (the
    caller may mark its record for the reconciler's next run)."""
    task = job_task(name)
    eager = celery_app.conf.task_always_eager
    worker = _worker
    if eager and worker is not None:
        worker.jobs.put((name, kwargs))
        return True
    if eager:
        task.apply_async(kwargs=kwargs)
        return True
    try:
        task.apply_async(kwargs=kwargs)
    except Exception:  # noqa: BLE001 - kombu raises several kinds; the reconciler sends it later
        logger.warning("could not send %s %s to the broker; the reconciler will send it again", name, kwargs,
                       exc_info=True)
        return False
    return True


def job_enqueue(name: str, /, **kwargs: Any) -> None:
    transaction.on_commit(lambda: job_send(name, **kwargs))


class _JobWorker:
    """In-process job threads for the embedded default (no broker). The queue lives in memory: a
    process that stops with jobs queued loses them here, and the reconciler sends them again."""

    def __init__(self, *, threads: int) -> None:
        self.jobs: queue.Queue[tuple[str, dict[str, Any]] | None] = queue.Queue()
        self.threads = [
            threading.Thread(target=self._run, name=f"bountyboard-jobs-{n}", daemon=True) for n in range(threads)
        ]
        for thread in self.threads:
            thread.start()

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            name, kwargs = job
            try:
                close_old_connections()
                job_task(name).apply(kwargs=kwargs, throw=True)
            except Exception:  # noqa: BLE001 - one failing job must not stop the others
                logger.exception("job %s %s failed", name, kwargs)
            finally:
                close_old_connections()
                self.jobs.task_done()

    def stop(self) -> None:
        for _ in self.threads:
            self.jobs.put(None)
        for thread in self.threads:
            thread.join(timeout=30)


_worker: _JobWorker | None = None
_worker_lock = threading.Lock()


def jobs_worker_start(*, threads: int = 1) -> None:
    """Run jobs sent from this process on background threads instead of the committing thread
    (``bountyboard serve`` on the embedded default). No-op with a broker: workers run them."""
    global _worker
    with _worker_lock:
        if _worker is None:
            _worker = _JobWorker(threads=threads)


def jobs_worker_stop() -> None:
    """Finish the queued jobs and stop the threads (tests, a clean shutdown)."""
    global _worker
    with _worker_lock:
        worker, _worker = _worker, None
    if worker is not None:
        worker.jobs.join()
        worker.stop()
