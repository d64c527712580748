"""Protecting a likeness: register, update, pause, delete and verify a registration.

Reference photos live only in memory while they are embedded: each goes through the guard's face
pipeline (exactly one face, or the photo is refused by name with the reason and nothing is
written), and only its embedding and PDQ hash are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.guard.errors import GuardError
from bountyboard.guard.image.decoding import decode
from bountyboard.guard.image.perceptual import compute_pdq
from bountyboard.guard.store.interfaces import Vector
from bountyboard.likeness.guard_store import DjangoRegistryStore, registry_changed, registry_faces_erase
from bountyboard.likeness.models import LikenessStatus, ProtectedLikeness, ReferenceFace
from bountyboard.likeness.selectors import likeness_can_manage
from bountyboard.likeness.services.rescan import known_matches_refresh, rescan_start
from bountyboard.mailing import mail_after_commit
from bountyboard.screening.engine import guard_engine

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
            registry_faces_erase(row.id)
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


def _verification_tell(likeness: ProtectedLikeness, *, verified: bool) -> None:
    """The protected person (or whoever filed for them) hears the moderator's decision at once."""
    person = likeness.account or likeness.registered_by
    if person is None:
        return
    message = (
        _("Your likeness protection (%(name)s) is verified: content showing you is held back, and "
          "bounties that depict you need your own consent.")
        if verified
        else _("Your likeness protection (%(name)s) could not be verified: %(basis)s")
    ) % {"name": likeness.legal_name, "basis": likeness.verification_basis}
    notification_create(
        user=person,
        kind="likeness.verified" if verified else "likeness.rejected",
        message=message,
        url=reverse("web:likeness_dashboard_one", args=[likeness.id]),
        target=("likeness", likeness.id),
    )
    mail_after_commit(address=person.email, subject=_("Your likeness protection was reviewed"), body=message)


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
            run = rescan_start(likeness=row, trigger="verified")
            if run is not None and row.account_id is not None:
                # What already names her is decided again now, in this transaction: a bounty held
                # for review or waiting for consent asks her at once (not at the next sweep).
                known_matches_refresh(likeness=row, run=run)
            _verification_tell(row, verified=True)
        else:
            _verification_tell(row, verified=False)
    return row
