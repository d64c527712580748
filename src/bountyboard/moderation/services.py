"""Moderation writes: reports, takedown notices on the legal clock, queue items and decisions with a
statement of reasons, strikes and bans, counter-notices and appeals, and the moderator roster.

Every function takes ``now`` so the legal clock can be tested with a controlled time; every write
commits with its audit event (``audit_record``) in one transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.models import Role, User
from bountyboard.accounts.services import notification_create, user_set_role
from bountyboard.audit.services import audit_record
from bountyboard.errors import (
    Conflict,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
)
from bountyboard.guard.store.interfaces import BankEntry, HashKind
from bountyboard.moderation import content as site_content
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import (
    DecisionAction,
    ModerationDecision,
    QueueItem,
    QueueKind,
    QueueStatus,
    Report,
    ReportCategory,
    Strike,
    Takedown,
    TakedownCategory,
    TakedownStatus,
    TargetType,
)
from bountyboard.moderation.selectors import (
    ContentLocation,
    content_location_parse,
    screening_copies,
    takedown_deadline_hours,
)
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningStatus

logger = logging.getLogger(__name__)

TAKEDOWN_BANK = "takedown"
STRIKES_TO_BAN_DEFAULT = 3

# How urgent each kind of item is when deadlines tie (higher first).
REPORT_SEVERITY = {
    ReportCategory.MINOR_SAFETY: 100,
    ReportCategory.NCII: 95,
    ReportCategory.LIKENESS: 80,
    ReportCategory.ILLEGAL: 70,
    ReportCategory.IP: 30,
    ReportCategory.OTHER: 20,
    ReportCategory.SPAM: 10,
}
TAKEDOWN_SEVERITY = {TakedownCategory.NCII: 98, TakedownCategory.LIKENESS: 85, TakedownCategory.ILLEGAL: 75}
KIND_SEVERITY = {QueueKind.SCREENING: 60, QueueKind.CONSENT_DISPUTE: 65, QueueKind.APPEAL: 50, QueueKind.COUNTER_NOTICE: 55}

# Grounds a moderator may cite: code -> (legal or policy, the text shown in the statement of reasons).
GROUNDS: dict[str, tuple[str, str]] = {
    "law.take_it_down_act": ("legal", "TAKE IT DOWN Act (US): non-consensual intimate imagery, 47 U.S.C. § 223(h)"),
    "law.ncii": ("legal", "Laws against sharing intimate images without consent"),
    "law.illegal_content": ("legal", "Content that is illegal where it is hosted or seen"),
    "law.copyright": ("legal", "Copyright or other intellectual-property law"),
    "policy.real_person_sexual": ("policy", "No sexual depiction of a real, identifiable person"),
    "policy.minor_safety": ("policy", "No sexualised depiction of minors"),
    "policy.likeness_without_consent": ("policy", "A real person's likeness needs their own verified consent"),
    "policy.private_person": ("policy", "No depictions of private people"),
    "policy.harassment": ("policy", "No harassment or targeting of people"),
    "policy.spam": ("policy", "No spam or scams"),
    "policy.other": ("policy", "Other site rules (see the terms of use)"),
    "policy.no_violation": ("policy", "No rule was broken"),
}
_TAKEDOWN_GROUND = {
    TakedownCategory.NCII: "law.take_it_down_act",
    TakedownCategory.LIKENESS: "policy.likeness_without_consent",
    TakedownCategory.ILLEGAL: "law.illegal_content",
}
APPEAL_HOW = (
    "You can appeal this decision within 6 months at /moderation/decisions/{id}/ or with "
    "POST /api/v1/moderation/decisions/{id}/appeal; a different moderator will review it."
)


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _notice_rate_check(ip: str) -> None:
    """Reports and notices need no account, so one address gets a generous hourly budget; a flood
    would bury real notices under the legal clock."""
    if not ip:
        return
    limit = int(getattr(settings, "MODERATION_NOTICES_PER_HOUR", 30))
    key = f"moderation-notices:{ip}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    if count > limit:
        raise RateLimited(f"at most {limit} reports and notices per hour from one address; try again later")


def _actor_check(user: User | None, *, moderator: bool = False, admin: bool = False) -> User:
    if user is None or not user.is_authenticated:
        raise NotAuthenticated("log in first")
    if user.banned_at is not None:
        raise PermissionDenied("this account is banned", code="banned")
    if admin and user.role != Role.ADMIN:
        raise PermissionDenied("only admins can do this")
    if moderator and user.role not in (Role.MODERATOR, Role.ADMIN):
        raise PermissionDenied("only moderators can do this")
    return user


def statement_of_reasons(
    *,
    what: str,
    why: str,
    ground: str,
    automated_detection: bool,
    automated_decision: bool,
    decision_id: int | None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The statement every decision carries (what was decided, why, on which legal or policy ground,
    whether a machine detected or decided it, and how to appeal)."""
    kind, ground_text = GROUNDS[ground]
    return {
        "what": what,
        "why": why,
        "ground": {"code": ground, "type": kind, "text": ground_text},
        "automated_detection": automated_detection,
        "automated_decision": automated_decision,
        "how_to_appeal": APPEAL_HOW.replace("{id}", str(decision_id) if decision_id else "<id>"),
        **(extra or {}),
    }


