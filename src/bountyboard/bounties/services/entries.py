"""Entrants submit, edit and withdraw entries; an entry is hidden until every part is allowed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from django.core.files.base import File
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.accounts.rate_limits import upload_rate_check
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyStatus,
    Contribution,
    Entry,
    EntryFile,
    EntryImage,
    EntryMode,
    EntryStatus,
)
from bountyboard.bounties.rendering import markdown_to_safe_html
from bountyboard.bounties.services.steps import (
    SUBJECT_ENTRY,
    _bounty_locked,
    _entry_locked,
)
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.screening.models import ScreeningKind
from bountyboard.screening.screened_fields import screened_text
from bountyboard.screening.services import (
    screening_kind_for_file,
    screening_request,
    screening_upload_check,
)

UploadedPart: TypeAlias = "tuple[str, bytes | File[Any]]"  # (filename, content); a string: File is generic only in the stubs


def _part_bytes(content: bytes | File[Any]) -> bytes:
    if isinstance(content, bytes):
        return content
    content.seek(0)
    data = content.read()
    content.seek(0)
    return bytes(data)


def _entry_text(entry: Entry) -> str:
    """The entry's screened fields, then its deliverables' names (shown with it)."""
    names = EntryFile.objects.filter(entry=entry).order_by("pk").values_list("filename", flat=True)
    return screened_text(entry, extra=names)


def entry_submit(
    *,
    entrant: User,
    bounty_id: int,
    description: str,
    images: Sequence[UploadedPart],
    files: Sequence[UploadedPart],
) -> Entry:
    """Submit an entry: >= 1 sample image and >= 1 deliverable. Hidden until every part is allowed."""
    actor_check(entrant, verified_email=True)
    if not images:
        raise ValidationFailed("add at least one sample image", code="image_required")
    if not files:
        raise ValidationFailed("add at least one deliverable file", code="file_required")
    if len(images) > 20 or len(files) > 10:
        raise ValidationFailed("at most 20 images and 10 files per entry", code="too_many_parts")
    if len(description or "") > 10_000:
        raise ValidationFailed("description: at most 10,000 characters", code="invalid_description")
    upload_rate_check(user_id=entrant.pk, count=len(images) + len(files))
    image_bytes = [(name, _part_bytes(content)) for name, content in images]
    for name, data in image_bytes:
        screening_upload_check(kind=ScreeningKind.IMAGE, filename=name, data=data)
    file_kinds = []
    for name, content in files:
        kind = screening_kind_for_file(name)
        archive = _part_bytes(content) if kind == ScreeningKind.ARCHIVE else None
        size = len(content) if isinstance(content, bytes) else (content.size or 0)
        screening_upload_check(kind=kind, filename=name, data=archive, size=size)
        file_kinds.append((name, content, kind, size))
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        now = timezone.now()
        if bounty.status != BountyStatus.OPEN:
            raise Conflict("entries are only accepted while the bounty is open", code="bounty_not_open")
        if now < bounty.starts_at:
            raise Conflict("this bounty has not started yet", code="bounty_not_started")
        if now >= bounty.expires_at:
            raise Conflict("this bounty has expired", code="bounty_expired")
        if bounty.poster_id == entrant.pk:
            raise PermissionDenied("you cannot enter your own bounty", code="own_bounty")
        if bounty.entry_mode == EntryMode.BENEFACTORS and not Contribution.objects.filter(
            bounty=bounty, benefactor=entrant
        ).exists():
            raise PermissionDenied("only benefactors may enter this bounty", code="benefactors_only")
        mine = Entry.objects.filter(bounty=bounty, entrant=entrant).exclude(status=EntryStatus.WITHDRAWN).count()
        if mine >= bounty.entry_limit:
            raise Conflict(f"you reached this bounty's limit of {bounty.entry_limit} entries",
                           code="entry_limit_reached")
        entry = Entry.objects.create(
            bounty=bounty, entrant=entrant, description=description or "",
            description_html=markdown_to_safe_html(description or ""),
        )
        for position, (name, data) in enumerate(image_bytes):
            screening = screening_request(subject_type=SUBJECT_ENTRY, subject_id=entry.pk,
                                          kind=ScreeningKind.IMAGE, upload=data, filename=name)
            EntryImage.objects.create(entry=entry, screening=screening, position=position)
        for name, content, kind, size in file_kinds:
            screening = screening_request(subject_type=SUBJECT_ENTRY, subject_id=entry.pk, kind=kind,
                                          upload=content, filename=name)
            EntryFile.objects.create(entry=entry, screening=screening, filename=screening.filename, size=size)
        # The text scanned last: it holds the deliverables' names, which are shown with the entry.
        entry.text_screening = screening_request(
            subject_type=SUBJECT_ENTRY, subject_id=entry.pk, kind=ScreeningKind.TEXT, text=_entry_text(entry)
        )
        entry.save(update_fields=["text_screening"])
        audit_record(action="entry.submit", target_type="entry", target_id=entry.pk, automated=False,
                     actor=entrant, data={"bounty_id": bounty.pk, "images": len(images), "files": len(files)})
    return entry


def _entry_editable(bounty: Bounty, entry: Entry, actor: User) -> None:
    if entry.entrant_id != actor.pk:
        raise PermissionDenied("only the entrant can change this entry", code="not_entrant")
    if entry.status == EntryStatus.WITHDRAWN:
        raise Conflict("this entry was withdrawn", code="entry_withdrawn")
    if entry.awards.exists() or bounty.status not in (BountyStatus.OPEN, BountyStatus.AWARDING):
        raise Conflict("an entry cannot change once awards are made or the bounty is closed",
                       code="entry_locked")


def entry_update(*, actor: User, entry_id: int, description: str) -> Entry:
    """Edit the description (re-screened: the entry is hidden until the new text is allowed)."""
    actor_check(actor)
    if len(description or "") > 10_000:
        raise ValidationFailed("description: at most 10,000 characters", code="invalid_description")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        _entry_editable(bounty, entry, actor)
        if entry.status == EntryStatus.VISIBLE:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") - 1)
        entry.description = description or ""
        entry.description_html = markdown_to_safe_html(entry.description)
        entry.status = EntryStatus.SCREENING
        entry.text_screening = screening_request(
            subject_type=SUBJECT_ENTRY, subject_id=entry.pk, kind=ScreeningKind.TEXT, text=_entry_text(entry)
        )
        entry.save()
        audit_record(action="entry.update", target_type="entry", target_id=entry.pk, automated=False, actor=actor)
    return entry


def entry_withdraw(*, actor: User, entry_id: int) -> Entry:
    """The entrant takes their entry back (before any award)."""
    actor_check(actor)
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        _entry_editable(bounty, entry, actor)
        if entry.status == EntryStatus.VISIBLE:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") - 1)
        entry.status = EntryStatus.WITHDRAWN
        entry.save(update_fields=["status", "updated_at"])
        audit_record(action="entry.withdraw", target_type="entry", target_id=entry.pk, automated=False, actor=actor)
    return entry
