"""The guard's registry conformance suite over the likeness app's Django models.

Runs on SQLite in the default run and on PostgreSQL under ``python -m bountyboard.testing.pgcluster``.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.index.matchers import FaceMatcher
from bountyboard.guard.store.conformance import (
    RegistryChangeLogConformance,
    RegistryStoreConformance,
    unit_vector,
)
from bountyboard.guard.store.interfaces import ChangeLog, ProtectedPerson
from bountyboard.likeness.guard_store import DjangoRegistryStore, registry_changed, registry_faces_erase
from bountyboard.likeness.models import LikenessStatus, ProtectedLikeness, RegistryChange


@pytest.mark.postgres
@pytest.mark.django_db
class TestDjangoRegistryStore(RegistryStoreConformance):
    @pytest.fixture
    def store(self) -> DjangoRegistryStore:
        return DjangoRegistryStore()

    def reopen(self, store: DjangoRegistryStore) -> DjangoRegistryStore:
        return DjangoRegistryStore()  # no state outside the database


@pytest.mark.postgres
@pytest.mark.django_db
class TestDjangoRegistryChangeLog(RegistryChangeLogConformance):
    @pytest.fixture
    def store(self) -> DjangoRegistryStore:
        return DjangoRegistryStore()


@pytest.mark.django_db
class TestRegistryChangesReachTheMatcher:
    """The face matcher follows the log: it applies the writes after its revision, nothing else."""

    def test_the_store_is_a_change_log(self) -> None:
        assert isinstance(DjangoRegistryStore(), ChangeLog)

    def test_replaced_photos_drop_the_old_face_and_match_the_new_one(self) -> None:
        store = DjangoRegistryStore()
        store.person_put(ProtectedPerson("p5", names=("Ada Example",)))
        store.embedding_add("p5", unit_vector(21))
        matcher = FaceMatcher(store, None)
        assert matcher.match(unit_vector(21), threshold=0.9) is not None
        before = matcher.revision
        registry_faces_erase("p5")
        store.embedding_add("p5", unit_vector(22))
        registry_changed("person_put", "p5")
        assert matcher.match(unit_vector(21), threshold=0.9) is None
        hit = matcher.match(unit_vector(22), threshold=0.9)
        assert hit is not None and hit.person_id == "p5"
        assert matcher.revision == store.revision() > before

    def test_a_log_from_before_faces_were_named_makes_the_matcher_rebuild(self) -> None:
        store = DjangoRegistryStore()
        store.person_put(ProtectedPerson("p6"))
        start = store.revision()
        RegistryChange.objects.create(kind="embedding_added", person_id="p6")  # an old row, no face id
        assert store.changes_since(start) is None

    def test_an_unknown_change_kind_is_refused(self) -> None:
        with pytest.raises(ValueError):
            registry_changed("person_renamed", "p7")
        assert not RegistryChange.objects.filter(person_id="p7").exists()


@pytest.mark.django_db
class TestDjangoRegistryStoreStates:
    def test_a_rejected_registration_protects_nothing_and_stays_rejected(self) -> None:
        store = DjangoRegistryStore()
        store.person_put(ProtectedPerson("p1", names=("Ada Example",)))
        ProtectedLikeness.objects.filter(pk="p1").update(status=LikenessStatus.REJECTED)
        person = store.person_get("p1")
        assert person is not None and not person.active and not person.verified
        store.person_put(ProtectedPerson("p1", names=("Ada Example",), active=True))
        assert ProtectedLikeness.objects.get(pk="p1").status == LikenessStatus.REJECTED

    def test_embeddings_are_stored_as_128_float32(self) -> None:
        store = DjangoRegistryStore()
        store.person_put(ProtectedPerson("p2"))
        store.embedding_add("p2", unit_vector(1))
        (row,) = ProtectedLikeness.objects.get(pk="p2").faces.all()
        assert row.dim == 128 and len(bytes(row.vector)) == 512

    def test_revision_never_repeats_even_after_the_log_is_emptied(self) -> None:
        # A guard caches the registry by revision: a number seen before must never come back.
        store = DjangoRegistryStore()
        store.person_put(ProtectedPerson("p3"))
        store.person_put(ProtectedPerson("p3", names=("Renamed",)))
        seen = store.revision()
        RegistryChange.objects.all().delete()
        store.person_put(ProtectedPerson("p4"))
        assert store.revision() > seen
