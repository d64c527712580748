"""Screening writes: request a scan (pending row + task after commit), perform it, record the verdict.

Flow: a domain service calls ``screening_request`` inside its own transaction; after commit the
``screening.screening_run`` task calls ``screening_perform``, which runs the guard outside any
transaction (scans are slow), then in one transaction stores the verdict, appends a
``guard.decision`` audit event and calls the owning domain's handler (registered explicitly with
``screening_handler_register``, e.g. by ``BountiesConfig.ready``), so the domain's state change
commits with the verdict. Then every verdict observer (``screening_observer_register``) runs in the
same transaction: moderation puts a verdict that needs a human in its queue, likeness asks the
depicted people for consent, so neither depends on a periodic sweep. A scan that raises leaves the
row ``failed`` with decision ``review``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from bountyboard.audit.services import audit_record
from bountyboard.errors import ValidationFailed
from bountyboard.guard.errors import InputRejected
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.verdict import Decision, Verdict
from bountyboard.jobs import job_enqueue
from bountyboard.screening.archive import (
    ArchiveRejected,
    DatasetMember,
    dataset_archive_build,
    dataset_members_check,
    dataset_members_read,
)
from bountyboard.screening.engine import guard_engine
from bountyboard.screening.faces import screened_faces_json
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind, ScreeningStatus

logger = logging.getLogger(__name__)

ScreenedHandler = Callable[[Screening], None]
_HANDLERS: dict[str, ScreenedHandler] = {}
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


def screening_username_refusal(username: str) -> list[str] | None:
    """The accounts app's username check (registered in ``ScreeningConfig.ready``): None when the
    guard allows the name at PG, else its reason codes. A username cannot wait hidden in screening,
    so anything less than fit for everyone is refused."""
    verdict = guard_engine().scan_text(username).verdict  # now, writing nothing: it is refused, not held
    if verdict.decision.value == "allow" and verdict.rating.value == "pg":
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
    job_enqueue("screening.screening_run", screening_id=row.pk)
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


@dataclass
class DatasetScan:
    """A dataset's members scanned: the pooled signals, the members to keep (images re-encoded)
    and one line per member for the evidence, and the faces of its images (``Screening.faces``)."""

    signals: list[Signal]
    cleaned: list[DatasetMember]
    listing: list[dict[str, Any]]
    paths_decision: str = ""
    faces: list[dict[str, Any]] = field(default_factory=list)


def dataset_members_scan(members: list[DatasetMember], *, consented_person_ids: tuple[str, ...] = ()) -> DatasetScan:
    """Scan every member of a dataset: each image, each caption, and the member paths themselves
    (a folder named ``10_emma watson nude/`` is text a downloader reads). ``InputRejected`` names
    the member that could not be read."""
    engine = guard_engine()
    scan = DatasetScan(signals=[], cleaned=[], listing=[])
    paths = engine.scan_text("\n".join(member.name for member in members), consented_person_ids=consented_person_ids)
    scan.signals.extend(paths.signals)
    scan.paths_decision = paths.verdict.decision.value
    for number, member in enumerate(members):
        if member.is_image:
            try:
                image = engine.scan_image(member.data, consented_person_ids=consented_person_ids)
            except InputRejected as exc:
                raise InputRejected(f"{member.name}: {exc.detail}", code=exc.code) from exc
            scan.signals.extend(image.signals)
            scan.faces += screened_faces_json(image, image_key=f"member-{number}")  # a key, not the member's path
            scan.cleaned.append(DatasetMember(name=member.name, is_image=True, data=image.clean_bytes))
            scan.listing.append({"name": member.name, "decision": image.verdict.decision.value,
                                 "sha256": image.sha256})
        else:
            caption = engine.scan_text(member.data.decode("utf-8"), consented_person_ids=consented_person_ids)
            scan.signals.extend(caption.signals)
            scan.cleaned.append(member)
            scan.listing.append({"name": member.name, "decision": caption.verdict.decision.value})
    return scan


def _scan_archive(row: Screening) -> _ScanOutcome:
    data = _read_upload(row)
    try:
        members = dataset_members_read(data)
    except ArchiveRejected as exc:
        return _rejected_outcome(exc.code, exc.message)
    try:
        scan = dataset_members_scan(members)
    except InputRejected as exc:
        outcome = _rejected_outcome(exc.code, exc.detail)
        outcome.evidence = {"member": exc.detail.split(": ", 1)[0]}
        return outcome
    verdict = guard_engine().decide(scan.signals)
    outcome = _outcome_from_verdict(verdict, scan.signals)
    # Kept for the owner and moderators only until allowed; a blocked dataset is not kept at all.
    outcome.stored_bytes = dataset_archive_build(scan.cleaned)
    outcome.stored_suffix = ".zip"
    outcome.evidence = {"members": scan.listing, "member_paths": scan.paths_decision}
    outcome.faces = scan.faces
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


def screening_perform(*, screening_id: int) -> Screening | None:
    """Scan one pending row and record the verdict. Safe to run twice: a finished row is left alone."""
    row = Screening.objects.filter(pk=screening_id).first()
    if row is None or row.status != ScreeningStatus.PENDING:
        return row
    try:
        outcome = _SCANNERS[row.kind](row)
        stored_name = _store_outcome_bytes(row, outcome)
    except Exception as exc:  # noqa: BLE001 - any scanner failure must fail closed, never crash the queue
        logger.exception("screening %s failed", screening_id)
        return screening_fail(screening_id=screening_id, error=f"{type(exc).__name__}: {exc}")
    with transaction.atomic():
        row = Screening.objects.select_for_update().get(pk=screening_id)
        if row.status != ScreeningStatus.PENDING:
            return row  # a concurrent run finished first
        row.status = ScreeningStatus.DONE
        row.decision = outcome.decision
        row.rating = outcome.rating
        row.reasons = outcome.reasons
        row.signals = outcome.signals
        row.evidence = outcome.evidence
        row.person_ids = outcome.person_ids
        row.faces = outcome.faces
        row.pdq, row.md5, row.sha256 = outcome.pdq, outcome.md5, outcome.sha256
        row.stored_name = stored_name
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

