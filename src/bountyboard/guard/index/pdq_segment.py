"""One immutable multi-index segment of PDQ hashes, as flat arrays that can live in a mapped file.

Arrays (``n`` hashes, ``m`` chunks):

- ``hashes`` ``(n, 4)`` uint64 and ``ids`` ``(n,)`` int64, ordered by id, so finding an id is a
  binary search on ``ids`` itself (no separate id index);
- ``postings`` ``(m * n,)`` uint32 row numbers (uint64 past 2^32 rows): chunk ``c``'s rows
  ordered by that chunk's value, chunks one after the other;
- ``table`` uint32 (uint64 past 2^32 postings): for chunk ``c`` and value ``v``, the bucket is
  ``postings[table[base_c + v] : table[base_c + v + 1]]``.

At 100 million hashes, two chunks of 28 bits and eight of 25, that is 32 + 8 + 40 + 32 = 112
bytes a hash. Removals are tombstones held by the process (``Tombstones``), never written into the shared
arrays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.index.pdq_layout import (
    HASH_BITS,
    MAX_CHUNK_BITS,
    WORDS,
    ChunkLayout,
    chunk_column,
    chunk_values,
    flip_masks,
    xored_distances,
)
from bountyboard.guard.index.pdq_scratch import QueryScratch
from bountyboard.guard.index.tombstones import Tombstones

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
Hits = tuple[npt.NDArray[np.intp], npt.NDArray[np.int32], I64]  # query index, distance, item id
# Gives the array to fill for a name, dtype and shape: np.empty, or a view into a file being written.
Allocate = Callable[[str, npt.DTypeLike, tuple[int, ...]], npt.NDArray[Any]]

_ROW_MASK = np.uint64(0xFFFFFFFF)
# Candidate rows the compiled search gathers (prefetching their hashes) before verifying them:
# 128 hash lines stay in L1 until read (measured at 100M clustered: 4096 rows 0.82-0.94 ms a
# query, 512 0.74-0.86, 128 0.69-0.74, 64 0.68-0.90).
ROW_BLOCK = 128
_SCRATCH = QueryScratch()  # per thread; shared by every segment of the process


def compiled_search() -> Any:
    """The compiled search loop, or None without numba. Imported on the first search, not with
    this module: numba takes ~0.4 s to import, and most processes that import the guard never
    search a PDQ index."""
    from bountyboard.guard.index import pdq_kernel

    return pdq_kernel.search_kernel


def allocate_in_memory(name: str, dtype: npt.DTypeLike, shape: tuple[int, ...]) -> npt.NDArray[Any]:
    return np.empty(shape, dtype=dtype)


def segment_shapes(layout: ChunkLayout, n: int) -> dict[str, tuple[npt.DTypeLike, tuple[int, ...]]]:
    """Names, dtypes and shapes of a segment's arrays."""
    postings = len(layout.widths) * n
    return {
        "hashes": (np.uint64, (n, WORDS)),
        "ids": (np.int64, (n,)),
        "postings": (np.uint32 if n < 2**32 else np.uint64, (postings,)),
        "table": (np.uint32 if postings < 2**32 else np.uint64, (layout.table_size,)),
    }


def empty_hits() -> Hits:
    return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.int32), np.empty(0, dtype=np.int64)


@dataclass(frozen=True, slots=True)
class _ProbePlan:
    """All probes of one query for one distance, flattened over chunks."""

    chunk: npt.NDArray[np.intp]
    mask: npt.NDArray[np.int64]
    base: npt.NDArray[np.int64]


