"""The real `bountyboard` command in a subprocess, on the test database (exit codes included)."""

from __future__ import annotations

import pytest

from bountyboard.accounts.models import User
from bountyboard.cli import main
from bountyboard.testing.cli import run_cli
from bountyboard.testing.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)


class TestUsersSetRoleCommand:
    def test_sets_role(self) -> None:
        make_user("alice")
        result = run_cli("users", "set-role", "alice", "moderator")
        assert result.returncode == 0, result.stderr
        assert "alice is now moderator" in result.stdout
        assert User.objects.get(username="alice").role == "moderator"

    def test_unknown_role_is_a_usage_error(self) -> None:
        make_user("alice")
        assert run_cli("users", "set-role", "alice", "emperor").returncode == 2
        assert User.objects.get(username="alice").role == "member"

    def test_unknown_user_exits_one(self) -> None:
        result = run_cli("users", "set-role", "ghost", "admin")
        assert result.returncode == 1 and "ghost" in result.stderr


class TestHelp:
    @pytest.mark.parametrize("args", [[], ["--help"], ["-h"]])
    def test_lists_our_commands_first(self, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        assert main(args) == 0
        out = capsys.readouterr().out
        for command in ("serve", "credits grant", "ledger audit", "users set-role", "audit verify", "guard"):
            assert command in out
        assert len(out.splitlines()) < 30
