"""``HashMatcher``: every bank's PDQ hashes (per-bank threshold) and exact MD5/SHA-256 hashes."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.matchers.mirror import StoreMirror, string_array
from bountyboard.guard.index.npz_file import npz_load, npz_save
from bountyboard.guard.index.pdq import PdqIndex, format_hash
from bountyboard.guard.store.interfaces import BankStore, Change, ChangeKind, HashKind


@dataclass(frozen=True, slots=True)
class HashMatch:
    bank: str
    kind: HashKind
    value: str  # the bank's hash that matched
    distance: int  # Hamming distance for PDQ; 0 for exact kinds
    case_id: str | None


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


class HashMatcher(StoreMirror[BankStore]):
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
                index.pdq.save(self._index_dir / f"{stem}.pdq.npz")
                exact = sorted(index.exact.items())
                case_items = sorted(index.case_ids.items())
                npz_save(
                    self._index_dir / f"{stem}.meta.npz",
                    {
                        "next_id": np.array([index.next_id], dtype=np.int64),
                        "case_item_ids": np.array([i for i, _ in case_items], dtype=np.int64),
                        "case_values": string_array([c for _, c in case_items]),
                        "exact_kinds": string_array([k.value for (k, _), _ in exact]),
                        "exact_values": string_array([v for (_, v), _ in exact]),
                        "exact_cases": string_array([c or "" for _, c in exact]),
                    },
                )
                banks[name] = {"threshold": index.threshold, "stem": stem}
                keep |= {f"{stem}.pdq.npz", f"{stem}.meta.npz"}
            self._saved({"banks": banks}, keep)

    def _load(self) -> bool:
        manifest = self._saved_manifest()
        if manifest is None or self._index_dir is None:
            return False
        try:
            banks: dict[str, _BankIndex] = {}
            for name, info in manifest["banks"].items():
                stem = str(info["stem"])
                meta = npz_load(self._index_dir / f"{stem}.meta.npz", "index metadata")
                index = _BankIndex(threshold=int(info["threshold"]), pdq=PdqIndex.load(self._index_dir / f"{stem}.pdq.npz"))
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
