"""Conformance suites every store implementation must pass, as plain pytest base classes.

Subclass one in a test module and provide a ``store`` fixture (a fresh, empty store); override
``reopen`` when the implementation holds state that a new process would rebuild (a connection).
Nothing here knows about SQLite or Django: ids are UUID strings so any key type fits.

    class TestSqliteRegistry(RegistryStoreConformance):
        @pytest.fixture
        def store(self, tmp_path): return SqliteStore.open(tmp_path, create=True)
"""

from __future__ import annotations

import uuid
from typing import Any

import numpy as np
import pytest

from bountyboard.guard.errors import GuardError
from bountyboard.guard.store.interfaces import (
    BankBatchWriter,
    BankEntry,
    BankStore,
    ChangeKind,
    ChangeLog,
    HashKind,
    ProtectedPerson,
    RegistryStore,
    Vector,
)

PDQ_A = "f" * 32 + "0" * 32
PDQ_B = "0123456789abcdef" * 4
MD5_A = "d41d8cd98f00b204e9800998ecf8427e"
SHA_A = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def new_id() -> str:
    return str(uuid.uuid4())


def unit_vector(seed: int, dim: int = 128) -> Vector:
    vector = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


class RegistryStoreConformance:
    """``RegistryStore``: persons, their embeddings, erasure and the revision counter."""

    def reopen(self, store: Any) -> Any:
        """The same store as a new process would open it; by default the same object."""
        return store

    def test_implements_the_protocol(self, store: Any) -> None:
        assert isinstance(store, RegistryStore)

    def test_put_then_get_returns_the_same_record(self, store: Any) -> None:
        person = ProtectedPerson(
            new_id(), names=("Ada Example", "Ada E."), aliases=("adax",), handles=("@ada",), verified=True
        )
        store.person_put(person)
        assert store.person_get(person.person_id) == person

    def test_get_of_an_unknown_person_is_none(self, store: Any) -> None:
        assert store.person_get(new_id()) is None

    def test_put_twice_replaces_and_keeps_one_record(self, store: Any) -> None:
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id, names=("Old Name",)))
        store.person_put(ProtectedPerson(person_id, names=("New Name",), active=False))
        assert store.person_get(person_id) == ProtectedPerson(person_id, names=("New Name",), active=False)
        assert [p.person_id for p in store.person_list()].count(person_id) == 1

    def test_list_holds_every_person(self, store: Any) -> None:
        ids = [new_id() for _ in range(3)]
        for person_id in ids:
            store.person_put(ProtectedPerson(person_id, names=(f"Person {person_id[:4]}",)))
        assert {p.person_id for p in store.person_list()} == set(ids)

    def test_embeddings_are_listed_with_their_person_and_vector(self, store: Any) -> None:
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id, names=("Someone",)))
        first = store.embedding_add(person_id, unit_vector(1))
        second = store.embedding_add(person_id, unit_vector(2))
        assert first != second
        listed = {e.embedding_id: e for e in store.embedding_list()}
        assert set(listed) == {first, second}
        assert listed[first].person_id == person_id
        assert listed[first].vector.dtype == np.float32
        np.testing.assert_allclose(listed[first].vector, unit_vector(1), rtol=1e-6)
        np.testing.assert_allclose(listed[second].vector, unit_vector(2), rtol=1e-6)

    def test_embedding_for_an_unknown_person_is_refused_and_nothing_is_written(self, store: Any) -> None:
        before = store.revision()
        with pytest.raises(GuardError):
            store.embedding_add(new_id(), unit_vector(3))
        assert list(store.embedding_list()) == []
        assert store.revision() == before

    def test_a_non_finite_embedding_is_refused(self, store: Any) -> None:
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id))
        bad = unit_vector(4)
        bad[3] = np.nan
        with pytest.raises(GuardError):
            store.embedding_add(person_id, bad)
        assert list(store.embedding_list()) == []

    def test_delete_erases_the_person_and_every_embedding(self, store: Any) -> None:
        gone, kept = new_id(), new_id()
        for person_id in (gone, kept):
            store.person_put(ProtectedPerson(person_id))
        store.embedding_add(gone, unit_vector(5))
        store.embedding_add(gone, unit_vector(6))
        kept_embedding = store.embedding_add(kept, unit_vector(7))
        store.person_delete(gone)
        assert store.person_get(gone) is None
        assert [e.embedding_id for e in store.embedding_list()] == [kept_embedding]
        assert [p.person_id for p in store.person_list()] == [kept]

    def test_delete_of_an_unknown_person_changes_nothing(self, store: Any) -> None:
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id))
        store.person_delete(new_id())
        assert [p.person_id for p in store.person_list()] == [person_id]

    def test_revision_grows_with_every_write_and_not_with_reads(self, store: Any) -> None:
        seen = [store.revision()]
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id))
        seen.append(store.revision())
        store.embedding_add(person_id, unit_vector(8))
        seen.append(store.revision())
        store.person_put(ProtectedPerson(person_id, active=False))
        seen.append(store.revision())
        store.person_delete(person_id)
        seen.append(store.revision())
        assert all(later > earlier for earlier, later in zip(seen, seen[1:], strict=False))
        store.person_list()
        list(store.embedding_list())
        store.person_get(person_id)
        assert store.revision() == seen[-1]

    def test_everything_persists_across_reopen(self, store: Any) -> None:
        person = ProtectedPerson(new_id(), names=("Kept Person",), handles=("@kept",), verified=True)
        store.person_put(person)
        embedding_id = store.embedding_add(person.person_id, unit_vector(9))
        revision = store.revision()
        reopened = self.reopen(store)
        assert reopened.person_get(person.person_id) == person
        assert [e.embedding_id for e in reopened.embedding_list()] == [embedding_id]
        assert reopened.revision() == revision


