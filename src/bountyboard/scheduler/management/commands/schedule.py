"""``bountyboard schedule run-due|list``: run the due periodic jobs once (cron, a shell) or list
the leases. Taking the same leases as ``bountyboard serve`` and Celery beat, so it never doubles a run."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from bountyboard.scheduler.models import JobLease
from bountyboard.scheduler.services import schedule_periods, schedule_run_due


class Command(BaseCommand):
    help = "The periodic jobs: `run-due` runs the ones whose period has come, `list` shows their leases."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["run-due", "list"])

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "run-due":
            ran = schedule_run_due()
            self.stdout.write(f"ran={','.join(ran) or '-'}")
            return
        leases = {lease.name: lease for lease in JobLease.objects.all()}
        for name, period in schedule_periods().items():
            lease = leases.get(name)
            last = f"{lease.last_finished_at:%Y-%m-%d %H:%M:%S}" if lease and lease.last_finished_at else "never"
            error = f" error={lease.last_error[:80]!r}" if lease and lease.last_error else ""
            self.stdout.write(f"{name} every {period:g}s last={last}{error}")
