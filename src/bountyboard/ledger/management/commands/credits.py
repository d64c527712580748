"""``bountyboard credits grant USERNAME AMOUNT``: mint credits into a user's wallet."""

from __future__ import annotations

import uuid
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bountyboard.accounts.selectors import user_by_username
from bountyboard.errors import ApplicationError
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.ledger.services import credits_grant


class Command(BaseCommand):
    # Admin tools must work even while a page or URL elsewhere is broken.
    requires_system_checks: list[str] = []
    help = "Grant credits to a user: credits grant USERNAME AMOUNT"

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        grant = sub.add_parser("grant", help="mint AMOUNT credits into USERNAME's wallet")
        grant.add_argument("username")
        grant.add_argument("amount", type=int)
        grant.add_argument(
            "--idempotency-key",
            default="",
            help="reuse a key to make a retried grant a no-op (default: a fresh key)",
        )
        grant.add_argument("--memo", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        user = user_by_username(options["username"])
        if user is None:
            raise CommandError(f"no user named {options['username']!r}")
        key = options["idempotency_key"] or f"cli-grant-{uuid.uuid4()}"
        try:
            tx = credits_grant(
                admin_or_none=None,
                user=user,
                amount=options["amount"],
                idempotency_key=key,
                memo=options["memo"],
            )
        except ApplicationError as error:
            raise CommandError(error.message) from None
        self.stdout.write(
            f"granted {options['amount']} credits to {user.username} (transaction {tx.pk}, key {key}); "
            f"balance {wallet_balance(user)}"
        )
