"""Queue background work by task name, after the current transaction commits.

Services call ``job_enqueue("bounties.bounty_screen", bounty_id=...)`` instead of importing task
modules, so the layering stays services -> models and tasks stay a thin interface (Polar, ADR-0003).
With no broker configured the task runs in-process right after commit; with Redis it goes to a worker.
Tasks take ids and must be safe to run twice.
"""

from __future__ import annotations

import importlib
from typing import Any

from django.db import transaction


def job_enqueue(name: str, /, **kwargs: Any) -> None:
    def _send() -> None:
        from bountyboard.config.celery import app

        if name not in app.tasks:
            # Autodiscovery is lazy outside the worker: import the one tasks module the name points at.
            importlib.import_module(f"bountyboard.{name.split('.', 1)[0]}.tasks")
        app.tasks[name].apply_async(kwargs=kwargs)

    transaction.on_commit(_send)