# -- queue items ----------------------------------------------------------------------------------


def queue_item_add(
    *,
    kind: str,
    source_key: str,
    target_type: str,
    target_id: str | int,
    owner: User | None = None,
    severity: int | None = None,
    due_at: dt.datetime | None = None,
    summary: str = "",
    evidence: dict[str, Any] | None = None,
    screening_id: int | None = None,
    report: Report | None = None,
    takedown: Takedown | None = None,
    appeal_of: ModerationDecision | None = None,
    now: dt.datetime | None = None,
) -> QueueItem:
    """Put something in front of a human. Idempotent on ``source_key``: calling it again returns
    the existing item (other apps, e.g. likeness consent disputes, call this)."""
    if kind not in QueueKind.values:
        raise ValidationFailed(f"kind: must be one of {', '.join(QueueKind.values)}")
    with transaction.atomic():
        existing = QueueItem.objects.filter(source_key=source_key).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                return QueueItem.objects.create(
                    kind=kind,
                    source_key=source_key[:64],
                    target_type=str(target_type)[:16],
                    target_id=str(target_id)[:64],
                    owner=owner,
                    severity=severity if severity is not None else KIND_SEVERITY.get(QueueKind(kind), 50),
                    due_at=due_at,
                    summary=summary[:500],
                    evidence=evidence or {},
                    screening_id=screening_id,
                    report=report,
                    takedown=takedown,
                    appeal_of=appeal_of,
                    created_at=_now(now),
                )
        except IntegrityError:  # a concurrent call created it first
            return QueueItem.objects.get(source_key=source_key)


def _screening_evidence(row: Screening) -> dict[str, Any]:
    """What the guard saw, for the moderator: reasons, and the spans, boxes, scores and persons."""
    return {
        "screening_id": row.pk,
        "kind": row.kind,
        "status": row.status,
        "decision": row.decision,
        "rating": row.rating,
        "reasons": row.reasons,
        "signals": row.signals,
        "faces": (row.evidence or {}).get("faces", []),
        "nudity": (row.evidence or {}).get("nudity", []),
        "person_ids": row.person_ids,
        "text": row.text[:2000],
    }


def queue_sync_screenings(*, now: dt.datetime | None = None) -> int:
    """Bring every guard ``review`` decision (and every failed scan) into the queue. Idempotent:
    run before listing the queue and by a periodic task. Returns how many items were added."""
    added = 0
    known = set(QueueItem.objects.filter(kind=QueueKind.SCREENING).values_list("source_key", flat=True))
    rows = (
        Screening.objects.filter(decision=ScreeningDecision.REVIEW)
        .filter(status__in=[ScreeningStatus.DONE, ScreeningStatus.FAILED])
        .order_by("pk")
    )
    for row in rows.iterator(chunk_size=500):
        if f"screening:{row.pk}" in known:  # already queued (here, or by the likeness re-scan)
            continue
        content = site_content.content_for_screening(row)
        codes = ", ".join(r.get("code", "") for r in row.reasons) or "review"
        with transaction.atomic():
            queue_item_add(
                kind=QueueKind.SCREENING,
                source_key=f"screening:{row.pk}",
                target_type=content.target_type,
                target_id=content.target_id,
                owner=content.owner,
                summary=f"The guard asked for a human review of {content.label or row.subject_type} ({codes})",
                evidence=_screening_evidence(row),
                screening_id=row.pk,
                now=now,
            )
        added += 1
    return added


