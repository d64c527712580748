"""An exact Hamming-radius index over 256-bit PDQ hashes, in numpy.

Multi-index hashing: the 256 bits are cut into ``m`` chunks. If two hashes differ in at most ``D``
bits, the differences cannot be spread so thinly that every chunk differs in more than
``D // m`` bits (pigeonhole), so probing, in every chunk, each bucket within ``D // m`` flipped
bits of the query's chunk finds every true match. Every candidate is then verified with XOR and
popcount on the full 256 bits, so results are exact, never approximate.

Each chunk keeps a counting-sort table (bucket -> range of rows), so a probe is two array reads
and a whole query is a handful of vectorised numpy calls whatever ``m`` is. The chunk count is
chosen from the number of hashes so that buckets stay small without the probes exploding.

Incremental changes follow a log-structured design: additions go to a small delta buffer that
queries scan linearly; removals set a tombstone. When the delta or the tombstones grow past a
fraction of the main segment, the two are merged into a new main segment (amortised).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from math import comb
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.index.npz_file import array_expect, format_version_expect, npz_load_as, npz_save

HASH_BITS = 256
HASH_BYTES = 32
WORDS = 4  # 4 x uint64 per hash
DEFAULT_MAX_DISTANCE = 31
FORMAT_VERSION = 1

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
IntArray = npt.NDArray[np.integer[Any]]
Positions = npt.NDArray[np.signedinteger[Any]]  # int32 when it fits, else int64

# Queries are processed in batches so the candidate arrays stay a few tens of MiB.
_QUERY_BATCH = 16
# Largest chunk width: a 2^24 bucket table is 64 MiB per chunk.
_MAX_CHUNK_BITS = 24


def parse_hashes(hashes: Sequence[str] | npt.NDArray[Any]) -> U64:
    """Hex strings or a ``(n, 32)`` uint8 array -> a ``(n, 4)`` uint64 array (big-endian words)."""
    if isinstance(hashes, np.ndarray):
        if hashes.dtype == np.uint64 and hashes.ndim == 2 and hashes.shape[1] == WORDS:
            return np.ascontiguousarray(hashes)
        if hashes.dtype != np.uint8 or hashes.ndim != 2 or hashes.shape[1] != HASH_BYTES:
            raise ValueError(f"PDQ hash array must be uint8 of shape (n, 32), got {hashes.dtype} {hashes.shape}")
        raw = np.ascontiguousarray(hashes)
        return raw.view(">u8").astype(np.uint64).reshape(-1, WORDS)
    if isinstance(hashes, str):
        raise ValueError("expected a sequence of PDQ hashes, got one string")
    buffer = bytearray(HASH_BYTES * len(hashes))
    for i, text in enumerate(hashes):
        buffer[i * HASH_BYTES : (i + 1) * HASH_BYTES] = parse_hash_bytes(text)
    return np.frombuffer(bytes(buffer), dtype=">u8").astype(np.uint64).reshape(-1, WORDS)


def parse_hash_bytes(text: str) -> bytes:
    if not isinstance(text, str) or len(text) != 64:
        raise ValueError(f"a PDQ hash is 64 hex digits, got {text!r}")
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        raise ValueError(f"a PDQ hash is 64 hex digits, got {text!r}") from None
    if len(raw) != HASH_BYTES:  # fromhex skips whitespace; a hash has none
        raise ValueError(f"a PDQ hash is 64 hex digits, got {text!r}")
    return raw


def format_hash(words: U64) -> str:
    """One ``(4,)`` uint64 row -> 64 lower-case hex digits."""
    return words.astype(">u8").tobytes().hex()


def hamming_distances(a: U64, b: U64) -> npt.NDArray[np.int32]:
    """Row-wise Hamming distance between two ``(..., 4)`` uint64 arrays (broadcasts)."""
    counts = np.ascontiguousarray(np.bitwise_count(np.bitwise_xor(a, b)))  # (..., 4) uint8
    # Sum the four byte counts through a uint32 view: much faster than a reduction over a short axis.
    packed = counts.view(np.uint32)[..., 0]
    pairs = (packed & np.uint32(0x00FF00FF)) + ((packed >> np.uint32(8)) & np.uint32(0x00FF00FF))
    return ((pairs & np.uint32(0xFFFF)) + (pairs >> np.uint32(16))).astype(np.int32)


@dataclass(frozen=True, slots=True)
class ChunkLayout:
    """How the 256 bits are cut: chunk ``c`` covers bits ``starts[c] .. starts[c] + widths[c]``."""

    widths: tuple[int, ...]

    @property
    def starts(self) -> tuple[int, ...]:
        out, pos = [], 0
        for width in self.widths:
            out.append(pos)
            pos += width
        return tuple(out)

    @property
    def table_bases(self) -> npt.NDArray[np.int64]:
        """Where each chunk's bucket table starts in the one concatenated table."""
        sizes = np.array([1 << w for w in self.widths], dtype=np.int64)
        return np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)

    @property
    def table_size(self) -> int:
        return sum(1 << w for w in self.widths) + 1

    def radius(self, max_distance: int) -> int:
        return max_distance // len(self.widths)

    @classmethod
    def even(cls, chunks: int) -> ChunkLayout:
        base, extra = divmod(HASH_BITS, chunks)
        return cls(tuple(base + 1 if c < extra else base for c in range(chunks)))

    @classmethod
    def for_size(cls, n: int, max_distance: int = DEFAULT_MAX_DISTANCE) -> ChunkLayout:
        """The chunk count with the lowest estimated query cost for ``n`` hashes.

        Cost ~ probes + 6 x expected random candidates: a candidate costs two cache misses (its
        row number, then its 32 bytes) plus a popcount, measured at about six times a probe,
        whose neighbouring buckets often share a cache line. Wider chunks mean fewer candidates
        but, once the pigeonhole radius grows, many more probes and a larger table.
        """
        best: tuple[float, ChunkLayout] | None = None
        for chunks in range(8, 33):
            layout = cls.even(chunks)
            # Bucket tables cost 4 bytes an entry: keep them within ~36 entries (144 bytes) a hash.
            if max(layout.widths) > _MAX_CHUNK_BITS or layout.table_size > 36 * n + (1 << 20):
                continue
            radius = layout.radius(max_distance)
            probes = 0.0
            candidates = 0.0
            for width in layout.widths:
                keys = sum(comb(width, i) for i in range(radius + 1))
                probes += keys
                candidates += keys * n / (1 << width)
            cost = probes + 6.0 * candidates
            if best is None or cost < best[0]:
                best = (cost, layout)
        assert best is not None
        return best[1]


