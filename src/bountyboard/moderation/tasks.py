"""Thin Celery tasks: call services, safe to run twice."""

from __future__ import annotations

from celery import shared_task

from bountyboard.moderation.services import queue_sync_screenings


@shared_task(name="moderation.queue_sync")  # type: ignore[untyped-decorator,unused-ignore]
def queue_sync() -> int:
    """Bring new guard ``review`` decisions into the queue (periodic; idempotent)."""
    return queue_sync_screenings()
