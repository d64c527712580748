"""FaceIndex: exact when flat, close to exact with lists, incremental writes, persistence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.face import FLAT_BELOW, FaceIndex

DIM = 32


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def clustered(rng: np.random.Generator, people: int, per_person: int, dim: int = DIM) -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of ``people`` identities, ``per_person`` noisy samples each, and the centres."""
    centres = unit(rng.standard_normal((people, dim)))
    noise = rng.standard_normal((people * per_person, dim)) / np.sqrt(dim)
    return unit(np.repeat(centres, per_person, axis=0) + 0.7 * noise), centres


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(3)


class TestSearch:
    def test_flat_index_equals_brute_force(self, rng):
        vectors = unit(rng.standard_normal((500, DIM)))
        index = FaceIndex(DIM)
        index.add_many(np.arange(500) * 3, vectors)
        assert index.lists == 0
        for query in unit(rng.standard_normal((20, DIM))):
            scores = vectors @ query
            expected = np.argsort(-scores)[:5]
            got = index.search(query, k=5)
            assert [i for i, _ in got] == (expected * 3).tolist()
            np.testing.assert_allclose([s for _, s in got], scores[expected], rtol=1e-5)

    def test_lists_find_the_exact_top_hit_for_new_samples_of_enrolled_people(self, rng):
        dim = 64
        vectors, centres = clustered(rng, 3000, 4, dim)
        index = FaceIndex(dim)
        index.add_many(np.arange(len(vectors)), vectors)
        assert index.lists > 0  # past FLAT_BELOW: the inverted lists are in use
        people = rng.integers(3000, size=300)
        queries = unit(centres[people] + 0.7 * rng.standard_normal((300, dim)) / np.sqrt(dim))
        # ids, not scores: one vector's cosine may differ in the last bit between two BLAS calls
        agree = sum(index.search(q)[0][0] == index.search_exact(q)[0][0] for q in queries)
        assert agree >= 0.97 * len(queries)
        # and the scores it returns are exact cosines, not estimates
        item, score = index.search(queries[0])[0]
        assert score == pytest.approx(float(vectors[item] @ queries[0]), abs=1e-5)

    def test_unnormalised_input_is_normalised(self, rng):
        index = FaceIndex(DIM)
        vector = rng.standard_normal(DIM).astype(np.float32)
        index.add(1, vector * 10)
        [(item, score)] = index.search(vector * 0.1)
        assert item == 1 and score == pytest.approx(1.0, abs=1e-5)

    def test_bad_vectors_are_refused(self, rng):
        index = FaceIndex(DIM)
        with pytest.raises(ValueError, match="dimension"):
            index.add(1, np.ones(DIM + 1))
        with pytest.raises(ValueError, match="finite"):
            index.add(1, np.full(DIM, np.nan))
        with pytest.raises(ValueError, match="zero"):
            index.search(np.zeros(DIM))
        assert len(index) == 0

    def test_empty_index_finds_nothing(self):
        assert FaceIndex(DIM).search(np.ones(DIM)) == []


class TestIncremental:
    def test_add_and_remove_are_visible_without_retraining(self, rng):
        vectors, _ = clustered(rng, 2000, 3)
        index = FaceIndex(DIM)
        index.add_many(np.arange(len(vectors)), vectors)
        centroids = index._centroids
        fresh = unit(rng.standard_normal(DIM))
        index.add(10**6, fresh)
        assert index.search(fresh)[0][0] == 10**6
        assert index.remove(5) is True
        assert all(i != 5 for i, _ in index.search(vectors[5], k=10))
        assert index.remove(5) is False
        assert index.remove(10**6) is True and index.search(fresh)[0][0] != 10**6
        assert index._centroids is centroids
        assert len(index) == len(vectors) - 1

    def test_repeated_ids_are_refused(self, rng):
        index = FaceIndex(DIM)
        index.add(1, unit(rng.standard_normal(DIM)))
        with pytest.raises(ValueError, match="already"):
            index.add(1, unit(rng.standard_normal(DIM)))
        with pytest.raises(ValueError, match="repeated"):
            index.add_many([2, 2], unit(rng.standard_normal((2, DIM))))
        assert len(index) == 1

    def test_many_writes_fold_into_lists_and_stay_consistent(self, rng):
        vectors, _ = clustered(rng, 1500, 4)
        index = FaceIndex(DIM)
        for start in range(0, len(vectors), 500):
            index.add_many(np.arange(start, start + 500), vectors[start : start + 500])
        for item in range(0, 3000, 2):
            index.remove(item)
        assert len(index) == len(vectors) - 1500
        assert len(vectors) - 1500 > FLAT_BELOW // 2
        for item in (1, 2999, 5999):
            assert index.search(vectors[item])[0][0] == item
        np.testing.assert_allclose(index.vector(5999), vectors[5999], rtol=1e-6)
        with pytest.raises(KeyError):
            index.vector(2)


class TestPersistence:
    def test_round_trip_with_lists_delta_and_tombstones(self, rng, tmp_path: Path):
        vectors, _ = clustered(rng, 1500, 4)
        index = FaceIndex(DIM)
        index.add_many(np.arange(len(vectors)), vectors)
        index.remove(7)
        index.add(99_999, vectors[7])
        path = tmp_path / "faces.npz"
        index.save(path)
        loaded = FaceIndex.load(path)
        assert len(loaded) == len(index) and loaded.lists == index.lists
        for query in vectors[:50]:
            assert loaded.search(query, k=3) == index.search(query, k=3)

    def test_corrupt_files_are_store_errors(self, rng, tmp_path: Path):
        index = FaceIndex(DIM)
        index.add_many(np.arange(100), unit(rng.standard_normal((100, DIM))))
        index.compact()
        good = tmp_path / "good.npz"
        index.save(good)
        data = good.read_bytes()
        (tmp_path / "truncated.npz").write_bytes(data[: len(data) // 2])
        (tmp_path / "garbage.npz").write_bytes(b"\x00" * 100)
        with np.load(good) as arrays:
            bad = {k: arrays[k] for k in arrays.files}
        bad["offsets"] = bad["offsets"][::-1].copy()
        np.savez(tmp_path / "offsets.npz", **bad)
        for name in ("truncated.npz", "garbage.npz", "offsets.npz", "missing.npz"):
            with pytest.raises(StoreError):
                FaceIndex.load(tmp_path / name)
