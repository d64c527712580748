"""Likeness background jobs: thin, by id, safe to run twice."""

from __future__ import annotations

from celery import shared_task

from bountyboard.likeness import services


@shared_task(name="likeness.rescan_run")  # type: ignore[untyped-decorator]
def rescan_run(run_id: int) -> None:
    """Walk the site from the run's cursor; a second delivery resumes or finds it done."""
    services.rescan_execute(run_id=run_id)


@shared_task(name="likeness.consents_expire")  # type: ignore[untyped-decorator]
def consents_expire() -> int:
    """Periodic: reject bounties whose consent request went unanswered past its deadline."""
    return services.consents_expire_overdue()


@shared_task(name="likeness.consent_requests_sync")  # type: ignore[untyped-decorator]
def consent_requests_sync() -> int:
    """Periodic: ask each depicted, verified person about bounties newly waiting for consent."""
    return services.consent_requests_sync()


@shared_task(name="likeness.matches_queue_sync")  # type: ignore[untyped-decorator]
def matches_queue_sync() -> int:
    """Periodic: held-back content that shows a protected person goes to the moderation queue."""
    return services.matches_queue_sync()
