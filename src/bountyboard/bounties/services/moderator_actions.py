"""What a moderator does to a bounty or an entry: resolve a review, hide, restore, remove, lock
the terms. Every action checks the actor is a moderator and is audited."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyStatus,
    Entry,
    EntryStatus,
)
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _close,
    _entry_locked,
    _is_moderator,
    _refund_held,
)
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed


def entry_review_resolve(*, moderator: User, entry_id: int, approve: bool, note: str = "") -> Entry:
    """A moderator decides an ``in_review`` entry: make it visible, or block it."""
    actor_check(moderator)
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can review entries", code="not_moderator")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        if entry.status != EntryStatus.IN_REVIEW:
            raise Conflict("this entry is not waiting for review", code="entry_not_in_review")
        entry.status = EntryStatus.VISIBLE if approve else EntryStatus.BLOCKED
        entry.save(update_fields=["status", "updated_at"])
        if approve:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") + 1)
        audit_record(action="moderation.review", target_type="entry", target_id=entry.pk,
                     reasons=["approved" if approve else "rejected"], automated=False, actor=moderator,
                     data={"note": note[:500], "bounty_id": bounty.pk})
        notification_create(user=entry.entrant, kind="moderation.outcome", target=entry, url=f"/bounties/{bounty.pk}/",
                            message="A moderator " + ("approved" if approve else "blocked") + " your entry.")
    return entry


def entry_hide(*, moderator: User, entry_id: int, reason: str) -> Entry:
    """A moderator takes one entry down (awards already paid stay paid)."""
    actor_check(moderator)
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can hide entries", code="not_moderator")
    if not reason or not reason.strip():
        raise ValidationFailed("reason: say why the entry is hidden", code="reason_required")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        if entry.status in (EntryStatus.BLOCKED, EntryStatus.WITHDRAWN):
            return entry
        if entry.status == EntryStatus.VISIBLE:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") - 1)
        entry.status = EntryStatus.BLOCKED
        entry.save(update_fields=["status", "updated_at"])
        audit_record(action="moderation.remove", target_type="entry", target_id=entry.pk, reasons=["removed"],
                     automated=False, actor=moderator, data={"note": reason.strip()[:500], "bounty_id": bounty.pk})
    return entry


def entry_restore(*, moderator: User, entry_id: int, note: str = "") -> Entry:
    """A moderator puts a hidden entry back (an upheld appeal): it is visible and counted again.
    The caller checks first that its text and media are allowed (fail closed)."""
    actor_check(moderator)
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can restore entries", code="not_moderator")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        if entry.status != EntryStatus.BLOCKED:
            raise Conflict("only a hidden entry can be restored", code="entry_not_hidden")
        entry.status = EntryStatus.VISIBLE
        entry.save(update_fields=["status", "updated_at"])
        Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") + 1)
        audit_record(action="moderation.restore", target_type="entry", target_id=entry.pk, reasons=["restored"],
                     automated=False, actor=moderator, data={"note": note[:500], "bounty_id": bounty.pk})
    return entry


def bounty_remove(*, moderator: User, bounty_id: int, reason: str) -> Bounty:
    """A moderator takes a bounty down: every benefactor who has not awarded is refunded."""
    actor_check(moderator)
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can remove bounties", code="not_moderator")
    if not reason or not reason.strip():
        raise ValidationFailed("reason: say why the bounty is removed", code="reason_required")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status in (BountyStatus.REMOVED, BountyStatus.CANCELLED, BountyStatus.REJECTED):
            raise Conflict(f"this bounty is already {bounty.status}", code="bounty_closed")
        refunded = _refund_held(bounty, reason="removed", actor=moderator)
        _close(bounty, BountyStatus.REMOVED)
        audit_record(action="moderation.remove", target_type="bounty", target_id=bounty.pk, reasons=["removed"],
                     automated=False, actor=moderator, data={"note": reason.strip()[:500], "refunded": refunded})
        notification_create(user=bounty.poster, kind="moderation.outcome",
                            message=f"A moderator removed “{bounty.title[:80]}”: {reason.strip()[:200]}",
                            url=f"/bounties/{bounty.pk}/", target=bounty)
    return bounty


def bounty_review_resolve(*, moderator: User, bounty_id: int, approve: bool, note: str = "") -> Bounty:
    """A moderator decides an ``in_review`` bounty: open it, or reject it (everyone refunded)."""
    actor_check(moderator)
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can review bounties", code="not_moderator")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.IN_REVIEW:
            raise Conflict("this bounty is not waiting for review", code="bounty_not_in_review")
        if approve:
            bounty.status = BountyStatus.OPEN
            bounty.save(update_fields=["status", "updated_at"])
        else:
            _refund_held(bounty, reason="moderator_rejected", actor=moderator)
            _close(bounty, BountyStatus.REJECTED)
        audit_record(action="moderation.review", target_type="bounty", target_id=bounty.pk,
                     reasons=["approved" if approve else "rejected"], automated=False, actor=moderator,
                     data={"note": note[:500]})
        notification_create(user=bounty.poster, kind="moderation.outcome",
                            message="A moderator " + ("approved" if approve else "rejected") + f" “{bounty.title[:80]}”.",
                            url=f"/bounties/{bounty.pk}/", target=bounty)
    return bounty


def bounty_hide(*, bounty_id: int, reason: str) -> Bounty:
    """The guard hides a bounty from everyone but its poster and moderators, whatever its status
    (a re-scan matched a protected person in it). The lifecycle status is kept, so the ledger and
    the status history stay true; an open bounty also stops taking entries (``in_review``) until a
    moderator decides. Safe to run twice."""
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.hidden_at is not None:
            return bounty
        bounty.hidden_at = timezone.now()
        bounty.hidden_reason = reason[:64]
        fields = ["hidden_at", "hidden_reason", "updated_at"]
        previous = bounty.status
        if bounty.status == BountyStatus.OPEN:
            bounty.status = BountyStatus.IN_REVIEW
            fields.append("status")
        bounty.save(update_fields=fields)
        audit_record(action="bounty.hide", target_type="bounty", target_id=bounty.pk, reasons=[reason],
                     automated=True, actor_label="guard", data={"status": bounty.status, "previous_status": previous})
    return bounty


def bounty_unhide(*, moderator: User, bounty_id: int, note: str = "") -> Bounty:
    """A moderator found a hidden bounty fine: it is shown again in the status it has."""
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can show hidden bounties again", code="not_moderator")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.hidden_at is None:
            return bounty
        bounty.hidden_at = None
        bounty.hidden_reason = ""
        bounty.save(update_fields=["hidden_at", "hidden_reason", "updated_at"])
        audit_record(action="moderation.unhide", target_type="bounty", target_id=bounty.pk, reasons=["approved"],
                     automated=False, actor=moderator, data={"note": note[:500], "status": bounty.status})
    return bounty


def bounty_lock_set(*, moderator: User, bounty_id: int, locked: bool) -> Bounty:
    """A moderator freezes (or frees) a bounty's terms: while locked, ``bounty_update`` refuses the
    poster any change to ``LOCKABLE_FIELDS``, as it does once others have joined."""
    actor_check(moderator)
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can lock bounties", code="not_moderator")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        bounty.locked_by_moderator = locked
        bounty.save(update_fields=["locked_by_moderator", "updated_at"])
        audit_record(action="moderation.lock" if locked else "moderation.unlock", target_type="bounty",
                     target_id=bounty.pk, automated=False, actor=moderator)
    return bounty
