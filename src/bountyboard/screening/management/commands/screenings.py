"""``bountyboard screenings resend --all-pending | --id N`` and ``bountyboard screenings reconcile``.

``resend`` sends pending scans again at once (after a broker outage, say); ``reconcile`` runs the
scheduled safety net once (re-send what is pending too long, fail what used up its tries). Both are
safe to run beside workers: a scan delivered twice is done once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.screening.services import screening_resend, screenings_reconcile


class Command(BaseCommand):
    help = "Scans: `resend` sends pending scans again, `reconcile` runs the scheduled re-send/fail pass once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["resend", "reconcile"])
        parser.add_argument("--all-pending", action="store_true", help="every pending scan")
        parser.add_argument("--id", type=int, action="append", default=[], help="one screening id (repeatable)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "reconcile":
            report = screenings_reconcile()
            self.stdout.write(f"resent={len(report.resent)} failed={len(report.failed)}")
            return
        if options["all_pending"] == bool(options["id"]):
            raise CommandError("Name the scans to send again: --all-pending, or --id N.")
        if options["all_pending"]:
            ids = list(Screening.objects.filter(status=ScreeningStatus.PENDING).order_by("pk").values_list("pk", flat=True))
        else:
            ids = options["id"]
        resent = [pk for pk in ids if screening_resend(screening_id=pk)]
        for pk in sorted(set(ids) - set(resent)):
            row = Screening.objects.filter(pk=pk).first()
            state = "does not exist" if row is None else f"is {row.status}, not pending"
            self.stderr.write(f"Screening {pk} {state}; it was not sent again.")
        self.stdout.write(f"resent={len(resent)}")
        if len(resent) != len(ids):
            raise CommandError(f"{len(ids) - len(resent)} of {len(ids)} scans could not be sent again.")
