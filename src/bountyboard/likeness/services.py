"""Likeness writes: register, update, pause, delete, verify; retroactive re-scans; consent.

Reference photos live only in memory while they are embedded: each goes through the guard's face
pipeline (exactly one face, or the photo is refused by name with the reason and nothing is
written), and only its embedding and PDQ hash are kept.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus, Comment, CommentStatus, Entry, EntryStatus
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.guard.errors import GuardError
from bountyboard.guard.image.decoding import decode
from bountyboard.guard.image.perceptual import compute_pdq
from bountyboard.guard.signals import Signal
from bountyboard.guard.store.interfaces import ProtectedPerson, Vector
from bountyboard.guard.verdict import Decision, Verdict
from bountyboard.jobs import job_enqueue
from bountyboard.likeness.guard_store import DjangoRegistryStore, registry_changed
from bountyboard.likeness.models import (
    ConsentRequest,
    ConsentStatus,
    LikenessStatus,
    ProtectedLikeness,
    ReferenceFace,
    RescanRun,
    RescanStatus,
)
from bountyboard.likeness.selectors import (
    bounties_waiting_for_consent,
    bounty_awaiting_consent,
    bounty_part_person_ids,
    consented_person_ids_for,
    consents_granted_person_ids,
    consents_lapsed,
    consents_overdue,
    likeness_can_manage,
    poster_told_unreachable,
    rescans_to_resume,
    screening_total,
    screenings_after,
    screenings_matching_unqueued,
)
from bountyboard.moderation.content import Content, content_for_screening
from bountyboard.moderation.models import QueueKind
from bountyboard.moderation.services import queue_item_add
from bountyboard.screening.archive import dataset_members_read
from bountyboard.screening.engine import guard_engine
from bountyboard.screening.models import Screening, ScreeningKind

if TYPE_CHECKING:
    from bountyboard.accounts.models import User

MIN_PHOTOS = 3
MAX_PHOTOS = 10
MAX_PHOTO_BYTES = 15 * 1024 * 1024
MAX_NAMES = 20
_HANDLE = re.compile(r"^@?[\w.\-]{1,100}$|^https?://\S{3,300}$", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ReferencePhoto:
    """An uploaded reference photo, held in memory only; ``name`` is what the person called it."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class EmbeddedPhoto:
    name: str
    vector: Vector
    pdq: str
    pdq_quality: int


def _names_clean(values: Sequence[str], *, field: str) -> list[str]:
    cleaned: list[str] = []
    for value in values:
        text = " ".join(str(value).split())
        if not text:
            continue
        if len(text) > 200:
            raise ValidationFailed(
                f"{field}: {text[:40]}… is longer than 200 characters", code="invalid_name"
            )
        if text.casefold() not in {c.casefold() for c in cleaned}:
            cleaned.append(text)
    if len(cleaned) > MAX_NAMES:
        raise ValidationFailed(f"{field}: at most {MAX_NAMES} entries", code="too_many_names")
    return cleaned


def _handles_clean(values: Sequence[str]) -> list[str]:
    handles = _names_clean(values, field="handles")
    for handle in handles:
        if not _HANDLE.match(handle):
            raise ValidationFailed(
                f"handles: {handle!r} is neither an @handle nor a profile URL", code="invalid_handle"
            )
    return handles


def reference_photos_embed(photos: Sequence[ReferencePhoto]) -> list[EmbeddedPhoto]:
    """Embed every photo before anything is written; refuse the first bad one by name and reason."""
    if len(photos) < MIN_PHOTOS:
        raise ValidationFailed(
            f"at least {MIN_PHOTOS} reference photos are needed, {len(photos)} given", code="too_few_photos"
        )
    if len(photos) > MAX_PHOTOS:
        raise ValidationFailed(f"at most {MAX_PHOTOS} reference photos", code="too_many_photos")
    guard = guard_engine()
    embedded: list[EmbeddedPhoto] = []
    for number, photo in enumerate(photos, start=1):
        label = photo.name or f"photo {number}"
        if len(photo.data) > MAX_PHOTO_BYTES:
            raise ValidationFailed(
                f"{label}: larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB",
                code="photo_too_large",
                extra={"photo": label, "reason": "photo_too_large"},
            )
        try:
            vector = guard.images.embed_single_face(photo.data)
            # The photo's PDQ hash, kept so a copy of a reference photo posted on the site is known.
            pdq = compute_pdq(decode(photo.data, guard.config.image).rgb)
        except GuardError as exc:
            raise ValidationFailed(
                f"{label}: {exc.detail}", code="photo_rejected", extra={"photo": label, "reason": exc.code}
            ) from exc
        embedded.append(EmbeddedPhoto(name=label, vector=vector, pdq=pdq.original, pdq_quality=pdq.quality))
    return embedded


