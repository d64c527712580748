"""Template tags for the page chrome (header counters) and small display helpers."""

from __future__ import annotations

from typing import Any

from django import template

from bountyboard.accounts import selectors as account_selectors
from bountyboard.ledger import selectors as ledger_selectors

register = template.Library()


@register.simple_tag
def header_counts(user: Any) -> dict[str, int]:
    """Wallet balance and unread notifications for the signed-in user's header."""
    if not getattr(user, "is_authenticated", False):
        return {"balance": 0, "unread": 0}
    return {
        "balance": ledger_selectors.wallet_balance(user),
        "unread": account_selectors.notifications_unread_count(user),
    }


@register.filter
def signed_credits(amount: int) -> str:
    """+120 / -40 with a real minus sign, for ledger history."""
    return f"+{amount}" if amount > 0 else f"\u2212{abs(amount)}"
