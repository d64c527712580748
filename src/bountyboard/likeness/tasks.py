"""Likeness background jobs: thin, by id, safe to run twice."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from bountyboard.likeness import services


@shared_task(name="likeness.rescan_run")  # type: ignore[untyped-decorator]
def rescan_run(run_id: int) -> None:
    """Walk the site from the run's cursor; a second delivery resumes or finds it done."""
    services.rescan_execute(run_id=run_id)


@shared_task(name="likeness.tick")  # type: ignore[untyped-decorator]
def tick() -> dict[str, Any]:
    """Periodic: consent requests to send and to expire, held-back matches to queue, re-scans to resume."""
    report = services.likeness_tick()
    return {
        "asked": report.asked,
        "queued": report.queued,
        "expired": report.expired,
        "resumed": report.resumed,
    }
