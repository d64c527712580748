"""The guard engine's ``RegistryStore`` over the likeness app's Django models.

The web app's process-wide ``Guard`` reads protected persons and face embeddings through this
class, so a registration made on the site is what the scanners match against, with no copy to
keep in sync. Writes here are storage only: permissions, audit events and re-scans belong to
``likeness.services``, which calls these methods inside its own transaction.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from django.db import transaction
from django.db.models import Max

from bountyboard.guard.errors import StoreError
from bountyboard.guard.store.interfaces import Change, ChangeKind, FaceEmbedding, ProtectedPerson, Vector
from bountyboard.likeness.models import (
    LikenessStatus,
    ProtectedLikeness,
    ReferenceFace,
    RegistryChange,
    RegistryWriteLock,
)

# What each logged write means to a matcher. ``faces_erased`` (reference photos replaced) replays
# as a deletion: the matcher forgets the person's faces, then the ``embedding_added`` and
# ``person_put`` rows that follow in the same transaction put the person and the new faces back.
_CHANGE_KINDS = {
    "person_put": ChangeKind.PERSON_PUT,
    "person_deleted": ChangeKind.PERSON_DELETED,
    "faces_erased": ChangeKind.PERSON_DELETED,
    "embedding_added": ChangeKind.EMBEDDING_ADDED,
}


def registry_changed(kind: str, person_id: str, *, embedding_id: int | None = None) -> None:
    """Record a registry write; its id becomes the new revision (call inside the write's transaction).

    Takes the registry write lock first and holds it to commit, so ids commit in order."""
    if kind not in _CHANGE_KINDS:
        raise ValueError(f"unknown registry change {kind!r}")
    RegistryWriteLock.objects.select_for_update().get_or_create(pk=1)
    RegistryChange.objects.create(kind=kind, person_id=person_id, embedding_id=embedding_id)


def registry_faces_erase(person_id: str) -> int:
    """Erase every reference face of a person (their photos are being replaced), logged so matchers
    drop them too. Call inside the write's transaction."""
    deleted, _ = ReferenceFace.objects.filter(likeness_id=person_id).delete()
    registry_changed("faces_erased", person_id)
    return deleted


def registry_revision() -> int:
    return int(RegistryChange.objects.aggregate(top=Max("id"))["top"] or 0)


def vector_to_bytes(vector: Vector) -> bytes:
    return np.ascontiguousarray(vector, dtype="<f4").tobytes()


def vector_from_bytes(raw: bytes | memoryview) -> Vector:
    return np.frombuffer(bytes(raw), dtype="<f4").astype(np.float32)


def person_from_row(row: ProtectedLikeness) -> ProtectedPerson:
    return ProtectedPerson(
        person_id=row.id,
        names=tuple(row.names),
        aliases=tuple(row.aliases),
        handles=tuple(row.handles),
        verified=row.status == LikenessStatus.VERIFIED,
        # A rejected claim protects nothing: a moderator found it was not that person's.
        active=not row.paused and row.status != LikenessStatus.REJECTED,
    )


class DjangoRegistryStore:
    """``guard.store.interfaces.RegistryStore`` and ``ChangeLog`` over ``ProtectedLikeness`` and
    ``ReferenceFace``: every write appends a ``RegistryChange`` row whose id is the revision."""

    def person_put(self, person: ProtectedPerson) -> None:
        names = [n for n in person.names if n]
        with transaction.atomic():
            row = ProtectedLikeness.objects.select_for_update().filter(id=person.person_id).first()
            if row is None:
                row = ProtectedLikeness(id=person.person_id)
            row.legal_name = names[0] if names else ""
            row.known_names = names[1:]
            row.aliases = list(person.aliases)
            row.handles = list(person.handles)
            if person.verified:
                row.status = LikenessStatus.VERIFIED
            elif row.status == LikenessStatus.VERIFIED:
                row.status = LikenessStatus.UNVERIFIED
            if row.status != LikenessStatus.REJECTED:
                row.paused = not person.active
            row.save()
            registry_changed("person_put", row.id)

    def person_get(self, person_id: str) -> ProtectedPerson | None:
        row = ProtectedLikeness.objects.filter(id=person_id).first()
        return None if row is None else person_from_row(row)

    def person_delete(self, person_id: str) -> None:
        with transaction.atomic():
            # Embeddings go first and explicitly: erasure must not depend on the database's cascade.
            ReferenceFace.objects.filter(likeness_id=person_id).delete()
            deleted, _ = ProtectedLikeness.objects.filter(id=person_id).delete()
            if deleted:
                registry_changed("person_deleted", person_id)

    def person_list(self) -> list[ProtectedPerson]:
        return [person_from_row(row) for row in ProtectedLikeness.objects.order_by("created_at", "id")]

    def embedding_add(self, person_id: str, vector: Vector) -> str:
        array = np.asarray(vector, dtype=np.float32).reshape(-1)
        if array.size == 0 or not np.all(np.isfinite(array)):
            raise StoreError("an embedding must be a non-empty finite float32 vector", code="store_invalid")
        with transaction.atomic():
            if not ProtectedLikeness.objects.filter(id=person_id).exists():
                raise StoreError(f"no protected person {person_id!r}", code="store_unknown_person")
            face = ReferenceFace.objects.create(
                likeness_id=person_id, vector=vector_to_bytes(array), dim=array.size
            )
            registry_changed("embedding_added", person_id, embedding_id=face.pk)
        return str(face.pk)

    def embedding_list(self) -> Iterator[FaceEmbedding]:
        rows = ReferenceFace.objects.order_by("id").values_list("id", "likeness_id", "vector")
        for face_id, person_id, raw in rows.iterator(chunk_size=500):
            yield FaceEmbedding(embedding_id=str(face_id), person_id=person_id, vector=vector_from_bytes(raw))

    def revision(self) -> int:
        return registry_revision()

    def changes_since(self, revision: int, *, limit: int = 10_000) -> list[Change] | None:
        """``ChangeLog``: the writes after ``revision``, so the face matcher applies just those
        instead of re-reading the registry. None (rebuild) when the page holds a change written
        before the log named its face."""
        rows = list(RegistryChange.objects.filter(id__gt=revision).order_by("id")[:limit])
        if any(row.kind == "embedding_added" and row.embedding_id is None for row in rows):
            return None
        face_ids = [row.embedding_id for row in rows if row.embedding_id is not None]
        vectors = dict(ReferenceFace.objects.filter(pk__in=face_ids).values_list("id", "vector")) if face_ids else {}
        return [
            Change(
                revision=row.pk,
                kind=_CHANGE_KINDS[row.kind],
                person_id=row.person_id,
                embedding_id=str(row.embedding_id) if row.embedding_id is not None else None,
                # None when the face was erased since: the log never brings a deleted face back.
                vector=vector_from_bytes(vectors[row.embedding_id]) if row.embedding_id in vectors else None,
            )
            for row in rows
        ]
