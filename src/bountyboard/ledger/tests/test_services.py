from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.errors import Conflict, InsufficientFunds, PermissionDenied, ValidationFailed
from bountyboard.ledger.models import LedgerAccount, LedgerEntry, LedgerTransaction
from bountyboard.ledger.selectors import account_balance, ledger_discrepancies, wallet_balance
from bountyboard.ledger.services import (
    credits_grant,
    escrow_for,
    ledger_post,
    platform_fee_account,
    platform_mint,
    wallet_for,
)
from bountyboard.ledger.tests.conftest import funded_wallet
from bountyboard.testing.factories import make_user

# Money: these run again on PostgreSQL (make test).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def snapshot() -> tuple[list[tuple[int, int]], int, int]:
    """Everything a refused post must leave untouched."""
    balances = list(LedgerAccount.objects.order_by("pk").values_list("pk", "balance"))
    return balances, LedgerTransaction.objects.count(), LedgerEntry.objects.count()


class TestLedgerPost:
    def test_moves_credits_and_records_balanced_entries(self, alice: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        escrow = escrow_for(7)
        tx = ledger_post(
            idempotency_key="c1", kind="contribution", postings=[(wallet, -30), (escrow, 30)], memo="m"
        )
        assert (account_balance(wallet), account_balance(escrow)) == (70, 30)
        assert sorted(tx.entries.values_list("amount", flat=True)) == [-30, 30]
        assert tx.memo == "m" and tx.kind == "contribution"
        assert ledger_discrepancies(expected_escrow={7: 30}) == []

    def test_three_way_split(self, alice: User, bob: User) -> None:
        escrow = escrow_for(1)
        funded = funded_wallet(alice, 100, "g")
        ledger_post(idempotency_key="fund", kind="bounty_funding", postings=[(funded, -100), (escrow, 100)])
        ledger_post(
            idempotency_key="award",
            kind="award",
            postings=[(escrow, -100), (wallet_for(bob), 95), (platform_fee_account(), 5)],
        )
        assert (wallet_balance(bob), account_balance(platform_fee_account()), account_balance(escrow)) == (
            95,
            5,
            0,
        )
        assert ledger_discrepancies(expected_escrow={1: 0}) == []

    def test_refuses_overdraft_and_changes_nothing(self, alice: User, bob: User) -> None:
        wallet = funded_wallet(alice, 50, "g")
        before = snapshot()
        with pytest.raises(InsufficientFunds) as error:
            ledger_post(idempotency_key="t", kind="tip", postings=[(wallet, -51), (wallet_for(bob), 51)])
        assert error.value.extra["balance"] == 50 and error.value.extra["needed"] == 51
        after = snapshot()
        # wallet_for(bob) created an empty account; nothing else may differ.
        assert after[1:] == before[1:]
        assert [b for b in after[0] if b[0] != wallet_for(bob).pk] == before[0]
        assert wallet_balance(alice) == 50

    def test_the_mint_may_go_negative(self, alice: User) -> None:
        ledger_post(
            idempotency_key="m", kind="grant", postings=[(platform_mint(), -5), (wallet_for(alice), 5)]
        )
        assert account_balance(platform_mint()) == -5

    def test_replaying_a_key_returns_the_same_transaction_once(self, alice: User, bob: User) -> None:
        wallet = funded_wallet(alice, 100, "g")
        postings = [(wallet, -10), (wallet_for(bob), 10)]
        first = ledger_post(idempotency_key="tip-1", kind="tip", postings=postings)
        second = ledger_post(idempotency_key="tip-1", kind="tip", postings=list(reversed(postings)))
        assert first.pk == second.pk
        assert (wallet_balance(alice), wallet_balance(bob)) == (90, 10)

    @pytest.mark.parametrize("change", ["amount", "account", "kind"])
    def test_reusing_a_key_for_something_else_is_a_conflict(
        self, alice: User, bob: User, change: str
    ) -> None:
        wallet = funded_wallet(alice, 100, "g")
        bob_wallet, escrow = wallet_for(bob), escrow_for(3)
        ledger_post(idempotency_key="k", kind="tip", postings=[(wallet, -10), (bob_wallet, 10)])
        other = {
            "amount": dict(kind="tip", postings=[(wallet, -11), (bob_wallet, 11)]),
            "account": dict(kind="tip", postings=[(wallet, -10), (escrow, 10)]),
            "kind": dict(kind="contribution", postings=[(wallet, -10), (bob_wallet, 10)]),
        }[change]
        before = snapshot()
        with pytest.raises(Conflict):
            ledger_post(idempotency_key="k", **other)  # type: ignore[arg-type]
        assert snapshot() == before

    @pytest.mark.parametrize(
        "make_postings, message",
        [
            (lambda a, b: [(a, -10), (b, 9)], "sum to -1"),
            (lambda a, b: [(a, -10)], "at least two"),
            (lambda a, b: [(a, 0), (b, 0)], "0 credits"),
            (lambda a, b: [(a, -1.5), (b, 1.5)], "not an integer"),
            (lambda a, b: [(a, True), (b, -1)], "not an integer"),
            (lambda a, b: [(a, -5), (a, 5)], "appears twice"),
            (lambda a, b: [(a, -5), (LedgerAccount(kind="wallet"), 5)], "saved LedgerAccount"),
        ],
    )
    def test_refuses_malformed_postings(self, alice: User, bob: User, make_postings, message: str) -> None:
        a, b = funded_wallet(alice, 100, "g"), wallet_for(bob)
        before = snapshot()
        with pytest.raises(ValidationFailed, match=message):
            ledger_post(idempotency_key="bad", kind="tip", postings=make_postings(a, b))
        assert snapshot() == before

    @pytest.mark.parametrize("key, kind", [("", "tip"), ("x" * 201, "tip"), ("ok", "bribe")])
    def test_refuses_bad_key_or_kind(self, alice: User, bob: User, key: str, kind: str) -> None:
        a, b = funded_wallet(alice, 100, "g"), wallet_for(bob)
        before = snapshot()
        with pytest.raises(ValidationFailed):
            ledger_post(idempotency_key=key, kind=kind, postings=[(a, -1), (b, 1)])
        assert snapshot() == before

    def test_database_refuses_a_negative_wallet_even_bypassing_the_service(self, alice: User) -> None:
        wallet = wallet_for(alice)
        with pytest.raises(IntegrityError), transaction.atomic():
            LedgerAccount.objects.filter(pk=wallet.pk).update(balance=-1)


@pytest.mark.django_db(transaction=True)
class TestLedgerPostTransactionBoundary:
    def test_outside_an_atomic_block_is_a_programming_error(self) -> None:
        alice = make_user("alice")
        wallet = funded_wallet(alice, 10, "g")
        assert not connection.in_atomic_block
        with pytest.raises(RuntimeError, match="inside the caller"):
            ledger_post(idempotency_key="x", kind="tip", postings=[(wallet, -1), (escrow_for(1), 1)])
        assert wallet_balance(alice) == 10

    def test_rolls_back_with_the_callers_state_change(self) -> None:
        alice = make_user("alice")
        wallet = funded_wallet(alice, 10, "g")
        escrow = escrow_for(1)
        with pytest.raises(ValueError), transaction.atomic():
            ledger_post(idempotency_key="x", kind="contribution", postings=[(wallet, -4), (escrow, 4)])
            User.objects.filter(pk=alice.pk).update(first_name="changed")
            raise ValueError("the caller's later step failed")
        assert wallet_balance(alice) == 10 and account_balance(escrow) == 0
        assert not LedgerTransaction.objects.filter(idempotency_key="x").exists()
        assert User.objects.get(pk=alice.pk).first_name == ""


transfer = st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(1, 120))