@cache
def _flip_masks(width: int, radius: int) -> tuple[int, ...]:
    """Every ``width``-bit value with at most ``radius`` bits set, 0 first."""
    masks = [0]
    for r in range(1, min(radius, width) + 1):
        for bits in combinations(range(width), r):
            value = 0
            for b in bits:
                value |= 1 << b
            masks.append(value)
    return tuple(masks)


@dataclass(frozen=True, slots=True)
class _ProbePlan:
    """All probes of one query, flattened over chunks: chunk index, XOR mask, table base."""

    chunk: npt.NDArray[np.intp]
    mask: U64
    base: I64


def chunk_values(words: U64, layout: ChunkLayout) -> U64:
    """``(n, 4)`` hashes -> ``(n, m)`` chunk values (bit ``p`` is bit ``p % 64`` of word ``p // 64``)."""
    if words.shape[0] <= 2:
        # One or two queries: Python integers beat a dozen tiny numpy calls per chunk.
        return np.array(
            [[(value >> start) & ((1 << width) - 1) for start, width in zip(layout.starts, layout.widths, strict=True)]
             for value in (int(w[0]) | int(w[1]) << 64 | int(w[2]) << 128 | int(w[3]) << 192 for w in words.tolist())],
            dtype=np.uint64,
        ).reshape(words.shape[0], len(layout.widths))
    out = np.empty((words.shape[0], len(layout.widths)), dtype=np.uint64)
    for c, (start, width) in enumerate(zip(layout.starts, layout.widths, strict=True)):
        word, shift = divmod(start, 64)
        value = words[:, word] >> np.uint64(shift)
        if shift + width > 64:
            value = value | (words[:, word + 1] << np.uint64(64 - shift))
        out[:, c] = value & np.uint64((1 << width) - 1)
    return out


