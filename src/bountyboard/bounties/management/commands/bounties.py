"""``bountyboard bounties tick``: run the due bounty transitions once (from cron or a shell).

The same work runs on Celery beat (``CELERY_BEAT_SCHEDULE["bounties-tick"]``); both are safe to
run at the same time or twice.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from bountyboard.bounties.services import bounties_tick


class Command(BaseCommand):
    help = "Bounty maintenance: `tick` runs expiry, awarding-window close and expiring-soon reminders once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["tick"])

    def handle(self, *args: Any, **options: Any) -> None:
        report = bounties_tick()
        self.stdout.write(
            f"expired={len(report.expired)} windows_closed={len(report.windows_closed)} "
            f"reminded={len(report.reminded)}"
        )