class Segment:
    """Hashes, ids, postings and bucket table, plus this process's tombstones."""

    def __init__(self, layout: ChunkLayout, hashes: U64, ids: I64, postings: npt.NDArray[Any],
                 table: npt.NDArray[Any]) -> None:
        self.layout = layout
        self.hashes = hashes
        self.ids = ids
        self.postings = postings
        self.table = table
        self.tombstones = Tombstones(len(ids))
        self._plans: dict[int, _ProbePlan] = {}
        self._work: dict[int, int] = {}
        self._flat_hashes = hashes.reshape(-1)  # the compiled loop reads word ``4 * row + w``

    # -- building --------------------------------------------------------------------------
    @classmethod
    def build(cls, hashes: U64, ids: I64, layout: ChunkLayout | None = None,
              allocate: Allocate = allocate_in_memory) -> Segment:
        """Index ``hashes`` under ``ids`` (unique). ``allocate`` places the arrays: in memory,
        or straight into a file being written, so a large build needs no second copy."""
        n = len(ids)
        layout = layout or ChunkLayout.for_size(n)
        shapes = segment_shapes(layout, n)
        out = {name: allocate(name, dtype, shape) for name, (dtype, shape) in shapes.items()}
        if n > 1 and not bool((ids[1:] > ids[:-1]).all()):
            order = np.argsort(ids, kind="stable")
            sorted_ids = ids[order]
            if bool((sorted_ids[1:] == sorted_ids[:-1]).any()):
                raise ValueError("repeated item ids")
            out["ids"][...] = sorted_ids
            np.take(hashes, order, axis=0, out=out["hashes"])
        else:
            out["ids"][...] = ids
            out["hashes"][...] = hashes
        stored: U64 = out["hashes"]
        postings, table = out["postings"], out["table"]
        bases = layout.table_bases
        for c, (start, width) in enumerate(zip(layout.starts, layout.widths, strict=True)):
            column = chunk_column(stored, start, width)
            counts = np.bincount(column.astype(np.int64), minlength=1 << width)
            # Exclusive prefix sum straight into the table: at 28 bits a temporary is 2 GiB.
            starts = table[bases[c] : bases[c] + (1 << width)]
            np.cumsum(counts, out=starts)
            del counts
            starts[1:] = starts[:-1].copy()
            starts[0] = 0
            starts += starts.dtype.type(c * n)
            if n < 2**32:
                # Sorting (value << 32 | row) is ~3x faster than a stable argsort and gives the
                # same order: rows ascending within a bucket.
                column <<= np.uint64(32)
                column |= np.arange(n, dtype=np.uint64)
                column.sort()
                column &= _ROW_MASK
                postings[c * n : (c + 1) * n] = column
            else:
                postings[c * n : (c + 1) * n] = np.argsort(column, kind="stable")
            del column
        table[-1] = len(layout.widths) * n
        return cls(layout, stored, out["ids"], postings, table)

    @classmethod
    def from_arrays(cls, widths: tuple[int, ...], arrays: dict[str, npt.NDArray[Any]]) -> Segment:
        """A segment over loaded arrays, after checking they are consistent (``ValueError``)."""
        if sum(widths) != HASH_BITS or not all(1 <= w <= MAX_CHUNK_BITS for w in widths):
            raise ValueError(f"bad chunk widths {widths}")
        layout = ChunkLayout(widths)
        ids = arrays["ids"]
        n = len(ids)
        for name, (dtype, shape) in segment_shapes(layout, n).items():
            array = arrays[name]
            if array.dtype != np.dtype(dtype) or array.shape != shape:
                raise ValueError(f"{name} is {array.dtype} {array.shape}, expected {np.dtype(dtype)} {shape}")
        if n > 1 and not bool((ids[1:] > ids[:-1]).all()):
            raise ValueError("ids are not strictly increasing (repeated or unordered ids)")
        postings, table = arrays["postings"], arrays["table"]
        if len(postings) and int(postings.max()) >= n:
            raise ValueError("postings point outside the hashes")
        if int(table[0]) != 0 or int(table[-1]) != len(postings) or bool((table[1:] < table[:-1]).any()):
            raise ValueError("bucket table is not a monotone range over the postings")
        return cls(layout, arrays["hashes"], ids, postings, table)

    # -- ids ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ids) - self.tombstones.count

    def live(self) -> tuple[U64, I64]:
        """The live hashes and ids (views when nothing is dead)."""
        if not self.tombstones.count:
            return self.hashes, self.ids
        alive = self.tombstones.alive()
        return self.hashes[alive], self.ids[alive]

    def find(self, item_id: int) -> int | None:
        """The live row holding ``item_id``, or None."""
        pos = int(np.searchsorted(self.ids, item_id))
        if pos < len(self.ids) and int(self.ids[pos]) == item_id and not self.tombstones.of(np.array([pos]))[0]:
            return pos
        return None

    def contains(self, item_ids: I64) -> npt.NDArray[np.bool_]:
        if len(self.ids) == 0:
            return np.zeros(len(item_ids), dtype=np.bool_)
        pos = np.searchsorted(self.ids, item_ids).clip(0, len(self.ids) - 1)
        found: npt.NDArray[np.bool_] = np.asarray(self.ids[pos] == item_ids, dtype=np.bool_)
        found[found] = ~self.tombstones.of(pos[found])
        return found

    # -- searching -------------------------------------------------------------------------
    def plan(self, max_distance: int) -> _ProbePlan:
        plan = self._plans.get(max_distance)
        if plan is None:
            radii = self.layout.radii(len(self.ids), max_distance)
            chunk_parts, mask_parts, base_parts = [], [], []
            for c, (base, width, radius) in enumerate(
                zip(self.layout.table_bases, self.layout.widths, radii, strict=True)
            ):
                masks = np.array(flip_masks(width, radius), dtype=np.int64)
                chunk_parts.append(np.full(len(masks), c, dtype=np.intp))
                mask_parts.append(masks)
                base_parts.append(np.full(len(masks), base, dtype=np.int64))
            plan = _ProbePlan(np.concatenate(chunk_parts), np.concatenate(mask_parts), np.concatenate(base_parts))
            self._plans[max_distance] = plan
        return plan

    def work(self, max_distance: int) -> int:
        """Expected probes + random candidates of one query (for sizing batches)."""
        work = self._work.get(max_distance)
        if work is None:
            work = self._work[max_distance] = max(1, int(self.layout.cost(len(self.ids), max_distance, 1.0)))
        return work

    def search(self, queries: U64, max_distance: int) -> Hits:
        """(query index, distance, item id) of every live hash within ``max_distance``, unordered:
        the compiled loop (``pdq_kernel``) when numba is there, else ``search_numpy``."""
        search_kernel = compiled_search()
        if search_kernel is None:
            return self.search_numpy(queries, max_distance)
        if len(self.ids) == 0 or len(queries) == 0:
            return empty_hits()
        plan = self.plan(max_distance)
        scratch = _SCRATCH
        values = chunk_values(queries, self.layout).astype(np.int64)
        bounds = scratch.take("bounds", np.int64, (2 * len(plan.mask),))
        rows = scratch.take("rows_block", np.int64, (ROW_BLOCK,))
        capacity = 256 * len(queries)
        while True:
            out_query = scratch.take("hit_queries", np.int64, (capacity,))
            out_row = scratch.take("hit_rows", np.int64, (capacity,))
            out_distance = scratch.take("hit_distances", np.int64, (capacity,))
            found = int(search_kernel(queries, values, plan.chunk, plan.mask, plan.base, self.table, self.postings,
                                      self._flat_hashes, max_distance, bounds, rows, out_query, out_row, out_distance))
            if found <= capacity:
                break
            capacity = found  # more hits than room: run again with room for all of them
        if found == 0:
            return empty_hits()
        return self._hits(out_query[:found].astype(np.intp), out_row[:found], out_distance[:found].astype(np.int32))

    def search_numpy(self, queries: U64, max_distance: int) -> Hits:
        """``search`` in numpy alone, vectorised end to end: one gather of every probed bucket's
        bounds, one of every candidate's posting, one of every candidate's hash (the CPU overlaps these independent
        cache misses), indices as int64 (numpy would convert others on every gather) and
        ``mode="clip"`` (no bounds check: every key and position is in range by construction),
        into working arrays reused between queries (``QueryScratch``)."""
        if len(self.ids) == 0 or len(queries) == 0:
            return empty_hits()
        plan = self.plan(max_distance)
        scratch = _SCRATCH
        count, probes = len(queries), len(plan.mask)
        keys = scratch.take("keys", np.int64, (count, probes))
        np.take(chunk_values(queries, self.layout).astype(np.int64), plan.chunk, axis=1, out=keys)
        keys ^= plan.mask
        keys += plan.base
        flat_keys = keys.reshape(-1)
        starts = scratch.take("starts", self.table.dtype, (count * probes,))
        lengths = scratch.take("ends", self.table.dtype, (count * probes,))
        np.take(self.table, flat_keys, out=starts, mode="clip")
        flat_keys += 1
        np.take(self.table, flat_keys, out=lengths, mode="clip")
        lengths -= starts
        filled = np.flatnonzero(lengths)
        bucket_lengths = lengths[filled].astype(np.int64)
        ends = np.cumsum(bucket_lengths)
        total = int(ends[-1]) if len(ends) else 0
        if total == 0:
            return empty_hits()
        # Expand the bucket ranges to posting positions without a Python loop.
        shift = starts[filled].astype(np.int64)
        shift -= ends
        shift += bucket_lengths
        positions = scratch.take("positions", np.int64, (total,))
        np.add(np.repeat(shift, bucket_lengths), scratch.counting(total), out=positions)
        postings = scratch.take("postings", self.postings.dtype, (total,))
        np.take(self.postings, positions, out=postings, mode="clip")
        candidates = scratch.take("candidates", np.int64, (total,))
        candidates[...] = postings
        rows = scratch.take("rows", np.uint64, (total, WORDS))
        np.take(self.hashes, candidates, axis=0, out=rows, mode="clip")
        if count == 1:
            rows ^= queries[0]
        else:
            query_index = np.repeat(filled // probes, bucket_lengths)
            rows ^= np.take(queries, query_index, axis=0, out=scratch.take("query_rows", np.uint64, (total, WORDS)))
        distances = xored_distances(rows, scratch.take("counts", np.uint8, (total, WORDS)))
        hit = np.flatnonzero(distances <= max_distance)
        hit_queries = np.zeros(len(hit), dtype=np.intp) if count == 1 else query_index[hit]
        return self._hits(hit_queries, candidates[hit], distances[hit].astype(np.int32))

    def _hits(self, hit_queries: npt.NDArray[np.intp], hit_rows: I64, hit_distances: npt.NDArray[np.int32]) -> Hits:
        """Drop tombstoned rows and repeats, and name the rows by item id."""
        if self.tombstones.count:
            alive = ~self.tombstones.of(hit_rows)
            hit_queries, hit_rows, hit_distances = hit_queries[alive], hit_rows[alive], hit_distances[alive]
        # A close hash is found through several chunks; keep one of each (query, row) pair.
        pair = hit_queries.astype(np.int64) * len(self.ids) + hit_rows
        _, first = np.unique(pair, return_index=True)
        return hit_queries[first], hit_distances[first], np.take(self.ids, hit_rows[first])
