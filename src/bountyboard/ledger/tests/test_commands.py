"""The real `bountyboard` command in a subprocess, on the test database (exit codes included)."""

from __future__ import annotations

import pytest
from django.db import connection

from bountyboard.accounts.models import User
from bountyboard.ledger.models import LedgerTransaction
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.ledger.services import wallet_for
from bountyboard.testing.cli import run_cli

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


class TestCreditsGrantCommand:
    def test_grants(self, alice: User) -> None:
        result = run_cli("credits", "grant", "alice", "300")
        assert result.returncode == 0, result.stderr
        assert "balance 300" in result.stdout
        assert wallet_balance(alice) == 300

    def test_same_idempotency_key_grants_once(self, alice: User) -> None:
        assert run_cli("credits", "grant", "alice", "10", "--idempotency-key", "k1").returncode == 0
        assert run_cli("credits", "grant", "alice", "10", "--idempotency-key", "k1").returncode == 0
        assert wallet_balance(alice) == 10

    def test_unknown_user_exits_one(self) -> None:
        result = run_cli("credits", "grant", "nobody", "5")
        assert result.returncode == 1 and "no user named 'nobody'" in result.stderr
        assert not LedgerTransaction.objects.exists()

    @pytest.mark.parametrize("amount", ["0", "-3"])
    def test_non_positive_amount_exits_one(self, alice: User, amount: str) -> None:
        result = run_cli("credits", "grant", "alice", amount)
        assert result.returncode == 1 and "amount" in result.stderr
        assert wallet_balance(alice) == 0

    def test_non_numeric_amount_is_a_usage_error(self, alice: User) -> None:
        assert run_cli("credits", "grant", "alice", "lots").returncode == 2
        assert wallet_balance(alice) == 0


class TestLedgerAuditCommand:
    def test_clean_ledger_exits_zero(self, alice: User) -> None:
        run_cli("credits", "grant", "alice", "100")
        result = run_cli("ledger", "audit")
        assert result.returncode == 0, result.stderr
        assert "ledger audit: OK" in result.stdout

    def test_tampered_balance_exits_one_naming_it(self, alice: User) -> None:
        run_cli("credits", "grant", "alice", "100")
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE ledger_ledgeraccount SET balance = 1000 WHERE id = %s", [wallet_for(alice).pk]
            )
        result = run_cli("ledger", "audit")
        assert result.returncode == 1
        assert "DISCREPANCY" in result.stderr and "cached balance 1000 != entries total 100" in result.stderr
