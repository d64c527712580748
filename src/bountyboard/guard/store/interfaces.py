"""The narrow storage interfaces the engine needs. Any platform may implement them.

Two implementations exist: ``guard.store.sqlite.SqliteStore`` (a store directory: one SQLite file
plus index files; used by the CLI and by platforms that embed the engine) and the web app's
implementation over its own models (``bountyboard.likeness``). Both pass the same conformance
suite, ``guard.store.conformance``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class ProtectedPerson:
    """Someone who protects their likeness. Reference photos are never part of this record."""

    person_id: str
    names: tuple[str, ...] = ()  # legal and known names
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()  # social handles, "@name" or profile URLs
    verified: bool = False  # verified protection blocks; unverified protection sends matches to review
    active: bool = True  # a paused protection matches nothing


@dataclass(frozen=True, slots=True)
class FaceEmbedding:
    embedding_id: str
    person_id: str
    vector: Vector  # float32, L2-normalised


class HashKind(StrEnum):
    PDQ = "pdq"  # 256-bit perceptual hash, 64 hex digits
    MD5 = "md5"
    SHA256 = "sha256"


@dataclass(frozen=True, slots=True)
class Bank:
    name: str
    pdq_threshold: int = 31  # Hamming distance at or below which a PDQ hash matches


@dataclass(frozen=True, slots=True)
class BankEntry:
    bank: str
    kind: HashKind
    value: str  # lower-case hex
    case_id: str | None = None  # StopNCII-style case number or takedown id
    note: str | None = None


@runtime_checkable
class RegistryStore(Protocol):
    """Protected persons and their face embeddings."""

    def person_put(self, person: ProtectedPerson) -> None:
        """Create or replace a person's record (names, aliases, handles, state)."""

    def person_get(self, person_id: str) -> ProtectedPerson | None: ...

    def person_delete(self, person_id: str) -> None:
        """Remove the person and erase every embedding of theirs."""

    def person_list(self) -> list[ProtectedPerson]: ...

    def embedding_add(self, person_id: str, vector: Vector) -> str:
        """Store one embedding for an existing person; returns its id."""

    def embedding_list(self) -> Iterator[FaceEmbedding]: ...

    def revision(self) -> int:
        """A number that grows with every write, so matchers know when to refresh."""


@runtime_checkable
class BankStore(Protocol):
    """Named banks of PDQ, MD5 and SHA-256 hashes."""

    def bank_ensure(self, name: str, *, pdq_threshold: int = 31) -> Bank: ...

    def bank_list(self) -> list[Bank]: ...

    def hash_add(self, entry: BankEntry) -> bool:
        """Add a hash; returns False when the bank already held it (idempotent)."""

    def hash_remove(self, bank: str, kind: HashKind, value: str) -> bool:
        """Remove a hash; returns False when it was not there."""

    def hash_list(self, bank: str) -> Iterator[BankEntry]: ...

    def revision(self) -> int: ...


# -- optional capabilities -------------------------------------------------------------------
# A store may also implement these. Matchers use them when present and fall back to scanning
# ``hash_list`` / ``embedding_list`` (and diffing against their index) when not.


class ChangeKind(StrEnum):
    BANK = "bank"  # a bank was created or its threshold changed
    HASH_ADDED = "hash_added"
    HASH_REMOVED = "hash_removed"
    PERSON_PUT = "person_put"
    PERSON_DELETED = "person_deleted"  # every embedding of the person went with them
    EMBEDDING_ADDED = "embedding_added"


@dataclass(frozen=True, slots=True)
class Change:
    """One write, as a matcher in another process needs it to update its index in place."""

    revision: int
    kind: ChangeKind
    bank: str | None = None
    hash_kind: HashKind | None = None
    value: str | None = None
    case_id: str | None = None
    person_id: str | None = None
    embedding_id: str | None = None
    vector: Vector | None = None  # for EMBEDDING_ADDED; None when the embedding is gone since


@runtime_checkable
class ChangeLog(Protocol):
    """The writes after a revision, so matchers refresh without a full rebuild.

    Revisions must become visible in increasing order (SQLite's single writer gives this), or a
    matcher that has seen revision ``r`` could miss a later-committed change numbered below ``r``.
    """

    def changes_since(self, revision: int, *, limit: int = 10_000) -> list[Change] | None:
        """Changes with a revision above ``revision``, oldest first, at most ``limit`` of them.

        Returns None when the log no longer reaches back to ``revision`` (it was pruned): the
        caller then rebuilds from the full lists.
        """
        ...


@runtime_checkable
class BankBatchWriter(Protocol):
    """Many additions and removals in one transaction: all of them are written, or none."""

    def hash_apply(self, bank: str, add: Sequence[BankEntry], remove: Sequence[tuple[HashKind, str]]) -> tuple[int, int]:
        """Apply removals, then additions; returns (added, removed), counting only real changes."""
        ...