class BankStoreConformance:
    """``BankStore``: banks, idempotent hash writes, listing and the revision counter."""

    def reopen(self, store: Any) -> Any:
        return store

    def test_implements_the_protocol(self, store: Any) -> None:
        assert isinstance(store, BankStore)

    def test_ensure_creates_once_and_keeps_the_first_threshold(self, store: Any) -> None:
        assert store.bank_ensure("ncii", pdq_threshold=20).pdq_threshold == 20
        assert store.bank_ensure("ncii", pdq_threshold=31).pdq_threshold == 20
        assert [(b.name, b.pdq_threshold) for b in store.bank_list()] == [("ncii", 20)]

    def test_banks_are_listed_by_name(self, store: Any) -> None:
        for name in ("zeta", "alpha"):
            store.bank_ensure(name)
        assert [b.name for b in store.bank_list()] == ["alpha", "zeta"]

    def test_add_is_idempotent(self, store: Any) -> None:
        store.bank_ensure("takedowns")
        entry = BankEntry("takedowns", HashKind.PDQ, PDQ_A, case_id="case-1", note="first report")
        assert store.hash_add(entry) is True
        assert store.hash_add(entry) is False
        assert list(store.hash_list("takedowns")) == [entry]

    def test_values_are_stored_in_lower_case(self, store: Any) -> None:
        store.bank_ensure("b")
        assert store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_B.upper())) is True
        assert store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_B)) is False
        assert [e.value for e in store.hash_list("b")] == [PDQ_B]

    def test_malformed_hashes_are_refused_and_nothing_is_written(self, store: Any) -> None:
        store.bank_ensure("b")
        for kind, value in ((HashKind.PDQ, "abc"), (HashKind.MD5, SHA_A), (HashKind.SHA256, "z" * 64)):
            with pytest.raises(ValueError):
                store.hash_add(BankEntry("b", kind, value))
        assert list(store.hash_list("b")) == []

    def test_kinds_and_banks_are_separate(self, store: Any) -> None:
        for bank in ("one", "two"):
            store.bank_ensure(bank)
        assert store.hash_add(BankEntry("one", HashKind.PDQ, SHA_A))
        assert store.hash_add(BankEntry("one", HashKind.SHA256, SHA_A))
        assert store.hash_add(BankEntry("two", HashKind.SHA256, SHA_A))
        assert store.hash_add(BankEntry("one", HashKind.MD5, MD5_A))
        assert {(e.kind, e.value) for e in store.hash_list("one")} == {
            (HashKind.PDQ, SHA_A), (HashKind.SHA256, SHA_A), (HashKind.MD5, MD5_A)
        }
        assert [(e.kind, e.value) for e in store.hash_list("two")] == [(HashKind.SHA256, SHA_A)]

    def test_remove_returns_whether_the_hash_was_there(self, store: Any) -> None:
        store.bank_ensure("b")
        store.hash_add(BankEntry("b", HashKind.MD5, MD5_A))
        assert store.hash_remove("b", HashKind.MD5, MD5_A) is True
        assert store.hash_remove("b", HashKind.MD5, MD5_A) is False
        assert store.hash_remove("no-such-bank", HashKind.MD5, MD5_A) is False
        assert list(store.hash_list("b")) == []

    def test_remove_only_touches_its_own_bank_and_kind(self, store: Any) -> None:
        for bank in ("one", "two"):
            store.bank_ensure(bank)
            store.hash_add(BankEntry(bank, HashKind.SHA256, SHA_A))
        store.hash_add(BankEntry("one", HashKind.PDQ, SHA_A))
        store.hash_remove("one", HashKind.SHA256, SHA_A)
        assert [(e.kind, e.value) for e in store.hash_list("one")] == [(HashKind.PDQ, SHA_A)]
        assert [(e.kind, e.value) for e in store.hash_list("two")] == [(HashKind.SHA256, SHA_A)]

    def test_add_to_a_missing_bank_creates_it(self, store: Any) -> None:
        assert store.hash_add(BankEntry("fresh", HashKind.PDQ, PDQ_A))
        assert "fresh" in {b.name for b in store.bank_list()}

    def test_revision_grows_with_every_change(self, store: Any) -> None:
        seen = [store.revision()]
        store.bank_ensure("b")
        seen.append(store.revision())
        store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_A))
        seen.append(store.revision())
        store.hash_remove("b", HashKind.PDQ, PDQ_A)
        seen.append(store.revision())
        assert all(later > earlier for earlier, later in zip(seen, seen[1:], strict=False))
        list(store.hash_list("b"))
        store.bank_list()
        assert store.revision() == seen[-1]

    def test_everything_persists_across_reopen(self, store: Any) -> None:
        store.bank_ensure("kept", pdq_threshold=12)
        entry = BankEntry("kept", HashKind.SHA256, SHA_A, case_id="c-9")
        store.hash_add(entry)
        revision = store.revision()
        reopened = self.reopen(store)
        assert [(b.name, b.pdq_threshold) for b in reopened.bank_list()] == [("kept", 12)]
        assert list(reopened.hash_list("kept")) == [entry]
        assert reopened.revision() == revision


