"""An exact Hamming-radius index over 256-bit PDQ hashes, in numpy, sharable between processes.

Multi-index hashing: the 256 bits are cut into ``m`` chunks; a hash within distance ``D`` of the
query has some chunk within a per-chunk radius of the query's (pigeonhole, ``pdq_layout``), so
probing those buckets and verifying every candidate on all 256 bits (XOR and popcount) finds
exactly the hashes within ``D``, never an approximation.

Writes are log-structured in three levels:

- the **main** segment (``pdq_segment.Segment``): flat arrays, built in memory or mapped
  read-only from a file written by ``save``/``write``, so any number of processes share one copy;
- the **recent** segment: a small in-memory segment of what was added since, rebuilt from
  itself and the buffer whenever the buffer fills (cost proportional to its size, not the main's);
- the **buffer**: the last few hundred additions, scanned linearly by every query.

Removals are tombstones (a bit per row, in the process). The main segment is rebuilt only when
the recent one passes an eighth of it or the tombstones a quarter of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.index.mapped_file import MappedFile, MappedWriter, mapped_load_as
from bountyboard.guard.index.pdq_layout import (
    DEFAULT_MAX_DISTANCE,
    HASH_BITS,
    MAX_CHUNK_BITS,
    WORDS,
    ChunkLayout,
    format_hash,
    hamming_distances,
    parse_hash_bytes,
    parse_hashes,
)
from bountyboard.guard.index.pdq_segment import Hits, Segment, segment_shapes

__all__ = [
    "DEFAULT_MAX_DISTANCE",
    "FILE_KIND",
    "FORMAT_VERSION",
    "ChunkLayout",
    "PdqIndex",
    "format_hash",
    "hamming_distances",
    "parse_hashes",
]

FILE_KIND = "pdq-index"
FORMAT_VERSION = 2

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
IntArray = npt.NDArray[np.integer[Any]]

# Queries are processed in batches of up to 16, fewer when each has many probes and candidates:
# past ~64k entries a batch's temporaries fall out of cache and batching stops paying (at 100M
# hashes a query alone has ~20k).
_QUERY_BATCH = 16
_BATCH_ENTRIES = 65_536
BUFFER_LIMIT = 512  # additions scanned linearly before they fold into the recent segment
RECENT_MIN = 16_384  # the recent segment may always grow this far before a main merge


class PdqIndex:
    """Exact PDQ matching within a Hamming radius, with incremental add and remove.

    Item ids are unique: adding an id that is already present raises ``ValueError``. Not
    thread-safe: a write must not overlap a read or another write (``HashMatcher`` holds a lock).
    """

    def __init__(self, *, chunks: int | None = None) -> None:
        """``chunks`` fixes the chunk count (10..64); by default it follows the index size."""
        if chunks is not None and not (HASH_BITS // MAX_CHUNK_BITS + 1 <= chunks <= 64):
            raise ValueError(f"chunks must be in {HASH_BITS // MAX_CHUNK_BITS + 1}..64, got {chunks}")
        self._chunks = chunks
        self._main = self._build(np.empty((0, WORDS), dtype=np.uint64), np.empty(0, dtype=np.int64))
        self._recent = self._main
        self._buffer_hashes = np.empty((64, WORDS), dtype=np.uint64)
        self._buffer_ids = np.empty(64, dtype=np.int64)
        self._buffer_count = 0
        self._locked_main: Segment | None = None  # the mapped main segment, when its pages are mlocked

    def _build(self, hashes: U64, ids: I64) -> Segment:
        return Segment.build(hashes, ids, ChunkLayout.even(self._chunks) if self._chunks else None)

    # -- size and policy -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._main) + len(self._recent) + self._buffer_count

    @property
    def layout(self) -> ChunkLayout:
        return self._main.layout

    @property
    def locked(self) -> bool:
        """The main segment is the mapped file and its pages are mlocked (``load``)."""
        return self._locked_main is not None and self._locked_main is self._main

    @property
    def pending(self) -> int:
        """Entries outside the main segment (recent segment and buffer)."""
        return len(self._recent) + self._buffer_count

    def _recent_limit(self) -> int:
        return max(RECENT_MIN, len(self._main.ids) // 8)

    # -- writes ----------------------------------------------------------------------------
    def add(self, hash_hex: str, item_id: int) -> None:
        words = np.frombuffer(parse_hash_bytes(hash_hex), dtype=">u8").astype(np.uint64)
        item_id = int(item_id)
        if self._find(item_id) is not None:
            raise ValueError(f"item id {item_id} is already in the index")
        self._buffer_append(words.reshape(1, WORDS), np.array([item_id], dtype=np.int64))

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
        clash = (
            self._main.contains(id_array)
            | self._recent.contains(id_array)
            | np.isin(id_array, self._buffer_ids[: self._buffer_count])
        )
        if clash.any():
            raise ValueError(f"item ids already in the index: {id_array[clash][:5].tolist()}")
        if len(words) > BUFFER_LIMIT:
            self._fold(words, id_array)  # a bulk load builds a segment directly
        else:
            self._buffer_append(words, id_array)

    def remove(self, item_id: int) -> bool:
        item_id = int(item_id)
        for segment in (self._main, self._recent):
            row = segment.find(item_id)
            if row is not None:
                segment.tombstones.add(row)
                if self._main.tombstones.count > max(1024, len(self._main.ids) // 4):
                    self._merge()
                return True
        pos = self._buffer_find(item_id)
        if pos is None:
            return False
        last = self._buffer_count - 1  # swap-remove: the buffer is unordered
        self._buffer_hashes[pos] = self._buffer_hashes[last]
        self._buffer_ids[pos] = self._buffer_ids[last]
        self._buffer_count = last
        return True

    def compact(self) -> None:
        """Merge everything into one main segment now (otherwise it happens when writes pile up)."""
        if self.pending or self._main.tombstones.count:
            self._merge()

    def _find(self, item_id: int) -> tuple[Segment | None, int] | None:
        for segment in (self._main, self._recent):
            row = segment.find(item_id)
            if row is not None:
                return segment, row
        pos = self._buffer_find(item_id)
        return None if pos is None else (None, pos)

    def _buffer_find(self, item_id: int) -> int | None:
        found = np.flatnonzero(self._buffer_ids[: self._buffer_count] == item_id)
        return int(found[0]) if len(found) else None

    def _buffer_append(self, words: U64, ids: I64) -> None:
        need = self._buffer_count + len(ids)
        if need > len(self._buffer_ids):
            capacity = max(need, 2 * len(self._buffer_ids))
            grown_hashes = np.empty((capacity, WORDS), dtype=np.uint64)
            grown_ids = np.empty(capacity, dtype=np.int64)
            grown_hashes[: self._buffer_count] = self._buffer_hashes[: self._buffer_count]
            grown_ids[: self._buffer_count] = self._buffer_ids[: self._buffer_count]
            self._buffer_hashes, self._buffer_ids = grown_hashes, grown_ids
        self._buffer_hashes[self._buffer_count : need] = words
        self._buffer_ids[self._buffer_count : need] = ids
        self._buffer_count = need
        if self._buffer_count > BUFFER_LIMIT:
            self._fold()

    def _take_buffer(self) -> tuple[U64, I64]:
        taken = self._buffer_hashes[: self._buffer_count].copy(), self._buffer_ids[: self._buffer_count].copy()
        self._buffer_hashes = np.empty((64, WORDS), dtype=np.uint64)
        self._buffer_ids = np.empty(64, dtype=np.int64)
        self._buffer_count = 0
        return taken

    def _fold(self, extra_hashes: U64 | None = None, extra_ids: I64 | None = None) -> None:
        """Rebuild the recent segment from itself, the buffer and ``extra``; merge into the main
        segment instead when the result would pass the recent limit."""
        recent_hashes, recent_ids = self._recent.live()
        buffer_hashes, buffer_ids = self._take_buffer()
        parts_h, parts_i = [recent_hashes, buffer_hashes], [recent_ids, buffer_ids]
        if extra_hashes is not None and extra_ids is not None:
            parts_h.append(extra_hashes)
            parts_i.append(extra_ids)
        total = sum(len(p) for p in parts_i)
        if total > self._recent_limit() or len(self._main.ids) == 0:
            main_hashes, main_ids = self._main.live()
            self._main = self._build(np.concatenate([main_hashes, *parts_h]), np.concatenate([main_ids, *parts_i]))
            self._recent = self._empty_segment()
        else:
            self._recent = self._build(np.concatenate(parts_h), np.concatenate(parts_i))

    def _merge(self) -> None:
        self._fold()
        if self.pending or self._main.tombstones.count:  # the fold kept a recent segment: merge it too
            main_hashes, main_ids = self._main.live()
            recent_hashes, recent_ids = self._recent.live()
            self._main = self._build(
                np.concatenate((main_hashes, recent_hashes)), np.concatenate((main_ids, recent_ids))
            )
            self._recent = self._empty_segment()

    def _empty_segment(self) -> Segment:
        return self._build(np.empty((0, WORDS), dtype=np.uint64), np.empty(0, dtype=np.int64))

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
        batch = 1 if len(words) == 1 else max(1, min(_QUERY_BATCH, _BATCH_ENTRIES // self._main.work(max_distance)))
        out: list[list[tuple[int, int]]] = []
        for start in range(0, len(words), batch):
            out.extend(self._query_batch(words[start : start + batch], max_distance))
        return out

    def _query_batch(self, queries: U64, max_distance: int) -> list[list[tuple[int, int]]]:
        parts: list[Hits] = [self._main.search(queries, max_distance)]
        if len(self._recent.ids):
            parts.append(self._recent.search(queries, max_distance))
        if self._buffer_count:
            distances = hamming_distances(self._buffer_hashes[None, : self._buffer_count], queries[:, None, :])
            dq, drow = np.nonzero(distances <= max_distance)
            parts.append((dq, distances[dq, drow], self._buffer_ids[drow]))
        if len(parts) == 1:
            query_index, distances, item_ids = parts[0]
        else:
            query_index = np.concatenate([p[0] for p in parts])
            distances = np.concatenate([p[1] for p in parts])
            item_ids = np.concatenate([p[2] for p in parts])
        if len(query_index) == 0:
            return [[] for _ in range(len(queries))]
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
        found = self._find(int(item_id))
        if found is None:
            return None
        segment, row = found
        return format_hash(segment.hashes[row] if segment is not None else self._buffer_hashes[row])

    def items(self) -> tuple[U64, I64]:
        """Every live ``(hashes (n, 4) uint64, ids)``; hashes format with ``format_hash``."""
        main_hashes, main_ids = self._main.live()
        recent_hashes, recent_ids = self._recent.live()
        return (
            np.concatenate((main_hashes, recent_hashes, self._buffer_hashes[: self._buffer_count])),
            np.concatenate((main_ids, recent_ids, self._buffer_ids[: self._buffer_count])),
        )

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the index to one mappable file (atomically: a temporary file, then a rename):
        the main segment's arrays and tombstones, and the recent entries as a small delta."""
        main = self._main
        recent_hashes, recent_ids = self._recent.live()
        delta_hashes = np.concatenate((recent_hashes, self._buffer_hashes[: self._buffer_count]))
        delta_ids = np.concatenate((recent_ids, self._buffer_ids[: self._buffer_count]))
        shapes = segment_shapes(main.layout, len(main.ids))
        shapes["dead_bits"] = (np.uint8, main.tombstones.packed().shape)
        shapes["delta_hashes"] = (np.uint64, delta_hashes.shape)
        shapes["delta_ids"] = (np.int64, delta_ids.shape)
        meta = {"widths": list(main.layout.widths)}
        with MappedWriter(path, kind=FILE_KIND, version=FORMAT_VERSION, shapes=shapes, meta=meta) as writer:
            for name in ("hashes", "ids", "postings", "table"):
                writer.arrays[name][...] = getattr(main, name)
            writer.arrays["dead_bits"][...] = main.tombstones.packed()
            writer.arrays["delta_hashes"][...] = delta_hashes
            writer.arrays["delta_ids"][...] = delta_ids

    @classmethod
    def write(cls, path: Path, hashes: Sequence[str] | npt.NDArray[Any], ids: Sequence[int] | IntArray,
              *, chunks: int | None = None) -> None:
        """Build an index of ``hashes`` straight into the file at ``path`` (what ``add_many`` then
        ``save`` would write, without holding the index in memory as well); ``load`` maps it."""
        words = parse_hashes(hashes)
        id_array = np.asarray(ids, dtype=np.int64).reshape(-1)
        if len(id_array) != len(words):
            raise ValueError(f"{len(words)} hashes but {len(id_array)} ids")
        layout = ChunkLayout.even(chunks) if chunks else ChunkLayout.for_size(len(id_array))
        shapes = segment_shapes(layout, len(id_array))
        shapes["dead_bits"] = (np.uint8, (0,))
        shapes["delta_hashes"] = (np.uint64, (0, WORDS))
        shapes["delta_ids"] = (np.int64, (0,))
        meta = {"widths": list(layout.widths)}
        with MappedWriter(path, kind=FILE_KIND, version=FORMAT_VERSION, shapes=shapes, meta=meta) as writer:
            Segment.build(words, id_array, layout, lambda name, dtype, shape: writer.arrays[name])

    @classmethod
    def load(cls, path: Path, *, verify: bool = True, lock: bool = True) -> PdqIndex:
        """Map an index written by ``save`` or ``write`` read-only (shared with every other process
        that maps it); raises ``StoreError`` for a missing, foreign or corrupt file. ``verify``
        checksums every array (a few seconds at 100 million hashes). ``lock`` mlocks the pages
        where the process may (``locked`` tells), so memory pressure never turns queries into
        page faults."""
        return mapped_load_as(
            path, kind=FILE_KIND, version=FORMAT_VERSION, what="PDQ index", build=cls._from_file, verify=verify,
            lock=lock,
        )

    @classmethod
    def _from_file(cls, mapped: MappedFile) -> PdqIndex:
        arrays = mapped.arrays
        widths = tuple(int(w) for w in mapped.meta["widths"])
        main = Segment.from_arrays(widths, arrays)
        main.tombstones.load(arrays["dead_bits"])
        delta_hashes, delta_ids = arrays["delta_hashes"], arrays["delta_ids"]
        if delta_ids.dtype != np.int64 or delta_ids.ndim != 1:
            raise ValueError("delta_ids has the wrong type or shape")
        if delta_hashes.dtype != np.uint64 or delta_hashes.shape != (len(delta_ids), WORDS):
            raise ValueError("delta_hashes has the wrong type or shape")
        if len(np.unique(delta_ids)) != len(delta_ids) or bool(main.contains(delta_ids).any()):
            raise ValueError("repeated item ids in the delta")
        index = cls()
        index._main = main
        index._locked_main = main if mapped.locked else None
        if len(delta_ids):
            index._recent = Segment.build(np.array(delta_hashes), np.array(delta_ids))
        # Load (or, the first time, compile: ~3 s) the compiled search now rather than on the
        # first query a user waits for.
        main.search(np.zeros((1, WORDS), dtype=np.uint64), 0)
        return index
