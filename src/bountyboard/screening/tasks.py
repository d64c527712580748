"""Thin Celery tasks: take ids, call services, safe to run twice."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from django.db import DatabaseError

from bountyboard.screening.models import ScreeningStatus
from bountyboard.screening.services import screening_perform, screenings_reconcile


def _backoff(retries: int) -> int:
    return int(min(300, 5 * 2**retries))


@shared_task(bind=True, name="screening.screening_run", max_retries=None)  # type: ignore[untyped-decorator]
def screening_run(self: Any, *, screening_id: int) -> str:
    """A database error is retried with backoff (the row stays pending either way, and the
    reconciler sends it again if even the retry cannot be sent); a scan that raised is retried the
    same way until ``screening_perform`` gives up and fails the row."""
    try:
        row = screening_perform(screening_id=screening_id)
    except DatabaseError as exc:
        if self.request.is_eager:
            raise
        raise self.retry(exc=exc, countdown=_backoff(self.request.retries)) from exc
    if row is not None and row.status == ScreeningStatus.PENDING and not self.request.is_eager:
        raise self.retry(countdown=_backoff(self.request.retries))
    return row.status if row is not None else "missing"


@shared_task(name="screening.reconcile")  # type: ignore[untyped-decorator]
def reconcile() -> dict[str, list[int]]:
    report = screenings_reconcile()
    return {"resent": report.resent, "failed": report.failed}
