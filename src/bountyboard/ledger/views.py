"""Ledger pages: the signed-in user's wallet (balance and history)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from bountyboard.ledger import selectors as ledger_selectors


@login_required
def wallet(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "web/wallet.html",
        {
            "balance": ledger_selectors.wallet_balance(user),  # type: ignore[arg-type]
            "history": ledger_selectors.wallet_history(user, limit=200),  # type: ignore[arg-type]
        },
    )

