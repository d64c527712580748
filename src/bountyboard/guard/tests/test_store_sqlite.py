"""SqliteStore: the shared conformance suites, plus what only a store directory has."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bountyboard.guard.errors import StoreError
from bountyboard.guard.store.conformance import (
    PDQ_A,
    BankBatchWriterConformance,
    BankChangeLogConformance,
    BankStoreConformance,
    RegistryChangeLogConformance,
    RegistryStoreConformance,
    unit_vector,
)
from bountyboard.guard.store.interfaces import BankEntry, HashKind, ProtectedPerson
from bountyboard.guard.store.sqlite import DB_NAME, SqliteStore


class SqliteFixture:
    @pytest.fixture
    def store(self, tmp_path: Path) -> SqliteStore:
        return SqliteStore.open(tmp_path / "store", create=True)

    def reopen(self, store: SqliteStore) -> SqliteStore:
        store.close()
        return SqliteStore.open(store.directory)


class TestSqliteRegistry(SqliteFixture, RegistryStoreConformance):
    pass


class TestSqliteBanks(SqliteFixture, BankStoreConformance):
    pass


class TestSqliteBankChangeLog(SqliteFixture, BankChangeLogConformance):
    pass


class TestSqliteRegistryChangeLog(SqliteFixture, RegistryChangeLogConformance):
    pass


class TestSqliteBatchWriter(SqliteFixture, BankBatchWriterConformance):
    pass


class TestOpen:
    def test_a_missing_directory_is_a_store_error_unless_created(self, tmp_path: Path):
        with pytest.raises(StoreError, match="store directory .* does not exist"):
            SqliteStore.open(tmp_path / "missing")
        assert not (tmp_path / "missing").exists()
        store = SqliteStore.open(tmp_path / "missing", create=True)
        assert (tmp_path / "missing" / DB_NAME).is_file()
        assert store.bank_list() == []

    def test_an_existing_directory_without_a_database_needs_create(self, tmp_path: Path):
        with pytest.raises(StoreError, match="create it first"):
            SqliteStore.open(tmp_path)

    def test_a_corrupt_database_is_a_store_error(self, tmp_path: Path):
        (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
        with pytest.raises(StoreError):
            SqliteStore.open(tmp_path)

    def test_a_newer_schema_is_refused(self, tmp_path: Path):
        SqliteStore.open(tmp_path, create=True).close()
        with sqlite3.connect(tmp_path / DB_NAME) as conn:
            conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        with pytest.raises(StoreError, match="schema version 99"):
            SqliteStore.open(tmp_path)


class TestSharing:
    def test_a_write_in_another_process_is_seen_through_revision_and_log(self, tmp_path: Path):
        store = SqliteStore.open(tmp_path, create=True)
        store.bank_ensure("b")
        before = store.revision()
        script = (
            "import sys; from pathlib import Path;"
            "from bountyboard.guard.store.sqlite import SqliteStore;"
            "from bountyboard.guard.store.interfaces import BankEntry, HashKind;"
            f"SqliteStore.open(Path(sys.argv[1])).hash_add(BankEntry('b', HashKind.PDQ, {PDQ_A!r}))"
        )
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True)
        assert store.revision() > before
        assert [(c.kind.value, c.value) for c in store.changes_since(before)] == [("hash_added", PDQ_A)]

    def test_pruned_log_tells_old_readers_to_rebuild(self, tmp_path: Path):
        store = SqliteStore.open(tmp_path, create=True)
        store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_A))
        revision = store.revision()
        store.person_put(ProtectedPerson("p1"))
        store.changes_prune(revision)
        assert store.changes_since(revision - 1) is None
        assert [c.person_id for c in store.changes_since(revision)] == ["p1"]
        assert store.revision() == revision + 1

    def test_revision_does_not_go_back_when_the_whole_log_is_pruned(self, tmp_path: Path):
        store = SqliteStore.open(tmp_path, create=True)
        store.person_put(ProtectedPerson("p1"))
        store.embedding_add("p1", unit_vector(1))
        revision = store.revision()
        store.changes_prune(revision)
        assert store.revision() == revision
        store.person_put(ProtectedPerson("p2"))
        assert store.revision() > revision

    def test_a_wrong_bank_in_a_batch_writes_nothing(self, tmp_path: Path):
        store = SqliteStore.open(tmp_path, create=True)
        with pytest.raises(ValueError, match="batch for"):
            store.hash_apply("a", [BankEntry("a", HashKind.PDQ, PDQ_A), BankEntry("b", HashKind.PDQ, PDQ_A)], [])
        assert store.bank_list() == []
