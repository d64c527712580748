"""Celery beat's side of the schedule: beat sends ``scheduler.job_run`` per job and period; the
worker that receives it runs the job only if it wins the lease (so two beats, or beat and an
embedded schedule thread, still run each job once per period)."""

from __future__ import annotations

from celery import shared_task

from bountyboard.scheduler.services import job_run_if_due


@shared_task(name="scheduler.job_run")  # type: ignore[untyped-decorator]
def job_run(*, name: str) -> bool:
    return job_run_if_due(name=name)