def _faces_store(likeness: ProtectedLikeness, embedded: Sequence[EmbeddedPhoto]) -> None:
    store = DjangoRegistryStore()
    for photo in embedded:
        face_id = store.embedding_add(likeness.id, photo.vector)
        ReferenceFace.objects.filter(pk=int(face_id)).update(pdq=photo.pdq, pdq_quality=photo.pdq_quality)


def _snapshot(likeness: ProtectedLikeness) -> dict[str, Any]:
    """What the audit log keeps about a registration: names and state, never face data."""
    return {
        "legal_name": likeness.legal_name,
        "known_names": likeness.known_names,
        "aliases": likeness.aliases,
        "handles": likeness.handles,
        "status": likeness.status,
        "paused": likeness.paused,
        "on_behalf_of": likeness.on_behalf_of,
        "faces": likeness.faces.count(),
    }


def likeness_register(
    *,
    actor: User,
    photos: Sequence[ReferencePhoto],
    legal_name: str,
    known_names: Sequence[str] = (),
    aliases: Sequence[str] = (),
    handles: Sequence[str] = (),
    on_behalf_of: str = "",
) -> ProtectedLikeness:
    """Protect a likeness. A representative sets ``on_behalf_of`` (the person they act for); the
    protection is then not tied to the representative's account, so consent requests wait until
    the person claims it or a moderator links it."""
    legal = " ".join(legal_name.split())
    if not legal:
        raise ValidationFailed("name: the legal name is required", code="name_required")
    known = _names_clean(known_names, field="known_names")
    alias_list = _names_clean(aliases, field="aliases")
    handle_list = _handles_clean(handles)
    representative = " ".join(on_behalf_of.split())[:200]
    embedded = reference_photos_embed(photos)
    with transaction.atomic():
        likeness = ProtectedLikeness.objects.create(
            account=None if representative else actor,
            registered_by=actor,
            on_behalf_of=representative,
            legal_name=legal[:200],
            known_names=known,
            aliases=alias_list,
            handles=handle_list,
        )
        _faces_store(likeness, embedded)
        registry_changed("person_put", likeness.id)
        audit_record(
            action="likeness.register",
            target_type="likeness",
            target_id=likeness.id,
            automated=False,
            actor=actor,
            data={**_snapshot(likeness), "pdq": [p.pdq for p in embedded]},
        )
        rescan_start(likeness=likeness, trigger="registered")
    return likeness


def likeness_update(
    *,
    actor: User,
    likeness: ProtectedLikeness,
    legal_name: str | None = None,
    known_names: Sequence[str] | None = None,
    aliases: Sequence[str] | None = None,
    handles: Sequence[str] | None = None,
    photos: Sequence[ReferencePhoto] | None = None,
) -> ProtectedLikeness:
    """Change names, aliases, handles or replace the reference photos (all of them at once).

    New reference photos put a verified protection back to unverified: a moderator must confirm
    the new face is the same person's."""
    if not likeness_can_manage(actor, likeness):
        raise PermissionDenied("only the protected person or whoever registered them may change this")
    changes: dict[str, Any] = {}
    if legal_name is not None:
        legal = " ".join(legal_name.split())
        if not legal:
            raise ValidationFailed("name: the legal name cannot be empty", code="name_required")
        changes["legal_name"] = legal[:200]
    if known_names is not None:
        changes["known_names"] = _names_clean(known_names, field="known_names")
    if aliases is not None:
        changes["aliases"] = _names_clean(aliases, field="aliases")
    if handles is not None:
        changes["handles"] = _handles_clean(handles)
    embedded = reference_photos_embed(photos) if photos is not None else None
    if not changes and embedded is None:
        raise ValidationFailed("nothing to update", code="nothing_to_update")
    with transaction.atomic():
        row = ProtectedLikeness.objects.select_for_update().get(pk=likeness.pk)
        before = _snapshot(row)
        for name, value in changes.items():
            setattr(row, name, value)
        if embedded is not None:
            ReferenceFace.objects.filter(likeness=row).delete()
            _faces_store(row, embedded)
            if row.status == LikenessStatus.VERIFIED:
                row.status = LikenessStatus.UNVERIFIED
                row.verified_at = None
                row.verified_by = None
        row.save()
        registry_changed("person_put", row.id)
        audit_record(
            action="likeness.update",
            target_type="likeness",
            target_id=row.id,
            automated=False,
            actor=actor,
            data={"before": before, "after": _snapshot(row), "photos_replaced": embedded is not None},
        )
        rescan_start(likeness=row, trigger="updated")
    return row