class BankChangeLogConformance:
    """For a bank store that also implements ``ChangeLog``."""

    def test_implements_the_protocol(self, store: Any) -> None:
        assert isinstance(store, ChangeLog)

    def test_hash_writes_are_replayable_in_order(self, store: Any) -> None:
        start = store.revision()
        store.bank_ensure("b")
        store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_A, case_id="case-7"))
        store.hash_add(BankEntry("b", HashKind.MD5, MD5_A))
        store.hash_remove("b", HashKind.PDQ, PDQ_A)
        changes = store.changes_since(start)
        hash_changes = [(c.kind, c.bank, c.hash_kind, c.value) for c in changes if c.kind != ChangeKind.BANK]
        assert hash_changes == [
            (ChangeKind.HASH_ADDED, "b", HashKind.PDQ, PDQ_A),
            (ChangeKind.HASH_ADDED, "b", HashKind.MD5, MD5_A),
            (ChangeKind.HASH_REMOVED, "b", HashKind.PDQ, PDQ_A),
        ]
        assert next(c for c in changes if c.kind == ChangeKind.HASH_ADDED).case_id == "case-7"
        revisions = [c.revision for c in changes]
        assert revisions == sorted(set(revisions)) and revisions[-1] == store.revision()

    def test_no_op_writes_log_nothing_and_limit_pages(self, store: Any) -> None:
        store.bank_ensure("b")
        store.hash_add(BankEntry("b", HashKind.MD5, MD5_A))
        after = store.revision()
        store.hash_add(BankEntry("b", HashKind.MD5, MD5_A))
        store.hash_remove("b", HashKind.PDQ, PDQ_A)
        assert store.changes_since(after) == []
        assert len(store.changes_since(0, limit=1)) == 1


class RegistryChangeLogConformance:
    """For a registry store that also implements ``ChangeLog``."""

    def test_registry_writes_are_replayable_with_vectors(self, store: Any) -> None:
        start = store.revision()
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id))
        embedding_id = store.embedding_add(person_id, unit_vector(11))
        store.person_delete(person_id)
        changes = store.changes_since(start)
        assert [(c.kind, c.person_id) for c in changes] == [
            (ChangeKind.PERSON_PUT, person_id),
            (ChangeKind.EMBEDDING_ADDED, person_id),
            (ChangeKind.PERSON_DELETED, person_id),
        ]
        assert changes[1].embedding_id == embedding_id
        assert changes[1].vector is None  # erased since: the log must not keep a deleted face

    def test_a_live_embedding_change_carries_its_vector(self, store: Any) -> None:
        person_id = new_id()
        store.person_put(ProtectedPerson(person_id))
        start = store.revision()
        store.embedding_add(person_id, unit_vector(12))
        (change,) = store.changes_since(start)
        np.testing.assert_allclose(change.vector, unit_vector(12), rtol=1e-6)


class BankBatchWriterConformance:
    """For a bank store that also implements ``BankBatchWriter``."""

    def test_implements_the_protocol(self, store: Any) -> None:
        assert isinstance(store, BankBatchWriter)

    def test_a_batch_applies_removals_and_additions_counting_real_changes(self, store: Any) -> None:
        store.bank_ensure("b")
        store.hash_add(BankEntry("b", HashKind.PDQ, PDQ_A))
        added, removed = store.hash_apply(
            "b",
            [BankEntry("b", HashKind.PDQ, PDQ_B), BankEntry("b", HashKind.MD5, MD5_A)],
            [(HashKind.PDQ, PDQ_A), (HashKind.SHA256, SHA_A)],
        )
        assert (added, removed) == (2, 1)
        assert {e.value for e in store.hash_list("b")} == {PDQ_B, MD5_A}

    def test_a_batch_with_a_bad_entry_writes_nothing(self, store: Any) -> None:
        store.bank_ensure("b")
        before = store.revision()
        with pytest.raises(ValueError):
            store.hash_apply("b", [BankEntry("b", HashKind.PDQ, PDQ_A), BankEntry("b", HashKind.MD5, "xyz")], [])
        assert list(store.hash_list("b")) == []
        assert store.revision() == before