class _Segment:
    """The immutable main segment: hashes, ids and one bucket table per chunk."""

    def __init__(
        self,
        layout: ChunkLayout,
        hashes: U64,
        ids: I64,
        rows: Positions,
        table: Positions,
    ) -> None:
        self.layout = layout
        self.hashes = hashes
        self.ids = ids
        self.rows = rows  # per chunk, row numbers ordered by that chunk's value, concatenated
        self.table = table  # global bucket table: table[base_c + v] .. table[base_c + v + 1]
        self.id_order = np.argsort(ids, kind="stable")
        self.ids_sorted = ids[self.id_order]
        self.alive = np.ones(len(ids), dtype=bool)
        self.dead = 0
        self._plans: dict[int, _ProbePlan] = {}

    @classmethod
    def build(cls, hashes: U64, ids: I64, layout: ChunkLayout | None = None) -> _Segment:
        n = hashes.shape[0]
        layout = layout or ChunkLayout.for_size(n)
        chunks = len(layout.widths)
        row_dtype = np.int32 if n < 2**31 else np.int64
        rows: Positions = np.empty(chunks * n, dtype=row_dtype)
        table_dtype = np.int32 if chunks * n < 2**31 else np.int64
        table: Positions = np.empty(layout.table_size, dtype=table_dtype)
        values = chunk_values(hashes, layout)
        for c, (base, width) in enumerate(zip(layout.table_bases, layout.widths, strict=True)):
            column = values[:, c].astype(np.int64)
            counts = np.bincount(column, minlength=1 << width)
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
            table[base : base + (1 << width)] = starts + c * n
            rows[c * n : (c + 1) * n] = np.argsort(column, kind="stable")
        table[-1] = chunks * n
        return cls(layout, hashes, ids, rows, table)

    def __len__(self) -> int:
        return len(self.ids) - self.dead

    def plan(self, radius: int) -> _ProbePlan:
        plan = self._plans.get(radius)
        if plan is None:
            chunk_parts, mask_parts, base_parts = [], [], []
            for c, (base, width) in enumerate(zip(self.layout.table_bases, self.layout.widths, strict=True)):
                masks = np.array(_flip_masks(width, radius), dtype=np.uint64)
                chunk_parts.append(np.full(len(masks), c, dtype=np.intp))
                mask_parts.append(masks)
                base_parts.append(np.full(len(masks), base, dtype=np.int64))
            plan = _ProbePlan(np.concatenate(chunk_parts), np.concatenate(mask_parts), np.concatenate(base_parts))
            self._plans[radius] = plan
        return plan

    def find(self, item_id: int) -> int | None:
        """The live row holding ``item_id``, or None."""
        pos = int(np.searchsorted(self.ids_sorted, item_id))
        if pos < len(self.ids_sorted) and int(self.ids_sorted[pos]) == item_id:
            row = int(self.id_order[pos])
            if self.alive[row]:
                return row
        return None

    def contains(self, item_ids: I64) -> npt.NDArray[np.bool_]:
        pos = np.searchsorted(self.ids_sorted, item_ids).clip(0, max(len(self.ids_sorted) - 1, 0))
        if len(self.ids_sorted) == 0:
            return np.zeros(len(item_ids), dtype=bool)
        found: npt.NDArray[np.bool_] = np.asarray(self.ids_sorted[pos] == item_ids, dtype=np.bool_)
        found[found] = self.alive[self.id_order[pos[found]]]
        return found

    def search(
        self, queries: U64, max_distance: int
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int32], I64]:
        """(query index, distance, item id) of every live hash within ``max_distance``, unordered."""
        if len(self.ids) == 0 or len(queries) == 0:
            return _empty_hits()
        plan = self.plan(self.layout.radius(max_distance))
        probes = len(plan.mask)
        query_chunks = chunk_values(queries, self.layout)
        keys = (query_chunks[:, plan.chunk] ^ plan.mask).astype(np.int64) + plan.base
        starts = self.table[keys].ravel()
        lengths = self.table[keys + 1].ravel() - starts
        total = int(lengths.sum())
        if total == 0:
            return _empty_hits()
        # Expand the bucket ranges to positions without a Python loop.
        offsets = np.cumsum(lengths) - lengths
        positions = np.arange(total, dtype=np.int64) + np.repeat(starts - offsets, lengths)
        candidates = self.rows[positions]
        per_query = lengths.reshape(len(queries), probes).sum(axis=1)
        query_index = np.repeat(np.arange(len(queries), dtype=np.intp), per_query)
        distances = hamming_distances(
            self.hashes[candidates], queries if len(queries) == 1 else queries[query_index]
        )
        hit = distances <= max_distance
        if self.dead:
            hit &= self.alive[candidates]
        query_index, candidates, distances = query_index[hit], candidates[hit], distances[hit]
        # A close hash is found through several chunks; keep one of each (query, row) pair.
        pair = query_index.astype(np.int64) * len(self.ids) + candidates
        _, first = np.unique(pair, return_index=True)
        return query_index[first], distances[first], self.ids[candidates[first]]