def likeness_pause(*, actor: User, likeness: ProtectedLikeness, paused: bool) -> ProtectedLikeness:
    """Pause (matches nothing) or resume a protection; resuming re-scans the site."""
    if not likeness_can_manage(actor, likeness):
        raise PermissionDenied("only the protected person or whoever registered them may change this")
    with transaction.atomic():
        row = ProtectedLikeness.objects.select_for_update().get(pk=likeness.pk)
        if row.paused == paused:
            raise Conflict(f"this protection is already {'paused' if paused else 'active'}", code="no_change")
        row.paused = paused
        row.save(update_fields=["paused", "updated_at"])
        registry_changed("person_put", row.id)
        audit_record(
            action="likeness.pause" if paused else "likeness.resume",
            target_type="likeness",
            target_id=row.id,
            automated=False,
            actor=actor,
        )
        if not paused:
            rescan_start(likeness=row, trigger="resumed")
    return row


def likeness_delete(*, actor: User, likeness: ProtectedLikeness) -> None:
    """Delete the protection and erase every embedding of it (the audit event keeps names only)."""
    if not likeness_can_manage(actor, likeness):
        raise PermissionDenied("only the protected person or whoever registered them may delete this")
    with transaction.atomic():
        row = ProtectedLikeness.objects.select_for_update().get(pk=likeness.pk)
        snapshot = _snapshot(row)
        person_id = row.id
        DjangoRegistryStore().person_delete(person_id)
        audit_record(
            action="likeness.delete",
            target_type="likeness",
            target_id=person_id,
            automated=False,
            actor=actor,
            data={**snapshot, "faces_erased": snapshot["faces"]},
        )


def likeness_verify(
    *,
    moderator: User,
    likeness: ProtectedLikeness,
    basis: str,
    verified: bool = True,
    holder: User | None = None,
) -> ProtectedLikeness:
    """A moderator confirms (or rejects) that the registration is that person's, saying on what basis.

    ``holder`` is the depicted person's own account, for a registration a representative filed:
    only the holder answers consent requests, so the moderator links it when checking identity."""
    if not getattr(moderator, "is_moderator", False):
        raise PermissionDenied("only moderators verify likeness registrations")
    basis_text = basis.strip()
    if not basis_text:
        raise ValidationFailed("basis: say what identity evidence was checked", code="basis_required")
    target = LikenessStatus.VERIFIED if verified else LikenessStatus.REJECTED
    with transaction.atomic():
        row = ProtectedLikeness.objects.select_for_update().get(pk=likeness.pk)
        if row.status == target and (holder is None or row.account_id == holder.pk):
            raise Conflict(f"this registration is already {target}", code="no_change")
        if holder is not None and verified:
            row.account = holder
        row.status = target
        row.verified_by = moderator
        row.verified_at = timezone.now()
        row.verification_basis = basis_text[:2000]
        row.save()
        registry_changed("person_put", row.id)
        audit_record(
            action="likeness.verify" if verified else "likeness.reject",
            target_type="likeness",
            target_id=row.id,
            reasons=["identity_confirmed" if verified else "identity_not_confirmed"],
            automated=False,
            actor=moderator,
            data={"basis": row.verification_basis, "status": row.status, "holder_id": row.account_id},
        )
        if verified:
            rescan_start(likeness=row, trigger="verified")
            # Bounties already waiting for consent that name this person can ask them now.
            consent_requests_sync()
    return row


