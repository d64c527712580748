"""The `bountyboard` command.

`bountyboard guard ...` runs the framework-free guard engine CLI without loading Django.
Everything else is a Django management command (`migrate`, `serve`, `credits`, `ledger`, `users`,
`demo`, `audit`, `hashes`, ...).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "guard":
        from bountyboard.guard.cli import main as guard_main

        return guard_main(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bountyboard.config.settings.production")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["bountyboard", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