class TestLedgerPostProperties:
    # database=None: no .hypothesis/ directory left in the clone.
    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(moves=st.lists(transfer, min_size=1, max_size=25))
    def test_any_sequence_of_moves_conserves_credits(
        self, alice: User, moves: list[tuple[int, int, int]]
    ) -> None:
        with transaction.atomic():
            users = [alice, *(make_user() for _ in range(2))]
            accounts = [funded_wallet(u, 100, f"g-{u.pk}") for u in users] + [escrow_for(99)]
            total = sum(account_balance(a) for a in accounts)
            for n, (src, dst, amount) in enumerate(moves):
                if src == dst:
                    continue
                before = [account_balance(a) for a in accounts]
                try:
                    ledger_post(
                        idempotency_key=f"move-{n}",
                        kind="tip",
                        postings=[(accounts[src], -amount), (accounts[dst], amount)],
                    )
                except InsufficientFunds:
                    assert before[src] < amount
                    assert [account_balance(a) for a in accounts] == before
                else:
                    assert account_balance(accounts[src]) == before[src] - amount
                assert sum(account_balance(a) for a in accounts) == total
                assert all(account_balance(a) >= 0 for a in accounts)
            assert ledger_discrepancies() == []
            transaction.set_rollback(True)  # each example starts from an empty ledger