def likeness_person(likeness: ProtectedLikeness) -> ProtectedPerson:
    from bountyboard.likeness.guard_store import person_from_row

    return person_from_row(likeness)


# -- retroactive re-scan ------------------------------------------------------------------------


def rescan_start(*, likeness: ProtectedLikeness, trigger: str) -> RescanRun | None:
    """Queue a re-scan of everything already screened; a paused or rejected protection has none."""
    if likeness.paused or likeness.status == LikenessStatus.REJECTED:
        return None
    run = RescanRun.objects.create(likeness=likeness, trigger=trigger, total=screening_total())
    job_enqueue("likeness.rescan_run", run_id=run.pk)
    return run


RESCAN_BATCH = 50


@dataclass(frozen=True, slots=True)
class RescanFinding:
    """A re-scan's new verdict for one screened item, as the JSON the screening row stores."""

    decision: str
    reasons: list[dict[str, Any]]
    signals: list[dict[str, Any]]
    person_ids: list[str]


def _finding_from(verdict: Verdict, signals: Sequence[Signal]) -> RescanFinding:
    return RescanFinding(
        decision=verdict.decision.value,
        reasons=[reason.to_json() for reason in verdict.reasons],
        signals=[signal.to_json() for signal in signals],
        person_ids=sorted({pid for reason in verdict.reasons for pid in reason.person_ids}),
    )


def screening_rescan(row: Screening) -> RescanFinding | None:
    """Scan one already-screened item again with today's registry (outside any transaction: slow).

    Texts are scanned again; images and dataset images are re-analysed from their stored clean
    bytes; model files from their stored file. ``None`` for rows with nothing left to scan (a
    blocked upload whose bytes were never kept).
    """
    guard = guard_engine()
    consented = consented_person_ids_for(subject_type=row.subject_type, subject_id=row.subject_id)
    if row.kind == ScreeningKind.TEXT:
        text_report = guard.scan_text(row.text, consented_person_ids=consented)
        return _finding_from(text_report.verdict, text_report.signals)
    if not row.stored_name:
        return None
    if row.kind == ScreeningKind.IMAGE:
        with default_storage.open(row.stored_name, "rb") as handle:
            data = handle.read()
        image_report = guard.scan_image(data, consented_person_ids=consented)
        return _finding_from(image_report.verdict, image_report.signals)
    if row.kind == ScreeningKind.MODEL:
        fd, temp_name = tempfile.mkstemp(suffix=".safetensors")
        try:
            with os.fdopen(fd, "wb") as out, default_storage.open(row.stored_name, "rb") as source:
                for chunk in iter(lambda: source.read(1024 * 1024), b""):
                    out.write(chunk)
            model_report = guard.scan_model(Path(temp_name), consented_person_ids=consented)
        finally:
            os.unlink(temp_name)
        return _finding_from(model_report.verdict, model_report.signals)
    if row.kind == ScreeningKind.ARCHIVE:
        with default_storage.open(row.stored_name, "rb") as handle:
            members = dataset_members_read(handle.read())
        pooled: list[Signal] = []
        for member in members:
            if member.is_image:
                pooled.extend(guard.scan_image(member.data, consented_person_ids=consented).signals)
            else:
                pooled.extend(
                    guard.scan_text(member.data.decode("utf-8"), consented_person_ids=consented).signals
                )
        return _finding_from(guard.decide(pooled, consented_person_ids=consented), pooled)
    return None


def _content_hide(content: Content) -> None:
    if content.entry is not None:
        entry = Entry.objects.select_for_update().get(pk=content.entry.pk)
        if entry.status == EntryStatus.VISIBLE:
            entry.status = EntryStatus.IN_REVIEW
            entry.save(update_fields=["status", "updated_at"])
            # The browse pages sort on the visible-entry counter.
            Bounty.objects.filter(pk=entry.bounty_id, entry_count__gt=0).update(
                entry_count=F("entry_count") - 1
            )
    elif content.comment is not None:
        Comment.objects.filter(pk=content.comment.pk).update(status=CommentStatus.HIDDEN)
    elif content.bounty is not None:
        Bounty.objects.filter(pk=content.bounty.pk, status=BountyStatus.OPEN).update(
            status=BountyStatus.IN_REVIEW, updated_at=timezone.now()
        )


