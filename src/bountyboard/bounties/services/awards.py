"""Stakes leave escrow for entrants: a benefactor's own award, and the awarding-window rule for
stakes nobody awarded (docs/decisions/0006-award-window-rule.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Award,
    AwardKind,
    Bounty,
    BountyStatus,
    Contribution,
    ContributionStatus,
    Entry,
    EntryStatus,
)
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _close,
    _eligible_entries,
    _setting,
)
from bountyboard.errors import Conflict, NotFound, PermissionDenied
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import escrow_for, ledger_post, platform_fee_account, wallet_for


def award_window() -> dt.timedelta:
    return dt.timedelta(hours=float(_setting("BOUNTY_AWARD_WINDOW_HOURS", 48)))


def platform_fee_for(amount: int) -> int:
    """The platform's cut of an award, in whole credits rounded down (default 0%)."""
    percent = int(_setting("BOUNTY_PLATFORM_FEE_PERCENT", 0))
    return amount * percent // 100


def _pay_award(bounty: Bounty, contribution: Contribution, shares: Sequence[tuple[Entry, int]], kind: str,
               actor: User | None) -> list[Award]:
    """Move a stake from escrow to the entrants (minus the platform fee), in one ledger transaction."""
    escrow = escrow_for(bounty.pk)
    by_wallet: dict[int, tuple[Any, int]] = {}
    fee_total = 0
    awards: list[Award] = []
    for entry, amount in shares:
        fee = platform_fee_for(amount)
        fee_total += fee
        wallet = wallet_for(entry.entrant)
        previous = by_wallet.get(wallet.pk, (wallet, 0))[1]
        by_wallet[wallet.pk] = (wallet, previous + amount - fee)
        awards.append(Award(contribution=contribution, entry=entry, amount=amount, fee=fee, kind=kind))
    postings = [(escrow, -contribution.amount)]
    postings += [(wallet, net) for wallet, net in by_wallet.values() if net]
    if fee_total:
        postings.append((platform_fee_account(), fee_total))
    tx = ledger_post(idempotency_key=f"award:{contribution.pk}", kind=TransactionKind.AWARD, postings=postings,
                     memo=f"award of bounty {bounty.pk}")
    Award.objects.bulk_create(awards)
    for entry, amount in shares:
        Entry.objects.filter(pk=entry.pk).update(awarded_total=F("awarded_total") + amount)
    contribution.status = ContributionStatus.AWARDED
    contribution.settled_at = timezone.now()
    contribution.save(update_fields=["status", "settled_at"])
    Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") - contribution.amount)
    bounty.pool -= contribution.amount
    audit_record(action="bounty.award", target_type="bounty", target_id=bounty.pk, reasons=[kind],
                 automated=actor is None, actor=actor,
                 data={"contribution_id": contribution.pk, "amount": contribution.amount, "fee": fee_total,
                       "shares": [[e.pk, a] for e, a in shares], "ledger_transaction_id": tx.pk})
    for entry, amount in shares:
        notification_create(user=entry.entrant, kind="bounty.awarded",
                            message=f"Your entry on “{bounty.title[:80]}” was awarded {amount} credits.",
                            url=f"/bounties/{bounty.pk}/", target=entry)
    return awards


def _finish_if_settled(bounty: Bounty) -> None:
    if not Contribution.objects.filter(bounty=bounty, status=ContributionStatus.HELD).exists():
        any_award = Award.objects.filter(contribution__bounty=bounty).exists()
        _close(bounty, BountyStatus.AWARDED if any_award else BountyStatus.EXPIRED)