class TestWalletFor:
    def test_one_wallet_per_user(self, alice: User) -> None:
        assert wallet_for(alice).pk == wallet_for(alice).pk
        assert LedgerAccount.objects.filter(kind="wallet", user=alice).count() == 1


class TestEscrowFor:
    def test_one_escrow_per_bounty(self) -> None:
        assert escrow_for(5).pk == escrow_for(5).pk != escrow_for(6).pk


class TestCreditsGrant:
    def test_cli_grant_mints_into_the_wallet_and_audits(self, alice: User) -> None:
        tx = credits_grant(admin_or_none=None, user=alice, amount=500, idempotency_key="g1")
        assert wallet_balance(alice) == 500 and account_balance(platform_mint()) == -500
        event = AuditEvent.objects.get(action="credits.grant")
        assert event.data["amount"] == 500 and event.data["ledger_transaction_id"] == tx.pk
        assert event.actor_label == "cli" and event.target_id == str(alice.pk)

    def test_admin_may_grant(self, alice: User) -> None:
        admin = make_user("root", role="admin")
        credits_grant(admin_or_none=admin, user=alice, amount=5, idempotency_key="g1")
        assert wallet_balance(alice) == 5
        assert AuditEvent.objects.get(action="credits.grant").actor == admin

    @pytest.mark.parametrize("role", ["member", "moderator"])
    def test_non_admin_may_not_grant(self, alice: User, role: str) -> None:
        granter = make_user("granter", role=role)
        with pytest.raises(PermissionDenied):
            credits_grant(admin_or_none=granter, user=alice, amount=5, idempotency_key="g1")
        assert wallet_balance(alice) == 0
        assert not LedgerTransaction.objects.exists() and not AuditEvent.objects.exists()

    @pytest.mark.parametrize("amount", [0, -5, 2.5, True])
    def test_refuses_non_positive_or_non_integer_amounts(self, alice: User, amount: object) -> None:
        with pytest.raises(ValidationFailed):
            credits_grant(admin_or_none=None, user=alice, amount=amount, idempotency_key="g1")  # type: ignore[arg-type]
        assert not LedgerTransaction.objects.exists() and not AuditEvent.objects.exists()

    def test_retry_with_the_same_key_grants_once(self, alice: User) -> None:
        first = credits_grant(admin_or_none=None, user=alice, amount=50, idempotency_key="g1")
        second = credits_grant(admin_or_none=None, user=alice, amount=50, idempotency_key="g1")
        assert first.pk == second.pk and wallet_balance(alice) == 50
        assert AuditEvent.objects.filter(action="credits.grant").count() == 1

    def test_same_key_for_another_amount_is_a_conflict(self, alice: User) -> None:
        credits_grant(admin_or_none=None, user=alice, amount=50, idempotency_key="g1")
        with pytest.raises(Conflict):
            credits_grant(admin_or_none=None, user=alice, amount=60, idempotency_key="g1")
        assert wallet_balance(alice) == 50
