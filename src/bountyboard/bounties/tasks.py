"""Periodic bounty work as thin Celery tasks (ids in, services do the work, safe to run twice).

The beat schedule is in settings (``CELERY_BEAT_SCHEDULE``); ``bountyboard bounties tick`` runs the
same thing once from cron or a shell.
"""

from __future__ import annotations

from celery import shared_task

from bountyboard.bounties.services import (
    bounties_tick,
    bounty_award_window_close,
    bounty_expire,
    bounty_remind_expiring,
)


@shared_task(name="bounties.tick")  # type: ignore[untyped-decorator]
def tick() -> dict[str, list[int]]:
    report = bounties_tick()
    return {"expired": report.expired, "windows_closed": report.windows_closed, "reminded": report.reminded}


@shared_task(name="bounties.bounty_expire")  # type: ignore[untyped-decorator]
def bounty_expire_task(*, bounty_id: int) -> str:
    return bounty_expire(bounty_id=bounty_id).status


@shared_task(name="bounties.bounty_award_window_close")  # type: ignore[untyped-decorator]
def bounty_award_window_close_task(*, bounty_id: int) -> str:
    return bounty_award_window_close(bounty_id=bounty_id).status


@shared_task(name="bounties.bounty_remind_expiring")  # type: ignore[untyped-decorator]
def bounty_remind_expiring_task(*, bounty_id: int) -> bool:
    return bounty_remind_expiring(bounty_id=bounty_id)
