"""Moving credits. ``ledger_post`` is the only function that writes entries or balances.

Rules (docs/decisions/0005-ledger.md): call it inside your own ``transaction.atomic`` block so the
state change it pays for commits with it; accounts are locked in id order; nothing goes negative
except the platform mint; an idempotency key replays the original transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import IntegrityError, transaction

from bountyboard.accounts.models import User
from bountyboard.audit.services import audit_record
from bountyboard.errors import Conflict, InsufficientFunds, PermissionDenied, ValidationFailed
from bountyboard.ledger.models import (
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
    TransactionKind,
)

Posting = tuple[LedgerAccount, int]


def _account_get_or_create(**lookup: Any) -> LedgerAccount:
    # get_or_create retries the read when a concurrent insert wins the unique constraint.
    with transaction.atomic():
        account, _ = LedgerAccount.objects.get_or_create(**lookup)
    return account


def wallet_for(user: User) -> LedgerAccount:
    """The user's wallet account, created on first use."""
    return _account_get_or_create(kind=AccountKind.WALLET, user=user)


def escrow_for(bounty_id: int) -> LedgerAccount:
    """The escrow account holding a bounty's pool, created on first use (one per bounty id)."""
    return _account_get_or_create(kind=AccountKind.ESCROW, bounty_id=int(bounty_id))


def platform_mint() -> LedgerAccount:
    """Source of admin grants: the only account allowed a negative balance (-total credits issued)."""
    return _account_get_or_create(kind=AccountKind.MINT)


def platform_fee_account() -> LedgerAccount:
    """Where platform fees accumulate."""
    return _account_get_or_create(kind=AccountKind.FEE)


def _postings_normalised(postings: Sequence[Posting]) -> dict[int, int]:
    if len(postings) < 2:
        raise ValidationFailed("a ledger transaction needs at least two postings")
    by_account: dict[int, int] = {}
    for account, amount in postings:
        if not isinstance(account, LedgerAccount) or account.pk is None:
            raise ValidationFailed("each posting needs a saved LedgerAccount")
        # bool is an int subclass; credits are integers only, never floats or Decimals.
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise ValidationFailed(f"amount {amount!r} is not an integer number of credits")
        if amount == 0:
            raise ValidationFailed("a posting of 0 credits is not allowed")
        if account.pk in by_account:
            raise ValidationFailed(f"account {account.pk} appears twice in one transaction")
        by_account[account.pk] = amount
    if sum(by_account.values()) != 0:
        raise ValidationFailed(f"postings sum to {sum(by_account.values())}, not 0")
    return by_account


def _replay_or_conflict(
    existing: LedgerTransaction, *, kind: str, by_account: dict[int, int]
) -> LedgerTransaction:
    stored = dict(existing.entries.values_list("account_id", "amount"))
    if existing.kind != kind or stored != by_account:
        raise Conflict(
            f"idempotency key {existing.idempotency_key!r} was already used for a different transaction",
            code="idempotency_conflict",
        )
    return existing


def ledger_post(
    *,
    idempotency_key: str,
    kind: str,
    postings: Sequence[Posting],
    memo: str = "",
) -> LedgerTransaction:
    """Post one balanced transaction and return it.

    ``postings`` are ``(account, signed_amount)`` pairs in whole credits; they must sum to zero, with
    each account at most once (debit the payer with a negative amount, credit the payee positive).
    Must be called inside the caller's ``transaction.atomic`` block (raises ``RuntimeError``
    otherwise). Locks the touched accounts with SELECT ... FOR UPDATE in id order, then:

    - same ``idempotency_key`` already posted with the same kind and postings -> returns that
      transaction, changing nothing (safe retries);
    - same key with different postings -> ``Conflict`` (code ``idempotency_conflict``);
    - any non-mint account would go below zero -> ``InsufficientFunds``, nothing written.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("ledger_post must run inside the caller's transaction.atomic block")
    if not idempotency_key or len(idempotency_key) > 200:
        raise ValidationFailed("idempotency_key must be 1-200 characters")
    if kind not in TransactionKind.values:
        raise ValidationFailed(f"unknown ledger transaction kind {kind!r}")
    by_account = _postings_normalised(postings)

    with transaction.atomic():
        # Fixed lock order (ascending id) so two transfers over the same accounts cannot deadlock.
        locked = {
            a.pk: a
            for a in LedgerAccount.objects.select_for_update().filter(pk__in=by_account).order_by("pk")
        }
        if len(locked) != len(by_account):
            raise ValidationFailed("a posting refers to an account that does not exist")

        existing = LedgerTransaction.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return _replay_or_conflict(existing, kind=kind, by_account=by_account)

        for account_id, amount in by_account.items():
            account = locked[account_id]
            if account.kind != AccountKind.MINT and account.balance + amount < 0:
                raise InsufficientFunds(
                    f"{account} holds {account.balance} credits; {-amount} needed",
                    extra={"account_id": account.pk, "balance": account.balance, "needed": -amount},
                )

        try:
            with transaction.atomic():
                tx = LedgerTransaction.objects.create(
                    idempotency_key=idempotency_key, kind=kind, memo=memo[:500]
                )
        except IntegrityError:
            # A concurrent post with the same key but other accounts won the race.
            existing = LedgerTransaction.objects.get(idempotency_key=idempotency_key)
            return _replay_or_conflict(existing, kind=kind, by_account=by_account)

        LedgerEntry.objects.bulk_create(
            LedgerEntry(transaction=tx, account_id=account_id, amount=amount)
            for account_id, amount in sorted(by_account.items())
        )
        for account_id, amount in sorted(by_account.items()):
            account = locked[account_id]
            account.balance += amount
            account.save(update_fields=["balance"])
    return tx


def credits_grant(
    *, admin_or_none: User | None, user: User, amount: int, idempotency_key: str, memo: str = ""
) -> LedgerTransaction:
    """Mint ``amount`` credits into ``user``'s wallet (and audit it).

    ``admin_or_none`` is the granting admin, or ``None`` for the operator's CLI / system jobs.
    A non-admin granter gets ``PermissionDenied``; a non-positive amount ``ValidationFailed``.
    """
    if admin_or_none is not None and getattr(admin_or_none, "role", None) != "admin":
        raise PermissionDenied("only admins can grant credits")
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationFailed("amount: must be a positive whole number of credits")
    with transaction.atomic():
        already = LedgerTransaction.objects.filter(idempotency_key=idempotency_key).exists()
        tx = ledger_post(
            idempotency_key=idempotency_key,
            kind=TransactionKind.GRANT,
            postings=[(platform_mint(), -amount), (wallet_for(user), amount)],
            memo=memo or f"grant to {user.get_username()}",
        )
        if not already:
            audit_record(
                action="credits.grant",
                target_type="user",
                target_id=user.pk,
                automated=False,
                actor=admin_or_none,
                actor_label="" if admin_or_none else "cli",
                data={"amount": amount, "ledger_transaction_id": tx.pk, "idempotency_key": idempotency_key},
            )
    return tx
