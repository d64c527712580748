"""A face match right after one registry change, at 50,000 enrolled embeddings (issue 10, item 6).

In one fresh SQLite database (its own process): 10,000 protected persons with 5 embeddings each.
Two face matchers over the same Django registry store, both built and warm; then one registry
write (a new face for one person) and the time of the next match of each:

- before: the matcher over the store without its change log (the registry as it was: the matcher
  diffs the whole person and embedding lists against its index);
- after: the matcher over ``DjangoRegistryStore`` as it is, replaying the one logged change.

    python -m benchmarks registry_changes
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

from benchmarks.backends import backend_main, django_ready, sqlite_backend_run

PERSONS = 10_000
FACES_EACH = 5
ROUNDS = 5


def backend_run(backend: str) -> None:
    django_ready()
    import numpy as np

    from bountyboard.guard.index.matchers import FaceMatcher
    from bountyboard.guard.store.interfaces import FaceEmbedding, ProtectedPerson, Vector
    from bountyboard.likeness.guard_store import DjangoRegistryStore, vector_to_bytes
    from bountyboard.likeness.models import ProtectedLikeness, ReferenceFace, RegistryChange

    rng = np.random.default_rng(10)
    ProtectedLikeness.objects.bulk_create(
        [ProtectedLikeness(id=f"p{n:05d}", legal_name=f"Person {n}") for n in range(PERSONS)], batch_size=2000
    )
    vectors = rng.standard_normal((PERSONS * FACES_EACH, 128)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ReferenceFace.objects.bulk_create(
        [ReferenceFace(likeness_id=f"p{i // FACES_EACH:05d}", vector=vector_to_bytes(v), dim=128)
         for i, v in enumerate(vectors)],
        batch_size=2000,
    )
    RegistryChange.objects.create(kind="person_put", person_id="p00000")

    class WithoutLog:
        """The same registry through the plain ``RegistryStore`` methods only (no ``changes_since``)."""

        def __init__(self, inner: DjangoRegistryStore) -> None:
            self.inner = inner

        def person_get(self, person_id: str) -> ProtectedPerson | None:
            return self.inner.person_get(person_id)

        def person_list(self) -> list[ProtectedPerson]:
            return self.inner.person_list()

        def embedding_list(self) -> Iterator[FaceEmbedding]:
            return self.inner.embedding_list()

        def revision(self) -> int:
            return self.inner.revision()

    store = DjangoRegistryStore()
    matchers = {"before (no change log)": FaceMatcher(WithoutLog(store), None), "after (change log)": FaceMatcher(store, None)}
    probe: Vector = vectors[123]
    started = time.perf_counter()
    for matcher in matchers.values():
        assert matcher.match(probe, threshold=0.9) is not None  # build both indexes
    print(f"registry: {PERSONS:,} persons, {len(vectors):,} embeddings; both matchers built in "
          f"{time.perf_counter() - started:.1f} s")
    timings: dict[str, list[float]] = {name: [] for name in matchers}
    for round_ in range(ROUNDS):
        new_face = rng.standard_normal(128).astype(np.float32)
        new_face /= np.linalg.norm(new_face)
        store.embedding_add(f"p{round_:05d}", new_face)  # one registry change
        for name, matcher in matchers.items():
            started = time.perf_counter()
            hit = matcher.match(new_face, threshold=0.9)
            timings[name].append((time.perf_counter() - started) * 1000)
            assert hit is not None and hit.person_id == f"p{round_:05d}", name
    for name, values in timings.items():
        print(f"match after one change, {name:24}: median {statistics.median(values):8.1f} ms, "
              f"max {max(values):8.1f} ms ({ROUNDS} changes)", flush=True)


def run() -> None:
    sqlite_backend_run("benchmarks.bench_registry_changes")  # the store's SQL is the same on PostgreSQL


if __name__ == "__main__":
    backend_main(backend_run, run)
