"""Consent: asking the people a bounty depicts, and their grant, refusal or revocation (each
scoped to one bounty), with deadlines and lapses handled periodically."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.likeness.models import (
    ConsentRequest,
    ConsentStatus,
    LikenessStatus,
    ProtectedLikeness,
)
from bountyboard.likeness.selectors import (
    bounties_past_consent_deadline,
    bounties_waiting_for_consent,
    bounty_part_person_ids,
    consents_granted_person_ids,
    consents_lapsed,
    consents_overdue,
    poster_told_unreachable,
)
from bountyboard.mailing import mail_after_commit, site_absolute_url

CONSENT_RESPONSE_DAYS = 7  # silence past this rejects the bounty and refunds everyone
CONSENT_GRANT_MAX_DAYS = 365  # a grant always lapses; the default and the maximum


@dataclass(frozen=True, slots=True)
class ConsentOpening:
    """What asking for consent on a bounty did: requests sent, and people who cannot be asked."""

    requests: list[ConsentRequest]
    unreachable: list[str]  # names or ids of real people who are not registered and verified


def _register_url() -> str:
    return reverse("web:likeness_about")


def _unreachable_people(bounty: Bounty, registered: set[str]) -> list[str]:
    """Real people the guard found in the bounty who have no verified registration to answer."""
    return [
        person.name
        for person in bounty_services.depicted_people(bounty.reasons or [])
        if person.person_id is None or person.person_id not in registered
    ]


def consent_requests_open(*, bounty_id: int) -> ConsentOpening:
    """Ask each registered, verified person the bounty depicts for consent (idempotent).

    Anyone else the guard found (a public figure with no registration, an unverified or paused
    one) cannot consent through the poster: the bounty stays blocked and the poster is told why
    and where that person can register.
    """
    with transaction.atomic():
        bounty = Bounty.objects.select_for_update().get(pk=bounty_id)
        if bounty.status != BountyStatus.CONSENT_PENDING:
            raise Conflict("this bounty is not waiting for consent", code="not_consent_pending")
        # The bounty's own list is from its first decision; a re-scan after a registration adds the
        # newly protected person to its screening rows, so both are read.
        wanted = sorted(
            {*(str(pid) for pid in bounty.consent_person_ids or []), *bounty_part_person_ids(bounty)}
        )
        reachable = {
            row.id: row
            for row in ProtectedLikeness.objects.filter(
                id__in=wanted, status=LikenessStatus.VERIFIED, paused=False, account__isnull=False
            ).select_related("account")
        }
        requests: list[ConsentRequest] = []
        for person_id in wanted:
            likeness = reachable.get(person_id)
            if likeness is None:
                continue
            consent, created = ConsentRequest.objects.get_or_create(
                likeness=likeness,
                bounty_id=bounty.pk,
                defaults={
                    "requested_by": bounty.poster,
                    "bounty_title": bounty.title[:200],
                    "purpose": bounty.description[:5000],
                    "respond_by": timezone.now() + dt.timedelta(days=CONSENT_RESPONSE_DAYS),
                },
            )
            requests.append(consent)
            if created and likeness.account is not None:
                audit_record(
                    action="consent.request",
                    target_type="bounty",
                    target_id=bounty.pk,
                    reasons=["consent_required"],
                    automated=True,
                    actor_label="guard",
                    data={
                        "consent_id": consent.pk,
                        "person_id": likeness.id,
                        "respond_by": consent.respond_by,
                    },
                )
                message = _(
                    "%(poster)s asks to depict you in “%(title)s”. Only you can answer: grant or refuse by "
                    "%(date)s; without an answer the bounty is rejected and its prize refunded."
                ) % {
                    "poster": bounty.poster.get_username(),
                    "title": bounty.title[:120],
                    "date": f"{consent.respond_by:%Y-%m-%d}",
                }
                notification_create(
                    user=likeness.account,
                    kind="consent.requested",
                    message=message,
                    url=reverse("web:likeness_consents"),
                    target=("consent", consent.pk),
                )
                mail_after_commit(
                    address=likeness.account.email,
                    subject=_("Someone asks for your consent to depict you"),
                    body=f"{message}\n\n{site_absolute_url(reverse('web:likeness_consents'))}",
                )
        unreachable = _unreachable_people(bounty, set(reachable))
        if unreachable and not poster_told_unreachable(bounty_id=bounty.pk, poster=bounty.poster):
            audit_record(
                action="consent.unreachable",
                target_type="bounty",
                target_id=bounty.pk,
                reasons=["consent_unregistered_person"],
                automated=True,
                actor_label="guard",
                data={"people": unreachable},
            )
            deadline = bounty.consent_deadline or bounty_services.consent_deadline_from(timezone.now())
            notification_create(
                user=bounty.poster,
                kind="consent.unreachable",
                message=_(
                    "“%(title)s” depicts %(people)s, who has not protected and verified their likeness here, "
                    "so nobody can consent for them yet. Only that person can consent: send them this "
                    "invitation to register, be verified and answer: %(invite)s. If they have not consented "
                    "by %(date)s, the bounty is rejected and your prize refunded."
                )
                % {
                    "title": bounty.title[:80],
                    "people": ", ".join(unreachable[:5]),
                    "invite": bounty_services.consent_invite_url(bounty_id=bounty.pk),
                    "date": f"{deadline:%Y-%m-%d}",
                },
                url=_register_url(),
                target=("bounty", bounty.pk),
            )
    return ConsentOpening(requests=requests, unreachable=unreachable)


def _consent_for_person(person: User, consent: ConsentRequest) -> ConsentRequest:
    row = ConsentRequest.objects.select_for_update().select_related("likeness").get(pk=consent.pk)
    if row.likeness.account_id != person.pk:
        # A representative or anyone else cannot consent for the depicted person.
        raise PermissionDenied("only the depicted person can answer this request", code="not_depicted_person")
    return row


def consent_grant(
    *, person: User, consent: ConsentRequest, expires_at: dt.datetime | None = None
) -> ConsentRequest:
    """Consent to this one bounty, non-sexual only (the guard's floors still apply), until
    ``expires_at`` (at most ``CONSENT_GRANT_MAX_DAYS``). The bounty is decided again with the
    consent and opens if nothing else blocks it. A banned account cannot grant (it can still
    refuse or revoke: protecting one's likeness never needs good standing)."""
    actor_check(person)
    now = timezone.now()
    latest = now + dt.timedelta(days=CONSENT_GRANT_MAX_DAYS)
    if expires_at is not None and expires_at <= now:
        raise ValidationFailed("expires_at: must be in the future", code="invalid_expiry")
    if expires_at is not None and expires_at > latest:
        raise ValidationFailed(
            f"expires_at: a grant lasts at most {CONSENT_GRANT_MAX_DAYS} days", code="invalid_expiry"
        )
    with transaction.atomic():
        row = _consent_for_person(person, consent)
        if row.status != ConsentStatus.PENDING:
            raise Conflict(f"this request is already {row.status}", code="consent_not_pending")
        if row.likeness.status != LikenessStatus.VERIFIED:
            raise Conflict("your protection must be verified before you can consent", code="not_verified")
        row.status = ConsentStatus.GRANTED
        row.decided_at = now
        row.expires_at = expires_at or latest
        row.save()
        audit_record(
            action="consent.grant",
            target_type="bounty",
            target_id=row.bounty_id,
            reasons=["consent_granted"],
            automated=False,
            actor=person,
            data={
                "consent_id": row.pk,
                "person_id": row.likeness_id,
                "expires_at": row.expires_at,
                "scope": "bounty",
            },
        )
        consented = consents_granted_person_ids(bounty_id=row.bounty_id, now=now)
        bounty_services.bounty_consent_recheck(
            bounty_id=row.bounty_id, consented_person_ids=sorted(consented)
        )
    return row


def _consent_end(
    *,
    row: ConsentRequest,
    status: str,
    reason: str,
    actor: User | None,
    close_others: bool,
    audit_data: dict[str, Any] | None = None,
    **fields: Any,
) -> None:
    """One consent answer that takes the bounty down: record it, log it, close the other open
    requests for that bounty, and let bounties reject or remove it with every held stake refunded."""
    row.status = status
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    data: dict[str, Any] = {"consent_id": row.pk, "person_id": row.likeness_id, **(audit_data or {})}
    audit_record(
        action=_CONSENT_END_ACTIONS[reason],
        target_type="bounty",
        target_id=row.bounty_id,
        reasons=[reason],
        automated=actor is None,
        actor=actor,
        actor_label="" if actor is not None else "scheduler",
        data=data,
    )
    if close_others:  # an unanswered request settles the bounty; a grant that ends had none open
        _consents_close_others(bounty_id=row.bounty_id, except_id=row.pk)
    bounty_services.bounty_consent_refused(bounty_id=row.bounty_id, reason=reason, actor=actor)


_CONSENT_END_ACTIONS = {
    "consent_refused": "consent.refuse",
    "consent_revoked": "consent.revoke",
    "consent_deadline_passed": "consent.expire",
    "consent_expired": "consent.lapse",
}


def consent_refuse(*, person: User, consent: ConsentRequest, note: str = "") -> ConsentRequest:
    """Refuse: the bounty is rejected and every benefactor refunded."""
    with transaction.atomic():
        row = _consent_for_person(person, consent)
        if row.status != ConsentStatus.PENDING:
            raise Conflict(f"this request is already {row.status}", code="consent_not_pending")
        now = timezone.now()
        _consent_end(
            row=row,
            status=ConsentStatus.REFUSED,
            reason="consent_refused",
            actor=person,
            close_others=True,
            decided_at=now,
            note=note.strip()[:500],
        )
    return row


def consent_revoke(*, person: User, consent: ConsentRequest) -> ConsentRequest:
    """Withdraw a grant: the bounty and its entries come down and the benefactors are refunded."""
    with transaction.atomic():
        row = _consent_for_person(person, consent)
        if row.status != ConsentStatus.GRANTED:
            raise Conflict("only a granted consent can be revoked", code="consent_not_granted")
        now = timezone.now()
        _consent_end(
            row=row,
            status=ConsentStatus.REVOKED,
            reason="consent_revoked",
            actor=person,
            close_others=False,
            revoked_at=now,
        )
    return row


def _consents_close_others(*, bounty_id: int, except_id: int) -> None:
    ConsentRequest.objects.filter(bounty_id=bounty_id, status=ConsentStatus.PENDING).exclude(
        pk=except_id
    ).update(status=ConsentStatus.CLOSED, decided_at=timezone.now())


def consents_expire_overdue(*, now: dt.datetime | None = None) -> int:
    """Periodic: a request unanswered past its deadline rejects the bounty (refunds everyone); a
    bounty still waiting, past its consent deadline, on nobody who could answer (a person who never
    registered) is rejected and refunded too; a grant past its expiry takes the bounty down like a
    revocation. Returns how many were handled."""
    now = now or timezone.now()
    handled = 0
    for consent_id in list(consents_overdue(now=now).values_list("pk", flat=True)):
        with transaction.atomic():
            row = ConsentRequest.objects.select_for_update().get(pk=consent_id)
            if row.status != ConsentStatus.PENDING or row.respond_by > now:
                continue  # answered meanwhile
            _consent_end(
                row=row,
                status=ConsentStatus.EXPIRED,
                reason="consent_deadline_passed",
                actor=None,
                close_others=True,
                audit_data={"respond_by": row.respond_by},
                decided_at=now,
            )
            handled += 1
    for bounty_id in bounties_past_consent_deadline(now=now):
        with transaction.atomic():
            # Nobody who could answer was asked in time (a real person who never registered and was
            # verified): the wait is bounded, so the bounty is rejected and every stake refunded.
            if not bounties_past_consent_deadline(now=now, bounty_id=bounty_id):
                continue  # a request opened meanwhile
            audit_record(
                action="consent.unreachable_expire",
                target_type="bounty",
                target_id=bounty_id,
                reasons=["consent_person_not_registered"],
                automated=True,
                actor_label="scheduler",
            )
            bounty_services.bounty_consent_refused(bounty_id=bounty_id, reason="consent_person_not_registered")
            handled += 1
    for consent_id in list(consents_lapsed(now=now).values_list("pk", flat=True)):
        with transaction.atomic():
            row = ConsentRequest.objects.select_for_update().get(pk=consent_id)
            if row.status != ConsentStatus.GRANTED or row.expires_at is None or row.expires_at > now:
                continue
            _consent_end(
                row=row,
                status=ConsentStatus.EXPIRED,
                reason="consent_expired",
                actor=None,
                close_others=False,
            )
            handled += 1
    return handled


def consent_requests_sync() -> int:
    """Periodic: open consent requests for every bounty waiting for consent that has not been
    handled yet (requests missing, or the poster not yet told who cannot be asked). Idempotent."""
    handled = 0
    for bounty_id in bounties_waiting_for_consent():
        try:
            consent_requests_open(bounty_id=bounty_id)
        except Conflict:
            continue  # it left consent_pending meanwhile
        handled += 1
    return handled