# -- reports --------------------------------------------------------------------------------------


def report_create(
    *,
    reporter: User | None,
    target_type: str,
    target_id: str | int,
    category: str,
    details: str = "",
    ip: str = "",
    now: dt.datetime | None = None,
) -> Report:
    """Anyone (signed in or not) reports any content; it lands in the queue."""
    errors = []
    if category not in ReportCategory.values:
        errors.append(f"category: must be one of {', '.join(ReportCategory.values)}")
    if target_type not in TargetType.values:
        errors.append(f"target_type: must be one of {', '.join(TargetType.values)}")
    if len(details) > 5000:
        errors.append("details: at most 5000 characters")
    if errors:
        raise ValidationFailed("; ".join(errors), extra={"errors": errors})
    content = site_content.content_resolve(target_type, str(target_id))
    _notice_rate_check(ip)
    now = _now(now)
    reporter = reporter if reporter is not None and reporter.is_authenticated else None
    with transaction.atomic():
        report = Report.objects.create(
            reporter=reporter,
            target_type=target_type,
            target_id=content.target_id,
            category=category,
            details=details,
            created_at=now,
        )
        queue_item_add(
            kind=QueueKind.REPORT,
            source_key=f"report:{report.pk}",
            target_type=target_type,
            target_id=content.target_id,
            owner=content.owner,
            severity=REPORT_SEVERITY[ReportCategory(category)],
            summary=f"Reported as {ReportCategory(category).label.lower()}: {content.label}",
            evidence={"details": details, "screenings": [_screening_evidence(s) for s in content.screenings[:10]]},
            report=report,
            now=now,
        )
        audit_record(
            action="moderation.report",
            target_type=target_type,
            target_id=content.target_id,
            reasons=[f"report.{category}"],
            automated=False,
            actor=reporter,
            actor_label="" if reporter else "anonymous",
            data={
                "report_id": report.pk,
                "category": category,
                "source": "user_report" if reporter else "anonymous_report",
                "at": now.isoformat(),
            },
        )
    return report


# -- takedowns ------------------------------------------------------------------------------------

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
    """Tell the requester by email, after commit (a notice must not be lost because mail failed,
    and mail must not go out for a notice that was rolled back)."""
    address = takedown.contact_email

    def send() -> None:
        try:
            send_mail(subject, body, None, [address])
        except Exception:  # noqa: BLE001 - the notice stands; the failure is logged for the operator
            logger.exception("could not email takedown %s requester", takedown.pk)

    transaction.on_commit(send)


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
            f"{deadline}. Reference: takedown {takedown.pk}.",
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


def bank_sweep(*, now: dt.datetime | None = None) -> int:
    """After a hash list arrives (or a bank grows): hide every image or file already on the site
    that a bank now blocks, and queue each for a human. Safe to run twice; returns how many."""
    from bountyboard.guard.index.matchers import HashMatcher

    now = _now(now)
    matcher = HashMatcher(DjangoBankStore(), None)
    candidates = list(
        Screening.objects.filter(status=ScreeningStatus.DONE)
        .exclude(kind="text")
        .exclude(decision=ScreeningDecision.BLOCK)
        .values_list("pk", "pdq", "md5", "sha256")
    )
    hidden = 0
    for pk, pdq, md5, sha256 in candidates:
        matches = matcher.match_pdq([pdq]) if pdq else []
        for kind, value in ((HashKind.MD5, md5), (HashKind.SHA256, sha256)):
            if value:
                matches += matcher.match_exact(kind, value)
        if not matches:
            continue
        best = matches[0]
        with transaction.atomic():
            row = Screening.objects.select_for_update().get(pk=pk)
            if row.decision == ScreeningDecision.BLOCK:
                continue  # blocked meanwhile
            reason = {
                "code": "hash_match",
                "detail": f"Matches a hash in the {best.bank} bank (case {best.case_id or 'unknown'}).",
                "decision": "block",
                "bank": best.bank,
                "case_id": best.case_id,
                "distance": best.distance,
            }
            site_content.screenings_block([row], reason=reason, now=now)
            content = site_content.content_for_screening(row)
            queue_item_add(
                kind=QueueKind.SCREENING,
                source_key=f"hash_match:{row.pk}",
                target_type=content.target_type,
                target_id=content.target_id,
                owner=content.owner,
                severity=95,
                summary=f"{content.label} matches the {best.bank} hash list; hidden until a moderator decides",
                evidence=_screening_evidence(row),
                screening_id=row.pk,
                now=now,
            )
            audit_record(
                action="guard.decision",
                target_type=row.subject_type,
                target_id=row.subject_id,
                reasons=["hash_match"],
                automated=True,
                actor_label="hash-list sweep",
                data={
                    "screening_id": row.pk,
                    "decision": "block",
                    "bank": best.bank,
                    "case_id": best.case_id,
                    "distance": best.distance,
                },
            )
        hidden += 1
    return hidden


