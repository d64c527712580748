"""What a poster attaches to a draft: reference images and reference files (models, datasets,
text), each screened by the guard before anyone else can see it."""

from __future__ import annotations

import uuid
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.rate_limits import upload_rate_check
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    BountyFile,
    BountyFileKind,
    BountyImage,
    BountyStatus,
)
from bountyboard.bounties.services.steps import (
    SUBJECT_BOUNTY,
    _bounty_locked,
    _setting,
)
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.screening.models import ScreeningKind
from bountyboard.screening.services import (
    screening_kind_for_file,
    screening_request,
    screening_upload_check,
)


def bounty_image_add(*, actor: User, bounty_id: int, data: bytes, filename: str = "image") -> BountyImage:
    """Attach a reference image to a draft. Its scan starts now; the bytes kept are the guard's
    metadata-free re-encoding."""
    actor_check(actor)
    upload_rate_check(user_id=actor.pk)
    screening_upload_check(kind=ScreeningKind.IMAGE, filename=filename, data=data)
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can add images", code="not_poster")
        if bounty.status != BountyStatus.DRAFT:
            raise Conflict("reference images can only be added to a draft", code="bounty_not_draft")
        if bounty.images.count() >= 20:
            raise ValidationFailed("at most 20 reference images", code="too_many_images")
        screening = screening_request(
            subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=ScreeningKind.IMAGE, upload=data,
            filename=filename,
        )
        image = BountyImage.objects.create(bounty=bounty, screening=screening, position=bounty.images.count())
    return image


REFERENCE_FILES_MAX = 10
_TEXT_FILE_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".json": "application/json",
                    ".yaml": "application/yaml", ".yml": "application/yaml"}
# Formats the guard has no scanner for: refused with the reason rather than stored unscanned.
_UNSCANNABLE_SUFFIXES = {".pdf": "PDF", ".docx": "Word", ".doc": "Word", ".odt": "OpenDocument", ".rtf": "RTF"}


def bounty_file_limits() -> tuple[int, int]:
    """(largest reference file, largest text reference file) in bytes, from settings."""
    return (int(_setting("BOUNTY_FILE_MAX_BYTES", 512 * 1024 * 1024)),
            int(_setting("BOUNTY_TEXT_FILE_MAX_BYTES", 1024 * 1024)))


def bounty_file_size_check(*, filename: str, size: int | None) -> None:
    """The reference-file size rule. Pages and the API call it with the upload's declared size
    before reading it into memory; ``bounty_file_add`` calls it again with the bytes it got."""
    max_bytes, _text_max = bounty_file_limits()
    if size is not None and size > max_bytes:
        raise ValidationFailed(f"{filename} is larger than {max_bytes // (1024 * 1024)} MB", code="file_too_large")


def _reference_file_kind(filename: str, data: bytes) -> tuple[str, str]:
    """(BountyFileKind, ScreeningKind) for an accepted reference file, else ``ValidationFailed``."""
    suffix = PurePosixPath(filename.lower()).suffix
    if suffix in _TEXT_FILE_TYPES:
        return BountyFileKind.TEXT, ScreeningKind.TEXT
    if suffix in _UNSCANNABLE_SUFFIXES:
        raise ValidationFailed(
            f"{filename}: {_UNSCANNABLE_SUFFIXES[suffix]} files cannot be scanned by the guard, so they are not "
            "accepted; paste the text into a .txt or .md file instead",
            code="file_type_unscannable",
        )
    try:
        scan_kind = screening_kind_for_file(filename)  # .safetensors / .zip; pickles refused with the reason
    except ValidationFailed as exc:
        if exc.code == "file_type_unsafe":
            raise
        raise ValidationFailed(
            f"{filename}: reference files must be .safetensors, .zip datasets or .txt/.md/.json/.yaml text",
            code="reference_file_type",
        ) from exc
    return (BountyFileKind.MODEL if scan_kind == ScreeningKind.MODEL else BountyFileKind.DATASET), scan_kind


def bounty_file_add(*, actor: User, bounty_id: int, data: bytes, filename: str) -> BountyFile:
    """Attach a reference file to a draft: a ``.safetensors`` model (the guard's model scanner), a
    ``.zip`` dataset (validated, then scanned member by member) or UTF-8 text (the text scanner).
    Its screening joins the bounty's pooled decision at publish; it is served only once allowed."""
    actor_check(actor)
    upload_rate_check(user_id=actor.pk)
    filename = filename or "file"
    file_kind, scan_kind = _reference_file_kind(filename, data)
    _max_bytes, text_max_bytes = bounty_file_limits()
    if not data:
        raise ValidationFailed(f"{filename} is empty", code="file_empty")
    bounty_file_size_check(filename=filename, size=len(data))
    text = ""
    if file_kind == BountyFileKind.TEXT:
        if len(data) > text_max_bytes:
            raise ValidationFailed(f"{filename}: text files are limited to {text_max_bytes // 1024} KB",
                                   code="file_too_large")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationFailed(f"{filename} is not UTF-8 text", code="text_invalid") from exc
    else:
        screening_upload_check(kind=scan_kind, filename=filename, data=data, size=len(data))
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can add reference files", code="not_poster")
        if bounty.status != BountyStatus.DRAFT:
            raise Conflict("reference files can only be added to a draft", code="bounty_not_draft")
        if bounty.files.count() >= REFERENCE_FILES_MAX:
            raise ValidationFailed(f"at most {REFERENCE_FILES_MAX} reference files", code="too_many_files")
        stored_name = ""
        content_type = "application/octet-stream"
        if file_kind == BountyFileKind.TEXT:
            suffix = PurePosixPath(filename.lower()).suffix
            content_type = _TEXT_FILE_TYPES[suffix]
            # Private path, served only by the media view after the screening allows it.
            stored_name = default_storage.save(f"bounty_files/{uuid.uuid4().hex}{suffix}", ContentFile(data))
            screening = screening_request(subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=scan_kind,
                                          text=text, filename=filename, content_type=content_type)
        else:
            screening = screening_request(subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=scan_kind,
                                          upload=data, filename=filename, content_type=content_type)
        reference = BountyFile.objects.create(
            bounty=bounty, screening=screening, kind=file_kind, filename=screening.filename, size=len(data),
            content_type=content_type, stored_name=stored_name,
        )
        audit_record(action="bounty.file_add", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=actor, data={"file_id": reference.pk, "kind": file_kind, "size": len(data),
                                        "screening_id": screening.pk})
    return reference
