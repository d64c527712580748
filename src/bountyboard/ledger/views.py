"""Ledger pages: the signed-in user's wallet (balance and history)."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bountyboard.ledger import selectors as ledger_selectors

# The ledger keeps an English memo per movement (the API and `ledger audit` read it); the page says
# it in the visitor's language, with a link to the bounty it concerns.
_MEMOS = [
    (re.compile(r"^prize of bounty (\d+)"), _("Prize of bounty %(id)s, held in escrow"), "bounty"),
    (re.compile(r"^contribution to bounty (\d+)"), _("Contribution to bounty %(id)s, held in escrow"), "bounty"),
    (re.compile(r"^raise of contribution \d+ to bounty (\d+)"), _("Stake raised on bounty %(id)s, held in escrow"), "bounty"),
    (re.compile(r"^award of bounty (\d+)"), _("Award from bounty %(id)s"), "bounty"),
    (re.compile(r"^refund of bounty (\d+)"), _("Refund from bounty %(id)s"), "bounty"),
    (re.compile(r"^tip on entry (\d+)"), _("Tip on entry %(id)s"), ""),
    (re.compile(r"^grant to "), _("Credits granted by the site's operator"), ""),
]


def _memo_details(memo: str) -> dict[str, str]:
    for pattern, text, link in _MEMOS:
        found = pattern.match(memo or "")
        if found:
            number = found.group(1) if found.groups() else ""
            url = reverse("web:bounty_detail", args=[int(number)]) if link == "bounty" else ""
            return {"text": str(text) % {"id": number}, "url": url}
    return {"text": memo, "url": ""}


@login_required
def wallet(request: HttpRequest) -> HttpResponse:
    user = request.user
    history: list[Any] = ledger_selectors.wallet_history(user, limit=200)  # type: ignore[arg-type]
    lines = [{"line": line, "details": _memo_details(line.memo)} for line in history]
    return render(
        request,
        "web/wallet.html",
        {"balance": ledger_selectors.wallet_balance(user), "history": lines},  # type: ignore[arg-type]
    )
