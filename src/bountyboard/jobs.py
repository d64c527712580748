"""Background work: the Celery app, and queueing a task by name after the current transaction commits.

Services call ``job_enqueue("bounties.bounty_screen", bounty_id=...)`` instead of importing task
modules, so no service depends on a tasks module (tasks sit above services in every app).
With no broker configured the task runs in-process right after commit; with Redis it goes to a worker.
Tasks take ids and must be safe to run twice.

The Celery app lives here, below every app, so the apps never import ``bountyboard.config`` (the
composition root); ``bountyboard.config.celery`` is only the worker's entry point and re-exports it.
"""

from __future__ import annotations

import importlib
from typing import Any

from celery import Celery
from django.db import transaction

celery_app = Celery("bountyboard")
celery_app.config_from_object("django.conf:settings", namespace="CELERY")
celery_app.autodiscover_tasks()


def job_enqueue(name: str, /, **kwargs: Any) -> None:
    def _send() -> None:
        if name not in celery_app.tasks:
            # Autodiscovery is lazy outside the worker: import the one tasks module the name points at.
            importlib.import_module(f"bountyboard.{name.split('.', 1)[0]}.tasks")
        celery_app.tasks[name].apply_async(kwargs=kwargs)

    transaction.on_commit(_send)
