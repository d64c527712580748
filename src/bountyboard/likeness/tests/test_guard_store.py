"""The guard's registry conformance suite over the likeness app's Django models.

Runs on SQLite in the default run and on PostgreSQL under ``python -m bountyboard.testing.pgcluster``.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.store.conformance import RegistryStoreConformance, unit_vector
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.likeness.guard_store import DjangoRegistryStore
from bountyboard.likeness.models import LikenessStatus, ProtectedLikeness, RegistryChange


@pytest.mark.postgres
@pytest.mark.django_db
class TestDjangoRegistryStore(RegistryStoreConformance):
    @pytest.fixture
    def store(self) -> DjangoRegistryStore:
        return DjangoRegistryStore()

    def reopen(self, store: DjangoRegistryStore) -> DjangoRegistryStore:
        return DjangoRegistryStore()  # no state outside the database


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
