"""Takedown notices on the legal clock: every part the law asks for is checked, the notice is
recorded with its deadline, moderators are warned before it runs out, and the removal itself runs
inside the decision on the notice (see ``decisions.takedown_act``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from bountyboard.accounts.models import Role, User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.errors import Conflict, NotFound, ValidationFailed
from bountyboard.mailing import mail_after_commit
from bountyboard.moderation import content as site_content
from bountyboard.moderation.models import (
    ModerationDecision,
    QueueKind,
    Takedown,
    TakedownCategory,
    TakedownStatus,
)
from bountyboard.moderation.selectors import (
    ContentLocation,
    content_location_parse,
    takedown_deadline_hours,
    takedown_status_url,
)
from bountyboard.moderation.services._shared import _notice_rate_check, _now
from bountyboard.moderation.services.queue import queue_item_add
from bountyboard.moderation.services.removals import _take_down

# How urgent each kind of item is when deadlines tie (higher first).
TAKEDOWN_SEVERITY = {TakedownCategory.NCII: 98, TakedownCategory.LIKENESS: 85, TakedownCategory.ILLEGAL: 75}


TAKEDOWN_REQUIRED = (
    ("category", "the kind of content (ncii, likeness or illegal)"),
    ("locations", "where the content is: at least one link to this site or an id like image:12"),
    ("good_faith_statement", "a statement that you believe in good faith the content was shared without consent"),
    ("signature", "your electronic signature (type your full name)"),
    ("contact_name", "your name"),
    ("contact_email", "an email address where we can reach you"),
    ("on_behalf_of", "on whose behalf you ask (yourself, or the name of the person depicted)"),
)


def takedown_validate(
    *,
    category: str,
    locations: Sequence[str],
    good_faith_statement: str,
    signature: str,
    contact_name: str,
    contact_email: str,
    on_behalf_of: str,
    jurisdiction: str,
) -> list[ContentLocation]:
    """Check every part the law asks for; raise one ``ValidationFailed`` naming each missing or wrong
    part (``extra["missing"]`` and ``extra["errors"]``) so a form can show them all at once."""
    values = {
        "category": category,
        "locations": [loc for loc in locations if str(loc).strip()],
        "good_faith_statement": good_faith_statement,
        "signature": signature,
        "contact_name": contact_name,
        "contact_email": contact_email,
        "on_behalf_of": on_behalf_of,
    }
    missing = [name for name, _ in TAKEDOWN_REQUIRED if not values[name] or not str(values[name]).strip()]
    errors: dict[str, str] = {name: what for name, what in TAKEDOWN_REQUIRED if name in missing}
    if category and category not in TakedownCategory.values:
        errors["category"] = f"must be one of {', '.join(TakedownCategory.values)}"
    if contact_email and "contact_email" not in errors:
        try:
            validate_email(contact_email.strip())
        except ValidationError:
            errors["contact_email"] = f"{contact_email!r} is not an email address"
    if good_faith_statement and "good_faith_statement" not in errors and len(good_faith_statement.strip()) < 20:
        errors["good_faith_statement"] = "say in a sentence why you believe the content was shared without consent"
    if jurisdiction and len(jurisdiction) > 8:
        errors["jurisdiction"] = "a country or region code such as US, UK or EU"
    parsed: list[ContentLocation] = []
    location_errors = []
    for given in values["locations"]:
        try:
            location = content_location_parse(str(given))
            site_content.content_resolve(location.target_type, location.target_id)
            parsed.append(location)
        except ValueError as exc:
            location_errors.append(str(exc))
        except NotFound as exc:
            location_errors.append(f"{given!r}: {exc.message}")
    if location_errors:
        errors["locations"] = "; ".join(location_errors)
    if len(values["locations"]) > 50:
        errors["locations"] = "at most 50 locations per notice; send several notices"
    if errors:
        parts = ", ".join(errors)
        message = (
            f"the takedown notice is missing: {', '.join(missing)}"
            if missing and set(errors) == set(missing)
            else f"the takedown notice has problems with: {parts}"
        )
        raise ValidationFailed(message, code="takedown_incomplete", extra={"missing": missing, "errors": errors})
    return parsed


def _requester_mail(takedown: Takedown, subject: str, body: str) -> None:
    """Tell whoever filed the notice about a step: by e-mail after commit, and in-app when they
    filed it logged in."""
    mail_after_commit(address=takedown.contact_email, subject=subject, body=body)
    requester = takedown.requester
    if requester is not None:
        notification_create(
            user=requester,
            kind="moderation.takedown",
            message=f"{subject}. {body}"[:500],
            url="",
            target=("takedown", takedown.pk),
        )


def _moderators_notify(*, message: str, url: str, target: tuple[str, int | str]) -> None:
    for moderator in User.objects.filter(role__in=[Role.MODERATOR, Role.ADMIN], banned_at__isnull=True):
        notification_create(user=moderator, kind="moderation.queue", message=message, url=url, target=target)


def takedown_create(
    *,
    category: str,
    locations: Sequence[str],
    good_faith_statement: str,
    signature: str,
    contact_name: str,
    contact_email: str,
    on_behalf_of: str,
    contact_phone: str = "",
    contact_address: str = "",
    jurisdiction: str = "",
    requester: User | None = None,
    source: str = "takedown_form",
    ip: str = "",
    now: dt.datetime | None = None,
) -> Takedown:
    """Record a removal request and start its clock (``due_at = received_at + deadline``).
    Nothing is written unless every required part is there."""
    jurisdiction = (jurisdiction or getattr(settings, "TAKEDOWN_DEFAULT_JURISDICTION", "US")).strip().upper()
    parsed = takedown_validate(
        category=category,
        locations=locations,
        good_faith_statement=good_faith_statement,
        signature=signature,
        contact_name=contact_name,
        contact_email=contact_email,
        on_behalf_of=on_behalf_of,
        jurisdiction=jurisdiction,
    )
    _notice_rate_check(ip)
    received_at = _now(now)
    due_at = received_at + dt.timedelta(hours=takedown_deadline_hours(jurisdiction))
    requester = requester if requester is not None and requester.is_authenticated else None
    # One location per piece of content, whatever spelling the requester used.
    unique: dict[tuple[str, str], ContentLocation] = {}
    for location in parsed:
        unique.setdefault((location.target_type, location.target_id), location)
    with transaction.atomic():
        takedown = Takedown.objects.create(
            category=category,
            locations=[loc.to_json() for loc in unique.values()],
            good_faith_statement=good_faith_statement.strip(),
            signature=signature.strip()[:200],
            contact_name=contact_name.strip()[:200],
            contact_email=contact_email.strip(),
            contact_phone=contact_phone.strip()[:64],
            contact_address=contact_address.strip()[:500],
            on_behalf_of=on_behalf_of.strip()[:200],
            jurisdiction=jurisdiction,
            requester=requester,
            received_at=received_at,
            due_at=due_at,
        )
        first = next(iter(unique.values()))
        queue_item_add(
            kind=QueueKind.TAKEDOWN,
            source_key=f"takedown:{takedown.pk}",
            target_type=first.target_type,
            target_id=first.target_id,
            owner=site_content.content_resolve(first.target_type, first.target_id).owner,
            severity=TAKEDOWN_SEVERITY[TakedownCategory(category)],
            due_at=due_at,
            summary=f"Takedown notice ({TakedownCategory(category).label.lower()}) for {len(unique)} item(s)",
            evidence={"locations": takedown.locations, "on_behalf_of": takedown.on_behalf_of},
            takedown=takedown,
            now=received_at,
        )
        audit_record(
            action="moderation.takedown.receive",
            target_type="takedown",
            target_id=takedown.pk,
            reasons=[f"takedown.{category}"],
            automated=False,
            actor=requester,
            actor_label="" if requester else "requester",
            data={
                "category": category,
                "source": source,
                "jurisdiction": jurisdiction,
                "received_at": received_at.isoformat(),
                "due_at": due_at.isoformat(),
                "locations": takedown.locations,
            },
        )
        deadline = f"{due_at:%Y-%m-%d %H:%M} UTC"
        _moderators_notify(
            message=f"New takedown notice {takedown.pk} ({category}); act before {deadline}.",
            url="/moderation/",
            target=("takedown", takedown.pk),
        )
        _requester_mail(
            takedown,
            f"Takedown request {takedown.pk} received",
            f"We received your request on {received_at:%Y-%m-%d %H:%M} UTC and will act on it before "
            f"{deadline}. Reference: takedown {takedown.pk}.\n\nFollow its status here (keep this link to "
            f"yourself: it needs no account): {takedown_status_url(takedown)}\n",
        )
    return takedown


TAKEDOWN_ALERT_HOURS_DEFAULT = 12


def takedowns_due_alert(*, now: dt.datetime | None = None) -> int:
    """Warn every moderator once about each open notice whose clock runs out within
    ``TAKEDOWN_ALERT_HOURS`` (or already has). Periodic and safe to run twice; returns how many."""
    now = _now(now)
    hours = int(getattr(settings, "TAKEDOWN_ALERT_HOURS", TAKEDOWN_ALERT_HOURS_DEFAULT))
    alerted = 0
    with transaction.atomic():
        due = Takedown.objects.select_for_update().filter(
            status=TakedownStatus.RECEIVED, alerted_at__isnull=True, due_at__lte=now + dt.timedelta(hours=hours)
        )
        for takedown in due.order_by("due_at"):
            late = "is overdue" if takedown.due_at <= now else f"is due at {takedown.due_at:%Y-%m-%d %H:%M} UTC"
            _moderators_notify(
                message=f"Takedown notice {takedown.pk} {late}: act on it now.",
                url="/moderation/",
                target=("takedown", takedown.pk),
            )
            takedown.alerted_at = now
            takedown.save(update_fields=["alerted_at"])
            alerted += 1
    return alerted


def _takedown_remove(
    *, takedown_id: int, moderator: User, why: str, ground: str, now: dt.datetime, decision: ModerationDecision
) -> Takedown:
    """The removal itself, inside ``queue_decide``'s transaction."""
    with transaction.atomic():
        takedown = Takedown.objects.select_for_update().filter(pk=takedown_id).first()
        if takedown is None:
            raise NotFound("no such takedown notice")
        if takedown.status != TakedownStatus.RECEIVED:
            raise Conflict(f"this notice was already handled ({takedown.status})")
        contents = [site_content.content_resolve(loc["target_type"], loc["target_id"]) for loc in takedown.locations]
        result = _take_down(
            contents,
            actor=moderator,
            ground=ground,
            why=why,
            what_prefix="Takedown notice",
            decision=decision,
            case_id=f"takedown:{takedown.pk}",
            include_copies=True,
            now=now,
        )
        takedown.status = TakedownStatus.REMOVED
        takedown.acted_at = now
        takedown.acted_by = moderator
        takedown.removed = result["removed"]
        takedown.save(update_fields=["status", "acted_at", "acted_by", "removed"])
        audit_record(
            action="moderation.takedown.remove",
            target_type="takedown",
            target_id=takedown.pk,
            reasons=[ground],
            automated=False,
            actor=moderator,
            data={
                "category": takedown.category,
                "received_at": takedown.received_at.isoformat(),
                "due_at": takedown.due_at.isoformat(),
                "decided_at": now.isoformat(),
                "late": now > takedown.due_at,
                "removed": result["removed"],
                "copies": result["copies"],
                "hashes_banked": result["hashes_banked"],
                "refunds": result["refunds"],
            },
        )
        _requester_mail(
            takedown,
            f"Takedown request {takedown.pk}: content removed",
            f"The content you reported was removed on {now:%Y-%m-%d %H:%M} UTC, with "
            f"{result['copies']} other cop{'y' if result['copies'] == 1 else 'ies'} we found, and "
            "re-uploads are now blocked.",
        )
    return takedown