def _image_hashes(row: Screening) -> tuple[str, ...]:
    """The 8 dihedral PDQ variants of a stored image (rotated and mirrored copies count as copies).
    Computed from the stored clean bytes; falls back to the recorded hash alone."""
    recorded = tuple((row.evidence or {}).get("pdq_dihedral") or ())
    if recorded:
        return tuple(str(h) for h in recorded)
    if row.kind != "image" or not row.stored_name:
        return (row.pdq,) if row.pdq else ()
    import io

    import numpy as np
    import pdqhash
    from django.core.files.storage import default_storage
    from PIL import Image

    try:
        with default_storage.open(row.stored_name, "rb") as handle:
            image = Image.open(io.BytesIO(handle.read())).convert("RGB")
    except (OSError, ValueError):
        return (row.pdq,) if row.pdq else ()
    hashes, _quality = pdqhash.compute_dihedral(np.asarray(image))
    variants = tuple(np.packbits(np.asarray(h, dtype=np.uint8)).tobytes().hex() for h in hashes)
    return ((row.pdq,) if row.pdq else ()) + variants


def _copies_of(rows: Sequence[Screening]) -> list[Screening]:
    """Every screening row holding the same bytes or the same picture as any of ``rows``."""
    found: dict[int, Screening] = {row.pk: row for row in rows}
    for row in rows:
        if row.kind == "text":
            continue
        for copy in screening_copies(md5=row.md5, sha256=row.sha256, pdq_variants=_image_hashes(row)):
            found.setdefault(copy.pk, copy)
    return sorted(found.values(), key=lambda r: r.pk)


def _bank_hashes(rows: Sequence[Screening], *, case_id: str, note: str) -> int:
    """Add every hash of the removed media to the takedown bank, so the guard blocks re-uploads."""
    store = DjangoBankStore()
    store.bank_ensure(TAKEDOWN_BANK)
    added = 0
    for row in rows:
        for kind, value in ((HashKind.PDQ, row.pdq), (HashKind.MD5, row.md5), (HashKind.SHA256, row.sha256)):
            if value:
                added += store.hash_add(BankEntry(TAKEDOWN_BANK, kind, value, case_id=case_id, note=note))
    return added


def _take_down(
    contents: Sequence[site_content.Content],
    *,
    actor: User,
    ground: str,
    why: str,
    what_prefix: str,
    decision: ModerationDecision | None,
    case_id: str,
    include_copies: bool,
    now: dt.datetime,
) -> dict[str, Any]:
    """Remove each piece of content (and, when asked, every copy of its media on the site), bank its
    hashes, refund money through the bounties services, and notify each owner with the statement."""
    screenings = [row for c in contents for row in c.screenings]
    media = [row for row in screenings if row.kind != "text"]
    copies = _copies_of(media) if include_copies else list(media)
    extra_targets = [site_content.content_for_screening(row) for row in copies if row.pk not in {s.pk for s in media}]
    targets = list(contents) + extra_targets
    reason = {
        "code": "moderation_removed",
        "detail": f"Removed by a moderator: {GROUNDS[ground][1]}.",
        "decision": "block",
        "ground": ground,
        "case_id": case_id,
    }
    removed: list[dict[str, Any]] = []
    refunds: list[dict[str, Any]] = []
    notified: set[int] = set()
    for target in targets:
        rows = target.screenings if target in contents else [r for r in target.screenings if r in copies]
        blocked = site_content.screenings_block(rows, reason=reason, now=now)
        outcome = site_content.content_take_down(target, actor=actor, reason=why, now=now)
        removed.append({**target.ref, "screenings": blocked, **outcome.get("removed", {})})
        refunds.extend(outcome.get("refunds", []))
        owner = target.owner
        if owner is not None and owner.pk not in notified:
            notified.add(owner.pk)
            statement = statement_of_reasons(
                what=f"{what_prefix}: {target.label or target.target_type + ' ' + target.target_id} was removed",
                why=why,
                ground=ground,
                automated_detection=False,
                automated_decision=False,
                decision_id=decision.pk if decision else None,
            )
            notification_create(
                user=owner,
                kind="moderation.outcome",
                message=f"{statement['what']}. Why: {why} Ground: {statement['ground']['text']}. {statement['how_to_appeal']}",
                url=f"/moderation/decisions/{decision.pk}/" if decision else "",
                target=(target.target_type, target.target_id),
            )
    # Block re-uploads of what was removed as media, or of anything removed under a notice or an
    # NCII / minor-safety report; a bounty removed for its words keeps its innocent pictures usable.
    bank_it = include_copies or any(c.target_type in ("image", "file") for c in contents)
    banked = _bank_hashes(copies, case_id=case_id, note=why[:200]) if media and bank_it else 0
    return {"removed": removed, "refunds": refunds, "hashes_banked": banked, "copies": len(copies) - len(media)}