def screening_decision_changed(row: Screening, *, run: RescanRun, person_ids: Sequence[str]) -> None:
    """Hide the content now and put it in front of a moderator with the evidence.

    The media itself is hidden by its screening decision (only ``allow`` is served). The object it
    belongs to leaves public view too: an open bounty goes to ``in_review`` (a moderator opens it
    again or rejects it with refunds), a visible entry to ``in_review``, a comment is hidden.
    """
    content = content_for_screening(row)
    _content_hide(content)
    _match_queue(row, content=content, person_ids=person_ids, rescan_id=run.pk)


def _match_queue(
    row: Screening, *, content: Content, person_ids: Sequence[str], rescan_id: int | None
) -> None:
    evidence: dict[str, Any] = {
        "screening_id": row.pk,
        "kind": row.kind,
        "decision": row.decision,
        "reasons": row.reasons,
        "signals": row.signals,
        "faces": (row.evidence or {}).get("faces", []),
        "person_ids": list(person_ids),
        "text": row.text[:2000],
    }
    if rescan_id is not None:
        evidence["rescan_id"] = rescan_id
    queue_item_add(
        kind=QueueKind.SCREENING,
        source_key=f"screening:{row.pk}",
        target_type=content.target_type,
        target_id=content.target_id,
        owner=content.owner,
        severity=90 if row.decision == Decision.BLOCK.value else None,
        summary=f"Protected person(s) matched in {content.label or row.subject_type}",
        evidence=evidence,
        screening_id=row.pk,
    )


def matches_queue_sync() -> int:
    """Periodic: queue every screened item that matched a protected person and is held back.

    The moderation queue takes guard ``review`` decisions by itself; a protected person's face in
    an entry or a comment is ``consent_required`` (or ``block``), which no consent flow will answer
    outside a bounty's own request, so it needs a human. Idempotent (one item per screening row).
    """
    added = 0
    for row in screenings_matching_unqueued():
        with transaction.atomic():
            _match_queue(row, content=content_for_screening(row), person_ids=row.person_ids, rescan_id=None)
        added += 1
    return added


def _rescan_apply(
    *, row: Screening, finding: RescanFinding, likeness: ProtectedLikeness, run: RescanRun
) -> bool:
    """Record a match on the screening row, then hide and queue the content, or ask for consent.

    The row takes the fresh scan's signals and reasons (they reflect today's registry and are what
    a later pooled decision reads), but its decision is never lowered. Content already public that
    now shows a protected person goes to ``review`` at least (hidden, fail closed) even where a fresh
    upload would only need consent: it is out, so a moderator looks at it. A bounty still waiting for
    consent keeps waiting, and the person just registered is asked like any other."""
    named = {likeness.id} & set(finding.person_ids)
    if not named:
        return False
    new_people = named - set(row.person_ids or [])
    severity = {d.value: d.severity for d in Decision}
    awaiting_consent = row.subject_type == "bounty" and bounty_awaiting_consent(bounty_id=row.subject_id)
    if awaiting_consent:
        # A bounty's text and images are scanned whole again, so the fresh verdict replaces the old
        # one (a review that came from the protection being unverified then becomes consent_required).
        decision = max([finding.decision, Decision.CONSENT_REQUIRED.value], key=lambda d: severity[d])
    else:
        decision = max(
            [row.decision or Decision.ALLOW.value, finding.decision, Decision.REVIEW.value],
            key=lambda d: severity[d],
        )
    previous = row.decision
    fresh_codes = {r.get("code") for r in finding.reasons}
    row.decision = decision
    row.reasons = [*finding.reasons, *[r for r in row.reasons or [] if r.get("code") not in fresh_codes]]
    row.signals = list(finding.signals)
    row.person_ids = sorted({*(row.person_ids or []), *finding.person_ids})
    row.evidence = {**(row.evidence or {}), "rescan": {"run_id": run.pk, "previous_decision": previous}}
    row.save(update_fields=["decision", "reasons", "signals", "person_ids", "evidence"])
    if not new_people:
        # Already a known match: the fresh signals (e.g. now verified) are kept, nothing new to do.
        return False
    audit_record(
        action="guard.rescan_match",
        target_type=row.subject_type,
        target_id=row.subject_id,
        reasons=[str(r.get("code")) for r in finding.reasons if new_people & set(r.get("person_ids") or [])]
        or ["protected_person"],
        automated=True,
        actor_label="guard",
        data={
            "screening_id": row.pk,
            "rescan_id": run.pk,
            "person_ids": sorted(new_people),
            "previous_decision": previous,
            "decision": decision,
        },
    )
    if awaiting_consent:
        consent_requests_open(bounty_id=row.subject_id)
    else:
        screening_decision_changed(row, run=run, person_ids=sorted(new_people))
    return True


