"""Retroactive re-scans: when a registration changes, everything already screened is scanned
again with today's registry, resumably, and what now shows the person is acted on."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from bountyboard.audit.services import audit_record
from bountyboard.bounties import services as bounty_services
from bountyboard.guard.signals import Signal
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.mentions import text_could_name
from bountyboard.guard.verdict import Decision, Verdict
from bountyboard.jobs import job_enqueue
from bountyboard.likeness.guard_store import person_from_row
from bountyboard.likeness.models import (
    LikenessStatus,
    ProtectedLikeness,
    RescanRun,
    RescanStatus,
)
from bountyboard.likeness.selectors import (
    bounty_awaiting_consent,
    bounty_held_back,
    consented_person_ids_for,
    rescans_to_resume,
    screening_total,
    screenings_after,
    screenings_naming,
)
from bountyboard.likeness.services.consent import consent_requests_open
from bountyboard.likeness.services.matches import screening_decision_changed
from bountyboard.screening.archive import dataset_members_iter
from bountyboard.screening.engine import guard_engine, signals_from_json
from bountyboard.screening.models import Screening, ScreeningKind


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


def _has_no_face(evidence: dict[str, Any] | None) -> bool:
    """True when the first scan recorded its faces and found none (older rows did not record them)."""
    return evidence is not None and "faces" in evidence and not evidence["faces"]


def screening_rescan(row: Screening, *, likeness: ProtectedLikeness | None = None) -> RescanFinding | None:
    """Scan one already-screened item again with today's registry (outside any transaction: slow).

    With ``likeness`` (a registration changed), only what can match that person is scanned again:
    texts and captions that share a word with their names (``guard.text.mentions.text_could_name``) and images in
    which the first scan found a face; the rest cannot have changed. Texts are scanned again; images
    and dataset images are re-analysed from their stored clean bytes; model files from their stored
    file. ``None`` for rows with nothing left to scan or nothing that could match.
    """
    guard = guard_engine()
    persons = [person_from_row(likeness)] if likeness is not None else None
    consented = consented_person_ids_for(subject_type=row.subject_type, subject_id=row.subject_id)
    if row.kind == ScreeningKind.TEXT:
        if persons is not None and not text_could_name(row.text, persons):
            return None
        text_report = guard.scan_text(row.text, consented_person_ids=consented)
        return _finding_from(text_report.verdict, text_report.signals)
    if not row.stored_name:
        return None
    if row.kind == ScreeningKind.IMAGE:
        if persons is not None and _has_no_face(row.evidence):
            return None
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
        return _archive_rescan(row, persons=persons, consented=consented)
    return None


def _archive_rescan(
    row: Screening, *, persons: list[ProtectedPerson] | None, consented: Iterable[str]
) -> RescanFinding | None:
    """A dataset member by member; for one person, only the captions naming them and the images
    with a face. The members not scanned again keep their first signals (pooled from the row)."""
    guard = guard_engine()
    listing = {m.get("name"): m for m in (row.evidence or {}).get("members", [])}
    pooled: list[Signal] = signals_from_json(row.signals or []) if persons is not None else []
    scanned = 0
    with default_storage.open(row.stored_name, "rb") as handle:
        data = handle.read()
    for member in dataset_members_iter(data):
        if member.is_image:
            if persons is not None and _has_no_face(listing.get(member.name)):
                continue
            pooled.extend(guard.scan_image(member.data, consented_person_ids=consented).signals)
        else:
            caption = member.data.decode("utf-8")
            if persons is not None and not text_could_name(caption, persons):
                continue
            pooled.extend(guard.scan_text(caption, consented_person_ids=consented).signals)
        scanned += 1
    if persons is not None and scanned == 0:
        return None
    return _finding_from(guard.decide(pooled, consented_person_ids=consented), pooled)


def _unverified_reason_of(reason: dict[str, Any], person_id: str) -> bool:
    return reason.get("code") == "protected_person_unverified" and person_id in (reason.get("person_ids") or [])


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
    if row.subject_type == "bounty" and bounty_held_back(bounty_id=row.subject_id):
        # A bounty not public yet (waiting for consent or for review) has its text and images
        # scanned whole again, so the fresh verdict replaces the old one: a review that came from
        # the protection being unverified becomes consent_required once she is verified.
        decision = max([finding.decision, Decision.CONSENT_REQUIRED.value], key=lambda d: severity[d])
        if likeness.status == LikenessStatus.VERIFIED:
            row.reasons = [r for r in row.reasons or [] if not _unverified_reason_of(r, likeness.id)]
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


def known_matches_refresh(*, likeness: ProtectedLikeness, run: RescanRun) -> list[int]:
    """Scan again now, in the caller's transaction, the items that already name the person (few:
    the full re-scan walks everything later, in the background). Verification changes what they
    need: a bounty held for review because she was not verified yet now needs her consent instead,
    and a bounty already waiting asks her. Returns the bounties that now wait for her answer."""
    rows = list(
        Screening.objects.select_for_update()
        .filter(pk__in=[row.pk for row in screenings_naming(person_id=likeness.id)])
        .order_by("pk")
    )
    for row in rows:
        finding = screening_rescan(row)
        if finding is not None:
            _rescan_apply(row=row, finding=finding, likeness=likeness, run=run)
    asking: list[int] = []
    for bounty_id in sorted({row.subject_id for row in rows if row.subject_type == "bounty"}):
        bounty_services.bounty_consent_needed(bounty_id=bounty_id)
        if bounty_awaiting_consent(bounty_id=bounty_id):
            consent_requests_open(bounty_id=bounty_id)
            asking.append(bounty_id)
    return asking


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
                finding = screening_rescan(row, likeness=likeness)
                with transaction.atomic():
                    run = RescanRun.objects.select_for_update().get(pk=run_id)
                    if run.cursor >= row.pk:
                        continue  # another worker handled it while this one scanned
                    current = Screening.objects.select_for_update().get(pk=row.pk)
                    if finding is not None:
                        _rescan_apply(row=current, finding=finding, likeness=likeness, run=run)
                    run.cursor = row.pk
                    run.done += 1
                    # Every item that names the person counts, new or already known, so the run's
                    # count is the dashboard's list of matches (``likeness_matches``).
                    run.matched += int(likeness.id in (current.person_ids or []))
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


RESCAN_STALE = dt.timedelta(minutes=10)


def rescans_resume(*, now: dt.datetime | None = None) -> list[int]:
    """Deliver again every re-scan that failed, or was queued but never started (a lost message).

    ``rescan_execute`` resumes from each run's cursor, so this is safe to run at any time."""
    now = now or timezone.now()
    run_ids = rescans_to_resume(stale_before=now - RESCAN_STALE)
    for run_id in run_ids:
        job_enqueue("likeness.rescan_run", run_id=run_id)
    return run_ids
