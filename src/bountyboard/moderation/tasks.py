"""Thin Celery tasks: call services, safe to run twice."""

from __future__ import annotations

from celery import shared_task

from bountyboard.moderation.services import queue_sync_screenings, takedowns_due_alert


@shared_task(name="moderation.queue_sync")  # type: ignore[untyped-decorator,unused-ignore]
def queue_sync() -> int:
    """Bring new guard ``review`` decisions into the queue (periodic; idempotent)."""
    return queue_sync_screenings()


@shared_task(name="moderation.takedowns_alert")  # type: ignore[untyped-decorator,unused-ignore]
def takedowns_alert() -> int:
    """Warn moderators about takedown notices close to their legal deadline (periodic; idempotent)."""
    return takedowns_due_alert()
