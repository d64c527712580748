"""Thin Celery tasks: take ids, call services, safe to run twice."""

from __future__ import annotations

from celery import shared_task

from bountyboard.screening.services import screening_perform


@shared_task(name="screening.screening_run")  # type: ignore[untyped-decorator]
def screening_run(*, screening_id: int) -> str:
    row = screening_perform(screening_id=screening_id)
    return row.status if row is not None else "missing"
