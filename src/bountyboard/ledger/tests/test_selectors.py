from __future__ import annotations

import pytest
from django.db import connection

from bountyboard.accounts.models import User
from bountyboard.ledger.models import LedgerEntry, LedgerTransaction
from bountyboard.ledger.selectors import (
    escrow_balance,
    escrow_balances,
    ledger_discrepancies,
    wallet_balance,
    wallet_history,
)
from bountyboard.ledger.services import escrow_for, ledger_post, wallet_for
from bountyboard.ledger.tests.conftest import funded_wallet

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class TestBalances:
    def test_zero_without_accounts(self, alice: User) -> None:
        assert wallet_balance(alice) == 0 and escrow_balance(1) == 0 and escrow_balances() == {}

    def test_escrow_balances(self, alice: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        ledger_post(idempotency_key="a", kind="contribution", postings=[(wallet, -30), (escrow_for(1), 30)])
        ledger_post(idempotency_key="b", kind="contribution", postings=[(wallet, -20), (escrow_for(2), 20)])
        assert escrow_balances() == {1: 30, 2: 20} and escrow_balance(2) == 20


class TestWalletHistory:
    def test_newest_first_with_signed_amounts(self, alice: User, bob: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        ledger_post(
            idempotency_key="t", kind="tip", postings=[(wallet, -15), (wallet_for(bob), 15)], memo="thanks"
        )
        lines = wallet_history(alice)
        assert [(line.kind, line.amount, line.memo) for line in lines][0] == ("tip", -15, "thanks")
        assert [line.amount for line in lines] == [-15, 100]
        assert wallet_history(bob)[0].amount == 15


class TestLedgerDiscrepancies:
    def test_clean_ledger(self, alice: User) -> None:
        funded_wallet(alice, 100, "g")
        assert ledger_discrepancies(expected_escrow={}) == []

    def test_names_a_cached_balance_edited_in_the_database(self, alice: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        with connection.cursor() as cursor:
            cursor.execute("UPDATE ledger_ledgeraccount SET balance = 101 WHERE id = %s", [wallet.pk])
        problems = ledger_discrepancies()
        assert problems == [
            f"wallet of user {alice.pk} (id {wallet.pk}): cached balance 101 != entries total 100"
        ]

    def test_names_an_unbalanced_transaction(self, alice: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        tx = LedgerTransaction.objects.get()
        LedgerEntry.objects.filter(transaction=tx, account=wallet).update(amount=99)
        problems = ledger_discrepancies()
        assert f"transaction {tx.pk} sums to -1, not 0" in problems
        assert "all entries sum to -1, not 0" in problems

    def test_names_an_escrow_that_differs_from_its_pool(self, alice: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        ledger_post(idempotency_key="a", kind="contribution", postings=[(wallet, -30), (escrow_for(4), 30)])
        assert ledger_discrepancies(expected_escrow={4: 30}) == []
        assert ledger_discrepancies(expected_escrow={4: 25, 5: 10}) == [
            "escrow of bounty 4 holds 30, its open pool is 25",
            "escrow of bounty 5 holds 0, its open pool is 10",
        ]
