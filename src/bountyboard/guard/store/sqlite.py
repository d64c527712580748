"""``SqliteStore``: the registry and the hash banks in one SQLite file inside a store directory.

The directory holds ``guard.sqlite3`` (WAL mode, so the CLI and a long-running engine can share
it) and, beside it, whatever index files the matchers persist. Every write appends a row to the
``changes`` table in the same transaction; its number is the store's revision, so a matcher in
another process replays exactly the writes it has not seen.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bountyboard.guard.errors import StoreError
from bountyboard.guard.store.interfaces import (
    Bank,
    BankEntry,
    Change,
    ChangeKind,
    FaceEmbedding,
    HashKind,
    ProtectedPerson,
    Vector,
)

DB_NAME = "guard.sqlite3"
SCHEMA_VERSION = 1
HEX_LENGTHS = {HashKind.PDQ: 64, HashKind.MD5: 32, HashKind.SHA256: 64}
_HEX_DIGITS = frozenset("0123456789abcdef")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS persons (
    person_id TEXT PRIMARY KEY,
    names TEXT NOT NULL,
    aliases TEXT NOT NULL,
    handles TEXT NOT NULL,
    verified INTEGER NOT NULL,
    active INTEGER NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS embeddings (
    embedding_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(person_id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS embeddings_person ON embeddings(person_id);
CREATE TABLE IF NOT EXISTS banks (name TEXT PRIMARY KEY, pdq_threshold INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS hashes (
    id INTEGER PRIMARY KEY,
    bank TEXT NOT NULL REFERENCES banks(name) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    case_id TEXT,
    note TEXT,
    UNIQUE (bank, kind, value)
);
CREATE TABLE IF NOT EXISTS changes (
    revision INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    bank TEXT,
    hash_kind TEXT,
    value TEXT,
    case_id TEXT,
    person_id TEXT,
    embedding_id TEXT
);
"""


def normalise_hash(kind: HashKind, value: str) -> str:
    """Lower-case hex of the right length for ``kind``, or ``ValueError``."""
    text = value.strip().lower() if isinstance(value, str) else ""
    want = HEX_LENGTHS[HashKind(kind)]
    if len(text) != want or not set(text) <= _HEX_DIGITS:
        raise ValueError(f"not a {HashKind(kind).value} hash ({want} hex digits): {value!r}")
    return text


def normalise_vector(vector: Vector) -> Vector:
    array = np.asarray(vector, dtype=np.float32)
    if array.ndim != 1 or array.size == 0 or not bool(np.all(np.isfinite(array))):
        raise StoreError("an embedding must be a non-empty, finite, one-dimensional vector", code="store_invalid")
    norm = float(np.linalg.norm(array))
    if norm == 0.0:
        raise StoreError("an embedding must not be all zeros", code="store_invalid")
    normalised: Vector = (array / norm).astype(np.float32)
    return normalised