def takedown_act(*, takedown_id: int, moderator: User, why: str = "", now: dt.datetime | None = None) -> Takedown:
    """Act on a notice: remove the content and its known copies, block their hashes, refund, notify.
    The same as deciding ``remove`` on the notice's queue item (one decision, one statement)."""
    _actor_check(moderator, moderator=True)
    item = QueueItem.objects.filter(takedown_id=takedown_id, kind=QueueKind.TAKEDOWN).first()
    takedown = Takedown.objects.filter(pk=takedown_id).first()
    if item is None or takedown is None:
        raise NotFound("no such takedown notice")
    if takedown.status != TakedownStatus.RECEIVED:
        raise Conflict(f"this notice was already handled ({takedown.status})")
    queue_decide(
        item_id=item.pk,
        moderator=moderator,
        action=DecisionAction.REMOVE,
        why=why or f"A takedown notice ({TakedownCategory(takedown.category).label.lower()}) was received and checked.",
        ground=_TAKEDOWN_GROUND[TakedownCategory(takedown.category)],
        now=now,
    )
    takedown.refresh_from_db()
    return takedown


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


# -- decisions ------------------------------------------------------------------------------------


def _strike(user: User, *, decision: ModerationDecision, reason: str, now: dt.datetime, ban: bool) -> bool:
    """Add a strike; ban at the threshold or when asked. Returns whether the user is now banned."""
    Strike.objects.create(user=user, decision=decision, reason=reason[:500], created_at=now)
    User.objects.filter(pk=user.pk).update(strikes=F("strikes") + 1)
    user.refresh_from_db(fields=["strikes", "banned_at"])
    threshold = int(getattr(settings, "MODERATION_STRIKES_TO_BAN", STRIKES_TO_BAN_DEFAULT))
    if user.banned_at is None and (ban or user.strikes >= threshold):
        User.objects.filter(pk=user.pk).update(banned_at=now)
        user.banned_at = now
        audit_record(
            action="moderation.ban",
            target_type="user",
            target_id=user.pk,
            reasons=["ban.requested" if ban else "ban.strikes"],
            automated=not ban,
            actor=decision.moderator,
            data={"strikes": user.strikes, "decision_id": decision.pk, "at": now.isoformat()},
        )
        return True
    return user.banned_at is not None


