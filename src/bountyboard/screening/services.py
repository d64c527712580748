"""Screening writes: request a scan (pending row + task after commit), perform it, record the verdict.

Flow: a domain service calls ``screening_request`` inside its own transaction; after commit the
``screening.screening_run`` task calls ``screening_perform``, which runs the guard outside any
transaction (scans are slow), then in one transaction stores the verdict, appends a
``guard.decision`` audit event and calls the owning domain's handler (registered explicitly with
``screening_handler_register``, e.g. by ``BountiesConfig.ready``), so the domain's state change
commits with the verdict. Then every verdict observer (``screening_observer_register``) runs in the
same transaction: moderation puts a verdict that needs a human in its queue, likeness asks the
depicted people for consent, so neither depends on a periodic sweep. A scan that raises is tried
again (``SCREENING_MAX_ATTEMPTS`` in all) and then left ``failed`` with decision ``review``;
``screenings_reconcile`` (on the schedule) re-sends scans pending too long, so a lost message or a
dead worker never leaves content pending for good.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.audit.services import audit_record
from bountyboard.errors import ValidationFailed
from bountyboard.guard.errors import InputRejected
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.verdict import Decision, Verdict
from bountyboard.screening.archive import (
    ArchiveRejected,
    DatasetArchiveWriter,
    DatasetMember,
    dataset_members_check,
    dataset_members_iter,
)
from bountyboard.screening.delivery import ScanHeartbeat, resend_after_seconds, scan_send_on_commit
from bountyboard.screening.engine import guard_engine, signals_from_json
from bountyboard.screening.faces import screened_faces_json
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind, ScreeningStatus

logger = logging.getLogger(__name__)

ScreenedHandler = Callable[[Screening], None]
_HANDLERS: dict[str, ScreenedHandler] = {}
# Checks run inside the verdict's transaction, against the row with its hashes filled in; each
# returns extra signals (e.g. a hash banked by a takedown while the scan ran). See ``screening_perform``.
VerdictCheck = Callable[[Screening], list[Signal]]
_VERDICT_CHECKS: list[VerdictCheck] = []
# Every verdict, whatever its subject, after the owning domain's handler (name -> observer).
VerdictObserver = Callable[[Screening], object]
_OBSERVERS: dict[str, VerdictObserver] = {}

MODEL_SUFFIXES = frozenset({".safetensors"})
ARCHIVE_SUFFIXES = frozenset({".zip"})
IMAGE_MAX_BYTES = 30 * 1024 * 1024
# Magic numbers of the image formats the guard decodes; anything else is refused at the edge.
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")


def screening_handler_register(subject_type: str, handler: ScreenedHandler) -> None:
    """Register the domain callback run (in the verdict's transaction) when a scan of ``subject_type``
    finishes. Explicit registration from ``AppConfig.ready``, not a Django signal."""
    _HANDLERS[subject_type] = handler


def screening_verdict_check_register(check: VerdictCheck) -> None:
    """Register a check run inside every verdict's transaction, just before it commits (the
    moderation app's takedown banks: ``ModerationConfig.ready``). Its signals are pooled with the
    scan's and decided again, so a takedown decided while the scan ran wins."""
    if check not in _VERDICT_CHECKS:
        _VERDICT_CHECKS.append(check)


def screening_observer_register(name: str, observer: VerdictObserver) -> None:
    """Register a callback run for every verdict (any subject), in the verdict's transaction and
    after the owning domain's handler, so it sees the domain's new state. ``name`` keeps the
    registration idempotent (``ready`` can run twice in tests). Apps that sit above screening
    (moderation, likeness) use this instead of screening importing them."""
    _OBSERVERS[name] = observer


def _safe_filename(name: str) -> str:
    base = PurePosixPath(name.replace("\\", "/")).name
    return "".join(ch for ch in base if ch.isalnum() or ch in "._- ")[:200] or "upload"


def _is_image(data: bytes) -> bool:
    return data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


# A username names its holder, it depicts nobody: a name merely shaped like a person's ("alice_smith",
# evidence only from name shapes) is most likely the holder's own and is accepted. A listed public
# figure or a protected person is impersonation, and anything sexual or above PG is refused
# (docs/decisions/0024-usernames-name-their-holder.md).
_USERNAME_REFUSED_PERSONS = frozenset({SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON})


def screening_username_refusal(username: str) -> list[str] | None:
    """The accounts app's username check (registered in ``ScreeningConfig.ready``): None when the
    name may be shown to everyone, else the guard's reason codes. A username cannot wait hidden in
    screening, so it is decided now: refused when the guard blocks it, rates it above PG, or finds a
    listed public figure or a protected person in it."""
    report = guard_engine().scan_text(username)  # now, writing nothing: it is refused, not held
    verdict = report.verdict
    names_someone = any(signal.kind in _USERNAME_REFUSED_PERSONS for signal in report.signals)
    if verdict.decision != Decision.BLOCK and verdict.rating.value == "pg" and not names_someone:
        return None
    return [reason.code for reason in verdict.reasons] or [f"rating_{verdict.rating.value}"]


def screening_kind_for_file(filename: str) -> str:
    """The kind of scan a deliverable file needs, or ``ValidationFailed`` for types we do not accept."""
    suffix = PurePosixPath(filename.lower()).suffix
    if suffix in MODEL_SUFFIXES:
        return ScreeningKind.MODEL
    if suffix in ARCHIVE_SUFFIXES:
        return ScreeningKind.ARCHIVE
    if suffix in {".ckpt", ".pt", ".pth", ".bin", ".pkl", ".pickle"}:
        raise ValidationFailed(
            f"{filename}: pickle-based model files can run code when loaded; upload .safetensors instead",
            code="file_type_unsafe",
        )
    raise ValidationFailed(
        f"{filename}: deliverables must be .safetensors model files or .zip datasets", code="file_type"
    )


def screening_upload_check(*, kind: str, filename: str, data: bytes | None = None, size: int = 0) -> None:
    """Cheap validation at the edge, before any row is written, so bad input loses nothing."""
    if kind == ScreeningKind.IMAGE:
        if data is None or not data:
            raise ValidationFailed(f"{filename or 'image'} is empty", code="image_invalid")
        if len(data) > IMAGE_MAX_BYTES:
            raise ValidationFailed(f"{filename or 'image'} is larger than 30 MB", code="image_too_large")
        if not _is_image(data):
            raise ValidationFailed(
                f"{filename or 'image'} is not a PNG, JPEG, WebP or GIF image", code="image_invalid"
            )
    elif kind == ScreeningKind.ARCHIVE:
        if data is None:
            raise ValidationFailed(f"{filename}: empty dataset", code="archive_invalid")
        try:
            dataset_members_check(data)
        except ArchiveRejected as exc:
            raise ValidationFailed(exc.message, code=exc.code) from exc
    elif kind == ScreeningKind.MODEL:
        if size <= 8:
            raise ValidationFailed(f"{filename} is too small to be a safetensors file", code="model_invalid")


def screening_request(
    *,
    subject_type: str,
    subject_id: int,
    kind: str,
    text: str = "",
    upload: bytes | File[Any] | None = None,
    filename: str = "",
    content_type: str = "",
) -> Screening:
    """Create a pending screening for one piece of content and enqueue its scan after commit.

    ``text`` for text; ``upload`` (bytes or a Django ``File``) for images, model files and datasets:
    the raw bytes go to quarantine storage, never served; only the guard's clean bytes are kept.
    Call it inside the domain's transaction; the scan runs once that commits.
    """
    upload_name = ""
    size = len(text.encode("utf-8"))
    if upload is not None:
        content: File[Any] = ContentFile(upload) if isinstance(upload, bytes) else upload
        size = content.size or 0
        upload_name = default_storage.save(f"quarantine/{uuid.uuid4().hex}", content)
    row = Screening.objects.create(
        subject_type=subject_type,
        subject_id=subject_id,
        kind=kind,
        text=text,
        filename=_safe_filename(filename) if filename else "",
        size=size,
        upload_name=upload_name,
        content_type=content_type[:100],
    )
    scan_send_on_commit(row.pk)
    return row


@dataclass
class _ScanOutcome:
    decision: str
    rating: str
    reasons: list[dict[str, Any]]
    signals: list[dict[str, Any]]
    evidence: dict[str, Any] = field(default_factory=dict)
    person_ids: list[str] = field(default_factory=list)
    faces: list[dict[str, Any]] = field(default_factory=list)  # screening.faces: kept to group a submission's faces
    stored_bytes: bytes | None = None
    stored_suffix: str = ""
    pdq: str = ""
    md5: str = ""
    sha256: str = ""


def _outcome_from_verdict(verdict: Verdict, signals: tuple[Signal, ...] | list[Signal]) -> _ScanOutcome:
    person_ids = sorted({pid for reason in verdict.reasons for pid in reason.person_ids})
    return _ScanOutcome(
        decision=verdict.decision.value,
        rating=verdict.rating.value,
        reasons=[reason.to_json() for reason in verdict.reasons],
        signals=[signal.to_json() for signal in signals],
        person_ids=person_ids,
    )


def _rejected_outcome(code: str, detail: str) -> _ScanOutcome:
    """Input the guard cannot read safely is blocked with an ``unsafe_file`` reason (fail closed)."""
    signal = Signal(kind=SignalKind.UNSAFE_FILE, source="guard:input", label=code, detail={"message": detail})
    return _ScanOutcome(
        decision=ScreeningDecision.BLOCK,
        rating="",
        reasons=[{"code": "unsafe_file", "detail": detail, "decision": "block", "input_code": code}],
        signals=[signal.to_json()],
    )


def _read_upload(row: Screening) -> bytes:
    with default_storage.open(row.upload_name, "rb") as handle:
        data: bytes = handle.read()
    return data


def _scan_text(row: Screening) -> _ScanOutcome:
    report = guard_engine().scan_text(row.text)
    return _outcome_from_verdict(report.verdict, report.signals)


def _scan_image(row: Screening) -> _ScanOutcome:
    data = _read_upload(row)
    try:
        report = guard_engine().scan_image(data)
    except InputRejected as exc:
        return _rejected_outcome(exc.code, exc.detail)
    outcome = _outcome_from_verdict(report.verdict, report.signals)
    outcome.stored_bytes = report.clean_bytes
    outcome.stored_suffix = "." + report.format.lower().replace("jpeg", "jpg")
    outcome.faces = screened_faces_json(report)
    outcome.pdq = report.pdq or ""
    outcome.md5 = report.md5
    outcome.sha256 = report.sha256
    outcome.evidence = {
        "format": report.format,
        "width": report.width,
        "height": report.height,
        "pdq_quality": report.pdq_quality,
        "pdq_dihedral": list(report.pdq_dihedral),  # rotated and mirrored copies: bank checks and copy sweeps
        "faces": [face.to_json() for face in report.faces],
        "nudity": list(report.nudity),
    }
    return outcome


def _scan_model(row: Screening) -> _ScanOutcome:
    # The guard reads a path: copy from storage (which may be remote) to a private temp file.
    digest_md5, digest_sha = hashlib.md5(usedforsecurity=False), hashlib.sha256()
    handle: IO[bytes]
    fd, temp_name = tempfile.mkstemp(suffix=".safetensors")
    try:
        with os.fdopen(fd, "wb") as handle, default_storage.open(row.upload_name, "rb") as source:
            for chunk in iter(lambda: source.read(1024 * 1024), b""):
                digest_md5.update(chunk)
                digest_sha.update(chunk)
                handle.write(chunk)
        try:
            report = guard_engine().scan_model(Path(temp_name))
        except InputRejected as exc:
            outcome = _rejected_outcome(exc.code, exc.detail)
        else:
            outcome = _outcome_from_verdict(report.verdict, report.signals)
            outcome.evidence = {
                "format": report.format,
                "metadata": report.metadata,
                "thumbnails": [t.to_json() for t in report.thumbnails],
            }
            outcome.faces = [
                face
                for number, thumbnail in enumerate(report.thumbnails)
                for face in screened_faces_json(thumbnail, image_key=f"thumbnail-{number}")
            ]
            outcome.stored_suffix = ".safetensors"
    finally:
        os.unlink(temp_name)
    outcome.md5 = digest_md5.hexdigest()
    outcome.sha256 = digest_sha.hexdigest()
    return outcome


def _scan_archive(row: Screening) -> _ScanOutcome:
    """Member by member (one in memory at a time), within ``DATASET_SCAN_SECONDS``: a dataset that
    takes longer is refused with a sentence (fail closed), never left holding a worker."""
    data = _read_upload(row)
    engine = guard_engine()
    budget = float(getattr(settings, "DATASET_SCAN_SECONDS", 300))
    deadline = time.monotonic() + budget
    pooled: list[Signal] = []
    writer = DatasetArchiveWriter()
    listing: list[dict[str, Any]] = []
    names: list[str] = []
    faces: list[dict[str, Any]] = []
    try:
        for number, member in enumerate(dataset_members_iter(data)):
            names.append(member.name)
            if time.monotonic() > deadline:
                return _rejected_outcome(
                    "archive_scan_too_long",
                    f"The dataset could not be scanned within {budget:g} seconds; upload it as smaller archives.",
                )
            if member.is_image:
                try:
                    image = engine.scan_image(member.data)
                except InputRejected as exc:
                    outcome = _rejected_outcome(exc.code, f"{member.name}: {exc.detail}")
                    outcome.evidence = {"member": member.name}
                    return outcome
                pooled.extend(image.signals)
                faces += screened_faces_json(image, image_key=f"member-{number}")  # a key, not the member's path
                writer.add(DatasetMember(name=member.name, is_image=True, data=image.clean_bytes))
                # ``faces`` lets a re-scan after a registration skip the images no face can match in.
                listing.append({"name": member.name, "decision": image.verdict.decision.value,
                                "sha256": image.sha256, "faces": len(image.faces)})
            else:
                caption = engine.scan_text(member.data.decode("utf-8"))
                pooled.extend(caption.signals)
                writer.add(member)
                listing.append({"name": member.name, "decision": caption.verdict.decision.value})
    except ArchiveRejected as exc:
        return _rejected_outcome(exc.code, exc.message)
    # The member paths are text a downloader reads too: a folder named ``10_emma watson nude/``.
    paths = engine.scan_text("\n".join(names))
    pooled.extend(paths.signals)
    verdict = engine.decide(pooled)
    outcome = _outcome_from_verdict(verdict, pooled)
    outcome.stored_bytes = writer.finish()
    outcome.stored_suffix = ".zip"
    outcome.evidence = {"members": listing, "member_paths": paths.verdict.decision.value}
    outcome.faces = faces
    outcome.md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    outcome.sha256 = hashlib.sha256(data).hexdigest()
    return outcome


_SCANNERS: dict[str, Callable[[Screening], _ScanOutcome]] = {
    ScreeningKind.TEXT: _scan_text,
    ScreeningKind.IMAGE: _scan_image,
    ScreeningKind.MODEL: _scan_model,
    ScreeningKind.ARCHIVE: _scan_archive,
}


def _store_outcome_bytes(row: Screening, outcome: _ScanOutcome) -> str:
    """Write what may be served later: clean bytes, or the scanned model file moved out of quarantine."""
    if outcome.decision == ScreeningDecision.BLOCK and row.kind != ScreeningKind.TEXT:
        return ""  # blocked uploads are not kept, only their hashes and reasons
    if outcome.stored_bytes is not None:
        digest = hashlib.sha256(outcome.stored_bytes).hexdigest()
        name = f"screened/{digest[:2]}/{digest}{outcome.stored_suffix}"
        if not default_storage.exists(name):  # content-addressed: a rerun writes nothing new
            name = default_storage.save(name, ContentFile(outcome.stored_bytes))
        return name
    if row.kind == ScreeningKind.MODEL and row.upload_name:
        name = f"screened/{outcome.sha256[:2]}/{outcome.sha256}{outcome.stored_suffix}"
        if not default_storage.exists(name):
            with default_storage.open(row.upload_name, "rb") as source:
                name = default_storage.save(name, File(source))
        return name
    return ""


def _dispatch(row: Screening) -> None:
    handler = _HANDLERS.get(row.subject_type)
    if handler is not None:
        handler(row)
    for observer in list(_OBSERVERS.values()):
        observer(row)


def _discard_upload(upload_name: str) -> None:
    if upload_name and default_storage.exists(upload_name):
        default_storage.delete(upload_name)


def _max_attempts() -> int:
    return int(getattr(settings, "SCREENING_MAX_ATTEMPTS", 5))


def screening_perform(*, screening_id: int) -> Screening | None:
    """Scan one pending row and record the verdict. Safe to run twice: a finished row is left alone.

    A scan that raises leaves the row ``pending`` with its error, to be tried again (Celery's retry
    with backoff, or the reconciler); the ``SCREENING_MAX_ATTEMPTS``-th failure makes it ``failed``
    (hidden, and queued for moderators by ``moderation.queue_sync``), so nothing stays pending forever.
    """
    # Count the try before scanning, committed, so a worker killed mid-scan still used one; the
    # claim (and the heartbeat below) keep the reconciler off a scan that is running (screening.delivery).
    if not Screening.objects.filter(pk=screening_id, status=ScreeningStatus.PENDING).update(
        attempts=F("attempts") + 1, sent_at=timezone.now()
    ):
        return Screening.objects.filter(pk=screening_id).first()
    row = Screening.objects.get(pk=screening_id)
    if row.attempts > _max_attempts():  # earlier tries died without a word (killed, out of memory)
        return screening_fail(screening_id=screening_id, error=row.error or f"gave up after {row.attempts - 1} tries")
    try:
        with ScanHeartbeat(screening_id):
            outcome = _SCANNERS[row.kind](row)
            stored_name = _store_outcome_bytes(row, outcome)
    except Exception as exc:  # noqa: BLE001 - any scanner failure must fail closed, never crash the queue
        logger.exception("screening %s failed (try %s)", screening_id, row.attempts)
        error = f"{type(exc).__name__}: {exc}"
        # An upload that is gone (its verdict's commit lost in a database crash after the file was
        # discarded) cannot be scanned by trying again: to moderators at once, not after every backoff.
        if row.attempts >= _max_attempts() or isinstance(exc, FileNotFoundError):
            return screening_fail(screening_id=screening_id, error=error)
        Screening.objects.filter(pk=screening_id, status=ScreeningStatus.PENDING).update(error=error[:2000])
        row.error = error[:2000]
        return row
    row.pdq, row.md5, row.sha256 = outcome.pdq, outcome.md5, outcome.sha256
    row.evidence = outcome.evidence
    with transaction.atomic():
        # The checks first: they take their locks (the takedown banks' write lock) before this row's,
        # the order a takedown takes them in, so the two never wait on each other in a circle.
        outcome = _verdict_recheck(row, outcome)
        row = Screening.objects.select_for_update().get(pk=screening_id)
        if row.status != ScreeningStatus.PENDING:
            return row  # a concurrent run finished first
        row.pdq, row.md5, row.sha256 = outcome.pdq, outcome.md5, outcome.sha256
        row.evidence = outcome.evidence
        if outcome.decision == ScreeningDecision.BLOCK and row.kind != ScreeningKind.TEXT:
            stored_name = ""  # blocked at the last moment: keep nothing servable
        row.status = ScreeningStatus.DONE
        row.decision = outcome.decision
        row.rating = outcome.rating
        row.reasons = outcome.reasons
        row.signals = outcome.signals
        row.person_ids = outcome.person_ids
        row.faces = outcome.faces
        row.stored_name = stored_name
        row.error = ""
        row.finished_at = timezone.now()
        upload_name, row.upload_name = row.upload_name, ""
        row.save()
        # The domain handler first: lock order is domain rows -> ledger -> audit chain head.
        _dispatch(row)
        audit_record(
            action="guard.decision",
            target_type=row.subject_type,
            target_id=row.subject_id,
            reasons=[reason["code"] for reason in outcome.reasons],
            automated=True,
            actor_label="guard",
            data={"screening_id": row.pk, "kind": row.kind, "decision": row.decision, "rating": row.rating},
        )
        transaction.on_commit(lambda: _discard_upload(upload_name))
    return row


def _verdict_recheck(row: Screening, outcome: _ScanOutcome) -> _ScanOutcome:
    """Pool the registered checks' signals with the scan's and decide again when they add any.
    Runs inside the verdict's transaction (the checks take the locks they need)."""
    extra = [signal for check in _VERDICT_CHECKS for signal in check(row)]
    known = {(s.get("kind"), s.get("source")) for s in outcome.signals}
    extra = [signal for signal in extra if (signal.kind.value, signal.source) not in known]
    if not extra:
        return outcome
    pooled = [*signals_from_json(outcome.signals), *extra]
    redone = _outcome_from_verdict(guard_engine().decide(pooled), pooled)
    outcome.decision, outcome.rating, outcome.reasons = redone.decision, redone.rating, redone.reasons
    outcome.signals, outcome.person_ids = redone.signals, redone.person_ids
    return outcome


@dataclass(frozen=True)
class ReconcileReport:
    resent: list[int]
    failed: list[int]


def screening_resend(*, screening_id: int, now: dt.datetime | None = None) -> bool:
    """Send a pending row's scan again (now, or after the caller's transaction commits). False if it
    is no longer pending. Safe to run twice: two deliveries scan once (``screening_perform``)."""
    if not Screening.objects.filter(pk=screening_id, status=ScreeningStatus.PENDING).update(
        sent_at=now or timezone.now()
    ):
        return False
    scan_send_on_commit(screening_id)
    return True


def screenings_reconcile(*, now: dt.datetime | None = None) -> ReconcileReport:
    """The schedule's safety net for scans: every row pending longer than
    ``SCREENING_RESEND_AFTER_SECONDS`` since its task was sent (a broker that was down, a worker
    killed mid-scan, a process that stopped with work in its queue) is sent again, or failed once it
    used up its tries. Safe to run twice and beside running scans."""
    now = now or timezone.now()
    stale = now - dt.timedelta(seconds=resend_after_seconds())
    rows = list(
        Screening.objects.filter(status=ScreeningStatus.PENDING, sent_at__lte=stale)
        .order_by("pk")
        .values_list("pk", "attempts", "error")
    )
    resent: list[int] = []
    failed: list[int] = []
    for pk, attempts, error in rows:
        if attempts >= _max_attempts():
            screening_fail(screening_id=pk, error=error or f"gave up after {attempts} tries")
            failed.append(pk)
        elif screening_resend(screening_id=pk, now=now):
            resent.append(pk)
    return ReconcileReport(resent=resent, failed=failed)


def screening_fail(*, screening_id: int, error: str) -> Screening | None:
    """Mark a scan failed: the content stays hidden and goes to review (fail closed)."""
    with transaction.atomic():
        row = Screening.objects.select_for_update().filter(pk=screening_id).first()
        if row is None or row.status != ScreeningStatus.PENDING:
            return row
        row.status = ScreeningStatus.FAILED
        row.decision = ScreeningDecision.REVIEW
        row.reasons = [
            {
                "code": "scan_failed",
                "detail": "The automatic scan could not finish; a moderator will look at it.",
                "decision": "review",
            }
        ]
        row.error = error[:2000]
        row.finished_at = timezone.now()
        row.save()
        _dispatch(row)
        audit_record(
            action="guard.decision",
            target_type=row.subject_type,
            target_id=row.subject_id,
            reasons=["scan_failed"],
            automated=True,
            actor_label="guard",
            data={"screening_id": row.pk, "kind": row.kind, "decision": row.decision, "error": row.error[:500]},
        )
    return row


def screenings_decision_raise(*, screening_ids: list[int], decision: str, reason: dict[str, Any]) -> list[int]:
    """Make finished scans at least as strict as ``decision`` for a reason only their submission
    shows (the same unknown face across several images), adding ``reason`` once. A ``review`` row
    enters the moderation queue like any guard review. Never lowers a decision. Runs in the caller's
    transaction; returns the ids of the rows it changed."""
    wanted = Decision(decision)
    changed = []
    for row in Screening.objects.select_for_update().filter(pk__in=screening_ids, status=ScreeningStatus.DONE):
        if any(r.get("code") == reason.get("code") for r in row.reasons):
            continue
        if wanted.severity > Decision(row.decision or Decision.REVIEW).severity:
            row.decision = wanted.value
        row.reasons = [*row.reasons, reason]
        row.save(update_fields=["decision", "reasons"])
        changed.append(row.pk)
    return changed

