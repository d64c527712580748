"""Ledger API: the current user's wallet history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from bountyboard.accounts.auth import bearer, request_user
from bountyboard.ledger.selectors import wallet_balance, wallet_history

router = Router(tags=["ledger"])


class HistoryLineOut(Schema):
    transaction_id: int
    created_at: datetime
    kind: str
    memo: str
    amount: int


class WalletOut(Schema):
    balance: int
    history: list[HistoryLineOut]


@router.get("/me/wallet", response=WalletOut, auth=bearer)
def wallet(request: HttpRequest, limit: int = 100) -> dict[str, Any]:
    user = request_user(request)
    limit = max(1, min(limit, 500))
    return {
        "balance": wallet_balance(user),
        "history": [line.__dict__ for line in wallet_history(user, limit=limit)],
    }
