"""FaceIndex: exact when flat, close to exact with lists, incremental writes, persistence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.face import FILE_KIND, FLAT_BELOW, FORMAT_VERSION, FaceIndex
from bountyboard.guard.index.mapped_file import mapped_load, mapped_save

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
        quantiser = index._quantiser
        fresh = unit(rng.standard_normal(DIM))
        index.add(10**6, fresh)
        assert index.search(fresh)[0][0] == 10**6
        assert index.remove(5) is True
        assert all(i != 5 for i, _ in index.search(vectors[5], k=10))
        assert index.remove(5) is False
        assert index.remove(10**6) is True and index.search(fresh)[0][0] != 10**6
        assert index._quantiser is quantiser
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
        # stored as two-byte codes: each component within max|x| / 64516 of the original
        np.testing.assert_allclose(index.vector(5999), vectors[5999], atol=2e-5)
        with pytest.raises(KeyError):
            index.vector(2)


class TestPersistence:
    def test_round_trip_with_lists_delta_and_tombstones(self, rng, tmp_path: Path):
        vectors, _ = clustered(rng, 1500, 4)
        index = FaceIndex(DIM)
        index.add_many(np.arange(len(vectors)), vectors)
        index.remove(7)
        index.add(99_999, vectors[7])
        path = tmp_path / "faces.idx"
        index.save(path)
        loaded = FaceIndex.load(path)
        assert len(loaded) == len(index) and loaded.lists == index.lists
        for query in vectors[:50]:
            assert loaded.search(query, k=3) == index.search(query, k=3)

    def test_write_from_a_mapped_array_finds_what_add_many_finds(self, rng, tmp_path: Path):
        vectors, centres = clustered(rng, 1500, 4)
        np.save(tmp_path / "vectors.npy", vectors * 3.0)  # not normalised: write normalises
        FaceIndex.write(tmp_path / "faces.idx", np.arange(len(vectors)), np.load(tmp_path / "vectors.npy", mmap_mode="r"))
        written = FaceIndex.load(tmp_path / "faces.idx")
        assert written.lists > 0 and len(written) == len(vectors)
        queries = unit(centres[:100] + 0.7 * rng.standard_normal((100, DIM)) / np.sqrt(DIM))
        agree = sum(written.search(q)[0][0] == written.search_exact(q)[0][0] for q in queries)
        assert agree >= 97
        assert written.search_many(queries[:10]) == [written.search(q) for q in queries[:10]]
        truth = np.argmax(vectors @ queries.T, axis=0)
        assert sum(written.search_exact(q)[0][0] == t for q, t in zip(queries, truth, strict=True)) >= 99

    def test_corrupt_files_are_store_errors(self, rng, tmp_path: Path):
        vectors, _ = clustered(rng, 1500, 4)
        index = FaceIndex(DIM)
        index.add_many(np.arange(len(vectors)), vectors)
        index.compact()
        good = tmp_path / "good.idx"
        index.save(good)
        data = good.read_bytes()
        (tmp_path / "truncated.idx").write_bytes(data[: len(data) // 2])
        (tmp_path / "garbage.idx").write_bytes(b"\x00" * 10_000)
        flipped = bytearray(data)
        flipped[-5000] ^= 0x01
        (tmp_path / "flipped.idx").write_bytes(bytes(flipped))
        mapped = mapped_load(good, kind=FILE_KIND, version=FORMAT_VERSION, what="test")
        arrays = {name: np.array(array) for name, array in mapped.arrays.items()}
        for key, broken in (
            ("offsets", arrays["offsets"][::-1].copy()),
            ("id_rows", np.zeros_like(arrays["id_rows"])),
            ("groups", arrays["groups"][:-1]),
            ("scales", np.zeros_like(arrays["scales"])),
        ):
            mapped_save(tmp_path / f"bad-{key}.idx", kind=FILE_KIND, version=FORMAT_VERSION,
                        arrays=dict(arrays, **{key: broken}), meta=mapped.meta)
        names = ["truncated", "garbage", "flipped", "missing", "bad-offsets", "bad-id_rows", "bad-groups", "bad-scales"]
        for name in names:
            with pytest.raises(StoreError):
                FaceIndex.load(tmp_path / f"{name}.idx")

    def test_another_process_maps_the_file_and_finds_the_same_faces(self, rng, tmp_path: Path):
        vectors, centres = clustered(rng, 1500, 4)
        index = FaceIndex(DIM)
        index.add_many(np.arange(len(vectors)), vectors)
        path = tmp_path / "faces.idx"
        index.save(path)
        loaded = FaceIndex.load(path)
        assert not loaded._main.hi.flags.writeable  # a read-only view of the shared mapping
        queries = unit(centres[:20] + 0.7 * rng.standard_normal((20, DIM)) / np.sqrt(DIM))
        script = (
            "import json, sys; import numpy as np; from pathlib import Path;"
            "from bountyboard.guard.index.face import FaceIndex;"
            "index = FaceIndex.load(Path(sys.argv[1]));"
            "print(json.dumps([index.search(q, k=3) for q in np.array(json.loads(sys.stdin.read()))]))"
        )
        out = subprocess.run([sys.executable, "-c", script, str(path)], input=json.dumps(queries.tolist()),
                             capture_output=True, text=True, check=True, timeout=120).stdout
        theirs = [[(i, s) for i, s in hits] for hits in json.loads(out)]
        ours = [index.search(q, k=3) for q in queries]
        assert [[i for i, _ in hits] for hits in theirs] == [[i for i, _ in hits] for hits in ours]
        for their_hits, our_hits in zip(theirs, ours, strict=True):
            np.testing.assert_allclose([s for _, s in their_hits], [s for _, s in our_hits], atol=1e-6)
