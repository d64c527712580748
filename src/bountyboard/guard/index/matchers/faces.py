"""``FaceMatcher``: the enrolled face embeddings of active protected persons, in a ``FaceIndex``.

A query face is scored against each candidate person's mean template (the normalised mean of
their enrolled embeddings), not against their single closest photo: on the shared development
photos the mean finds as many matches with clear photos and more with small or blurred ones,
at the same false-match rate (``python -m benchmarks face_quality``; docs/guard-media.md).
The index's nearest templates only choose the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.face import FaceIndex
from bountyboard.guard.index.matchers.mirror import StoreMirror, string_array
from bountyboard.guard.index.npz_file import npz_load, npz_save
from bountyboard.guard.store.interfaces import Change, ChangeKind, ProtectedPerson, RegistryStore, Vector

CANDIDATE_TEMPLATES = 16  # nearest enrolled embeddings whose persons are scored by their mean


@dataclass(frozen=True, slots=True)
class FaceMatch:
    person_id: str
    score: float  # cosine similarity to the person's mean template
    verified: bool


def _unit(vector: Vector) -> npt.NDArray[np.float32]:
    array = np.asarray(vector, dtype=np.float32).reshape(-1)
    unit: npt.NDArray[np.float32] = (array / max(float(np.linalg.norm(array)), 1e-12)).astype(np.float32)
    return unit


class FaceMatcher(StoreMirror[RegistryStore]):
    """The closest enrolled face of an active (not paused) protected person."""

    def __init__(self, registry: RegistryStore, index_dir: Path | None) -> None:
        super().__init__(registry, index_dir)
        self._reset()

    def _reset(self) -> None:
        self._index: FaceIndex | None = None
        self._revision = -1
        self._next_id = 0
        self._item_of: dict[str, int] = {}  # embedding id -> index item id
        self._owner: dict[int, tuple[str, str]] = {}  # item id -> (embedding id, person id)
        self._items_of_person: dict[str, set[int]] = {}
        self._persons: dict[str, ProtectedPerson] = {}
        self._parked: dict[int, Vector] = {}  # embeddings of paused persons, kept out of the index
        self._sums: dict[str, npt.NDArray[np.float32]] = {}  # person -> sum of their unit embeddings

    def match(self, vector: Vector, *, threshold: float) -> FaceMatch | None:
        with self._lock:
            self.refresh()
            if self._index is None or len(self._index) == 0:
                return None
            query = _unit(vector)
            best: tuple[float, str] | None = None
            for item_id, _ in self._index.search(query, k=CANDIDATE_TEMPLATES):
                person_id = self._owner[item_id][1]
                total = self._sums.get(person_id)
                if total is None:
                    continue
                score = float(_unit(total) @ query)
                if best is None or score > best[0]:
                    best = (score, person_id)
            if best is None or best[0] < threshold:
                return None
            score, person_id = best
            person = self._persons.get(person_id)
            return FaceMatch(person_id, score, bool(person and person.verified))

    def _sum_add(self, person_id: str, vector: Vector, sign: float = 1.0) -> None:
        unit = _unit(vector) * np.float32(sign)
        total = self._sums.get(person_id)
        self._sums[person_id] = unit if total is None else (total + unit).astype(np.float32)

    # -- refreshing --------------------------------------------------------------------------
    def _apply_all(self, changes: list[Change]) -> None:
        for change in changes:
            self._apply(change)

    def _apply(self, change: Change) -> None:
        person_id = change.person_id
        if person_id is None:
            return
        if change.kind is ChangeKind.PERSON_PUT:
            person = self._store.person_get(person_id)
            if person is None:
                self._forget_person(person_id)
            else:
                self._set_person(person)
        elif change.kind is ChangeKind.PERSON_DELETED:
            self._forget_person(person_id)
        elif change.kind is ChangeKind.EMBEDDING_ADDED and change.vector is not None and change.embedding_id:
            if person_id not in self._persons:
                person = self._store.person_get(person_id)
                if person is None:
                    return  # deleted since; its PERSON_DELETED follows
                self._persons[person_id] = person
            self._add_embedding(change.embedding_id, person_id, change.vector)

    def _set_person(self, person: ProtectedPerson) -> None:
        previous = self._persons.get(person.person_id)
        self._persons[person.person_id] = person
        items = self._items_of_person.get(person.person_id, set())
        # What the index holds decides, not the last record seen: after a load they can differ.
        was_active = not any(i in self._parked for i in items) if items else (previous.active if previous else True)
        if was_active and not person.active:  # paused: take the faces out of the index
            for item in self._items_of_person.get(person.person_id, set()):
                if self._index is not None and item not in self._parked:
                    self._parked[item] = self._vector_of(item)
                    self._index.remove(item)
        elif not was_active and person.active:
            for item in self._items_of_person.get(person.person_id, set()):
                vector = self._parked.pop(item, None)
                if vector is not None:
                    self._index_for(vector).add(item, vector)

    def _vector_of(self, item: int) -> Vector:
        assert self._index is not None
        return self._index.vector(item)

    def _forget_person(self, person_id: str) -> None:
        for item in self._items_of_person.pop(person_id, set()):
            embedding_id, _ = self._owner.pop(item)
            self._item_of.pop(embedding_id, None)
            if self._parked.pop(item, None) is None and self._index is not None:
                self._index.remove(item)
        self._persons.pop(person_id, None)
        self._sums.pop(person_id, None)

    def _index_for(self, vector: Vector) -> FaceIndex:
        if self._index is None:
            self._index = FaceIndex(dim=int(np.asarray(vector).size))
        return self._index

    def _add_embedding(self, embedding_id: str, person_id: str, vector: Vector) -> None:
        if embedding_id in self._item_of:
            return
        item = self._next_id
        self._next_id += 1
        person = self._persons[person_id]
        if person.active:
            index = self._index_for(vector)
            if int(np.asarray(vector).size) != index.dim:
                raise StoreError(
                    f"embedding {embedding_id} has {np.asarray(vector).size} dimensions, the registry {index.dim}"
                )
            index.add(item, vector)
        else:
            self._parked[item] = np.asarray(vector, dtype=np.float32)
        self._item_of[embedding_id] = item
        self._owner[item] = (embedding_id, person_id)
        self._items_of_person.setdefault(person_id, set()).add(item)
        self._sum_add(person_id, vector)

    def _rebuild(self) -> None:
        revision = self._store.revision()
        self._reset()
        for person in self._store.person_list():
            self._persons[person.person_id] = person
        for embedding in self._store.embedding_list():
            if embedding.person_id in self._persons:
                self._add_embedding(embedding.embedding_id, embedding.person_id, embedding.vector)
        self._revision = revision
        self.save()

    def _diff(self, current: int) -> None:
        persons = {p.person_id: p for p in self._store.person_list()}
        for person_id in set(self._persons) - set(persons):
            self._forget_person(person_id)
        for person in persons.values():
            self._set_person(person)
        listed = set()
        for embedding in self._store.embedding_list():
            listed.add(embedding.embedding_id)
            if embedding.person_id in self._persons:
                self._add_embedding(embedding.embedding_id, embedding.person_id, embedding.vector)
        for embedding_id in set(self._item_of) - listed:  # an embedding erased on its own
            item = self._item_of.pop(embedding_id)
            _, person_id = self._owner.pop(item)
            self._items_of_person.get(person_id, set()).discard(item)
            parked = self._parked.pop(item, None)
            if parked is not None:
                self._sum_add(person_id, parked, -1.0)
            elif self._index is not None:
                self._sum_add(person_id, self._index.vector(item), -1.0)
                self._index.remove(item)
            if not self._items_of_person.get(person_id):
                self._sums.pop(person_id, None)
        self._revision = current
        self._unsaved += 1

    # -- persistence -------------------------------------------------------------------------
    def save(self) -> None:
        if self._index_dir is None:
            return
        with self._lock:
            self._index_dir.mkdir(parents=True, exist_ok=True)
            stem = f"faces-{self._revision}"
            keep = {f"{stem}.meta.npz"}
            if self._index is not None:
                self._index.save(self._index_dir / f"{stem}.index.npz")
                keep.add(f"{stem}.index.npz")
            owners = sorted(self._owner.items())
            parked = sorted(self._parked.items())
            dim = self._index.dim if self._index is not None else 0
            npz_save(
                self._index_dir / f"{stem}.meta.npz",
                {
                    "next_id": np.array([self._next_id], dtype=np.int64),
                    "items": np.array([i for i, _ in owners], dtype=np.int64),
                    "embedding_ids": string_array([e for _, (e, _) in owners]),
                    "person_ids": string_array([p for _, (_, p) in owners]),
                    "parked_items": np.array([i for i, _ in parked], dtype=np.int64),
                    "parked_vectors": (
                        np.stack([v for _, v in parked]).astype(np.float32)
                        if parked else np.empty((0, dim), dtype=np.float32)
                    ),
                },
            )
            self._saved({"stem": stem, "index": self._index is not None}, keep)

    def _load(self) -> bool:
        manifest = self._saved_manifest()
        if manifest is None or self._index_dir is None:
            return False
        try:
            stem = str(manifest["stem"])
            meta = npz_load(self._index_dir / f"{stem}.meta.npz", "index metadata")
            index = FaceIndex.load(self._index_dir / f"{stem}.index.npz") if manifest["index"] else None
            self._reset()
            self._index = index
            self._next_id = int(meta["next_id"][0])
            for item, embedding_id, person_id in zip(
                meta["items"].tolist(), meta["embedding_ids"].tolist(), meta["person_ids"].tolist(), strict=True
            ):
                self._item_of[embedding_id] = item
                self._owner[item] = (embedding_id, person_id)
                self._items_of_person.setdefault(person_id, set()).add(item)
            self._parked = dict(zip(meta["parked_items"].tolist(), list(meta["parked_vectors"]), strict=True))
            # The per-person sums are derived from the vectors, so they are rebuilt rather than saved.
            for item, (_, person_id) in self._owner.items():
                parked = self._parked.get(item)
                if parked is not None:
                    self._sum_add(person_id, parked)
                elif index is not None:
                    self._sum_add(person_id, index.vector(item))
            revision = int(manifest["revision"])
        except (StoreError, KeyError, ValueError, TypeError, IndexError, AttributeError):
            self._reset()
            return False
        # Person records are small and not persisted: read them fresh, and park or unpark faces
        # of anyone paused or resumed since the save.
        for person in self._store.person_list():
            self._set_person(person)
        self._revision = revision
        return True
