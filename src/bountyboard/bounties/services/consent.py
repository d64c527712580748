"""A real person's answer about a bounty that depicts them (called by ``bountyboard.likeness``):
consent opens it, refusal, lapse or revocation takes it down and refunds every held stake."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyStatus,
    Entry,
    EntryStatus,
)
from bountyboard.bounties.services.screened import bounty_pooled_decision
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _close,
    _followers,
    _notify,
    _refund_held,
)
from bountyboard.errors import Conflict
from bountyboard.guard.verdict import Decision


def bounty_consent_recheck(*, bounty_id: int, consented_person_ids: Sequence[str]) -> Bounty:
    """For the likeness/consent flow: decide a ``consent_pending`` bounty again with the person ids
    that have given verified consent scoped to it. Opens it when the guard now allows it; anything
    else (more consent still needed, or a floor such as sexual content) leaves it as it is."""
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.CONSENT_PENDING:
            raise Conflict("this bounty is not waiting for consent", code="bounty_not_consent_pending")
        result = bounty_pooled_decision(bounty, consented_person_ids=consented_person_ids)
        if result is None or result.decision != Decision.ALLOW:
            return bounty
        bounty.status = BountyStatus.OPEN
        bounty.decision = result.decision
        bounty.reasons = result.reasons
        bounty.save(update_fields=["status", "decision", "reasons", "updated_at"])
        audit_record(action="bounty.consent_granted", target_type="bounty", target_id=bounty.pk, automated=True,
                     reasons=["consent_verified"], data={"person_ids": sorted(consented_person_ids)})
        notification_create(user=bounty.poster, kind="moderation.outcome", target=bounty,
                            message=f"Consent was given: “{bounty.title[:80]}” is open.", url=f"/bounties/{bounty.pk}/")
    return bounty


_CONSENT_CLOSED = (BountyStatus.REJECTED, BountyStatus.REMOVED, BountyStatus.CANCELLED, BountyStatus.EXPIRED,
                   BountyStatus.AWARDED)


def bounty_consent_refused(*, bounty_id: int, reason: str, actor: User | None = None) -> Bounty:
    """The depicted person refused, let the deadline pass, revoked or let lapse their consent.

    A bounty still waiting for consent is rejected; one that opened on the consent is removed and its
    entries hidden. Either way every held stake goes back to its benefactor. ``actor`` is the person
    (None for the scheduler). Runs in the caller's transaction so the consent change commits with it.
    """
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status in _CONSENT_CLOSED:
            return bounty
        target = BountyStatus.REJECTED if bounty.status == BountyStatus.CONSENT_PENDING else BountyStatus.REMOVED
        refunded = _refund_held(bounty, reason=reason, actor=actor)
        if target == BountyStatus.REMOVED:
            Entry.objects.filter(bounty=bounty).exclude(status=EntryStatus.WITHDRAWN).update(
                status=EntryStatus.BLOCKED, updated_at=timezone.now())
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=0)
        _close(bounty, target)
        audit_record(action="bounty.consent_refused", target_type="bounty", target_id=bounty.pk, reasons=[reason],
                     automated=actor is None, actor=actor, data={"status": target, "refunded": refunded})
        _notify(_followers(bounty), kind="moderation.outcome", bounty=bounty,
                message=f"“{bounty.title[:80]}” was {'rejected' if target == BountyStatus.REJECTED else 'taken down'}:"
                " the person it depicts did not consent. Stakes were refunded.")
    return bounty
