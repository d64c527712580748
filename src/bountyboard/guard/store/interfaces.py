"""The narrow storage interfaces the engine needs. Any platform may implement them.

Two implementations exist: ``guard.store.sqlite.SqliteStore`` (a store directory: one SQLite file
plus index files; used by the CLI and by platforms that embed the engine) and the web app's
implementation over its own models (``bountyboard.likeness``). Both pass the same conformance
suite, ``guard.store.conformance``.
"""

from __future__ import annotations

from collections.abc import Iterator
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
