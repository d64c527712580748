"""The storage behind ``FaceIndex``: two-byte codes, a two-level coarse quantiser, inverted lists.

**Codes.** A unit vector ``x`` is stored as ``scale = max|x| / 127``, ``hi = round(x / scale)``
(int8) and ``lo = round((x / scale - hi) * 254)`` (int8): ``scale * (hi + lo / 254)`` rebuilds it
within ``max|x| / 508 / 127`` per component (~1e-5 of a cosine), 256 + 4 bytes a 128-d vector
against 512 for float32. The scan reads ``hi`` only (one byte a dimension, one int8 -> float32
conversion and a matrix-vector product); the best ``SHORTLIST`` are re-scored on the rebuilt
vectors, so the scores returned are the stored vectors' cosines, not estimates.

**Quantiser.** ``~sqrt(L)`` coarse centroids, each owning the fine centroids (lists) trained on
its members: training and assigning 10 million vectors cost ``sqrt(L)`` instead of ``L`` dot
products a vector. A query scores every fine centroid (``L x d``, a fraction of a millisecond)
and scans the ``nprobe`` best lists.

**Lists.** Vectors are grouped by list (``offsets``), ``ids`` in the same order, plus
``id_sorted``/``id_rows`` to find an id by binary search. Every array can be a read-only view of
a mapped file shared by all processes; tombstones are bits held by each process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.index.tombstones import Tombstones

F32 = npt.NDArray[np.float32]
I8 = npt.NDArray[np.int8]
I64 = npt.NDArray[np.int64]
Allocate = Callable[[str, npt.DTypeLike, tuple[int, ...]], npt.NDArray[Any]]

CODE_SCALE = 127.0
RESIDUAL_SCALE = 254.0
SHORTLIST = 32  # candidates re-scored on the rebuilt vectors (the int8 scan is off by ~1e-3)
TRAIN_SAMPLE = 32  # vectors per list in the k-means sample
TRAIN_ITERATIONS = 12
ASSIGN_CELLS = 4  # coarse cells searched for each vector's list
PROBE_CELLS = 24  # coarse cells whose lists a query ranks
SCAN_BLOCK = 2048  # codes converted to float32 at a time (1 MiB at 128-d)


def allocate_in_memory(name: str, dtype: npt.DTypeLike, shape: tuple[int, ...]) -> npt.NDArray[Any]:
    return np.empty(shape, dtype=dtype)


def quantise(vectors: F32) -> tuple[I8, I8, F32]:
    """``(hi, lo, scale)`` codes of unit vectors (see the module docstring)."""
    scales = (np.abs(vectors).max(axis=1) / CODE_SCALE).astype(np.float32)
    scaled = vectors / scales[:, None]
    hi = np.rint(scaled)
    lo = np.clip(np.rint((scaled - hi) * RESIDUAL_SCALE), -127, 127)
    return hi.astype(np.int8), lo.astype(np.int8), scales


def dequantise(hi: I8, lo: I8, scales: F32) -> F32:
    rebuilt = hi.astype(np.float32)
    rebuilt += lo.astype(np.float32) * np.float32(1 / RESIDUAL_SCALE)
    rebuilt *= scales[:, None]
    return rebuilt


def kmeans(sample: F32, lists: int, rng: np.random.Generator, iterations: int = TRAIN_ITERATIONS) -> F32:
    """Spherical k-means (cosine): centroids are re-normalised means of their members."""
    centroids: F32 = sample[rng.choice(len(sample), size=lists, replace=False)].copy()
    for _ in range(iterations):
        assign = nearest(sample, centroids)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, sample)
        counts = np.bincount(assign, minlength=lists)
        empty = counts == 0
        if empty.any():  # re-seed empty lists on random members, so every list is used
            sums[empty] = sample[rng.choice(len(sample), size=int(empty.sum()), replace=False)]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = (sums / np.maximum(norms, 1e-12)).astype(np.float32)
    return centroids


def nearest(vectors: F32, centroids: F32, batch: int = 65536) -> npt.NDArray[np.intp]:
    out = np.empty(len(vectors), dtype=np.intp)
    for start in range(0, len(vectors), batch):
        out[start : start + batch] = np.argmax(vectors[start : start + batch] @ centroids.T, axis=1)
    return out


@dataclass(frozen=True, slots=True)
class Quantiser:
    """Coarse centroids, and the fine centroids (the lists) grouped by coarse centroid:
    coarse ``g`` owns fine centroids ``groups[g] .. groups[g + 1]``."""

    coarse: F32
    fine: F32
    groups: I64

    @property
    def lists(self) -> int:
        return len(self.fine)

    @classmethod
    def train(cls, sample: F32, lists: int, rng: np.random.Generator) -> Quantiser:
        coarse_count = max(1, min(int(round(np.sqrt(lists))), len(sample)))
        coarse = kmeans(sample, coarse_count, rng)
        assign = nearest(sample, coarse)
        counts = np.bincount(assign, minlength=coarse_count)
        fine_parts, kept, sizes = [], [], []
        for g in range(coarse_count):
            members = sample[assign == g]
            if len(members) == 0:
                continue  # an empty coarse cell owns no list and is dropped
            k = int(min(len(members), max(1, round(lists * counts[g] / len(sample)))))
            fine_parts.append(kmeans(members, k, rng))
            kept.append(g)
            sizes.append(k)
        groups = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        return cls(coarse[kept].copy(), np.concatenate(fine_parts), groups)

    def assign(self, vectors: F32) -> npt.NDArray[np.intp]:
        """The list of each vector: its best fine centroid among those of its ``ASSIGN_CELLS``
        best coarse cells. One cell only would put a quarter of the vectors near a cell border
        in a list that is not their nearest, and queries would then miss them."""
        out = np.empty(len(vectors), dtype=np.intp)
        cells = min(ASSIGN_CELLS, len(self.coarse))
        for start in range(0, len(vectors), 1 << 19):
            batch = np.asarray(vectors[start : start + (1 << 19)], dtype=np.float32)
            coarse_scores = batch @ self.coarse.T
            top = np.argpartition(-coarse_scores, cells - 1, axis=1)[:, :cells].ravel()
            rows = np.repeat(np.arange(len(batch)), cells)
            order = np.argsort(top, kind="stable")
            bounds = np.searchsorted(top[order], np.arange(len(self.coarse) + 1))
            best = np.full(len(batch), -np.inf, dtype=np.float32)
            choice = np.zeros(len(batch), dtype=np.intp)
            for g in range(len(self.coarse)):
                members = rows[order[bounds[g] : bounds[g + 1]]]
                if len(members) == 0:
                    continue
                lo, hi = int(self.groups[g]), int(self.groups[g + 1])
                scores = batch[members] @ self.fine[lo:hi].T
                local = np.argmax(scores, axis=1)
                value = scores[np.arange(len(members)), local]
                better = value > best[members]
                best[members[better]] = value[better]
                choice[members[better]] = lo + local[better]
            out[start : start + len(batch)] = choice
        return out

    def probe(self, queries: F32, count: int) -> npt.NDArray[np.intp]:
        """The ``count`` best lists of each query (``(q, count)``), ranked by exact centroid score
        among the lists of its ``PROBE_CELLS`` best coarse cells: a query near a vector is near
        that vector's coarse cells, and this reads a fraction of the fine centroids."""
        cells = min(PROBE_CELLS, len(self.coarse))
        best_cells = np.argpartition(-(queries @ self.coarse.T), cells - 1, axis=1)[:, :cells]
        out = np.empty((len(queries), count), dtype=np.intp)
        for i, query in enumerate(queries):
            starts = np.take(self.groups, best_cells[i])
            lengths = np.take(self.groups, best_cells[i] + 1) - starts
            offsets = np.cumsum(lengths) - lengths
            candidates = np.arange(int(lengths.sum())) + np.repeat(starts - offsets, lengths)
            scores = np.take(self.fine, candidates, axis=0) @ query
            keep = min(count, len(candidates))
            chosen = candidates[np.argpartition(-scores, keep - 1)[:keep]]
            out[i, :keep] = chosen
            out[i, keep:] = chosen[0]  # fewer lists than asked: repeat one (scanned once)
        return out

    def check(self, dim: int) -> None:
        """ValueError unless the arrays fit together (for loaded files)."""
        if self.coarse.ndim != 2 or self.coarse.shape[1] != dim or self.fine.ndim != 2 or self.fine.shape[1] != dim:
            raise ValueError("centroids have the wrong shape")
        if self.groups.shape != (len(self.coarse) + 1,) or int(self.groups[0]) != 0:
            raise ValueError("centroid groups have the wrong shape")
        if int(self.groups[-1]) != len(self.fine) or bool((np.diff(self.groups) < 1).any()):
            raise ValueError("centroid groups are not a range over the lists")
        if not (np.isfinite(self.coarse).all() and np.isfinite(self.fine).all()):
            raise ValueError("non-finite centroids")


