"""PDQ hashes as numpy words, and how the multi-index cuts them into chunks and probes them.

A hash is 256 bits, held as 4 big-endian uint64 words. The index cuts them into ``m`` chunks
and, per chunk, probes every bucket within a radius ``t_c`` of the query's chunk value. The
radii follow the generalised pigeonhole principle: if every chunk of a stored hash differed from
the query's in more than ``t_c`` bits, the hashes would differ in at least ``sum(t_c + 1)``
bits, so radii with ``sum(t_c + 1) = D + 1`` find everything within distance ``D``. A radius of
-1 skips a chunk. The classic ``D // m`` everywhere is one such choice; choosing them by cost
(``ChunkLayout.radii``) gives some chunks a smaller radius and saves probes and candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from math import comb
from typing import Any

import numpy as np
import numpy.typing as npt

HASH_BITS = 256
HASH_BYTES = 32
WORDS = 4  # 4 x uint64 per hash
DEFAULT_MAX_DISTANCE = 31
# Largest chunk width: a 2^28 bucket table is 1 GiB per chunk (4-byte entries); at 100 million
# hashes two such chunks carry the largest probe radius (``ChunkLayout.for_size``).
MAX_CHUNK_BITS = 28
# Bucket-table entries allowed per stored hash (plus 1 Mi): 12 entries = 48 bytes a hash.
TABLE_ENTRIES_PER_HASH = 12
# Cost of verifying one candidate relative to one probe: a candidate is a posting read and a
# random 32-byte read of its hash plus a popcount; a probe two reads of the bucket table
# (measured with np.take on 100M hashes: ~25 ns against ~7 ns).
CANDIDATE_COST = 4.0

U64 = npt.NDArray[np.uint64]


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
    if a.shape != b.shape:
        if b.shape == (1, WORDS) and a.ndim == 2:
            b = np.tile(b[0], len(a))  # one query against many rows
        else:
            a, b = (np.ascontiguousarray(x) for x in np.broadcast_arrays(a, b))
    shape = a.shape[:-1]
    # XOR and popcount over the flat words: a ufunc over a short last axis is several times slower.
    counts = np.bitwise_count(np.bitwise_xor(np.ascontiguousarray(a).reshape(-1), np.ascontiguousarray(b).reshape(-1)))
    # Sum each row's four byte counts through a uint32 view: much faster than a reduction.
    packed = counts.view(np.uint32)
    pairs = (packed & np.uint32(0x00FF00FF)) + ((packed >> np.uint32(8)) & np.uint32(0x00FF00FF))
    return ((pairs & np.uint32(0xFFFF)) + (pairs >> np.uint32(16))).astype(np.int32).reshape(shape)


def xored_distances(xored: U64, counts: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint32]:
    """Popcount of each row of ``(k, 4)`` XORed words, using ``counts`` (``(k, 4)`` uint8) as
    working space: ``hamming_distances`` for a caller that XORs in place in reused arrays."""
    np.bitwise_count(xored, out=counts)
    packed = counts.view(np.uint32).reshape(-1)  # one row's four byte counts in one uint32
    pairs = (packed & np.uint32(0x00FF00FF)) + ((packed >> np.uint32(8)) & np.uint32(0x00FF00FF))
    out: npt.NDArray[np.uint32] = (pairs & np.uint32(0xFFFF)) + (pairs >> np.uint32(16))
    return out


@cache
def ball_size(width: int, radius: int) -> int:
    """Bucket values within ``radius`` flipped bits of one ``width``-bit value (0 for radius -1)."""
    return sum(comb(width, i) for i in range(min(radius, width) + 1))


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

    def radii(self, n: int, max_distance: int) -> tuple[int, ...]:
        """Per-chunk probe radii with ``sum(t + 1) == max_distance + 1`` and the lowest cost.

        Cost of chunk ``c`` at radius ``t``: its probes plus ``CANDIDATE_COST`` x the random
        candidates they find (``n / 2^width`` each). The cost grows faster with every step of
        ``t``, so raising, one step at a time, the radius whose next step costs least is optimal.
        """
        radii = [-1] * len(self.widths)
        per_probe = [1.0 + CANDIDATE_COST * n / (1 << w) for w in self.widths]

        def step_cost(c: int) -> float:
            width, radius = self.widths[c], radii[c]
            if radius >= width:
                return float("inf")
            return (ball_size(width, radius + 1) - ball_size(width, radius)) * per_probe[c]

        for _ in range(max_distance + 1):
            cheapest = min(range(len(radii)), key=lambda c: (step_cost(c), c))
            radii[cheapest] += 1
        return tuple(radii)

    def cost(self, n: int, max_distance: int, candidate_cost: float = CANDIDATE_COST) -> float:
        """Probes + ``candidate_cost`` x expected random candidates of one query."""
        return sum(
            ball_size(w, t) * (1.0 + candidate_cost * n / (1 << w))
            for w, t in zip(self.widths, self.radii(n, max_distance), strict=True)
        )

    @classmethod
    def even(cls, chunks: int) -> ChunkLayout:
        base, extra = divmod(HASH_BITS, chunks)
        return cls(tuple(base + 1 if c < extra else base for c in range(chunks)))

    @classmethod
    def uneven(cls, chunks: int, wide: int, wide_width: int) -> ChunkLayout | None:
        """``wide`` chunks of ``wide_width`` bits first, the other bits cut evenly (None if
        they do not fit)."""
        rest_bits, rest_chunks = HASH_BITS - wide * wide_width, chunks - wide
        if rest_chunks < 1 or not rest_chunks <= rest_bits <= rest_chunks * MAX_CHUNK_BITS:
            return None
        base, extra = divmod(rest_bits, rest_chunks)
        rest = tuple(base + 1 if c < extra else base for c in range(rest_chunks))
        return cls((wide_width,) * wide + rest)

    @classmethod
    def for_size(cls, n: int, max_distance: int = DEFAULT_MAX_DISTANCE) -> ChunkLayout:
        """The cut with the lowest estimated query cost for ``n`` hashes, within the bucket-table
        memory cap: an even cut, or a few wider chunks and the rest even. Wider chunks mean
        fewer candidates but a larger table and, once the radii grow, many more probes; the
        chunks that get the largest radius pay for extra width the least (at 100 million hashes:
        two chunks of 28 bits probed at radius 3 and eight of 25 at radius 2, against ten of
        25-26 bits, ~17% less estimated work)."""
        best = cls._cheapest(n, max_distance, [cls.even(c) for c in range(HASH_BITS // MAX_CHUNK_BITS + 1, 33)])
        chunks = len(best.widths)
        uneven = [
            cls.uneven(c, wide, width)
            for c in (chunks - 1, chunks, chunks + 1)
            for wide in (1, 2, 3)
            for width in range(HASH_BITS // c + 2, MAX_CHUNK_BITS + 1)
        ]
        return cls._cheapest(n, max_distance, [best, *(layout for layout in uneven if layout is not None)])

    @classmethod
    def _cheapest(cls, n: int, max_distance: int, layouts: Sequence[ChunkLayout]) -> ChunkLayout:
        best: tuple[float, ChunkLayout] | None = None
        for layout in layouts:
            if layout.table_size > TABLE_ENTRIES_PER_HASH * n + (1 << 20):
                continue
            cost = layout.cost(n, max_distance)
            if best is None or cost < best[0]:
                best = (cost, layout)
        assert best is not None
        return best[1]


@cache
def flip_masks(width: int, radius: int) -> tuple[int, ...]:
    """Every ``width``-bit value with at most ``radius`` bits set, 0 first (none for -1)."""
    masks = [0] if radius >= 0 else []
    for r in range(1, min(radius, width) + 1):
        for bits in combinations(range(width), r):
            value = 0
            for b in bits:
                value |= 1 << b
            masks.append(value)
    return tuple(masks)


def chunk_column(words: U64, start: int, width: int) -> U64:
    """Chunk value of every hash for the chunk at bits ``start .. start + width``."""
    word, shift = divmod(start, 64)
    value = words[:, word] >> np.uint64(shift)
    if shift + width > 64:
        value = value | (words[:, word + 1] << np.uint64(64 - shift))
    return value & np.uint64((1 << width) - 1)


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
        out[:, c] = chunk_column(words, start, width)
    return out
