"""Reads of the ledger: balances, history, escrow pools, and the conservation audit."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Sum

from bountyboard.accounts.models import User
from bountyboard.ledger.models import AccountKind, LedgerAccount, LedgerEntry


def account_balance(account: LedgerAccount) -> int:
    """The cached balance, read fresh from the database."""
    return LedgerAccount.objects.values_list("balance", flat=True).get(pk=account.pk)


def wallet_balance(user: User) -> int:
    """Credits in the user's wallet (0 when they never had a wallet)."""
    value = (
        LedgerAccount.objects.filter(kind=AccountKind.WALLET, user=user)
        .values_list("balance", flat=True)
        .first()
    )
    return int(value or 0)


def escrow_balance(bounty_id: int) -> int:
    """Credits held in a bounty's escrow (0 when it has none yet)."""
    value = (
        LedgerAccount.objects.filter(kind=AccountKind.ESCROW, bounty_id=bounty_id)
        .values_list("balance", flat=True)
        .first()
    )
    return int(value or 0)


def escrow_balances() -> dict[int, int]:
    """bounty id -> credits held in its escrow, for every escrow account."""
    rows = LedgerAccount.objects.filter(kind=AccountKind.ESCROW).values_list("bounty_id", "balance")
    return {int(bounty_id): int(balance) for bounty_id, balance in rows if bounty_id is not None}


@dataclass(frozen=True)
class HistoryLine:
    transaction_id: int
    created_at: object
    kind: str
    memo: str
    amount: int


def account_history(account: LedgerAccount, *, limit: int = 100) -> list[HistoryLine]:
    """An account's movements, newest first (the wallet page)."""
    entries = (
        LedgerEntry.objects.filter(account=account)
        .select_related("transaction")
        .order_by("-transaction__created_at", "-transaction_id")[:limit]
    )
    return [
        HistoryLine(
            e.transaction_id, e.transaction.created_at, e.transaction.kind, e.transaction.memo, e.amount
        )
        for e in entries
    ]


def wallet_history(user: User, *, limit: int = 100) -> list[HistoryLine]:
    account = LedgerAccount.objects.filter(kind=AccountKind.WALLET, user=user).first()
    return account_history(account, limit=limit) if account else []


def ledger_discrepancies(*, expected_escrow: dict[int, int] | None = None) -> list[str]:
    """Every way the ledger breaks conservation; empty when it is sound.

    Checks: each transaction sums to zero; all entries sum to zero; each cached balance equals the
    sum of its entries; no non-mint balance is negative; and, when ``expected_escrow`` (bounty id ->
    credits still owed to the pool) is given, each escrow equals its bounty's open pool.
    """
    problems: list[str] = []
    unbalanced = LedgerEntry.objects.values("transaction_id").annotate(total=Sum("amount")).exclude(total=0)
    for row in unbalanced:
        problems.append(f"transaction {row['transaction_id']} sums to {row['total']}, not 0")
    grand_total = LedgerEntry.objects.aggregate(total=Sum("amount"))["total"] or 0
    if grand_total != 0:
        problems.append(f"all entries sum to {grand_total}, not 0")
    sums = dict(
        LedgerEntry.objects.values("account_id")
        .annotate(total=Sum("amount"))
        .values_list("account_id", "total")
    )
    for account in LedgerAccount.objects.order_by("pk"):
        entries_total = int(sums.get(account.pk) or 0)
        if account.balance != entries_total:
            problems.append(
                f"{account} (id {account.pk}): cached balance {account.balance} != entries total {entries_total}"
            )
        if account.kind != AccountKind.MINT and account.balance < 0:
            problems.append(f"{account} (id {account.pk}) is negative: {account.balance}")
    if expected_escrow is not None:
        actual = escrow_balances()
        for bounty_id in sorted(set(actual) | set(expected_escrow)):
            held, owed = actual.get(bounty_id, 0), expected_escrow.get(bounty_id, 0)
            if held != owed:
                problems.append(f"escrow of bounty {bounty_id} holds {held}, its open pool is {owed}")
    return problems
