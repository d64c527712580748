"""``bountyboard ledger audit``: prove the ledger conserves credits; exit 1 naming each problem."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bountyboard.ledger.escrow_owed import ledger_escrow_owed
from bountyboard.ledger.selectors import ledger_discrepancies


class Command(BaseCommand):
    # Admin tools must work even while a page or URL elsewhere is broken.
    requires_system_checks: list[str] = []
    help = "Ledger checks: ledger audit"

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser(
            "audit",
            help="check every transaction balances, cached balances match entries, nothing is negative, "
            "and each escrow equals its bounty's open pool",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        pools = ledger_escrow_owed()
        problems = ledger_discrepancies(expected_escrow=pools)
        if pools is None:
            self.stderr.write(
                "Warning: no installed app says what escrows must hold (ledger_escrow_owed_register), "
                "so the escrow check was skipped."
            )
        if problems:
            for problem in problems:
                self.stderr.write(f"DISCREPANCY: {problem}")
            raise CommandError(f"ledger audit failed: {len(problems)} discrepancies")
        self.stdout.write(
            "ledger audit: OK (all transactions balance, balances match entries, escrows match pools)"
        )
