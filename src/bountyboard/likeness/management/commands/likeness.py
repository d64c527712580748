"""``bountyboard likeness tick|resume``: the registry's periodic work, once (from cron or a shell).

``tick`` sends consent requests for bounties newly waiting for consent, rejects (with refunds) the
ones unanswered past their deadline, queues held-back uploads that show a protected person and
resumes failed re-scans. ``resume`` only resumes re-scans. The same work runs on Celery beat
(``CELERY_BEAT_SCHEDULE["likeness-tick"]``); both are safe to run at the same time or twice.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from bountyboard.likeness.services import likeness_tick, rescans_resume


class Command(BaseCommand):
    help = "Likeness maintenance: `tick` runs consent deadlines, consent requests, match queueing and re-scan resumes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["tick", "resume"])

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "resume":
            with transaction.atomic():
                resumed = rescans_resume()  # delivered once this commits
            self.stdout.write(f"resumed={resumed}")
            return
        report = likeness_tick()
        self.stdout.write(
            f"asked={report.asked} queued={report.queued} expired={report.expired} resumed={report.resumed}"
        )
