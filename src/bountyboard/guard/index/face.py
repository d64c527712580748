"""Cosine search over face embeddings: an inverted file (IVF) in numpy, with exact re-ranking.

Vectors are L2-normalised on the way in, so cosine similarity is a dot product. Below a few
thousand vectors the index is a flat exact scan. Above, a k-means coarse quantiser (trained on a
sample) splits them into ``~sqrt(n)`` lists stored contiguously; a query scores the centroids,
probes the closest lists and ranks their members by exact cosine. Face embeddings of one person
sit close together, so their list is almost always among the probed ones; ``nprobe`` trades
speed for recall (``benchmarks/bench_face.py`` prints the curve).

Incremental changes use the same log-structured scheme as ``PdqIndex``: new vectors go to a
delta that queries scan exactly; removals are tombstones; the two are folded into the lists
(assigning to the existing centroids, no retraining) when they grow, and the quantiser is
retrained only when the index has grown several-fold since it was trained.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.index.npz_file import array_expect, format_version_expect, npz_load_as, npz_save

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
FORMAT_VERSION = 1
FLAT_BELOW = 4096  # a flat scan of this many vectors costs less than probing lists
TRAIN_SAMPLE = 32  # vectors per list in the k-means sample
TRAIN_ITERATIONS = 12


def _normalise(vectors: npt.ArrayLike, dim: int) -> F32:
    array = np.asarray(vectors, dtype=np.float32)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    if array.ndim != 2 or array.shape[1] != dim:
        raise ValueError(f"expected vectors of dimension {dim}, got shape {np.shape(vectors)}")
    if not bool(np.all(np.isfinite(array))):
        raise ValueError("vectors must be finite")
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    if bool((norms == 0).any()):
        raise ValueError("a zero vector has no direction")
    normalised: F32 = (array / norms).astype(np.float32)
    return normalised


def kmeans(sample: F32, lists: int, rng: np.random.Generator, iterations: int = TRAIN_ITERATIONS) -> F32:
    """Spherical k-means (cosine): centroids are re-normalised means of their members."""
    centroids: F32 = sample[rng.choice(len(sample), size=lists, replace=False)].copy()
    for _ in range(iterations):
        assign = _nearest(sample, centroids)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, sample)
        counts = np.bincount(assign, minlength=lists)
        empty = counts == 0
        if empty.any():  # re-seed empty lists on random members, so every list is used
            sums[empty] = sample[rng.choice(len(sample), size=int(empty.sum()), replace=False)]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = (sums / np.maximum(norms, 1e-12)).astype(np.float32)
    return centroids


def _nearest(vectors: F32, centroids: F32, batch: int = 65536) -> npt.NDArray[np.intp]:
    out = np.empty(len(vectors), dtype=np.intp)
    for start in range(0, len(vectors), batch):
        out[start : start + batch] = np.argmax(vectors[start : start + batch] @ centroids.T, axis=1)
    return out


class FaceIndex:
    """``(item_id, cosine)`` search with add/remove; ids are unique ints."""

    def __init__(self, dim: int = 128, *, nprobe: int = 48, seed: int = 0) -> None:
        if dim < 1:
            raise ValueError("dim must be positive")
        self.dim = dim
        self.nprobe = nprobe
        self._rng = np.random.default_rng(seed)
        self._seed = seed
        self._centroids: F32 = np.empty((0, dim), dtype=np.float32)
        self._trained_at = 0
        self._set_main(np.empty((0, dim), dtype=np.float32), np.empty(0, dtype=np.int64), np.zeros(2, dtype=np.int64))
        self._delta_vectors: F32 = np.empty((64, dim), dtype=np.float32)
        self._delta_ids: I64 = np.empty(64, dtype=np.int64)
        self._delta_count = 0

    def _set_main(self, vectors: F32, ids: I64, offsets: I64) -> None:
        self._vectors = vectors  # grouped by list: list c is rows offsets[c] .. offsets[c + 1]
        self._ids = ids
        self._offsets = offsets
        self._alive = np.ones(len(ids), dtype=bool)
        self._dead = 0
        self._id_order = np.argsort(ids, kind="stable")
        self._ids_sorted = ids[self._id_order]

    def __len__(self) -> int:
        return len(self._ids) - self._dead + self._delta_count

    @property
    def lists(self) -> int:
        return len(self._centroids)

    # -- writes ----------------------------------------------------------------------------
    def add(self, item_id: int, vector: npt.ArrayLike) -> None:
        self.add_many([item_id], _normalise(vector, self.dim))

    def add_many(self, ids: npt.ArrayLike, vectors: npt.ArrayLike) -> None:
        id_array = np.asarray(ids, dtype=np.int64).reshape(-1)
        normalised = _normalise(vectors, self.dim)
        if len(id_array) != len(normalised):
            raise ValueError(f"{len(normalised)} vectors but {len(id_array)} ids")
        unique, counts = np.unique(id_array, return_counts=True)
        if (counts > 1).any():
            raise ValueError(f"item ids repeated in the batch: {unique[counts > 1][:5].tolist()}")
        clash = self._main_contains(id_array) | np.isin(id_array, self._delta_ids[: self._delta_count])
        if clash.any():
            raise ValueError(f"item ids already in the index: {id_array[clash][:5].tolist()}")
        need = self._delta_count + len(id_array)
        if need > len(self._delta_ids):
            capacity = max(need, 2 * len(self._delta_ids))
            grown_v = np.empty((capacity, self.dim), dtype=np.float32)
            grown_i = np.empty(capacity, dtype=np.int64)
            grown_v[: self._delta_count] = self._delta_vectors[: self._delta_count]
            grown_i[: self._delta_count] = self._delta_ids[: self._delta_count]
            self._delta_vectors, self._delta_ids = grown_v, grown_i
        self._delta_vectors[self._delta_count : need] = normalised
        self._delta_ids[self._delta_count : need] = id_array
        self._delta_count = need
        if self._delta_count > max(1024, len(self._ids) // 32):
            self._merge()

    def remove(self, item_id: int) -> bool:
        row = self._main_find(int(item_id))
        if row is not None:
            self._alive[row] = False
            self._dead += 1
            if self._dead > max(1024, len(self._ids) // 4):
                self._merge()
            return True
        found = np.flatnonzero(self._delta_ids[: self._delta_count] == item_id)
        if not len(found):
            return False
        pos, last = int(found[0]), self._delta_count - 1
        self._delta_vectors[pos] = self._delta_vectors[last]
        self._delta_ids[pos] = self._delta_ids[last]
        self._delta_count = last
        return True

    def compact(self) -> None:
        if self._delta_count or self._dead:
            self._merge()

    def _main_find(self, item_id: int) -> int | None:
        pos = int(np.searchsorted(self._ids_sorted, item_id))
        if pos < len(self._ids_sorted) and int(self._ids_sorted[pos]) == item_id:
            row = int(self._id_order[pos])
            if self._alive[row]:
                return row
        return None

    def _main_contains(self, item_ids: I64) -> npt.NDArray[np.bool_]:
        if len(self._ids_sorted) == 0:
            return np.zeros(len(item_ids), dtype=np.bool_)
        pos = np.searchsorted(self._ids_sorted, item_ids).clip(0, len(self._ids_sorted) - 1)
        found: npt.NDArray[np.bool_] = np.asarray(self._ids_sorted[pos] == item_ids, dtype=np.bool_)
        found[found] = self._alive[self._id_order[pos[found]]]
        return found

    def _merge(self) -> None:
        alive = self._alive
        vectors = np.concatenate((self._vectors[alive], self._delta_vectors[: self._delta_count]))
        ids = np.concatenate((self._ids[alive], self._delta_ids[: self._delta_count]))
        self._delta_vectors = np.empty((64, self.dim), dtype=np.float32)
        self._delta_ids = np.empty(64, dtype=np.int64)
        self._delta_count = 0
        n = len(ids)
        if n < FLAT_BELOW:
            self._centroids = np.empty((0, self.dim), dtype=np.float32)
            self._trained_at = 0
        elif self.lists == 0 or n > 4 * self._trained_at:
            # Finer lists find the true neighbour while scanning fewer vectors (measured in
            # benchmarks/bench_face.py); 2 sqrt(n) keeps training and the centroid scan cheap.
            lists = int(np.clip(2 * np.sqrt(n), 16, 4096))
            sample = vectors[self._rng.choice(n, size=min(n, TRAIN_SAMPLE * lists), replace=False)]
            self._centroids = kmeans(sample, lists, self._rng)
            self._trained_at = n
        if self.lists == 0:
            self._set_main(vectors, ids, np.array([0, n], dtype=np.int64))
            return
        assign = _nearest(vectors, self._centroids)
        order = np.argsort(assign, kind="stable")
        counts = np.bincount(assign, minlength=self.lists)
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self._set_main(np.ascontiguousarray(vectors[order]), ids[order], offsets)

    # -- reads -----------------------------------------------------------------------------
    def vector(self, item_id: int) -> F32:
        """The stored (normalised) vector of ``item_id``; ``KeyError`` when absent."""
        row = self._main_find(int(item_id))
        if row is not None:
            stored: F32 = self._vectors[row].copy()
            return stored
        found = np.flatnonzero(self._delta_ids[: self._delta_count] == item_id)
        if not len(found):
            raise KeyError(item_id)
        pending: F32 = self._delta_vectors[int(found[0])].copy()
        return pending

    def search(self, vector: npt.ArrayLike, k: int = 1) -> list[tuple[int, float]]:
        """The ``k`` nearest ``(item_id, cosine)``, best first, among the probed lists."""
        query = _normalise(vector, self.dim)[0]
        if k < 1:
            raise ValueError("k must be at least 1")
        if self.lists == 0:
            blocks = [slice(0, len(self._ids))]
        else:
            centroid_scores = self._centroids @ query
            probe = min(self.nprobe, self.lists)
            nearest = np.argpartition(-centroid_scores, probe - 1)[:probe]
            blocks = [slice(int(self._offsets[c]), int(self._offsets[c + 1])) for c in nearest]
        scores_parts, id_parts = [], []
        for block in blocks:
            if block.stop > block.start:
                scores = self._vectors[block] @ query
                if self._dead:
                    scores = np.where(self._alive[block], scores, -np.inf)
                scores_parts.append(scores)
                id_parts.append(self._ids[block])
        if self._delta_count:
            scores_parts.append(self._delta_vectors[: self._delta_count] @ query)
            id_parts.append(self._delta_ids[: self._delta_count])
        if not scores_parts:
            return []
        scores = np.concatenate(scores_parts)
        ids = np.concatenate(id_parts)
        keep = min(k, len(scores))
        top = np.argpartition(-scores, keep - 1)[:keep]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(ids[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]

    def search_exact(self, vector: npt.ArrayLike, k: int = 1) -> list[tuple[int, float]]:
        """Brute force over every live vector: the reference the approximate search is held to."""
        query = _normalise(vector, self.dim)[0]
        scores = np.concatenate((self._vectors @ query, self._delta_vectors[: self._delta_count] @ query))
        ids = np.concatenate((self._ids, self._delta_ids[: self._delta_count]))
        if self._dead:
            scores[: len(self._ids)][~self._alive] = -np.inf
        keep = min(k, len(scores))
        if keep == 0:
            return []
        top = np.argpartition(-scores, keep - 1)[:keep]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(ids[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        arrays: dict[str, npt.NDArray[Any]] = {
            "format_version": np.array([FORMAT_VERSION], dtype=np.int64),
            "params": np.array([self.dim, self.nprobe, self._trained_at, self._seed], dtype=np.int64),
            "centroids": self._centroids,
            "vectors": self._vectors,
            "ids": self._ids,
            "offsets": self._offsets,
            "alive": self._alive,
            "delta_vectors": self._delta_vectors[: self._delta_count],
            "delta_ids": self._delta_ids[: self._delta_count],
        }
        npz_save(path, arrays)

    @classmethod
    def load(cls, path: Path) -> FaceIndex:
        return npz_load_as(path, "face index", cls._from_arrays)

    @classmethod
    def _from_arrays(cls, arrays: dict[str, npt.NDArray[Any]]) -> FaceIndex:
        format_version_expect(arrays, FORMAT_VERSION)
        dim, nprobe, trained_at, seed = (int(v) for v in arrays["params"])
        if dim < 1 or nprobe < 1:
            raise ValueError("bad parameters")
        centroids, vectors, ids, offsets, alive = (
            arrays["centroids"], arrays["vectors"], arrays["ids"], arrays["offsets"], arrays["alive"]
        )
        n, lists = len(ids), len(centroids)
        for name, array, dtype, shape in (
            ("centroids", centroids, np.float32, (lists, dim)),
            ("vectors", vectors, np.float32, (n, dim)),
            ("ids", ids, np.int64, (n,)),
            ("offsets", offsets, np.int64, (max(lists, 1) + 1,)),
            ("alive", alive, np.bool_, (n,)),
            ("delta_vectors", arrays["delta_vectors"], np.float32, (len(arrays["delta_ids"]), dim)),
            ("delta_ids", arrays["delta_ids"], np.int64, (len(arrays["delta_ids"]),)),
        ):
            array_expect(array, dtype, shape, name)
        if offsets[0] != 0 or offsets[-1] != n or (np.diff(offsets) < 0).any():
            raise ValueError("list offsets are not a monotone range over the vectors")
        all_ids = np.sort(np.concatenate((ids[alive], arrays["delta_ids"])))
        if bool((all_ids[1:] == all_ids[:-1]).any()):
            raise ValueError("repeated item ids")
        if not (np.isfinite(vectors).all() and np.isfinite(centroids).all()):
            raise ValueError("non-finite vectors")
        index = cls(dim, nprobe=nprobe, seed=seed)
        index._centroids = centroids
        index._trained_at = trained_at
        index._set_main(vectors, ids, offsets)
        index._alive = alive.copy()
        index._dead = int(n - alive.sum())
        if len(arrays["delta_ids"]):
            index.add_many(arrays["delta_ids"], arrays["delta_vectors"])
        return index