def queue_decide(
    *,
    item_id: int,
    moderator: User,
    action: str,
    why: str,
    ground: str,
    now: dt.datetime | None = None,
) -> ModerationDecision:
    """Decide one queue item: approve, remove, remove_and_ban or escalate, with a statement of
    reasons. Only moderators; an escalated item only admins. Writes the decision's audit event."""
    _actor_check(moderator, moderator=True)
    errors = []
    if action not in DecisionAction.values:
        errors.append(f"action: must be one of {', '.join(DecisionAction.values)}")
    if ground not in GROUNDS:
        errors.append(f"ground: must be one of {', '.join(GROUNDS)}")
    if not why or not why.strip():
        errors.append("why: say why, in a sentence the owner will read")
    if errors:
        raise ValidationFailed("; ".join(errors), extra={"errors": errors})
    now = _now(now)
    with transaction.atomic():
        item = QueueItem.objects.select_for_update(of=("self",)).select_related("takedown", "report").filter(pk=item_id).first()
        if item is None:
            raise NotFound("no such queue item")
        if item.status == QueueStatus.DECIDED:
            raise Conflict("this item was already decided")
        if item.status == QueueStatus.ESCALATED and moderator.role != Role.ADMIN:
            raise PermissionDenied("an escalated item is decided by an admin")
        if item.kind == QueueKind.TAKEDOWN and item.takedown and item.takedown.status != TakedownStatus.RECEIVED:
            raise Conflict(f"this notice was already handled ({item.takedown.status})")
        automated_detection = item.kind == QueueKind.SCREENING
        decision = ModerationDecision.objects.create(
            item=item, moderator=moderator, action=action, automated=False, statement={}, created_at=now
        )
        content = site_content.content_resolve(item.target_type, item.target_id)
        outcome: dict[str, Any] = {}
        reverses: ModerationDecision | None = None
        if action == DecisionAction.ESCALATE:
            item.status = QueueStatus.ESCALATED
            what = f"{content.label} was escalated to an admin"
        elif item.kind in (QueueKind.APPEAL, QueueKind.COUNTER_NOTICE):
            what, reverses, outcome = _decide_appeal(item, decision, action=action, why=why, now=now)
        elif action == DecisionAction.APPROVE:
            what, outcome = _decide_approve(item, content, moderator=moderator, why=why, now=now)
        else:
            what, outcome = _decide_remove(
                item, content, decision, moderator=moderator, why=why, ground=ground, now=now,
                ban=action == DecisionAction.REMOVE_AND_BAN,
            )
        if action != DecisionAction.ESCALATE:
            item.status = QueueStatus.DECIDED
            item.decided_at = now
        item.save(update_fields=["status", "decided_at"])
        decision.reverses = reverses
        decision.statement = statement_of_reasons(
            what=what,
            why=why.strip(),
            ground=ground,
            automated_detection=automated_detection,
            automated_decision=False,
            decision_id=decision.pk,
            extra={"action": action, "item_kind": item.kind, "target": content.ref},
        )
        decision.save(update_fields=["reverses", "statement"])
        if action != DecisionAction.ESCALATE:
            _decision_tell_parties(item, decision)
        audit_record(
            action=f"moderation.decision.{action}",
            target_type=item.target_type,
            target_id=item.target_id,
            reasons=[ground],
            automated=False,
            actor=moderator,
            data={
                "decision_id": decision.pk,
                "queue_item_id": item.pk,
                "item_kind": item.kind,
                "statement": decision.statement,
                "reverses": reverses.pk if reverses else None,
                "decided_at": now.isoformat(),
                **outcome,
            },
        )
    return decision


def _decision_tell_parties(item: QueueItem, decision: ModerationDecision) -> None:
    """The person who reported, and the person who appealed, learn what was decided and why
    (owners of removed content are told by the removal itself)."""
    statement = decision.statement
    text = f"{statement['what']}. Why: {statement['why']} Ground: {statement['ground']['text']}."
    reporter = item.report.reporter if item.report else None
    if reporter is not None:
        notification_create(
            user=reporter, kind="moderation.report_outcome", message=f"Your report: {text}",
            target=(item.target_type, item.target_id),
        )
    if item.kind in (QueueKind.APPEAL, QueueKind.COUNTER_NOTICE) and item.owner is not None:
        notification_create(
            user=item.owner, kind="moderation.appeal_outcome", message=f"Your appeal: {text}",
            target=(item.target_type, item.target_id),
        )


def _decide_approve(
    item: QueueItem, content: site_content.Content, *, moderator: User, why: str, now: dt.datetime
) -> tuple[str, dict[str, Any]]:
    if item.kind == QueueKind.TAKEDOWN and item.takedown is not None:
        takedown = item.takedown
        takedown.status = TakedownStatus.REJECTED
        takedown.acted_at = now
        takedown.acted_by = moderator
        takedown.save(update_fields=["status", "acted_at", "acted_by"])
        audit_record(
            action="moderation.takedown.reject",
            target_type="takedown",
            target_id=takedown.pk,
            reasons=["policy.no_violation"],
            automated=False,
            actor=moderator,
            data={"decided_at": now.isoformat(), "due_at": takedown.due_at.isoformat(), "why": why},
        )
        _requester_mail(
            takedown,
            f"Takedown request {takedown.pk}: not removed",
            f"A moderator reviewed your request and did not remove the content: {why.strip()} "
            "You can reply to this email with more information, or send a new request.",
        )
        return f"the takedown notice for {content.label} was refused; the content stays", {}
    if item.kind == QueueKind.SCREENING and item.screening_id:
        rows = list(Screening.objects.filter(pk=item.screening_id))
        if rows and _hard_floor(rows[0]):
            raise Conflict("the guard blocked this on a hard floor; a moderator cannot approve it", code="hard_floor")
        allowed = site_content.screenings_allow(
            rows, reason={"code": "moderator_approved", "detail": why[:300], "decision": "allow"}
        )
        state = site_content.content_reviewed(content, actor=moderator, now=now)
        return f"{content.label} was approved after review", {"allowed_screenings": allowed, **state}
    return f"the report about {content.label} was closed with no action", {}


