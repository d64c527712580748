"""``bountyboard audit verify [--anchor FILE]``: recompute the audit hash chains (and compare their
heads with the newest anchor in FILE); exit 1 naming the first broken chain and seq.
``bountyboard audit anchor [--file FILE]``: append the chains' heads to the anchor file."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bountyboard.audit.selectors import audit_anchor_read, audit_verify
from bountyboard.audit.services import audit_anchor_write


class Command(BaseCommand):
    # Admin tools must work even while a page or URL elsewhere is broken.
    requires_system_checks: list[str] = []
    help = "Audit log checks: audit verify [--anchor FILE], audit anchor [--file FILE]"

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser("verify", help="recompute every hash in the chains")
        verify.add_argument("--anchor", help="an anchor file written by `audit anchor`: its newest heads must be in the log")
        anchor = sub.add_parser("anchor", help="append the chains' heads to the anchor file")
        anchor.add_argument("--file", help="default: BOUNTYBOARD_AUDIT_ANCHOR_FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "anchor":
            path = options.get("file") or settings.AUDIT_ANCHOR_FILE
            written = audit_anchor_write(path=path)
            self.stdout.write(f"anchored {len(written['heads'])} chain heads in {path}")
            return
        anchor = None
        if options.get("anchor"):
            try:
                anchor = audit_anchor_read(options["anchor"])
            except (OSError, ValueError) as error:
                raise CommandError(f"cannot read the anchor: {error}") from None
        result = audit_verify(anchor=anchor)
        if not result.ok:
            self.stderr.write(f"BROKEN at chain {result.chain} seq {result.first_broken_seq}: {result.problem}")
            raise CommandError(
                f"audit chain {result.chain} broken at seq {result.first_broken_seq} "
                f"({result.checked} events verified before it)"
            )
        self.stdout.write(
            f"audit chain OK: {result.checked} events verified" + (" and the anchor matches" if anchor else "")
        )
