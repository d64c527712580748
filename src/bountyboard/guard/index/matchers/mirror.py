"""What both matchers share: keeping their indexes at the store's revision, and saving them.

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

import json
import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from bountyboard.guard.store.interfaces import Change, ChangeLog

SAVE_EVERY = 10_000  # applied changes between automatic saves of the persisted indexes
_LOG_PAGE = 10_000
MANIFEST = "manifest.json"
MANIFEST_VERSION = 1


class _Revisioned(Protocol):
    def revision(self) -> int: ...


StoreT = TypeVar("StoreT", bound=_Revisioned)


def read_manifest(index_dir: Path | None) -> dict[str, Any] | None:
    if index_dir is None:
        return None
    try:
        manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("version") != MANIFEST_VERSION:
        return None
    return manifest


def write_manifest(index_dir: Path, manifest: dict[str, Any], keep: set[str]) -> None:
    manifest = {"version": MANIFEST_VERSION, **manifest}
    tmp = index_dir / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(manifest), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST)
    for path in index_dir.glob("*.npz"):  # files of older saves (best effort: another process may race)
        if path.name not in keep:
            path.unlink(missing_ok=True)


def string_array(values: Sequence[str]) -> npt.NDArray[np.str_]:
    return np.array(list(values), dtype=np.str_) if values else np.empty(0, dtype="<U1")


class StoreMirror(ABC, Generic[StoreT]):
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

    def _saved_manifest(self) -> dict[str, Any] | None:
        """The manifest of the last save in ``index_dir``; None without a directory or a readable one."""
        return read_manifest(self._index_dir)

    def _saved(self, manifest: dict[str, Any], keep: set[str]) -> None:
        """Record a finished save: its manifest (files not in ``keep`` are dropped), nothing unsaved."""
        assert self._index_dir is not None
        write_manifest(self._index_dir, {"revision": self._revision, **manifest}, keep)
        self._unsaved = 0

    @abstractmethod
    def save(self) -> None:
        """Write the indexes to ``index_dir`` (no-op without one)."""

    @abstractmethod
    def _load(self) -> bool:
        """Load the indexes saved in ``index_dir``; False when there are none or they are unreadable."""