_HARD_FLOOR_CODES = frozenset({"real_person_sexual", "minor_sexual", "private_person", "hash_match", "unsafe_file"})


def _hard_floor(row: Screening) -> bool:
    return any(r.get("code") in _HARD_FLOOR_CODES and r.get("decision") == "block" for r in row.reasons)


def _decide_remove(
    item: QueueItem,
    content: site_content.Content,
    decision: ModerationDecision,
    *,
    moderator: User,
    why: str,
    ground: str,
    now: dt.datetime,
    ban: bool,
) -> tuple[str, dict[str, Any]]:
    outcome: dict[str, Any] = {}
    if item.kind == QueueKind.TAKEDOWN and item.takedown is not None:
        takedown = _takedown_remove(
            takedown_id=item.takedown.pk, moderator=moderator, why=why, ground=ground, now=now, decision=decision
        )
        item.takedown = takedown
        outcome["removed"] = takedown.removed
    elif content.target_type == "user":
        outcome["removed"] = []
    else:
        # NCII and minor-safety reports remove every copy on the site, like a takedown notice.
        category = item.report.category if item.report else ""
        result = _take_down(
            [content],
            actor=moderator,
            ground=ground,
            why=why,
            what_prefix="Moderation",
            decision=decision,
            case_id=f"decision:{decision.pk}",
            include_copies=category in (ReportCategory.NCII, ReportCategory.MINOR_SAFETY),
            now=now,
        )
        outcome.update(result)
    owner = content.owner
    if owner is not None:
        outcome["banned"] = _strike(owner, decision=decision, reason=why, now=now, ban=ban)
        outcome["strikes"] = owner.strikes
    return f"{content.label} was removed" + (" and its owner banned" if ban else ""), outcome


def _decide_appeal(
    item: QueueItem, decision: ModerationDecision, *, action: str, why: str, now: dt.datetime
) -> tuple[str, ModerationDecision | None, dict[str, Any]]:
    """Approve = the appeal (or counter-notice) is upheld: the content comes back, strikes lift.
    Remove = the original decision stands."""
    original = item.appeal_of
    if action != DecisionAction.APPROVE or original is None:
        if action == DecisionAction.REMOVE_AND_BAN and item.owner is not None:
            _strike(item.owner, decision=decision, reason=why, now=now, ban=True)
        return "the appeal was rejected; the decision stands", None, {}
    restored = []
    target = site_content.content_resolve(original.item.target_type, original.item.target_id)
    screenings = list(target.screenings)
    removed = (original.item.takedown.removed if original.item.takedown else None) or []
    for entry in removed:
        screenings += list(Screening.objects.filter(pk__in=entry.get("screenings", [])))
    restored = site_content.screenings_allow(
        [s for s in screenings if not _hard_floor(s)],
        reason={"code": "appeal_upheld", "detail": why[:300], "decision": "allow"},
    )
    site_content.content_restore(target, actor=decision.moderator, now=now)
    lifted = Strike.objects.filter(decision=original, lifted_at__isnull=True)
    for strike in lifted:
        User.objects.filter(pk=strike.user_id, strikes__gt=0).update(strikes=F("strikes") - 1)
    lifted.update(lifted_at=now)
    case_ids = {f"decision:{original.pk}"}
    if original.item.takedown is not None:
        takedown = original.item.takedown
        takedown.status = TakedownStatus.RESTORED
        takedown.save(update_fields=["status"])
        case_ids.add(f"takedown:{takedown.pk}")
    unbanked = _bank_hashes_withdraw(case_ids)
    return (
        "the appeal was upheld; the content is restored",
        original,
        {"restored_screenings": restored, "hashes_withdrawn": unbanked},
    )


