"""Matchers: the stores' hashes and faces kept in indexes, refreshed in place as the stores change.

Each call first compares the store's ``revision()`` with the one the matcher has applied. When it
moved (a write here, or in another process sharing the store), the matcher replays the store's
``ChangeLog`` from its revision, or, for a store without one, diffs the store's lists against
its indexes; either way only the changed entries are added or removed, never a full rebuild.
A full build happens only on first use with no persisted index, or when the log was pruned
past the matcher's revision.

With an ``index_dir`` the indexes are saved there (after a full build, then every
``SAVE_EVERY`` applied changes, and on ``save()``) with the revision they reflect, so a new
process loads them and replays only the changes since. An unreadable or corrupt index file is
ignored and rebuilt from the store: the store is the truth, the index a cache of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.face import FaceIndex
from bountyboard.guard.index.npz_file import npz_load, npz_save
from bountyboard.guard.index.pdq import PdqIndex, format_hash
from bountyboard.guard.store.interfaces import (
    BankStore,
    Change,
    ChangeKind,
    ChangeLog,
    HashKind,
    ProtectedPerson,
    RegistryStore,
    Vector,
)

SAVE_EVERY = 10_000  # applied changes between automatic saves of the persisted indexes
_LOG_PAGE = 10_000
MANIFEST = "manifest.json"
MANIFEST_VERSION = 1


class _Revisioned(Protocol):
    def revision(self) -> int: ...


StoreT = TypeVar("StoreT", bound=_Revisioned)


@dataclass(frozen=True, slots=True)
class HashMatch:
    bank: str
    kind: HashKind
    value: str  # the bank's hash that matched
    distance: int  # Hamming distance for PDQ; 0 for exact kinds
    case_id: str | None


@dataclass(frozen=True, slots=True)
class FaceMatch:
    person_id: str
    score: float  # cosine similarity to the closest enrolled embedding
    verified: bool


# -- persistence shared by both matchers --------------------------------------------------------


def _read_manifest(index_dir: Path | None) -> dict[str, Any] | None:
    if index_dir is None:
        return None
    try:
        manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("version") != MANIFEST_VERSION:
        return None
    return manifest


def _write_manifest(index_dir: Path, manifest: dict[str, Any], keep: set[str]) -> None:
    manifest = {"version": MANIFEST_VERSION, **manifest}
    tmp = index_dir / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(manifest), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST)
    for path in [*index_dir.glob("*.npz"), *index_dir.glob("*.idx")]:  # older saves (best effort: races)
        if path.name not in keep:
            path.unlink(missing_ok=True)


def _strings(values: Sequence[str]) -> npt.NDArray[np.str_]:
    return np.array(list(values), dtype=np.str_) if values else np.empty(0, dtype="<U1")


class _StoreMirror(ABC, Generic[StoreT]):
    """What both matchers do the same way: bring their indexes up to the store's revision, by
    loading the persisted ones, replaying the change log, diffing the lists, or rebuilding."""

    def __init__(self, store: StoreT, index_dir: Path | None) -> None:
        self._store = store
        self._index_dir = Path(index_dir) if index_dir is not None else None
        self._revision = -1
        self._loaded = False
        self._unsaved = 0
        self._lock = threading.RLock()

    @property
    def revision(self) -> int:
        """The store revision the indexes reflect."""
        return self._revision

    def refresh(self) -> None:
        with self._lock:
            current = self._store.revision()
            if not self._loaded:
                self._loaded = True
                if not self._load():
                    self._rebuild()
                    return
            if current == self._revision:
                return
            if current < self._revision:  # the store was replaced or restored from a backup
                self._rebuild()
                return
            if isinstance(self._store, ChangeLog):
                self._replay(self._store)
            else:
                self._diff(current)
            if self._unsaved >= SAVE_EVERY:
                self.save()

    def _replay(self, log: ChangeLog) -> None:
        while True:
            changes = log.changes_since(self._revision, limit=_LOG_PAGE)
            if changes is None:  # pruned past our revision
                self._rebuild()
                return
            if not changes:
                return
            self._apply_all(changes)
            self._revision = changes[-1].revision
            self._unsaved += len(changes)

    @abstractmethod
    def _apply_all(self, changes: list[Change]) -> None:
        """Apply one page of the change log, oldest first (replaying a change twice is harmless)."""

    @abstractmethod
    def _diff(self, current: int) -> None:
        """For a store without a change log: compare its lists with the indexes, apply the difference."""

    @abstractmethod
    def _rebuild(self) -> None: ...

    @abstractmethod
    def save(self) -> None:
        """Write the indexes to ``index_dir`` (no-op without one)."""

    @abstractmethod
    def _load(self) -> bool:
        """Load the indexes saved in ``index_dir``; False when there are none or they are unreadable."""


# -- hashes -------------------------------------------------------------------------------------


@dataclass
class _BankIndex:
    threshold: int
    pdq: PdqIndex = field(default_factory=PdqIndex)
    next_id: int = 0
    case_ids: dict[int, str] = field(default_factory=dict)  # PDQ item id -> case id, when one is set
    exact: dict[tuple[HashKind, str], str | None] = field(default_factory=dict)  # md5/sha256 -> case id

    def add(self, kind: HashKind, value: str, case_id: str | None) -> None:
        if kind is HashKind.PDQ:
            if self.pdq.query(value, 0):
                return  # already there: replaying a change twice is harmless
            self.pdq.add(value, self.next_id)
            if case_id:
                self.case_ids[self.next_id] = case_id
            self.next_id += 1
        else:
            self.exact[(kind, value)] = case_id or None

    def remove(self, kind: HashKind, value: str) -> None:
        if kind is HashKind.PDQ:
            for item_id, _ in self.pdq.query(value, 0):
                self.pdq.remove(item_id)
                self.case_ids.pop(item_id, None)
        else:
            self.exact.pop((kind, value), None)

    def bulk_load(self, pdq: list[tuple[str, str | None]]) -> None:
        """Many PDQ hashes at once (a full build): one ``add_many`` instead of an add each."""
        if not pdq:
            return
        ids = np.arange(self.next_id, self.next_id + len(pdq), dtype=np.int64)
        self.pdq.add_many([value for value, _ in pdq], ids)
        for item_id, (_, case_id) in zip(ids.tolist(), pdq, strict=True):
            if case_id:
                self.case_ids[item_id] = case_id
        self.next_id += len(pdq)

    def pdq_values(self) -> set[str]:
        hashes, _ = self.pdq.items()
        return {format_hash(row) for row in hashes}


class HashMatcher(_StoreMirror[BankStore]):
    """PDQ (per-bank threshold) and exact MD5/SHA-256 matching over every bank of a ``BankStore``."""

    def __init__(self, banks: BankStore, index_dir: Path | None) -> None:
        super().__init__(banks, index_dir)
        self._banks: dict[str, _BankIndex] = {}

    # -- matching ----------------------------------------------------------------------------
    def match_pdq(self, hashes: Sequence[str]) -> list[HashMatch]:
        """Stored PDQ hashes within each bank's threshold of any query hash, closest first.

        Pass all 8 dihedral variants of an image's hash; a stored hash matched by several of them
        is reported once, at its smallest distance.
        """
        if isinstance(hashes, str):
            raise ValueError("match_pdq takes a sequence of hashes, not one string")
        if not hashes:
            return []
        with self._lock:
            self.refresh()
            found: list[HashMatch] = []
            for name, bank in self._banks.items():
                if len(bank.pdq) == 0:
                    continue
                best: dict[int, int] = {}
                for results in bank.pdq.query_many(list(hashes), max_distance=bank.threshold):
                    for item_id, distance in results:
                        if distance < best.get(item_id, 257):
                            best[item_id] = distance
                for item_id, distance in best.items():
                    value = bank.pdq.get(item_id)
                    if value is not None:
                        found.append(HashMatch(name, HashKind.PDQ, value, distance, bank.case_ids.get(item_id)))
            return sorted(found, key=lambda m: (m.distance, m.bank, m.value))

    def match_exact(self, kind: HashKind, value: str) -> list[HashMatch]:
        """Banks holding exactly this hash (for PDQ: distance 0)."""
        kind = HashKind(kind)
        value = value.strip().lower()
        with self._lock:
            self.refresh()
            found = []
            for name, bank in sorted(self._banks.items()):
                if kind is HashKind.PDQ:
                    for item_id, _ in bank.pdq.query(value, 0):
                        found.append(HashMatch(name, kind, value, 0, bank.case_ids.get(item_id)))
                elif (kind, value) in bank.exact:
                    found.append(HashMatch(name, kind, value, 0, bank.exact[(kind, value)]))
            return found

    # -- refreshing --------------------------------------------------------------------------
    def _apply_all(self, changes: list[Change]) -> None:
        thresholds_stale = False
        for change in changes:
            thresholds_stale |= self._apply(change)
        if thresholds_stale:
            self._sync_banks()

    def _apply(self, change: Change) -> bool:
        """Apply one change; True when bank settings must be re-read."""
        if change.kind is ChangeKind.BANK:
            return True
        if change.bank is None or change.hash_kind is None or change.value is None:
            return False
        if change.kind is ChangeKind.HASH_ADDED:
            bank = self._banks.get(change.bank)
            if bank is None:
                bank = self._banks[change.bank] = _BankIndex(threshold=self._threshold_of(change.bank))
            bank.add(change.hash_kind, change.value, change.case_id)
        elif change.kind is ChangeKind.HASH_REMOVED and change.bank in self._banks:
            self._banks[change.bank].remove(change.hash_kind, change.value)
        return False

    def _threshold_of(self, name: str) -> int:
        for bank in self._store.bank_list():
            if bank.name == name:
                return bank.pdq_threshold
        return 31

    def _sync_banks(self) -> None:
        for bank in self._store.bank_list():
            if bank.name in self._banks:
                self._banks[bank.name].threshold = bank.pdq_threshold
            else:
                self._banks[bank.name] = _BankIndex(threshold=bank.pdq_threshold)

    def _rebuild(self) -> None:
        # The revision is read before the lists: a write during the scan is replayed next time,
        # and replaying is idempotent.
        revision = self._store.revision()
        self._banks = {}
        for bank in self._store.bank_list():
            index = self._banks[bank.name] = _BankIndex(threshold=bank.pdq_threshold)
            pdq: list[tuple[str, str | None]] = []
            for entry in self._store.hash_list(bank.name):
                if entry.kind is HashKind.PDQ:
                    pdq.append((entry.value, entry.case_id))
                else:
                    index.exact[(entry.kind, entry.value)] = entry.case_id
            index.bulk_load(pdq)
        self._revision = revision
        self.save()

    def _diff(self, current: int) -> None:
        changed = 0
        self._sync_banks()
        for name, index in self._banks.items():
            wanted_pdq: dict[str, str | None] = {}
            wanted_exact: dict[tuple[HashKind, str], str | None] = {}
            for entry in self._store.hash_list(name):
                if entry.kind is HashKind.PDQ:
                    wanted_pdq[entry.value] = entry.case_id
                else:
                    wanted_exact[(entry.kind, entry.value)] = entry.case_id
            have_pdq = index.pdq_values()
            for value in have_pdq - wanted_pdq.keys():
                index.remove(HashKind.PDQ, value)
            for value in wanted_pdq.keys() - have_pdq:
                index.add(HashKind.PDQ, value, wanted_pdq[value])
            for key in index.exact.keys() - wanted_exact.keys():
                index.remove(*key)
            for key in wanted_exact.keys() - index.exact.keys():
                index.add(key[0], key[1], wanted_exact[key])
            changed += len(have_pdq ^ wanted_pdq.keys())
        self._revision = current
        self._unsaved += changed

    # -- persistence -------------------------------------------------------------------------
    def save(self) -> None:
        if self._index_dir is None:
            return
        with self._lock:
            self._index_dir.mkdir(parents=True, exist_ok=True)
            banks: dict[str, Any] = {}
            keep: set[str] = set()
            for name, index in self._banks.items():
                stem = f"{hashlib.sha256(name.encode()).hexdigest()[:16]}-{self._revision}"
                index.pdq.save(self._index_dir / f"{stem}.pdq.idx")
                exact = sorted(index.exact.items())
                case_items = sorted(index.case_ids.items())
                npz_save(
                    self._index_dir / f"{stem}.meta.npz",
                    {
                        "next_id": np.array([index.next_id], dtype=np.int64),
                        "case_item_ids": np.array([i for i, _ in case_items], dtype=np.int64),
                        "case_values": _strings([c for _, c in case_items]),
                        "exact_kinds": _strings([k.value for (k, _), _ in exact]),
                        "exact_values": _strings([v for (_, v), _ in exact]),
                        "exact_cases": _strings([c or "" for _, c in exact]),
                    },
                )
                banks[name] = {"threshold": index.threshold, "stem": stem}
                keep |= {f"{stem}.pdq.idx", f"{stem}.meta.npz"}
            _write_manifest(self._index_dir, {"revision": self._revision, "banks": banks}, keep)
            self._unsaved = 0

    def _load(self) -> bool:
        manifest = _read_manifest(self._index_dir)
        if manifest is None or self._index_dir is None:
            return False
        try:
            banks: dict[str, _BankIndex] = {}
            for name, info in manifest["banks"].items():
                stem = str(info["stem"])
                meta = npz_load(self._index_dir / f"{stem}.meta.npz", "index metadata")
                index = _BankIndex(threshold=int(info["threshold"]), pdq=PdqIndex.load(self._index_dir / f"{stem}.pdq.idx"))
                index.next_id = int(meta["next_id"][0])
                index.case_ids = dict(zip(meta["case_item_ids"].tolist(), meta["case_values"].tolist(), strict=True))
                index.exact = {
                    (HashKind(k), v): (c or None)
                    for k, v, c in zip(
                        meta["exact_kinds"].tolist(), meta["exact_values"].tolist(), meta["exact_cases"].tolist(),
                        strict=True,
                    )
                }
                banks[name] = index
            revision = int(manifest["revision"])
        except (StoreError, KeyError, ValueError, TypeError, IndexError, AttributeError):
            return False  # rebuilt from the store by the caller
        self._banks, self._revision = banks, revision
        return True


# -- faces --------------------------------------------------------------------------------------


class FaceMatcher(_StoreMirror[RegistryStore]):
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

    def match(self, vector: Vector, *, threshold: float) -> FaceMatch | None:
        with self._lock:
            self.refresh()
            if self._index is None or len(self._index) == 0:
                return None
            hits = self._index.search(vector, k=1)
            if not hits or hits[0][1] < threshold:
                return None
            item_id, score = hits[0]
            person_id = self._owner[item_id][1]
            person = self._persons.get(person_id)
            return FaceMatch(person_id, score, bool(person and person.verified))

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
            if self._parked.pop(item, None) is None and self._index is not None:
                self._index.remove(item)
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
                self._index.save(self._index_dir / f"{stem}.index.idx")
                keep.add(f"{stem}.index.idx")
            owners = sorted(self._owner.items())
            parked = sorted(self._parked.items())
            dim = self._index.dim if self._index is not None else 0
            npz_save(
                self._index_dir / f"{stem}.meta.npz",
                {
                    "next_id": np.array([self._next_id], dtype=np.int64),
                    "items": np.array([i for i, _ in owners], dtype=np.int64),
                    "embedding_ids": _strings([e for _, (e, _) in owners]),
                    "person_ids": _strings([p for _, (_, p) in owners]),
                    "parked_items": np.array([i for i, _ in parked], dtype=np.int64),
                    "parked_vectors": (
                        np.stack([v for _, v in parked]).astype(np.float32)
                        if parked else np.empty((0, dim), dtype=np.float32)
                    ),
                },
            )
            _write_manifest(
                self._index_dir, {"revision": self._revision, "stem": stem, "index": self._index is not None}, keep
            )
            self._unsaved = 0

    def _load(self) -> bool:
        manifest = _read_manifest(self._index_dir)
        if manifest is None or self._index_dir is None:
            return False
        try:
            stem = str(manifest["stem"])
            meta = npz_load(self._index_dir / f"{stem}.meta.npz", "index metadata")
            index = FaceIndex.load(self._index_dir / f"{stem}.index.idx") if manifest["index"] else None
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
