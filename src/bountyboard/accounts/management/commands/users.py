"""``bountyboard users set-role USERNAME member|moderator|admin``."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bountyboard.accounts.models import Role
from bountyboard.accounts.selectors import user_by_username
from bountyboard.accounts.services import user_set_role
from bountyboard.errors import ApplicationError


class Command(BaseCommand):
    # Admin tools must work even while a page or URL elsewhere is broken.
    requires_system_checks: list[str] = []
    help = "User administration: users set-role USERNAME member|moderator|admin"

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        set_role = sub.add_parser("set-role", help="set a user's role")
        set_role.add_argument("username")
        set_role.add_argument("role", choices=Role.values)

    def handle(self, *args: Any, **options: Any) -> None:
        user = user_by_username(options["username"])
        if user is None:
            raise CommandError(f"no user named {options['username']!r}")
        try:
            user_set_role(user=user, role=options["role"], actor=None)
        except ApplicationError as error:
            raise CommandError(error.message) from None
        self.stdout.write(f"{user.username} is now {user.role}")