def rescan_execute(*, run_id: int) -> RescanRun:
    """Walk every finished screening after the run's cursor, in primary-key order.

    Each row's verdict, its queue entry and the cursor move commit together, so a crash (or a
    second delivery of the task) resumes right after the last row handled: nothing is redone or
    skipped. A failure marks the run ``failed`` with the error and re-raises; running it again
    resumes from the cursor.
    """
    with transaction.atomic():
        run = RescanRun.objects.select_for_update().get(pk=run_id)
        if run.status == RescanStatus.DONE:
            return run
        run.status = RescanStatus.RUNNING
        run.started_at = run.started_at or timezone.now()
        run.last_error = ""
        run.total = max(run.total, run.done + screening_total(after=run.cursor))
        run.save()
    likeness = run.likeness
    # A registration deleted meanwhile protects nobody any more: there is nothing left to look for.
    while likeness is not None:
        batch = list(screenings_after(cursor=run.cursor, limit=RESCAN_BATCH))
        if not batch:
            break
        for row in batch:
            try:
                finding = screening_rescan(row)
                with transaction.atomic():
                    run = RescanRun.objects.select_for_update().get(pk=run_id)
                    if run.cursor >= row.pk:
                        continue  # another worker handled it while this one scanned
                    current = Screening.objects.select_for_update().get(pk=row.pk)
                    matched = finding is not None and _rescan_apply(
                        row=current, finding=finding, likeness=likeness, run=run
                    )
                    run.cursor = row.pk
                    run.done += 1
                    run.matched += int(matched)
                    run.save(update_fields=["cursor", "done", "matched"])
            except Exception as exc:
                with transaction.atomic():
                    RescanRun.objects.filter(pk=run_id).update(
                        status=RescanStatus.FAILED,
                        last_error=f"screening {row.pk}: {type(exc).__name__}: {exc}"[:2000],
                    )
                raise
    with transaction.atomic():
        run = RescanRun.objects.select_for_update().get(pk=run_id)
        run.status = RescanStatus.DONE
        run.total = max(run.total, run.done)
        run.finished_at = timezone.now()
        run.save()
        audit_record(
            action="likeness.rescan_done",
            target_type="rescan",
            target_id=run.pk,
            automated=True,
            actor_label="guard",
            data={"rescan_id": run.pk, "done": run.done, "matched": run.matched, "trigger": run.trigger},
        )
    return run