def lists_shapes(n: int, dim: int, lists: int) -> dict[str, tuple[npt.DTypeLike, tuple[int, ...]]]:
    return {
        "hi": (np.int8, (n, dim)),
        "lo": (np.int8, (n, dim)),
        "scales": (np.float32, (n,)),
        "ids": (np.int64, (n,)),
        "offsets": (np.int64, (max(lists, 1) + 1,)),
        "id_sorted": (np.int64, (n,)),
        "id_rows": (np.uint32 if n < 2**32 else np.int64, (n,)),
    }


class FaceLists:
    """One immutable segment: codes grouped by list, ids, and this process's tombstones."""

    def __init__(self, arrays: dict[str, npt.NDArray[Any]]) -> None:
        self.hi: I8 = arrays["hi"]
        self.lo: I8 = arrays["lo"]
        self.scales: F32 = arrays["scales"]
        self.ids: I64 = arrays["ids"]
        self.offsets: I64 = arrays["offsets"]
        self.id_sorted: I64 = arrays["id_sorted"]
        self.id_rows: npt.NDArray[Any] = arrays["id_rows"]
        self.tombstones = Tombstones(len(self.ids))

    @classmethod
    def build(cls, vectors: F32, ids: I64, quantiser: Quantiser | None,
              allocate: Allocate = allocate_in_memory) -> FaceLists:
        """Group unit ``vectors`` by their list (one list when ``quantiser`` is None)."""
        n, dim = vectors.shape
        lists = quantiser.lists if quantiser is not None else 0
        out = {name: allocate(name, dtype, shape) for name, (dtype, shape) in lists_shapes(n, dim, lists).items()}
        if quantiser is None:
            order = np.arange(n)
            out["offsets"][...] = [0, n]
        else:
            assign = quantiser.assign(vectors)
            order = np.argsort(assign, kind="stable")
            counts = np.bincount(assign, minlength=lists)
            out["offsets"][...] = np.concatenate(([0], np.cumsum(counts)))
        for start in range(0, n, 1 << 18):  # in slices: no full-size float temporaries
            rows = order[start : start + (1 << 18)]
            chunk = np.asarray(vectors[rows], dtype=np.float32)
            chunk = chunk / np.linalg.norm(chunk, axis=1, keepdims=True)  # a no-op for unit input
            hi, lo, scales = quantise(chunk)
            out["hi"][start : start + len(rows)] = hi
            out["lo"][start : start + len(rows)] = lo
            out["scales"][start : start + len(rows)] = scales
        grouped_ids = ids[order]
        out["ids"][...] = grouped_ids
        id_order = np.argsort(grouped_ids, kind="stable")
        out["id_sorted"][...] = grouped_ids[id_order]
        out["id_rows"][...] = id_order
        if n > 1 and bool((out["id_sorted"][1:] == out["id_sorted"][:-1]).any()):
            raise ValueError("repeated item ids")
        return cls(out)

    @classmethod
    def from_arrays(cls, arrays: dict[str, npt.NDArray[Any]], dim: int, lists: int) -> FaceLists:
        """A segment over loaded arrays, after checking they are consistent (``ValueError``)."""
        n = len(arrays["ids"])
        for name, (dtype, shape) in lists_shapes(n, dim, lists).items():
            array = arrays[name]
            if array.dtype != np.dtype(dtype) or array.shape != shape:
                raise ValueError(f"{name} is {array.dtype} {array.shape}, expected {np.dtype(dtype)} {shape}")
        offsets, id_sorted, id_rows = arrays["offsets"], arrays["id_sorted"], arrays["id_rows"]
        if int(offsets[0]) != 0 or int(offsets[-1]) != n or bool((np.diff(offsets) < 0).any()):
            raise ValueError("list offsets are not a monotone range over the vectors")
        if n > 1 and not bool((id_sorted[1:] > id_sorted[:-1]).all()):
            raise ValueError("repeated or unordered item ids")
        if n and (int(id_rows.max()) >= n or not bool((np.take(arrays["ids"], id_rows) == id_sorted).all())):
            raise ValueError("the id lookup does not match the ids")
        if not (np.isfinite(arrays["scales"]).all() and bool((arrays["scales"] > 0).all())):
            raise ValueError("bad vector scales")
        return cls(arrays)

    def __len__(self) -> int:
        return len(self.ids) - self.tombstones.count

    # -- ids ------------------------------------------------------------------------------
    def find(self, item_id: int) -> int | None:
        pos = int(np.searchsorted(self.id_sorted, item_id))
        if pos < len(self.id_sorted) and int(self.id_sorted[pos]) == item_id:
            row = int(self.id_rows[pos])
            if not self.tombstones.of(np.array([row]))[0]:
                return row
        return None

    def contains(self, item_ids: I64) -> npt.NDArray[np.bool_]:
        if len(self.id_sorted) == 0:
            return np.zeros(len(item_ids), dtype=np.bool_)
        pos = np.searchsorted(self.id_sorted, item_ids).clip(0, len(self.id_sorted) - 1)
        found: npt.NDArray[np.bool_] = np.asarray(self.id_sorted[pos] == item_ids, dtype=np.bool_)
        found[found] = ~self.tombstones.of(np.take(self.id_rows, pos[found]).astype(np.int64))
        return found

    def rebuilt(self, rows: npt.NDArray[Any]) -> F32:
        """The stored vectors of ``rows``, rebuilt from their codes."""
        return dequantise(np.take(self.hi, rows, axis=0), np.take(self.lo, rows, axis=0), np.take(self.scales, rows))

    def live(self) -> tuple[F32, I64]:
        rows = np.arange(len(self.ids))
        if self.tombstones.count:
            rows = rows[~self.tombstones.of(rows)]
        vectors = np.empty((len(rows), self.hi.shape[1]), dtype=np.float32)
        for start in range(0, len(rows), 1 << 20):
            vectors[start : start + (1 << 20)] = self.rebuilt(rows[start : start + (1 << 20)])
        return vectors, np.take(self.ids, rows)

    # -- searching -------------------------------------------------------------------------
    def rows_of(self, lists: npt.NDArray[np.intp] | None) -> npt.NDArray[np.int64]:
        """Row numbers of the given lists (every row for None)."""
        if lists is None:
            return np.arange(len(self.ids), dtype=np.int64)
        starts = np.take(self.offsets, lists)
        lengths = np.take(self.offsets, lists + 1) - starts
        total = int(lengths.sum())
        offsets = np.cumsum(lengths) - lengths
        rows: npt.NDArray[np.int64] = np.arange(total, dtype=np.int64) + np.repeat(starts - offsets, lengths)
        return rows

    def shortlist(self, query: F32, lists: npt.NDArray[np.intp] | None, keep: int) -> tuple[I64, F32]:
        """The ``keep`` best live ``(ids, cosines)`` in ``lists``, scored on the rebuilt vectors."""
        rows = self.rows_of(lists)
        if len(rows) == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        # A block at a time, so the float32 copy of the codes stays in cache: converting and
        # scanning all of them at once costs ~3x in memory traffic.
        approx = np.empty(len(rows), dtype=np.float32)
        for start in range(0, len(rows), SCAN_BLOCK):
            block = rows[start : start + SCAN_BLOCK]
            codes = self.hi[start : start + SCAN_BLOCK] if lists is None else np.take(self.hi, block, axis=0)
            np.matmul(codes.astype(np.float32), query, out=approx[start : start + len(block)])
        approx *= self.scales if lists is None else np.take(self.scales, rows)
        if self.tombstones.count:
            approx[self.tombstones.of(rows)] = -np.inf
        if len(rows) > keep:
            best = np.argpartition(-approx, keep - 1)[:keep]
            rows = rows[best]
            approx = approx[best]
        rows = rows[np.isfinite(approx)]
        exact: F32 = self.rebuilt(rows) @ query
        return np.take(self.ids, rows), exact
