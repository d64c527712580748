"""Template tags for the page chrome (header counters) and small display helpers."""

from __future__ import annotations

import hashlib
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from bountyboard.accounts import selectors as account_selectors
from bountyboard.bounties.forms import BOUNTY_TYPES, ENTRY_MODES, RATINGS
from bountyboard.ledger import selectors as ledger_selectors
from bountyboard.pages.error_messages import reason_sentence as _reason_sentence
from bountyboard.pages.labels import code_label

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


# Display names for other apps' codes, translated here (their model choices are English-only).
_STATUS_LABELS = {
    "draft": _("Draft"),
    "screening": _("Screening"),
    "open": _("Open"),
    "consent_pending": _("Waiting for consent"),
    "in_review": _("In review"),
    "rejected": _("Rejected"),
    "awarding": _("Awarding"),
    "awarded": _("Awarded"),
    "expired": _("Expired"),
    "cancelled": _("Cancelled"),
    "removed": _("Removed"),
    "visible": _("Visible"),
    "blocked": _("Blocked"),
    "withdrawn": _("Withdrawn"),
    "held": _("Held in escrow"),
    "refunded": _("Refunded"),
    "pending": _("Screening"),
    "failed": _("Scan failed"),
    "allow": _("Allowed"),
    "review": _("In review"),
    "block": _("Blocked"),
    "consent_required": _("Consent required"),
}
_TYPE_LABELS = dict(BOUNTY_TYPES)
_RATING_LABELS = dict(RATINGS)
_ENTRY_MODE_LABELS = dict(ENTRY_MODES)
_LEDGER_KIND_LABELS = {
    "grant": _("Grant"),
    "bounty_funding": _("Bounty prize"),
    "contribution": _("Contribution"),
    "award": _("Award"),
    "refund": _("Refund"),
    "tip": _("Tip"),
    "fee": _("Fee"),
    "adjustment": _("Adjustment"),
}


@register.filter
def status_label(code: str) -> str:
    return str(_STATUS_LABELS.get(code, code))


@register.filter
def type_label(code: str) -> str:
    return str(_TYPE_LABELS.get(code, code))


@register.filter
def rating_label(code: str) -> str:
    return str(_RATING_LABELS.get(code, code))


@register.filter
def entry_mode_label(code: str) -> str:
    return str(_ENTRY_MODE_LABELS.get(code, code))


@register.filter
def ledger_kind_label(code: str) -> str:
    return str(_LEDGER_KIND_LABELS.get(code, code))


@register.filter
def reason_sentence(reason: dict[str, object]) -> str:
    """A screening reason as a sentence in the visitor's language (never its bare code)."""
    return _reason_sentence(reason)


@register.simple_tag
def avatar(username: str, size: int = 64) -> SafeString:
    """A generated avatar (no upload): the name's initials on a colour taken from a hash of the
    name, so each person keeps the same one. Inline SVG: nothing fetched, nothing to screen."""
    digest = hashlib.sha256(username.encode()).digest()
    hue = int.from_bytes(digest[:2], "big") % 360
    parts = [p for p in username.replace("-", "_").split("_") if p]
    initials = "".join(p[0] for p in parts[:2]).upper() or username[:1].upper()
    return format_html(
        '<svg class="avatar" role="img" aria-label="{}" width="{}" height="{}" viewBox="0 0 64 64" data-testid="avatar">'
        '<rect width="64" height="64" rx="32" fill="hsl({}, 55%, 42%)"/>'
        '<text x="32" y="40" text-anchor="middle" font-size="24" font-family="system-ui, sans-serif" '
        'font-weight="700" fill="#fff">{}</text></svg>',
        _("Avatar of %(name)s") % {"name": username},
        size,
        size,
        hue,
        initials,
    )


@register.filter
def label(code: Any, group: str) -> str:
    """``{{ row.status|label:"likeness_status" }}``: a code's display name (``pages.labels``)."""
    return code_label(group, code)
