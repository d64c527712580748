"""PdqIndex: exact against brute force, incremental writes, persistence, corrupt files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.mapped_file import mapped_load, mapped_save
from bountyboard.guard.index.pdq import (
    FILE_KIND,
    FORMAT_VERSION,
    ChunkLayout,
    PdqIndex,
    format_hash,
    hamming_distances,
    parse_hashes,
)
from bountyboard.guard.index.pdq_segment import Segment


def random_hashes(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.integers(0, 256, size=(n, 32), dtype=np.uint8)


def flip(raw: np.ndarray, bits: int, rng: np.random.Generator) -> str:
    """``raw`` (32 bytes) with exactly ``bits`` distinct bits flipped, as hex."""
    unpacked = np.unpackbits(raw)
    unpacked[rng.choice(256, size=bits, replace=False)] ^= 1
    return np.packbits(unpacked).tobytes().hex()


def brute_force(stored: np.ndarray, ids: np.ndarray, query: str, max_distance: int) -> list[tuple[int, int]]:
    distances = hamming_distances(parse_hashes(stored), parse_hashes([query]))
    hit = np.flatnonzero(distances <= max_distance)
    return sorted(zip(ids[hit].tolist(), distances[hit].tolist(), strict=True), key=lambda p: (p[1], p[0]))


def planted_queries(stored: np.ndarray, rng: np.random.Generator, per_distance: int = 3) -> list[str]:
    queries = []
    for distance in range(0, 41):
        for _ in range(per_distance):
            queries.append(flip(stored[rng.integers(len(stored))], distance, rng))
    queries += [h.tobytes().hex() for h in random_hashes(rng, 20)]
    return queries


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(7)


class TestExactness:
    @pytest.mark.parametrize("chunks", [None, 11, 13, 16, 32])
    def test_matches_brute_force_at_every_planted_distance(self, rng, chunks):
        stored = random_hashes(rng, 3000)
        # a cluster of near-duplicates so some queries have many hits at mixed distances
        base = stored[0]
        for i in range(1, 40):
            stored[i] = np.frombuffer(bytes.fromhex(flip(base, int(rng.integers(0, 40)), rng)), dtype=np.uint8)
        ids = rng.permutation(10_000)[:3000].astype(np.int64)
        index = PdqIndex(chunks=chunks)
        index.add_many(stored, ids)
        queries = planted_queries(stored, rng) + [base.tobytes().hex()]
        for max_distance in (0, 7, 31, 40):
            got = index.query_many(queries, max_distance)
            for query, result in zip(queries, got, strict=True):
                assert result == brute_force(stored, ids, query, max_distance)

    def test_matches_brute_force_on_clustered_hashes_with_uneven_buckets(self, rng):
        # Near-duplicates of a few images, as real banks hold: many hashes share chunk values.
        bases = random_hashes(rng, 12)
        stored = np.array(
            [np.frombuffer(bytes.fromhex(flip(bases[rng.integers(12)], int(rng.integers(0, 48)), rng)), np.uint8)
             for _ in range(4000)]
        )
        ids = np.arange(4000, dtype=np.int64)
        index = PdqIndex()
        index.add_many(stored, ids)
        queries = planted_queries(stored, rng, per_distance=1) + [flip(b, 20, rng) for b in bases]
        for max_distance in (0, 10, 31, 40):
            assert index.query_many(queries, max_distance) == [
                brute_force(stored, ids, q, max_distance) for q in queries
            ]

    @pytest.mark.parametrize("widths", [(28, 28, 25, 25, 25, 25, 25, 25, 25, 25), (20, 12) + (14,) * 16])
    def test_uneven_chunk_widths_match_brute_force_one_at_a_time_and_batched(self, rng, widths):
        stored = random_hashes(rng, 3000)
        ids = np.arange(10, 3010, dtype=np.int64)
        index = PdqIndex()
        index._main = Segment.build(parse_hashes(stored), ids, ChunkLayout(widths))
        queries = planted_queries(stored, rng, per_distance=2)
        for max_distance in (0, 9, 31, 40):
            expected = [brute_force(stored, ids, q, max_distance) for q in queries]
            assert [index.query(q, max_distance) for q in queries] == expected
            assert index.query_many(queries, max_distance) == expected

    def test_boundary_31_matches_and_32_does_not(self, rng):
        stored = random_hashes(rng, 500)
        index = PdqIndex()
        index.add_many([h.tobytes().hex() for h in stored], range(500))
        at_31 = flip(stored[42], 31, rng)
        at_32 = flip(stored[42], 32, rng)
        assert (42, 31) in index.query(at_31)
        assert all(item != 42 for item, _ in index.query(at_32))
        assert (42, 32) in index.query(at_32, max_distance=32)

    def test_results_are_sorted_by_distance_then_id(self, rng):
        raw = random_hashes(rng, 1)[0]
        hexes = [flip(raw, d, rng) for d in (5, 0, 5, 3)]
        index = PdqIndex()
        index.add_many(hexes, [40, 10, 30, 20])
        distances = [d for _, d in index.query(raw.tobytes().hex())]
        assert distances == sorted(distances)
        assert [i for i, _ in index.query(raw.tobytes().hex())][0] == 10

    def test_layout_chooses_wider_chunks_as_the_index_grows(self):
        small, large = ChunkLayout.for_size(1_000), ChunkLayout.for_size(10_000_000)
        assert sum(small.widths) == sum(large.widths) == 256
        assert max(large.widths) > max(small.widths)
        assert large.table_size <= 12 * 10_000_000 + (1 << 20)


    @pytest.mark.parametrize("n", [0, 1_000, 1_000_000, 100_000_000])
    @pytest.mark.parametrize("max_distance", [0, 7, 31, 64])
    def test_probe_radii_keep_the_pigeonhole_guarantee(self, n, max_distance):
        layout = ChunkLayout.for_size(n)
        radii = layout.radii(n, max_distance)
        # every chunk more than its radius away would make the hashes differ in > max_distance bits
        assert sum(r + 1 for r in radii) == max_distance + 1
        assert all(-1 <= r <= w for r, w in zip(radii, layout.widths, strict=True))

    def test_a_hundred_million_hashes_get_two_wide_chunks_where_the_radius_is_largest(self):
        layout = ChunkLayout.for_size(100_000_000)
        assert layout.widths == (28, 28, 25, 25, 25, 25, 25, 25, 25, 25)
        assert layout.radii(100_000_000, 31) == (3, 3, 2, 2, 2, 2, 2, 2, 2, 2)
        assert layout.cost(100_000_000, 31) < 0.9 * ChunkLayout.even(10).cost(100_000_000, 31)
        assert layout.table_size * 4 <= 3 * 2**30 + 4  # 4-byte entries

    def test_uneven_cuts_are_none_when_the_rest_does_not_fit(self):
        assert ChunkLayout.uneven(10, 2, 28) == ChunkLayout((28, 28) + (25,) * 8)
        assert ChunkLayout.uneven(9, 1, 28) is None  # 228 bits left for 8 chunks of at most 28
        assert ChunkLayout.uneven(3, 3, 28) is None


class TestIncremental:
    def test_add_and_remove_without_rebuilding_are_visible_to_queries(self, rng):
        stored = random_hashes(rng, 5000)
        index = PdqIndex()
        index.add_many(stored, range(5000))
        main_before = index._main
        new = random_hashes(rng, 1)[0].tobytes().hex()
        index.add(new, 99_999)
        assert index.query(new, 0) == [(99_999, 0)]
        assert index.remove(17) is True
        assert index.query(stored[17].tobytes().hex(), 0) == []
        assert index.remove(99_999) is True
        assert index.query(new, 0) == []
        assert index._main is main_before  # neither write rebuilt the main segment
        assert len(index) == 4999

    def test_remove_of_an_absent_id_returns_false(self, rng):
        index = PdqIndex()
        index.add(random_hashes(rng, 1)[0].tobytes().hex(), 1)
        assert index.remove(2) is False
        assert index.remove(1) is True
        assert index.remove(1) is False
        assert len(index) == 0

    def test_duplicate_ids_are_refused_and_nothing_changes(self, rng):
        stored = random_hashes(rng, 3)
        index = PdqIndex()
        index.add_many(stored, [1, 2, 3])
        with pytest.raises(ValueError, match="already in the index"):
            index.add(stored[0].tobytes().hex(), 2)
        with pytest.raises(ValueError, match="already in the index"):
            index.add_many(random_hashes(rng, 2), [4, 3])
        with pytest.raises(ValueError, match="repeated"):
            index.add_many(random_hashes(rng, 2), [5, 5])
        assert len(index) == 3

    def test_an_id_can_be_added_again_after_removal(self, rng):
        stored = random_hashes(rng, 2000)
        index = PdqIndex()
        index.add_many(stored, range(2000))
        index.remove(5)
        index.add(stored[6].tobytes().hex(), 5)
        assert index.query(stored[6].tobytes().hex(), 0) == [(5, 0), (6, 0)]

    def test_many_small_writes_merge_and_stay_exact(self, rng):
        stored = random_hashes(rng, 6000)
        ids = np.arange(6000, dtype=np.int64)
        index = PdqIndex()
        for i in range(0, 6000, 7):  # past the delta limit: several merges
            index.add_many(stored[i : i + 7], ids[i : i + 7])
        removed = rng.choice(6000, size=1500, replace=False)  # past the tombstone limit
        for item in removed:
            assert index.remove(int(item))
        keep = np.setdiff1d(ids, removed)
        for query in planted_queries(stored, rng, per_distance=1):
            assert index.query(query) == brute_force(stored[keep], keep, query, 31)
        assert len(index) == 4500

    def test_bad_hashes_are_rejected_with_a_clear_error(self):
        index = PdqIndex()
        for bad in ("abc", "g" * 64, "0" * 63 + " ", "0" * 66):
            with pytest.raises(ValueError, match="64 hex digits"):
                index.add(bad, 1)
            with pytest.raises(ValueError, match="64 hex digits"):
                index.query(bad)
        with pytest.raises(ValueError, match="uint8"):
            index.add_many(np.zeros((2, 31), dtype=np.uint8), [1, 2])
        assert len(index) == 0


class TestPersistence:
    def test_save_and_load_round_trip_including_delta_and_tombstones(self, rng, tmp_path: Path):
        stored = random_hashes(rng, 4000)
        index = PdqIndex()
        index.add_many(stored, range(4000))
        index.remove(3)
        extra = random_hashes(rng, 1)[0].tobytes().hex()
        index.add(extra, 77_777)
        queries = planted_queries(stored, rng, per_distance=1) + [extra]
        path = tmp_path / "bank.idx"
        index.save(path)
        loaded = PdqIndex.load(path)
        assert len(loaded) == len(index) == 4000
        assert loaded.query_many(queries) == index.query_many(queries)
        assert loaded.query(stored[3].tobytes().hex(), 0) == []
        assert loaded.remove(77_777) and loaded.query(extra, 0) == []

    def test_items_returns_every_live_hash(self, rng):
        stored = random_hashes(rng, 10)
        index = PdqIndex()
        index.add_many(stored, range(10))
        index.remove(4)
        hashes, ids = index.items()
        assert sorted(ids.tolist()) == [0, 1, 2, 3, 5, 6, 7, 8, 9]
        assert {format_hash(h) for h in hashes} == {stored[i].tobytes().hex() for i in ids.tolist()}

    def test_missing_file_is_a_store_error(self, tmp_path: Path):
        with pytest.raises(StoreError):
            PdqIndex.load(tmp_path / "nope.idx")

    def test_garbage_truncated_and_flipped_files_are_store_errors(self, rng, tmp_path: Path):
        index = PdqIndex()
        index.add_many(random_hashes(rng, 500), range(500))
        good = tmp_path / "good.idx"
        index.save(good)
        data = good.read_bytes()
        (tmp_path / "garbage.idx").write_bytes(b"not an index at all" * 500)
        (tmp_path / "truncated.idx").write_bytes(data[: len(data) // 2])
        flipped = bytearray(data)
        flipped[len(data) // 3] ^= 0x10  # inside the stored arrays: the array checksum catches it
        (tmp_path / "flipped.idx").write_bytes(bytes(flipped))
        for name in ("garbage.idx", "truncated.idx", "flipped.idx"):
            with pytest.raises(StoreError):
                PdqIndex.load(tmp_path / name)

    def test_a_face_index_file_is_refused_as_foreign(self, rng, tmp_path: Path):
        from bountyboard.guard.index.face import FaceIndex

        faces = FaceIndex(8)
        faces.add(1, rng.standard_normal(8))
        faces.save(tmp_path / "faces.idx")
        with pytest.raises(StoreError, match="face-index"):
            PdqIndex.load(tmp_path / "faces.idx")

    def test_well_formed_file_with_inconsistent_arrays_is_a_store_error(self, rng, tmp_path: Path):
        index = PdqIndex()
        index.add_many(random_hashes(rng, 200), range(200))
        index.compact()  # into the main segment, whose arrays are checked below
        good = tmp_path / "good.idx"
        index.save(good)
        mapped = mapped_load(good, kind=FILE_KIND, version=FORMAT_VERSION, what="test")
        arrays = {name: np.array(array) for name, array in mapped.arrays.items()}
        for key, broken, meta in (
            ("postings", arrays["postings"] + np.uint32(10_000), mapped.meta),  # rows past the hashes
            ("widths", None, {"widths": mapped.meta["widths"][:-1]}),
            ("ids", np.zeros_like(arrays["ids"]), mapped.meta),  # repeated ids
            ("table", arrays["table"][::-1].copy(), mapped.meta),
            ("delta_ids", arrays["ids"][:1], mapped.meta),  # a delta entry repeating a main id
            ("hashes", arrays["hashes"][:-1], mapped.meta),
        ):
            bad = dict(arrays) if broken is None else dict(arrays, **{key: broken})
            if key == "delta_ids":
                bad["delta_hashes"] = arrays["hashes"][:1]
            path = tmp_path / f"bad-{key}.idx"
            mapped_save(path, kind=FILE_KIND, version=FORMAT_VERSION, arrays=bad, meta=meta)
            with pytest.raises(StoreError, match="corrupt PDQ index"):
                PdqIndex.load(path)
        old = tmp_path / "old-version.idx"
        mapped_save(old, kind=FILE_KIND, version=FORMAT_VERSION + 1, arrays=arrays, meta=mapped.meta)
        with pytest.raises(StoreError, match="format version"):
            PdqIndex.load(old)


class TestMappedFiles:
    def test_write_builds_the_same_index_as_add_many_then_save(self, rng, tmp_path: Path):
        stored = random_hashes(rng, 3000)
        ids = rng.permutation(10_000)[:3000]
        PdqIndex.write(tmp_path / "written.idx", stored, ids)
        index = PdqIndex()
        index.add_many(stored, ids)
        queries = planted_queries(stored, rng, per_distance=1)
        written = PdqIndex.load(tmp_path / "written.idx")
        assert written.query_many(queries) == index.query_many(queries)
        assert written.query_many(queries) == [brute_force(stored, ids, q, 31) for q in queries]

    def test_loaded_arrays_are_read_only_views_of_the_file_and_writes_stay_in_the_process(self, rng, tmp_path):
        stored = random_hashes(rng, 2000)
        path = tmp_path / "bank.idx"
        PdqIndex.write(path, stored, range(2000))
        before = path.read_bytes()
        index = PdqIndex.load(path)
        assert not index._main.hashes.flags.writeable and not index._main.postings.flags.writeable
        assert index.remove(5) and index.query(stored[5].tobytes().hex(), 0) == []
        index.add(stored[5].tobytes().hex(), 10_005)
        assert index.query(stored[5].tobytes().hex(), 0) == [(10_005, 0)]
        assert path.read_bytes() == before  # the tombstone and the addition are this process's
        assert PdqIndex.load(path).query(stored[5].tobytes().hex(), 0) == [(5, 0)]

    def test_other_processes_map_the_same_file_and_find_the_same_hashes(self, rng, tmp_path):
        stored = random_hashes(rng, 2000)
        path = tmp_path / "bank.idx"
        PdqIndex.write(path, stored, range(2000))
        queries = planted_queries(stored, rng, per_distance=1)
        script = (
            "import json, sys; from pathlib import Path;"
            "from bountyboard.guard.index.pdq import PdqIndex;"
            "index = PdqIndex.load(Path(sys.argv[1]));"
            "print(json.dumps(index.query_many(json.loads(sys.stdin.read()))))"
        )
        workers = [
            subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
            for _ in range(3)
        ]
        outputs = [w.communicate(json.dumps(queries), timeout=120)[0] for w in workers]
        expected = [[list(pair) for pair in brute_force(stored, np.arange(2000), q, 31)] for q in queries]
        assert all(w.returncode == 0 for w in workers)
        assert [json.loads(out) for out in outputs] == [expected] * 3