def _empty_hits() -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int32], I64]:
    return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.int32), np.empty(0, dtype=np.int64)


class PdqIndex:
    """Exact PDQ matching within a Hamming radius, with incremental add and remove.

    Item ids are unique: adding an id that is already present raises ``ValueError``. Not
    thread-safe: a write must not overlap a read or another write (``HashMatcher`` holds a lock).
    """

    def __init__(self, *, chunks: int | None = None) -> None:
        """``chunks`` fixes the chunk count (11..64); by default it follows the index size."""
        if chunks is not None and not (HASH_BITS // _MAX_CHUNK_BITS + 1 <= chunks <= 64):
            raise ValueError(f"chunks must be in 11..64, got {chunks}")
        self._chunks = chunks
        self._main = self._build(np.empty((0, WORDS), dtype=np.uint64), np.empty(0, dtype=np.int64))
        self._delta_hashes = np.empty((64, WORDS), dtype=np.uint64)
        self._delta_ids = np.empty(64, dtype=np.int64)
        self._delta_count = 0

    def _build(self, hashes: U64, ids: I64) -> _Segment:
        layout = ChunkLayout.even(self._chunks) if self._chunks else None
        return _Segment.build(hashes, ids, layout)

    # -- size and policy -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._main) + self._delta_count

    def _delta_limit(self) -> int:
        # The delta is scanned linearly by every query: keep it well under the main segment's
        # per-query candidate count, but large enough that merges (a full build) stay rare.
        return int(min(32768, max(1024, len(self._main.ids) // 512)))

    @property
    def layout(self) -> ChunkLayout:
        return self._main.layout

    # -- writes ----------------------------------------------------------------------------
    def add(self, hash_hex: str, item_id: int) -> None:
        words = np.frombuffer(parse_hash_bytes(hash_hex), dtype=">u8").astype(np.uint64)
        item_id = int(item_id)
        if self._main.find(item_id) is not None or self._delta_find(item_id) is not None:
            raise ValueError(f"item id {item_id} is already in the index")
        self._delta_append(words.reshape(1, WORDS), np.array([item_id], dtype=np.int64))

    def add_many(self, hashes: Sequence[str] | npt.NDArray[Any], ids: Sequence[int] | IntArray) -> None:
        words = parse_hashes(hashes)
        id_array = np.asarray(ids, dtype=np.int64).reshape(-1)
        if len(id_array) != len(words):
            raise ValueError(f"{len(words)} hashes but {len(id_array)} ids")
        if len(words) == 0:
            return
        unique, counts = np.unique(id_array, return_counts=True)
        if (counts > 1).any():
            raise ValueError(f"item ids repeated in the batch: {unique[counts > 1][:5].tolist()}")
        clash = self._main.contains(id_array) | np.isin(id_array, self._delta_ids[: self._delta_count])
        if clash.any():
            raise ValueError(f"item ids already in the index: {id_array[clash][:5].tolist()}")
        if len(words) > self._delta_limit():
            self._merge(words, id_array)  # a bulk load builds a new main segment directly
        else:
            self._delta_append(words, id_array)

    def remove(self, item_id: int) -> bool:
        item_id = int(item_id)
        row = self._main.find(item_id)
        if row is not None:
            self._main.alive[row] = False
            self._main.dead += 1
            if self._main.dead > max(1024, len(self._main.ids) // 4):
                self._merge()
            return True
        pos = self._delta_find(item_id)
        if pos is None:
            return False
        last = self._delta_count - 1  # swap-remove: the delta is unordered
        self._delta_hashes[pos] = self._delta_hashes[last]
        self._delta_ids[pos] = self._delta_ids[last]
        self._delta_count = last
        return True

    def compact(self) -> None:
        """Merge the delta and drop tombstones now (otherwise it happens when they grow)."""
        if self._delta_count or self._main.dead:
            self._merge()

    def _delta_find(self, item_id: int) -> int | None:
        found = np.flatnonzero(self._delta_ids[: self._delta_count] == item_id)
        return int(found[0]) if len(found) else None

    def _delta_append(self, words: U64, ids: I64) -> None:
        need = self._delta_count + len(ids)
        if need > len(self._delta_ids):
            capacity = max(need, 2 * len(self._delta_ids))
            grown_hashes = np.empty((capacity, WORDS), dtype=np.uint64)
            grown_ids = np.empty(capacity, dtype=np.int64)
            grown_hashes[: self._delta_count] = self._delta_hashes[: self._delta_count]
            grown_ids[: self._delta_count] = self._delta_ids[: self._delta_count]
            self._delta_hashes, self._delta_ids = grown_hashes, grown_ids
        self._delta_hashes[self._delta_count : need] = words
        self._delta_ids[self._delta_count : need] = ids
        self._delta_count = need
        if self._delta_count > self._delta_limit():
            self._merge()

    def _merge(self, extra_hashes: U64 | None = None, extra_ids: I64 | None = None) -> None:
        main = self._main
        parts_h = [main.hashes[main.alive] if main.dead else main.hashes, self._delta_hashes[: self._delta_count]]
        parts_i = [main.ids[main.alive] if main.dead else main.ids, self._delta_ids[: self._delta_count]]
        if extra_hashes is not None and extra_ids is not None:
            parts_h.append(extra_hashes)
            parts_i.append(extra_ids)
        hashes = np.ascontiguousarray(np.concatenate(parts_h))
        ids = np.concatenate(parts_i)
        self._main = self._build(hashes, ids)
        self._delta_hashes = np.empty((64, WORDS), dtype=np.uint64)
        self._delta_ids = np.empty(64, dtype=np.int64)
        self._delta_count = 0

    # -- reads -----------------------------------------------------------------------------
    def query(self, hash_hex: str, max_distance: int = DEFAULT_MAX_DISTANCE) -> list[tuple[int, int]]:
        """Every ``(item_id, distance)`` within ``max_distance`` bits, nearest first (ties by id)."""
        return self.query_many([hash_hex], max_distance)[0]

    def query_many(
        self, hashes: Sequence[str] | npt.NDArray[Any], max_distance: int = DEFAULT_MAX_DISTANCE
    ) -> list[list[tuple[int, int]]]:
        if not 0 <= max_distance <= HASH_BITS:
            raise ValueError(f"max_distance must be in 0..256, got {max_distance}")
        words = parse_hashes(hashes)
        out: list[list[tuple[int, int]]] = []
        for start in range(0, len(words), _QUERY_BATCH):
            out.extend(self._query_batch(words[start : start + _QUERY_BATCH], max_distance))
        return out

    def _query_batch(self, queries: U64, max_distance: int) -> list[list[tuple[int, int]]]:
        query_index, distances, item_ids = self._main.search(queries, max_distance)
        if self._delta_count:
            delta = hamming_distances(self._delta_hashes[None, : self._delta_count], queries[:, None, :])
            dq, drow = np.nonzero(delta <= max_distance)
            query_index = np.concatenate((query_index, dq))
            distances = np.concatenate((distances, delta[dq, drow]))
            item_ids = np.concatenate((item_ids, self._delta_ids[drow]))
        order = np.lexsort((item_ids, distances, query_index))
        query_index, distances, item_ids = query_index[order], distances[order], item_ids[order]
        bounds = np.searchsorted(query_index, np.arange(len(queries) + 1))
        ids_list, dist_list = item_ids.tolist(), distances.tolist()
        return [
            list(zip(ids_list[lo:hi], dist_list[lo:hi], strict=True))
            for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        ]

    def get(self, item_id: int) -> str | None:
        """The hash stored under ``item_id``, as hex, or None."""
        row = self._main.find(int(item_id))
        if row is not None:
            return format_hash(self._main.hashes[row])
        pos = self._delta_find(int(item_id))
        return None if pos is None else format_hash(self._delta_hashes[pos])

    def items(self) -> tuple[U64, I64]:
        """Every live ``(hashes (n, 4) uint64, ids)``; hashes format with ``format_hash``."""
        main = self._main
        hashes = main.hashes[main.alive] if main.dead else main.hashes
        ids = main.ids[main.alive] if main.dead else main.ids
        return (
            np.concatenate((hashes, self._delta_hashes[: self._delta_count])),
            np.concatenate((ids, self._delta_ids[: self._delta_count])),
        )

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the index to one ``.npz`` file (atomically: a temporary file, then a rename)."""
        main = self._main
        arrays: dict[str, npt.NDArray[Any]] = {
            "format_version": np.array([FORMAT_VERSION], dtype=np.int64),
            "widths": np.array(main.layout.widths, dtype=np.int64),
            "hashes": main.hashes,
            "ids": main.ids,
            "rows": main.rows,
            "table": main.table,
            "alive": main.alive,
            "delta_hashes": self._delta_hashes[: self._delta_count],
            "delta_ids": self._delta_ids[: self._delta_count],
        }
        npz_save(path, arrays)

    @classmethod
    def load(cls, path: Path) -> PdqIndex:
        """Read an index written by ``save``; raises ``StoreError`` for a missing or corrupt file."""
        return npz_load_as(path, "PDQ index", cls._from_arrays)

    @classmethod
    def _from_arrays(cls, arrays: dict[str, npt.NDArray[Any]]) -> PdqIndex:
        format_version_expect(arrays, FORMAT_VERSION)
        widths = tuple(int(w) for w in arrays["widths"])
        if sum(widths) != HASH_BITS or not all(1 <= w <= _MAX_CHUNK_BITS for w in widths):
            raise ValueError(f"bad chunk widths {widths}")
        layout = ChunkLayout(widths)
        hashes, ids, rows, table, alive = (
            arrays["hashes"], arrays["ids"], arrays["rows"], arrays["table"], arrays["alive"]
        )
        n = len(ids)
        array_expect(hashes, np.uint64, (n, WORDS), "hashes")
        array_expect(ids, np.int64, (n,), "ids")
        array_expect(alive, np.bool_, (n,), "alive")
        if rows.dtype not in (np.int32, np.int64) or rows.shape != (len(widths) * n,):
            raise ValueError("rows has the wrong type or shape")
        if table.dtype not in (np.int32, np.int64) or table.shape != (layout.table_size,):
            raise ValueError("table has the wrong type or shape")
        if n and (int(rows.min()) < 0 or int(rows.max()) >= n):
            raise ValueError("rows point outside the hashes")
        if table[0] != 0 or table[-1] != len(widths) * n or bool((table[1:] < table[:-1]).any()):
            raise ValueError("bucket table is not a monotone range over the rows")
        delta_hashes, delta_ids = arrays["delta_hashes"], arrays["delta_ids"]
        array_expect(delta_ids, np.int64, (len(delta_ids),), "delta_ids")
        array_expect(delta_hashes, np.uint64, (len(delta_ids), WORDS), "delta_hashes")
        index = cls()
        segment = _Segment(layout, hashes, ids, rows, table)
        if n > 1 and bool((segment.ids_sorted[1:] == segment.ids_sorted[:-1]).any()):
            raise ValueError("repeated item ids")
        segment.alive = alive.copy()
        segment.dead = int(n - alive.sum())
        if len(np.unique(delta_ids)) != len(delta_ids) or bool(segment.contains(delta_ids).any()):
            raise ValueError("repeated item ids in the delta")
        index._main = segment
        if len(delta_ids):
            index._delta_append(delta_hashes, delta_ids)
        return index

