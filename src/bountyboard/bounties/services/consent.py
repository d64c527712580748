"""A real person's answer about a bounty that depicts them (called by ``bountyboard.likeness``):
consent opens it, refusal, lapse or revocation takes it down and refunds every held stake."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

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
    consent_deadline_from,
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
        if reason == "consent_person_not_registered":
            message = _(
                "“%(title)s” was rejected: the real person it depicts did not register, get verified and "
                "consent before %(date)s. Stakes were refunded."
            ) % {"title": bounty.title[:80], "date": f"{bounty.consent_deadline or timezone.now():%Y-%m-%d}"}
        elif target == BountyStatus.REJECTED:
            message = _("“%(title)s” was rejected: the person it depicts did not consent. Stakes were refunded.") % {
                "title": bounty.title[:80]}
        else:
            message = _("“%(title)s” was taken down: the person it depicts withdrew their consent. Stakes were "
                        "refunded.") % {"title": bounty.title[:80]}
        _notify(_followers(bounty), kind="moderation.outcome", bounty=bounty, message=message)
    return bounty


def bounty_consent_needed(*, bounty_id: int) -> Bounty:
    """A bounty held ``in_review`` only because the person it depicts was not verified yet: once she
    is (likeness verification re-scans its parts first), decide it again; if it now needs her consent
    it waits for it (``consent_pending``, with a deadline) instead of waiting on a moderator. A bounty
    already waiting for consent keeps waiting, with the reasons brought up to date.
    Anything else (a floor, another review reason) leaves it as it is. Runs in the caller's transaction."""
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status not in (BountyStatus.IN_REVIEW, BountyStatus.CONSENT_PENDING):
            return bounty
        result = bounty_pooled_decision(bounty)
        if result is None or result.decision != Decision.CONSENT_REQUIRED:
            return bounty
        if bounty.status == BountyStatus.CONSENT_PENDING:
            # Already waiting: only the reasons shown change (no more "not verified yet").
            bounty.reasons = result.reasons
            bounty.consent_person_ids = sorted({*bounty.consent_person_ids, *result.person_ids})
            bounty.save(update_fields=["reasons", "consent_person_ids", "updated_at"])
            return bounty
        bounty.status = BountyStatus.CONSENT_PENDING
        bounty.decision = result.decision
        bounty.reasons = result.reasons
        bounty.consent_person_ids = result.person_ids
        bounty.consent_deadline = consent_deadline_from(timezone.now())
        bounty.save(update_fields=["status", "decision", "reasons", "consent_person_ids", "consent_deadline",
                                   "updated_at"])
        audit_record(action="bounty.consent_needed", target_type="bounty", target_id=bounty.pk, automated=True,
                     actor_label="guard", reasons=["consent_required"], data={"person_ids": result.person_ids})
        notification_create(
            user=bounty.poster, kind="moderation.outcome", target=bounty, url=f"/bounties/{bounty.pk}/",
            message=_("The person “%(title)s” depicts is now verified: the bounty waits for their consent until "
                      "%(date)s instead of a moderator's review.") % {
                "title": bounty.title[:80], "date": f"{bounty.consent_deadline:%Y-%m-%d}"},
        )
    return bounty
