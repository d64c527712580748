"""``bountyboard hashes import|export``: exchange PDQ / MD5 / SHA-256 hash lists (StopNCII-style CSV
``hash,status,case_id``) with the site's banks. Withdrawn or Deleted rows remove the hash.

Reuses the guard's ``store.exchange`` over the web app's own bank store, so an imported hash blocks
uploads at once and an exported list is exactly what the site blocks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bountyboard.guard.store.exchange import bank_export, bank_import
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.services import TAKEDOWN_BANK, bank_sweep


class Command(BaseCommand):
    help = "Import or export hash lists (StopNCII-style CSV: hash,status,case_id) for a bank."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="add (Active/Received) or remove (Withdrawn/Deleted) hashes")
        imp.add_argument("file", help="CSV or plain list of hashes; '-' reads standard input")
        imp.add_argument("--bank", default=TAKEDOWN_BANK, help=f"bank name (default {TAKEDOWN_BANK})")
        imp.add_argument(
            "--sweep", action="store_true", help="then hide (and queue) content already on the site that now matches"
        )
        exp = sub.add_parser("export", help="write a bank's hashes")
        exp.add_argument("--bank", default=TAKEDOWN_BANK)
        exp.add_argument("--format", choices=["csv", "plain"], default="csv")
        exp.add_argument("--output", "-o", default="-", help="file to write; '-' is standard output")
        sub.add_parser("banks", help="list the banks and how many hashes each holds")
        sub.add_parser("sweep", help="hide (and queue) content already on the site that a bank blocks")

    def handle(self, *args: Any, **options: Any) -> None:
        store = DjangoBankStore()
        action = options["action"]
        if action == "import":
            self._import(store, options["bank"], options["file"])
            if options["sweep"]:
                self._sweep()
        elif action == "sweep":
            self._sweep()
        elif action == "export":
            self._export(store, options["bank"], options["format"], options["output"])
        else:
            for bank in store.bank_list():
                count = sum(1 for _ in store.hash_list(bank.name))
                self.stdout.write(f"{bank.name}\t{count}\tpdq<={bank.pdq_threshold}")

    def _import(self, store: DjangoBankStore, bank: str, file: str) -> None:
        try:
            if file == "-":
                lines = sys.stdin.read().splitlines()
            else:
                lines = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {file}: {exc}") from exc
        result = bank_import(store, bank, lines)
        errors = list(getattr(result, "errors", []) or [])
        if errors:
            for error in errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(errors)} bad line(s) in {file}; nothing was imported")
        self.stdout.write(self.style.SUCCESS(_summary(result, bank)))

    def _sweep(self) -> None:
        hidden = bank_sweep()
        self.stdout.write(f"hid {hidden} item(s) already on the site; each is in the moderation queue")

    def _export(self, store: DjangoBankStore, bank: str, fmt: str, output: str) -> None:
        if bank not in {b.name for b in store.bank_list()}:
            raise CommandError(f"no bank named {bank!r}")
        lines = bank_export(store, bank, fmt)  # type: ignore[arg-type]
        if output == "-":
            for line in lines:
                self.stdout.write(line.rstrip("\n"))
            return
        with open(output, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line.rstrip("\n") + "\n")


def _summary(result: Any, bank: str) -> str:
    parts = []
    for name in ("added", "removed", "unchanged", "skipped"):
        value = getattr(result, name, None)
        if value is not None:
            parts.append(f"{name} {value}")
    return f"bank {bank}: " + ", ".join(parts)
