"""The `bountyboard` command.

`bountyboard guard ...` runs the framework-free guard engine CLI without loading Django.
Everything else is a Django management command (`migrate`, `serve`, `credits`, `ledger`, `users`,
`demo`, `audit`, `hashes`, ...), run with the production settings unless DJANGO_SETTINGS_MODULE says
otherwise.
"""

from __future__ import annotations

import os
import sys

USAGE = """\
usage: bountyboard <command> [options]

Site:
  migrate                         create or upgrade the database
  serve [--host H] [--port P]     run the site (waitress, production settings)
  demo seed                       load demo users, bounties and entries

Administration:
  users set-role USERNAME ROLE    ROLE is member, moderator or admin
  credits grant USERNAME AMOUNT   mint credits into a user's wallet
  ledger audit                    prove no credit was lost or created (exit 1 naming each problem)
  audit verify                    check the audit log's hash chain (exit 1 at the first broken seq)
  bounties tick                   expiry, awarding-window close, reminders (also a Celery beat task)

Safety engine:
  hashes import|export|banks|sweep  StopNCII-style hash lists for the site's banks (withdrawals honoured)
  guard ...                       the guard engine CLI (bountyboard guard --help)

More: `bountyboard help COMMAND` for one command, `bountyboard help --commands` for every command.
Settings: DATABASE_URL, CELERY_BROKER_URL, DJANGO_SECRET_KEY, ... (docs/operations.md).
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "guard":
        from bountyboard.guard.cli import main as guard_main

        return int(guard_main(args[1:]) or 0)
    if not args or args[0] in ("-h", "--help"):
        sys.stdout.write(USAGE)
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bountyboard.config.settings.production")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["bountyboard", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