# -- consent ------------------------------------------------------------------------------------

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
    people: list[str] = []
    for reason in bounty.reasons or []:
        if reason.get("decision") not in (Decision.CONSENT_REQUIRED.value, Decision.BLOCK.value):
            continue
        ids = [pid for pid in reason.get("person_ids") or [] if pid not in registered]
        people.extend(ids)
        if not reason.get("person_ids"):
            for evidence in reason.get("evidence") or []:
                name = evidence.get("label") or evidence.get("text")
                if name and evidence.get("kind") in ("person_name", "social_profile", "protected_person"):
                    people.append(str(name))
    unique: dict[str, str] = {}
    for person in people:
        unique.setdefault(person.casefold(), person)
    return list(unique.values())


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
                notification_create(
                    user=likeness.account,
                    kind="consent.requested",
                    message=f"{bounty.poster.get_username()} asks to depict you in “{bounty.title[:120]}”. "
                    f"Grant or refuse by {consent.respond_by:%Y-%m-%d}.",
                    url=reverse("web:likeness_consents"),
                    target=("consent", consent.pk),
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
            notification_create(
                user=bounty.poster,
                kind="consent.unreachable",
                message=(
                    f"“{bounty.title[:80]}” depicts {', '.join(unreachable[:5])}, who has not protected and "
                    "verified their likeness here, so nobody can consent for them and the bounty stays "
                    f"blocked. Only that person can consent: they can register at {_register_url()}."
                ),
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
    consent and opens if nothing else blocks it."""
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
    *, row: ConsentRequest, status: str, reason: str, actor: User | None, close_others: bool,
    audit_data: dict[str, Any] | None = None, **fields: Any,
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
        _consent_end(row=row, status=ConsentStatus.REFUSED, reason="consent_refused", actor=person, close_others=True,
                     decided_at=now, note=note.strip()[:500])
    return row


def consent_revoke(*, person: User, consent: ConsentRequest) -> ConsentRequest:
    """Withdraw a grant: the bounty and its entries come down and the benefactors are refunded."""
    with transaction.atomic():
        row = _consent_for_person(person, consent)
        if row.status != ConsentStatus.GRANTED:
            raise Conflict("only a granted consent can be revoked", code="consent_not_granted")
        now = timezone.now()
        _consent_end(row=row, status=ConsentStatus.REVOKED, reason="consent_revoked", actor=person, close_others=False,
                     revoked_at=now)
    return row


def _consents_close_others(*, bounty_id: int, except_id: int) -> None:
    ConsentRequest.objects.filter(bounty_id=bounty_id, status=ConsentStatus.PENDING).exclude(
        pk=except_id
    ).update(status=ConsentStatus.CLOSED, decided_at=timezone.now())


def consents_expire_overdue(*, now: dt.datetime | None = None) -> int:
    """Periodic: a request unanswered past its deadline rejects the bounty (refunds everyone); a
    grant past its expiry takes the bounty down like a revocation. Returns how many were handled."""
    now = now or timezone.now()
    handled = 0
    for consent_id in list(consents_overdue(now=now).values_list("pk", flat=True)):
        with transaction.atomic():
            row = ConsentRequest.objects.select_for_update().get(pk=consent_id)
            if row.status != ConsentStatus.PENDING or row.respond_by > now:
                continue  # answered meanwhile
            _consent_end(row=row, status=ConsentStatus.EXPIRED, reason="consent_deadline_passed", actor=None, close_others=True,
                         audit_data={"respond_by": row.respond_by}, decided_at=now)
            handled += 1
    for consent_id in list(consents_lapsed(now=now).values_list("pk", flat=True)):
        with transaction.atomic():
            row = ConsentRequest.objects.select_for_update().get(pk=consent_id)
            if row.status != ConsentStatus.GRANTED or row.expires_at is None or row.expires_at > now:
                continue
            _consent_end(row=row, status=ConsentStatus.EXPIRED, reason="consent_expired", actor=None,
                         close_others=False)
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


RESCAN_STALE = dt.timedelta(minutes=10)


def rescans_resume(*, now: dt.datetime | None = None) -> list[int]:
    """Deliver again every re-scan that failed, or was queued but never started (a lost message).

    ``rescan_execute`` resumes from each run's cursor, so this is safe to run at any time."""
    now = now or timezone.now()
    run_ids = rescans_to_resume(stale_before=now - RESCAN_STALE)
    for run_id in run_ids:
        job_enqueue("likeness.rescan_run", run_id=run_id)
    return run_ids


@dataclass(frozen=True, slots=True)
class LikenessTickReport:
    asked: int  # bounties whose depicted people were asked for consent (or poster told)
    queued: int  # held-back uploads showing a protected person put in the moderation queue
    expired: int  # consent requests past their deadline, or grants past their expiry
    resumed: list[int]  # re-scan runs delivered again


def likeness_tick(*, now: dt.datetime | None = None) -> LikenessTickReport:
    """Everything periodic in the registry, once (Celery beat or ``bountyboard likeness tick``)."""
    with transaction.atomic():
        resumed = rescans_resume(now=now)  # enqueued after this commits
    return LikenessTickReport(
        asked=consent_requests_sync(),
        queued=matches_queue_sync(),
        expired=consents_expire_overdue(now=now),
        resumed=resumed,
    )