def _bank_hashes_withdraw(case_ids: set[str]) -> int:
    """An upheld appeal takes the case's hashes out of the block bank, or the restored picture
    could never be uploaded again."""
    store = DjangoBankStore()
    doomed = [e for e in store.hash_list(TAKEDOWN_BANK) if e.case_id in case_ids]
    return sum(store.hash_remove(TAKEDOWN_BANK, e.kind, e.value) for e in doomed)


def appeal_create(*, decision_id: int, user: User, statement: str, now: dt.datetime | None = None) -> QueueItem:
    """The owner of moderated content asks a human to look again (a complaint, in DSA terms)."""
    _actor_check(user)
    if not statement or len(statement.strip()) < 10:
        raise ValidationFailed("statement: say in a sentence why the decision is wrong")
    now = _now(now)
    with transaction.atomic():
        original = ModerationDecision.objects.select_related("item").filter(pk=decision_id).first()
        if original is None:
            raise NotFound("no such decision")
        if original.item.owner_id != user.pk:
            raise PermissionDenied("only the owner of the content can appeal this decision")
        if original.action in (DecisionAction.APPROVE, DecisionAction.ESCALATE):
            raise Conflict("there is nothing to appeal: the content was not removed")
        if QueueItem.objects.filter(source_key=f"appeal:{original.pk}").exists():
            raise Conflict("this decision was already appealed")
        item = queue_item_add(
            kind=QueueKind.APPEAL,
            source_key=f"appeal:{original.pk}",
            target_type=original.item.target_type,
            target_id=original.item.target_id,
            owner=user,
            summary=f"Appeal against decision {original.pk} ({original.action})",
            evidence={"statement": statement.strip(), "original": original.statement},
            appeal_of=original,
            now=now,
        )
        audit_record(
            action="moderation.appeal",
            target_type=original.item.target_type,
            target_id=original.item.target_id,
            reasons=["appeal"],
            automated=False,
            actor=user,
            data={"decision_id": original.pk, "queue_item_id": item.pk, "at": now.isoformat()},
        )
    return item


def counter_notice_create(
    *, takedown_id: int, user: User, statement: str, signature: str, now: dt.datetime | None = None
) -> QueueItem:
    """The uploader disputes a takedown: the notice goes back to a human."""
    _actor_check(user)
    errors = []
    if not statement or len(statement.strip()) < 10:
        errors.append("statement: say why the content was removed by mistake")
    if not signature or not signature.strip():
        errors.append("signature: type your full name")
    if errors:
        raise ValidationFailed("; ".join(errors), extra={"errors": errors})
    now = _now(now)
    with transaction.atomic():
        takedown = Takedown.objects.filter(pk=takedown_id).first()
        if takedown is None:
            raise NotFound("no such takedown notice")
        if takedown.status != TakedownStatus.REMOVED:
            raise Conflict("only a notice that removed content can be disputed")
        original = (
            ModerationDecision.objects.filter(item__takedown=takedown, action__in=["remove", "remove_and_ban"])
            .select_related("item")
            .first()
        )
        if original is None or original.item.owner_id != user.pk:
            raise PermissionDenied("only the uploader of the removed content can send a counter-notice")
        item = queue_item_add(
            kind=QueueKind.COUNTER_NOTICE,
            source_key=f"counter_notice:{takedown.pk}",
            target_type=original.item.target_type,
            target_id=original.item.target_id,
            owner=user,
            summary=f"Counter-notice against takedown {takedown.pk}",
            evidence={"statement": statement.strip(), "signature": signature.strip()},
            appeal_of=original,
            now=now,
        )
        audit_record(
            action="moderation.appeal",
            target_type="takedown",
            target_id=takedown.pk,
            reasons=["counter_notice"],
            automated=False,
            actor=user,
            data={"decision_id": original.pk, "queue_item_id": item.pk, "at": now.isoformat()},
        )
    return item


def moderator_role_set(*, admin: User, user_id: int, role: str) -> User:
    """Only admins manage moderators (the accounts service writes the role and its audit event)."""
    _actor_check(admin, admin=True)
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        raise NotFound("no such user")
    return user_set_role(user=user, role=role, actor=admin)