def bounty_award(*, benefactor: User, bounty_id: int, entry_id: int) -> Award:
    """The caller awards their own whole stake to one guard-allowed entry of someone else."""
    actor_check(benefactor)
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status not in (BountyStatus.OPEN, BountyStatus.AWARDING):
            raise Conflict(f"awards are not possible on a {bounty.status} bounty", code="bounty_not_awardable")
        contribution = Contribution.objects.select_for_update().filter(bounty=bounty, benefactor=benefactor).first()
        if contribution is None:
            raise PermissionDenied("only benefactors can award, each their own stake", code="not_benefactor")
        if contribution.status != ContributionStatus.HELD:
            raise Conflict("you already awarded your stake", code="already_awarded")
        entry = Entry.objects.select_for_update().filter(pk=entry_id, bounty=bounty).first()
        if entry is None:
            raise NotFound("no such entry on this bounty", code="entry_not_found")
        if entry.entrant_id == benefactor.pk:
            raise PermissionDenied("you cannot award your own entry", code="self_award")
        if entry.status != EntryStatus.VISIBLE:
            raise Conflict("only entries the guard allowed can be awarded", code="entry_not_allowed")
        (award,) = _pay_award(bounty, contribution, [(entry, contribution.amount)], AwardKind.BENEFACTOR, benefactor)
        _finish_if_settled(bounty)
    return award


def award_window_shares(bounty: Bounty, contribution: Contribution, eligible: Sequence[Entry]) -> tuple[str, list[tuple[Entry, int]]]:
    """Where an unawarded stake goes at window close (docs/decisions/0006-award-window-rule.md).

    1. The poster awarded: follow the poster's own pick.
    2. Otherwise split equally per distinct entrant among eligible entries whose account existed
       before the bounty was published (one entry per entrant, their earliest); the integer
       remainder goes to the earliest such entry.
    3. No such entrant: refund (``"refund"``, no shares).
    Entries of the benefactor themself never count.
    """
    candidates = [e for e in eligible if e.entrant_id != contribution.benefactor_id]
    poster_award = (Award.objects.filter(contribution__bounty=bounty, contribution__is_poster=True)
                    .order_by("-amount", "pk").select_related("entry").first())
    if poster_award is not None:
        pick = next((e for e in candidates if e.pk == poster_award.entry_id), None)
        if pick is not None:
            return AwardKind.POSTER_PICK, [(pick, contribution.amount)]
    published_at = bounty.published_at or bounty.created_at
    first_per_entrant: dict[int, Entry] = {}
    for entry in candidates:  # already oldest first
        if entry.entrant.date_joined < published_at and entry.entrant_id not in first_per_entrant:
            first_per_entrant[entry.entrant_id] = entry
    chosen = sorted(first_per_entrant.values(), key=lambda e: (e.created_at, e.pk))
    if not chosen:
        return "refund", []
    share, remainder = divmod(contribution.amount, len(chosen))
    shares = [(entry, share + (remainder if i == 0 else 0)) for i, entry in enumerate(chosen)]
    return AwardKind.SPLIT, [(e, a) for e, a in shares if a > 0]


def bounty_award_window_close(*, bounty_id: int, now: dt.datetime | None = None) -> Bounty:
    """Settle every stake still held when the awarding window ends (see ``award_window_shares``)."""
    now = now or timezone.now()
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.AWARDING or (bounty.awarding_ends_at and bounty.awarding_ends_at > now):
            return bounty
        eligible = _eligible_entries(bounty)
        for contribution in Contribution.objects.select_for_update().filter(
            bounty=bounty, status=ContributionStatus.HELD
        ).select_related("benefactor").order_by("pk"):
            kind, shares = award_window_shares(bounty, contribution, eligible)
            if shares:
                _pay_award(bounty, contribution, shares, kind, None)
            else:
                tx = ledger_post(
                    idempotency_key=f"refund:{contribution.pk}", kind=TransactionKind.REFUND,
                    postings=[(escrow_for(bounty.pk), -contribution.amount),
                              (wallet_for(contribution.benefactor), contribution.amount)],
                    memo=f"refund of bounty {bounty.pk} (no established entrant)",
                )
                contribution.status = ContributionStatus.REFUNDED
                contribution.settled_at = now
                contribution.save(update_fields=["status", "settled_at"])
                Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") - contribution.amount)
                audit_record(action="bounty.refund", target_type="bounty", target_id=bounty.pk,
                             reasons=["no_established_entrant"], automated=True,
                             data={"contribution_id": contribution.pk, "amount": contribution.amount,
                                   "ledger_transaction_id": tx.pk})
        bounty.refresh_from_db()
        _finish_if_settled(bounty)
        audit_record(action="bounty.window_close", target_type="bounty", target_id=bounty.pk, automated=True,
                     data={"status": bounty.status})
    return bounty