class SqliteStore:
    """Implements ``RegistryStore``, ``BankStore``, ``ChangeLog`` and ``BankBatchWriter``.

    One connection per thread (SQLite connections are not shared across threads); WAL mode and a
    busy timeout let several processes read and write the same directory.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / DB_NAME
        self._local = threading.local()

    @classmethod
    def open(cls, directory: Path, *, create: bool = False) -> SqliteStore:
        directory = Path(directory)
        if not directory.is_dir():
            if not create:
                raise StoreError(f"store directory {directory} does not exist")
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create store directory {directory}: {exc}") from exc
        elif not (directory / DB_NAME).exists() and not create:
            raise StoreError(f"store directory {directory} has no {DB_NAME}; create it first")
        store = cls(directory)
        store._migrate()
        return store

    # -- connection --------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=True)
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from exc
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._conn().execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from exc

    def _write(self) -> _Transaction:
        return _Transaction(self._conn(), self.path)

    def _migrate(self) -> None:
        with self._write() as cur:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    cur.execute(statement)
            row = cur.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                cur.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif row[0] != str(SCHEMA_VERSION):
                raise StoreError(f"{self.path} has schema version {row[0]}; this engine reads {SCHEMA_VERSION}")

    @staticmethod
    def _log(cur: sqlite3.Cursor, kind: ChangeKind, **fields: str | None) -> None:
        columns = ["kind", *fields]
        cur.execute(
            f"INSERT INTO changes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            (kind.value, *fields.values()),
        )

    # -- registry ------------------------------------------------------------------------------
    def person_put(self, person: ProtectedPerson) -> None:
        if not person.person_id:
            raise StoreError("a person needs a non-empty person_id", code="store_invalid")
        with self._write() as cur:
            cur.execute(
                """INSERT INTO persons (person_id, names, aliases, handles, verified, active, seq)
                   VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM persons))
                   ON CONFLICT (person_id) DO UPDATE SET names = excluded.names, aliases = excluded.aliases,
                   handles = excluded.handles, verified = excluded.verified, active = excluded.active""",
                (
                    person.person_id,
                    json.dumps(list(person.names)),
                    json.dumps(list(person.aliases)),
                    json.dumps(list(person.handles)),
                    int(person.verified),
                    int(person.active),
                ),
            )
            self._log(cur, ChangeKind.PERSON_PUT, person_id=person.person_id)

    def person_get(self, person_id: str) -> ProtectedPerson | None:
        rows = self._read(
            "SELECT person_id, names, aliases, handles, verified, active FROM persons WHERE person_id = ?",
            (person_id,),
        )
        return _person(rows[0]) if rows else None

    def person_delete(self, person_id: str) -> None:
        with self._write() as cur:
            # Explicitly, not only by cascade: erasure must not depend on a pragma being on.
            cur.execute("DELETE FROM embeddings WHERE person_id = ?", (person_id,))
            deleted = cur.execute("DELETE FROM persons WHERE person_id = ?", (person_id,)).rowcount
            if deleted:
                self._log(cur, ChangeKind.PERSON_DELETED, person_id=person_id)

    def person_list(self) -> list[ProtectedPerson]:
        rows = self._read("SELECT person_id, names, aliases, handles, verified, active FROM persons ORDER BY seq")
        return [_person(row) for row in rows]

    def embedding_add(self, person_id: str, vector: Vector) -> str:
        array = normalise_vector(vector)
        embedding_id = uuid.uuid4().hex
        with self._write() as cur:
            if cur.execute("SELECT 1 FROM persons WHERE person_id = ?", (person_id,)).fetchone() is None:
                raise StoreError(f"no protected person {person_id!r}", code="store_unknown_person")
            cur.execute(
                """INSERT INTO embeddings (embedding_id, person_id, vector, seq)
                   VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM embeddings))""",
                (embedding_id, person_id, array.astype("<f4").tobytes()),
            )
            self._log(cur, ChangeKind.EMBEDDING_ADDED, person_id=person_id, embedding_id=embedding_id)
        return embedding_id

    def embedding_list(self) -> Iterator[FaceEmbedding]:
        rows = self._read("SELECT embedding_id, person_id, vector FROM embeddings ORDER BY seq")
        for embedding_id, person_id, raw in rows:
            yield FaceEmbedding(embedding_id, person_id, np.frombuffer(raw, dtype="<f4").astype(np.float32))

    def revision(self) -> int:
        rows = self._read("SELECT COALESCE(MAX(revision), 0) FROM changes")
        floor = self._read("SELECT value FROM meta WHERE key = 'log_floor'")
        return max(int(rows[0][0]), int(floor[0][0]) if floor else 0)

    # -- banks ---------------------------------------------------------------------------------
    def bank_ensure(self, name: str, *, pdq_threshold: int = 31) -> Bank:
        _check_bank_name(name)
        if not 0 <= pdq_threshold <= 256:
            raise ValueError(f"pdq_threshold must be in 0..256, got {pdq_threshold}")
        with self._write() as cur:
            row = cur.execute("SELECT pdq_threshold FROM banks WHERE name = ?", (name,)).fetchone()
            if row is not None:
                return Bank(name, int(row[0]))
            cur.execute("INSERT INTO banks (name, pdq_threshold) VALUES (?, ?)", (name, pdq_threshold))
            self._log(cur, ChangeKind.BANK, bank=name)
        return Bank(name, pdq_threshold)

    def bank_list(self) -> list[Bank]:
        return [Bank(name, int(t)) for name, t in self._read("SELECT name, pdq_threshold FROM banks ORDER BY name")]

    def hash_add(self, entry: BankEntry) -> bool:
        added, _ = self.hash_apply(entry.bank, [entry], [])
        return added == 1

    def hash_remove(self, bank: str, kind: HashKind, value: str) -> bool:
        try:
            kind, value = HashKind(kind), normalise_hash(kind, value)
        except ValueError:
            return False  # a malformed hash cannot be in the bank
        _, removed = self.hash_apply(bank, [], [(kind, value)])
        return removed == 1

    def hash_apply(
        self, bank: str, add: Sequence[BankEntry], remove: Sequence[tuple[HashKind, str]]
    ) -> tuple[int, int]:
        _check_bank_name(bank)
        # Validate everything before the transaction: a bad entry writes nothing.
        additions = []
        for entry in add:
            if entry.bank != bank:
                raise ValueError(f"entry for bank {entry.bank!r} in a batch for {bank!r}")
            kind = HashKind(entry.kind)
            additions.append((kind.value, normalise_hash(kind, entry.value), entry.case_id, entry.note))
        removals = [(HashKind(kind).value, normalise_hash(kind, value)) for kind, value in remove]
        added = removed = 0
        with self._write() as cur:
            if add and cur.execute("SELECT 1 FROM banks WHERE name = ?", (bank,)).fetchone() is None:
                cur.execute("INSERT INTO banks (name, pdq_threshold) VALUES (?, 31)", (bank,))
                self._log(cur, ChangeKind.BANK, bank=bank)
            for kind_value, value in removals:
                if cur.execute(
                    "DELETE FROM hashes WHERE bank = ? AND kind = ? AND value = ?", (bank, kind_value, value)
                ).rowcount:
                    removed += 1
                    self._log(cur, ChangeKind.HASH_REMOVED, bank=bank, hash_kind=kind_value, value=value)
            for kind_value, value, case_id, note in additions:
                if cur.execute(
                    "INSERT OR IGNORE INTO hashes (bank, kind, value, case_id, note) VALUES (?, ?, ?, ?, ?)",
                    (bank, kind_value, value, case_id, note),
                ).rowcount:
                    added += 1
                    self._log(cur, ChangeKind.HASH_ADDED, bank=bank, hash_kind=kind_value, value=value,
                              case_id=case_id)
        return added, removed

    def hash_list(self, bank: str) -> Iterator[BankEntry]:
        last = 0
        while True:  # pages, so a 10M-hash bank is not read into memory at once
            rows = self._read(
                "SELECT id, kind, value, case_id, note FROM hashes WHERE bank = ? AND id > ? ORDER BY id LIMIT 5000",
                (bank, last),
            )
            if not rows:
                return
            for row_id, kind, value, case_id, note in rows:
                yield BankEntry(bank, HashKind(kind), value, case_id, note)
                last = row_id

    # -- change log ----------------------------------------------------------------------------
    def changes_since(self, revision: int, *, limit: int = 10_000) -> list[Change] | None:
        floor = self._read("SELECT value FROM meta WHERE key = 'log_floor'")
        if floor and revision < int(floor[0][0]):
            return None
        rows = self._read(
            """SELECT c.revision, c.kind, c.bank, c.hash_kind, c.value, c.case_id, c.person_id, c.embedding_id,
                      e.vector
               FROM changes c LEFT JOIN embeddings e
                 ON c.kind = 'embedding_added' AND e.embedding_id = c.embedding_id
               WHERE c.revision > ? ORDER BY c.revision LIMIT ?""",
            (revision, limit),
        )
        return [
            Change(
                revision=int(rev),
                kind=ChangeKind(kind),
                bank=bank,
                hash_kind=HashKind(hash_kind) if hash_kind else None,
                value=value,
                case_id=case_id,
                person_id=person_id,
                embedding_id=embedding_id,
                vector=np.frombuffer(raw, dtype="<f4").astype(np.float32) if raw is not None else None,
            )
            for rev, kind, bank, hash_kind, value, case_id, person_id, embedding_id, raw in rows
        ]

    def changes_prune(self, up_to_revision: int) -> int:
        """Drop log rows at or below ``up_to_revision``; matchers older than that rebuild."""
        with self._write() as cur:
            deleted = cur.execute("DELETE FROM changes WHERE revision <= ?", (up_to_revision,)).rowcount
            cur.execute(
                """INSERT INTO meta (key, value) VALUES ('log_floor', ?)
                   ON CONFLICT (key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))""",
                (str(up_to_revision),),
            )
        return int(deleted)


class _Transaction:
    """``BEGIN IMMEDIATE`` .. ``COMMIT`` (or ``ROLLBACK`` on any error), SQLite errors as StoreError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def __enter__(self) -> sqlite3.Cursor:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot write {self.path}: {exc}") from exc
        return self.conn.cursor()

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.DatabaseError as commit_error:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"cannot write {self.path}: {commit_error}") from commit_error
        self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"cannot write {self.path}: {exc}") from exc


def _check_bank_name(name: str) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= 64 or name != name.strip():
        raise ValueError(f"a bank name is 1 to 64 characters without surrounding spaces, got {name!r}")


def _person(row: Sequence[Any]) -> ProtectedPerson:
    person_id, names, aliases, handles, verified, active = row
    return ProtectedPerson(
        person_id=person_id,
        names=tuple(json.loads(names)),
        aliases=tuple(json.loads(aliases)),
        handles=tuple(json.loads(handles)),
        verified=bool(verified),
        active=bool(active),
    )
