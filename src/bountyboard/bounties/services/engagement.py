"""How people engage with a bounty beyond money in escrow: tips, reactions, follows, comments."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    PUBLIC_STATUSES,
    Bounty,
    BountyFollow,
    Comment,
    Entry,
    EntryStatus,
    FollowKind,
    Reaction,
    ReactionKind,
    Tip,
)
from bountyboard.bounties.rendering import markdown_to_safe_html
from bountyboard.bounties.services.steps import (
    SUBJECT_COMMENT,
    _int_amount,
)
from bountyboard.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import ledger_post, wallet_for
from bountyboard.screening.models import ScreeningKind
from bountyboard.screening.screened_fields import screened_text
from bountyboard.screening.services import (
    screening_request,
)


def tip_create(*, tipper: User, entry_id: int, amount: int) -> Tip:
    """Send credits from the tipper's wallet to a visible entry's entrant."""
    actor_check(tipper)
    amount = _int_amount(amount, "amount")
    with transaction.atomic():
        entry = Entry.objects.select_related("entrant").filter(pk=entry_id).first()
        if entry is None:
            raise NotFound("no such entry", code="entry_not_found")
        if entry.status != EntryStatus.VISIBLE:
            raise Conflict("only visible entries can be tipped", code="entry_not_allowed")
        if entry.entrant_id == tipper.pk:
            raise PermissionDenied("you cannot tip your own entry", code="self_tip")
        tip = Tip.objects.create(entry=entry, tipper=tipper, amount=amount)
        tx = ledger_post(idempotency_key=f"tip:{tip.pk}", kind=TransactionKind.TIP,
                         postings=[(wallet_for(tipper), -amount), (wallet_for(entry.entrant), amount)],
                         memo=f"tip on entry {entry.pk}")
        Entry.objects.filter(pk=entry.pk).update(tip_total=F("tip_total") + amount)
        audit_record(action="entry.tip", target_type="entry", target_id=entry.pk, automated=False, actor=tipper,
                     data={"tip_id": tip.pk, "amount": amount, "ledger_transaction_id": tx.pk})
        notification_create(user=entry.entrant, kind="entry.tip", message=f"You received a {amount}-credit tip.",
                            url=f"/bounties/{entry.bounty_id}/", target=entry)
    return tip


def reaction_set(*, user: User, entry_id: int, kind: str, on: bool = True) -> bool:
    """Add (``on``) or remove a reaction on a visible entry. Returns whether it is now set."""
    actor_check(user)
    if kind not in ReactionKind.values:
        raise ValidationFailed(f"kind: one of {', '.join(ReactionKind.values)}", code="invalid_reaction")
    with transaction.atomic():
        entry = Entry.objects.select_for_update().filter(pk=entry_id).first()
        if entry is None or entry.status != EntryStatus.VISIBLE:
            raise NotFound("no such entry", code="entry_not_found")
        existing = Reaction.objects.filter(entry=entry, user=user, kind=kind)
        if on and not existing.exists():
            Reaction.objects.create(entry=entry, user=user, kind=kind)
            Entry.objects.filter(pk=entry.pk).update(reaction_count=F("reaction_count") + 1)
        elif not on and existing.exists():
            existing.delete()
            Entry.objects.filter(pk=entry.pk).update(reaction_count=F("reaction_count") - 1)
    return on


def bounty_follow_set(*, user: User, bounty_id: int, kind: str, on: bool = True) -> bool:
    """Track (get notifications) or favourite a bounty, or undo it. Idempotent."""
    actor_check(user)
    if kind not in FollowKind.values:
        raise ValidationFailed("kind: 'track' or 'favourite'", code="invalid_follow")
    with transaction.atomic():
        bounty = Bounty.objects.filter(pk=bounty_id).first()
        if bounty is None:
            raise NotFound("no such bounty", code="bounty_not_found")
        if on:
            BountyFollow.objects.get_or_create(bounty=bounty, user=user, kind=kind)
        else:
            BountyFollow.objects.filter(bounty=bounty, user=user, kind=kind).delete()
    return on


def comment_create(*, author: User, bounty_id: int, body: str, entry_id: int | None = None,
                   parent_id: int | None = None) -> Comment:
    """Post a comment (hidden until the guard allows its text)."""
    actor_check(author)
    body = (body or "").strip()
    if not body or len(body) > 5_000:
        raise ValidationFailed("body: 1 to 5,000 characters", code="invalid_comment")
    with transaction.atomic():
        bounty = Bounty.objects.filter(pk=bounty_id).first()
        if bounty is None or bounty.status not in PUBLIC_STATUSES or bounty.hidden_at is not None:
            raise NotFound("no such bounty", code="bounty_not_found")
        if entry_id is not None and not Entry.objects.filter(pk=entry_id, bounty=bounty).exists():
            raise NotFound("no such entry on this bounty", code="entry_not_found")
        parent = None
        if parent_id is not None:
            parent = Comment.objects.filter(pk=parent_id, bounty=bounty).first()
            if parent is None:
                raise NotFound("no such comment to reply to", code="comment_not_found")
        comment = Comment.objects.create(bounty=bounty, entry_id=entry_id, parent=parent, author=author, body=body,
                                         body_html=markdown_to_safe_html(body))
        comment.screening = screening_request(subject_type=SUBJECT_COMMENT, subject_id=comment.pk,
                                              kind=ScreeningKind.TEXT, text=screened_text(comment))
        comment.save(update_fields=["screening"])
        audit_record(action="comment.create", target_type="comment", target_id=comment.pk, automated=False,
                     actor=author, data={"bounty_id": bounty.pk})
    return comment
