"""``bountyboard audit verify``: recompute the audit hash chain; exit 1 naming the first broken seq."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bountyboard.audit.selectors import audit_verify


class Command(BaseCommand):
    # Admin tools must work even while a page or URL elsewhere is broken.
    requires_system_checks: list[str] = []
    help = "Audit log checks: audit verify"

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="recompute every hash in the chain")

    def handle(self, *args: Any, **options: Any) -> None:
        result = audit_verify()
        if not result.ok:
            self.stderr.write(f"BROKEN at seq {result.first_broken_seq}: {result.problem}")
            raise CommandError(
                f"audit chain broken at seq {result.first_broken_seq} ({result.checked} events verified before it)"
            )
        self.stdout.write(f"audit chain OK: {result.checked} events verified")
