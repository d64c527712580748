"""The compiled PDQ search (pdq_kernel): the same hits as the numpy path and as brute force, on
random and clustered hashes, one query and batches, with removed rows, past its hit buffer; and
the mlock of a loaded index."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.index import pdq_kernel
from bountyboard.guard.index.pdq import ChunkLayout, PdqIndex, hamming_distances, parse_hashes
from bountyboard.guard.index.pdq_segment import Hits, Segment


def flipped(words: np.ndarray, bits: int, rng: np.random.Generator) -> np.ndarray:
    """A copy of the ``(4,)`` uint64 hash with ``bits`` distinct bits flipped."""
    out = words.copy()
    for bit in rng.choice(256, size=bits, replace=False):
        out[bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    return out


def random_words(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.integers(0, 2**64, size=(n, 4), dtype=np.uint64)


def clustered_words(rng: np.random.Generator, n: int) -> np.ndarray:
    """Near-duplicates of 8 images (0-40 bits apart): many rows share chunk values, so buckets
    are uneven, as in real banks."""
    bases = random_words(rng, 8)
    return np.array([flipped(bases[rng.integers(8)], int(rng.integers(0, 40)), rng) for _ in range(n)])


def queries_for(stored: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    planted = [flipped(stored[rng.integers(len(stored))], d, rng) for d in range(0, 40) for _ in range(2)]
    return np.concatenate([np.array(planted), random_words(rng, 10)])


def canonical(hits: Hits) -> list[tuple[int, int, int]]:
    query_index, distances, ids = hits
    return sorted(zip(query_index.tolist(), ids.tolist(), distances.tolist(), strict=True))


def brute_force(stored: np.ndarray, ids: np.ndarray, queries: np.ndarray, max_distance: int,
                dead: set[int] = frozenset()) -> list[tuple[int, int, int]]:  # type: ignore[assignment]
    out = []
    for q, query in enumerate(queries):
        distances = hamming_distances(stored, query[None, :])
        for row in np.flatnonzero(distances <= max_distance).tolist():
            if int(ids[row]) not in dead:
                out.append((q, int(ids[row]), int(distances[row])))
    return sorted(out)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(13)


def test_numba_is_installed_so_queries_take_the_compiled_path():
    # numba is a pinned dependency (pyproject.toml): without it every query would silently take
    # the slower numpy path.
    assert pdq_kernel.search_kernel is not None


@pytest.mark.parametrize("data", [random_words, clustered_words])
@pytest.mark.parametrize("widths", [None, (28, 28, 25, 25, 25, 25, 25, 25, 25, 25), (20, 12) + (14,) * 16])
def test_compiled_and_numpy_paths_equal_brute_force_with_removed_rows(rng, data, widths):
    stored = data(rng, 3000)
    ids = rng.permutation(100_000)[:3000].astype(np.int64)
    segment = Segment.build(stored, ids, ChunkLayout(widths) if widths else None)
    queries = queries_for(stored, rng)
    dead = {int(i) for i in rng.choice(ids, size=300, replace=False)}
    for item in dead:
        row = segment.find(item)
        assert row is not None
        segment.tombstones.add(row)
    for max_distance in (0, 8, 31, 40):
        expected = brute_force(segment.hashes, segment.ids, queries, max_distance, dead)
        assert canonical(segment.search_numpy(queries, max_distance)) == expected
        assert canonical(segment.search(queries, max_distance)) == expected
        one_at_a_time = [
            (q, i, d) for q in range(len(queries)) for _, d, i in zip(*segment.search(queries[q : q + 1], max_distance),
                                                                      strict=True)
        ]
        assert sorted(one_at_a_time) == expected
    assert any(d <= 31 for _, _, d in expected)  # the planted queries did hit


def test_more_hits_than_the_hit_buffer_are_all_returned(rng):
    # 600 hashes within a few bits of one query: more than the 256 hits a query's buffer holds
    # at first, so the compiled search must run again with room for all of them.
    base = random_words(rng, 1)[0]
    stored = np.concatenate([np.array([flipped(base, int(rng.integers(0, 6)), rng) for _ in range(600)]),
                             random_words(rng, 2000)])
    ids = np.arange(len(stored), dtype=np.int64)
    segment = Segment.build(stored, ids)
    expected = brute_force(stored, ids, base[None, :], 31)
    assert len(expected) >= 600
    assert canonical(segment.search(base[None, :], 31)) == expected


def test_the_index_answers_the_same_through_either_path(rng, monkeypatch):
    stored = clustered_words(rng, 2000)
    index = PdqIndex()
    index.add_many(stored.astype(">u8").view(np.uint8).reshape(-1, 32), np.arange(2000))
    index.add_many(random_words(rng, 100).astype(">u8").view(np.uint8).reshape(-1, 32), np.arange(5000, 5100))
    for item in range(0, 2000, 7):
        index.remove(item)
    queries = [h.astype(">u8").tobytes().hex() for h in queries_for(stored, rng)]
    compiled = index.query_many(queries)
    monkeypatch.setattr(pdq_kernel, "search_kernel", None)
    assert index.query_many(queries) == compiled
    assert [index.query(q) for q in queries] == compiled


def test_a_loaded_index_locks_its_pages_unless_told_not_to(rng, tmp_path: Path):
    path = tmp_path / "bank.idx"
    PdqIndex.write(path, random_words(rng, 5000).astype(">u8").view(np.uint8).reshape(-1, 32), np.arange(5000))

    def locked_kib() -> int:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmLck:"))

    gc.collect()  # indexes of earlier tests unmapped now, not between the readings
    before = locked_kib()
    unlocked = PdqIndex.load(path, lock=False)
    assert not unlocked.locked and locked_kib() <= before
    index = PdqIndex.load(path)
    size_kib = path.stat().st_size // 1024
    assert index.locked and locked_kib() - before >= size_kib
    query = parse_hashes(np.ascontiguousarray(random_words(rng, 1).astype(">u8").view(np.uint8).reshape(1, 32)))
    assert index.query(query[0].astype(">u8").tobytes().hex()) == unlocked.query(query[0].astype(">u8").tobytes().hex())
    index.add_many(random_words(rng, 20_000).astype(">u8").view(np.uint8).reshape(-1, 32), np.arange(10_000, 30_000))
    index.compact()
    assert not index.locked  # the main segment is now in memory, not the locked file


def test_without_a_writable_numba_cache_the_loop_is_compiled_in_the_process(rng, monkeypatch):
    numba = pytest.importorskip("numba")
    real = numba.njit

    def refusing(*args, **options):
        if options.get("cache"):
            raise RuntimeError("cannot cache function: no locator available")  # what numba raises
        return real(*args, **options)

    monkeypatch.setattr(numba, "njit", refusing)
    try:
        reloaded = importlib.reload(pdq_kernel)
        assert reloaded.search_kernel is not None
        stored = random_words(rng, 500)
        segment = Segment.build(stored, np.arange(500, dtype=np.int64))
        queries = queries_for(stored, rng)
        assert canonical(segment.search(queries, 31)) == brute_force(segment.hashes, segment.ids, queries, 31)
    finally:
        monkeypatch.undo()
        importlib.reload(pdq_kernel)
