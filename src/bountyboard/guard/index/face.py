"""Cosine search over face embeddings: an inverted file (IVF) in numpy, with exact re-ranking.

Vectors are L2-normalised on the way in, so cosine similarity is a dot product. Below a few
thousand vectors the index is a flat scan. Above, a two-level k-means quantiser (trained on a
sample) splits them into ``~n / 512`` lists stored contiguously as two-byte codes
(``face_lists``); a query ranks the lists of its closest coarse cells, scans the ``nprobe`` closest lists on the
first byte of each code and re-scores the best few on the rebuilt vectors. Face embeddings of
one person sit close together, so their list is almost always among the probed ones; ``nprobe``
trades speed for recall (``benchmarks/bench_face.py`` and ``bench_face_scale.py`` print it).

Writes are log-structured like ``PdqIndex``: the main lists (in memory, or mapped read-only from
a file every process shares), a recent in-memory segment assigned to the same centroids, and a
small float32 buffer scanned exactly; removals are tombstones. The main lists are rebuilt when the
recent segment passes an eighth of them, and the quantiser is retrained only when the index has
grown 4x since it was trained.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.index.face_lists import (
    SHORTLIST,
    TRAIN_SAMPLE,
    FaceLists,
    Quantiser,
    lists_shapes,
)
from bountyboard.guard.index.mapped_file import MappedFile, MappedWriter, mapped_load_as

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
FILE_KIND = "face-index"
FORMAT_VERSION = 2
FLAT_BELOW = 4096  # a flat scan of this many vectors costs less than probing lists
VECTORS_PER_LIST = 512
MAX_LISTS = 65_536
BUFFER_LIMIT = 512  # additions scanned exactly before they fold into the recent segment
RECENT_MIN = 16_384
DEFAULT_NPROBE = 64


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


def _top(ids: I64, scores: F32, k: int) -> list[tuple[int, float]]:
    keep = min(k, len(scores))
    if keep == 0:
        return []
    top = np.argpartition(-scores, keep - 1)[:keep]
    top = top[np.lexsort((ids[top], -scores[top]))]
    return [(int(ids[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]


class FaceIndex:
    """``(item_id, cosine)`` search with add/remove; ids are unique ints."""

    def __init__(self, dim: int = 128, *, nprobe: int | None = None, seed: int = 0) -> None:
        """``nprobe`` lists are scanned a query; by default ``max(64, lists / 100)``: finer lists
        scatter one person's neighbours over more of them (recall@1 at 10M: 97.4% with 128 of
        19,532 lists, 100% with 192; at 1M 99.4% with 64 of 1,955)."""
        if dim < 1:
            raise ValueError("dim must be positive")
        self.dim = dim
        self._nprobe = nprobe
        self._rng = np.random.default_rng(seed)
        self._seed = seed
        self._quantiser: Quantiser | None = None
        self._trained_at = 0
        self._main = self._empty()
        self._recent = self._empty()
        self._buffer_vectors: F32 = np.empty((64, dim), dtype=np.float32)
        self._buffer_ids: I64 = np.empty(64, dtype=np.int64)
        self._buffer_count = 0

    def _empty(self) -> FaceLists:
        return FaceLists.build(np.empty((0, self.dim), dtype=np.float32), np.empty(0, dtype=np.int64), None)

    def __len__(self) -> int:
        return len(self._main) + len(self._recent) + self._buffer_count

    @property
    def nprobe(self) -> int:
        if self._nprobe is not None:
            return self._nprobe
        return max(DEFAULT_NPROBE, self.lists // 100)

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        if value < 1:
            raise ValueError("nprobe must be at least 1")
        self._nprobe = value

    @property
    def lists(self) -> int:
        return self._quantiser.lists if self._quantiser is not None else 0

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
        clash = (
            self._main.contains(id_array)
            | self._recent.contains(id_array)
            | np.isin(id_array, self._buffer_ids[: self._buffer_count])
        )
        if clash.any():
            raise ValueError(f"item ids already in the index: {id_array[clash][:5].tolist()}")
        if len(id_array) > BUFFER_LIMIT:
            self._fold(normalised, id_array)
            return
        need = self._buffer_count + len(id_array)
        if need > len(self._buffer_ids):
            capacity = max(need, 2 * len(self._buffer_ids))
            grown_v = np.empty((capacity, self.dim), dtype=np.float32)
            grown_i = np.empty(capacity, dtype=np.int64)
            grown_v[: self._buffer_count] = self._buffer_vectors[: self._buffer_count]
            grown_i[: self._buffer_count] = self._buffer_ids[: self._buffer_count]
            self._buffer_vectors, self._buffer_ids = grown_v, grown_i
        self._buffer_vectors[self._buffer_count : need] = normalised
        self._buffer_ids[self._buffer_count : need] = id_array
        self._buffer_count = need
        if self._buffer_count > BUFFER_LIMIT:
            self._fold()

    def remove(self, item_id: int) -> bool:
        for segment in (self._main, self._recent):
            row = segment.find(int(item_id))
            if row is not None:
                segment.tombstones.add(row)
                if self._main.tombstones.count > max(1024, len(self._main.ids) // 4):
                    self._merge()
                return True
        found = np.flatnonzero(self._buffer_ids[: self._buffer_count] == item_id)
        if not len(found):
            return False
        pos, last = int(found[0]), self._buffer_count - 1
        self._buffer_vectors[pos] = self._buffer_vectors[last]
        self._buffer_ids[pos] = self._buffer_ids[last]
        self._buffer_count = last
        return True

    def compact(self) -> None:
        if self._buffer_count or len(self._recent.ids) or self._main.tombstones.count:
            self._merge()

    def _take_buffer(self) -> tuple[F32, I64]:
        taken = self._buffer_vectors[: self._buffer_count].copy(), self._buffer_ids[: self._buffer_count].copy()
        self._buffer_vectors = np.empty((64, self.dim), dtype=np.float32)
        self._buffer_ids = np.empty(64, dtype=np.int64)
        self._buffer_count = 0
        return taken

    def _fold(self, extra_vectors: F32 | None = None, extra_ids: I64 | None = None) -> None:
        """Rebuild the recent segment from itself, the buffer and ``extra``; merge everything into
        the main lists instead when that passes the recent limit or the quantiser is due."""
        recent_vectors, recent_ids = self._recent.live()
        buffer_vectors, buffer_ids = self._take_buffer()
        parts_v, parts_i = [recent_vectors, buffer_vectors], [recent_ids, buffer_ids]
        if extra_vectors is not None and extra_ids is not None:
            parts_v.append(extra_vectors)
            parts_i.append(extra_ids)
        vectors, ids = np.concatenate(parts_v), np.concatenate(parts_i)
        total = len(self._main) + len(ids)
        retrain = total >= FLAT_BELOW and (self._quantiser is None or total > 4 * self._trained_at)
        if retrain or len(ids) > max(RECENT_MIN, len(self._main.ids) // 8) or total < FLAT_BELOW:
            main_vectors, main_ids = self._main.live()
            self._rebuild_main(np.concatenate((main_vectors, vectors)), np.concatenate((main_ids, ids)))
        else:
            self._recent = FaceLists.build(vectors, ids, self._quantiser)

    def _merge(self) -> None:
        self._fold()
        if len(self._recent.ids) or self._main.tombstones.count:
            main_vectors, main_ids = self._main.live()
            recent_vectors, recent_ids = self._recent.live()
            self._rebuild_main(
                np.concatenate((main_vectors, recent_vectors)), np.concatenate((main_ids, recent_ids))
            )

    def _rebuild_main(self, vectors: F32, ids: I64) -> None:
        n = len(ids)
        if n < FLAT_BELOW:
            self._quantiser = None
            self._trained_at = 0
        elif self._quantiser is None or n > 4 * self._trained_at:
            # Lists of ~512 vectors: a probe scans few codes and the centroid scan stays small.
            lists = int(np.clip(n // VECTORS_PER_LIST, 16, MAX_LISTS))
            sample = vectors[self._rng.choice(n, size=min(n, TRAIN_SAMPLE * lists), replace=False)]
            self._quantiser = Quantiser.train(sample, lists, self._rng)
            self._trained_at = n
        self._main = FaceLists.build(vectors, ids, self._quantiser)
        self._recent = self._empty()

    # -- reads -----------------------------------------------------------------------------
    def vector(self, item_id: int) -> F32:
        """The stored (normalised) vector of ``item_id``; ``KeyError`` when absent."""
        for segment in (self._main, self._recent):
            row = segment.find(int(item_id))
            if row is not None:
                stored: F32 = segment.rebuilt(np.array([row]))[0]
                return stored
        found = np.flatnonzero(self._buffer_ids[: self._buffer_count] == item_id)
        if not len(found):
            raise KeyError(item_id)
        pending: F32 = self._buffer_vectors[int(found[0])].copy()
        return pending

    def search(self, vector: npt.ArrayLike, k: int = 1) -> list[tuple[int, float]]:
        """The ``k`` nearest ``(item_id, cosine)``, best first, among the probed lists."""
        query = _normalise(vector, self.dim)[0]
        if k < 1:
            raise ValueError("k must be at least 1")
        probe = None if self._quantiser is None else np.unique(self._quantiser.probe(query[None, :], self.nprobe)[0])
        return self._search(query, probe, k)

    def search_many(self, vectors: npt.ArrayLike, k: int = 1) -> list[list[tuple[int, float]]]:
        """``search`` for each row of ``vectors``, scoring the list centroids in one product."""
        queries = _normalise(vectors, self.dim)
        if k < 1:
            raise ValueError("k must be at least 1")
        if self._quantiser is None:
            return [self._search(query, None, k) for query in queries]
        probes = self._quantiser.probe(queries, self.nprobe)
        return [self._search(query, np.unique(probe), k) for query, probe in zip(queries, probes, strict=True)]

    def search_exact(self, vector: npt.ArrayLike, k: int = 1) -> list[tuple[int, float]]:
        """Brute force over every live vector: the reference the approximate search is held to."""
        query = _normalise(vector, self.dim)[0]
        return self._search(query, None, k, exact=True)

    def _search(self, query: F32, probe: npt.NDArray[np.intp] | None, k: int,
                exact: bool = False) -> list[tuple[int, float]]:
        id_parts, score_parts = [], []
        for segment in (self._main, self._recent):
            if len(segment.ids):
                keep = len(segment.ids) if exact else k + SHORTLIST
                ids, scores = segment.shortlist(query, probe, keep)
                id_parts.append(ids)
                score_parts.append(scores)
        if self._buffer_count:
            score_parts.append(self._buffer_vectors[: self._buffer_count] @ query)
            id_parts.append(self._buffer_ids[: self._buffer_count])
        if not id_parts:
            return []
        return _top(np.concatenate(id_parts), np.concatenate(score_parts).astype(np.float32), k)

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the index to one mappable file (atomically): the quantiser, the main and recent
        lists with their tombstones, and the float32 buffer."""
        arrays = self._file_arrays(skip_main=False)
        with MappedWriter(
            path, kind=FILE_KIND, version=FORMAT_VERSION, meta=self._file_meta(),
            shapes={name: (array.dtype, array.shape) for name, array in arrays.items()},
        ) as writer:
            for name, array in arrays.items():
                writer.arrays[name][...] = array

    def _file_meta(self) -> dict[str, int]:
        # nprobe 0: the default, which follows the number of lists
        return {"dim": self.dim, "nprobe": self._nprobe or 0, "trained_at": self._trained_at, "seed": self._seed}

    def _file_shapes(self, n: int) -> dict[str, tuple[npt.DTypeLike, tuple[int, ...]]]:
        """Shapes of a file whose main lists hold ``n`` vectors (the rest as in this index)."""
        shapes: dict[str, tuple[npt.DTypeLike, tuple[int, ...]]] = dict(lists_shapes(n, self.dim, self.lists))
        shapes["dead_bits"] = (np.uint8, (0,))
        for name, array in self._file_arrays(skip_main=True).items():
            shapes[name] = (array.dtype, array.shape)
        return shapes

    def _file_arrays(self, *, skip_main: bool) -> dict[str, npt.NDArray[Any]]:
        quantiser = self._quantiser
        arrays: dict[str, npt.NDArray[Any]] = {
            "coarse": quantiser.coarse if quantiser else np.empty((0, self.dim), dtype=np.float32),
            "fine": quantiser.fine if quantiser else np.empty((0, self.dim), dtype=np.float32),
            "groups": quantiser.groups if quantiser else np.zeros(1, dtype=np.int64),
            "buffer_vectors": self._buffer_vectors[: self._buffer_count],
            "buffer_ids": self._buffer_ids[: self._buffer_count],
        }
        segments = (("recent_", self._recent),) if skip_main else (("", self._main), ("recent_", self._recent))
        for prefix, segment in segments:
            for name in lists_shapes(0, self.dim, 0):
                arrays[prefix + name] = getattr(segment, name)
            arrays[prefix + "dead_bits"] = segment.tombstones.packed()
        return arrays

    @classmethod
    def write(cls, path: Path, ids: npt.ArrayLike, vectors: npt.NDArray[Any], *, nprobe: int | None = None,
              seed: int = 0) -> None:
        """Build an index of ``vectors`` (``(n, dim)``, e.g. a memory-mapped ``.npy``; normalised
        a slice at a time) straight into the file at ``path``, without holding the float vectors
        or the codes in memory; ``load`` maps it."""
        n, dim = vectors.shape
        id_array = np.asarray(ids, dtype=np.int64).reshape(-1)
        if len(id_array) != n:
            raise ValueError(f"{n} vectors but {len(id_array)} ids")
        index = cls(dim, nprobe=nprobe, seed=seed)
        if n >= FLAT_BELOW:
            lists = int(np.clip(n // VECTORS_PER_LIST, 16, MAX_LISTS))
            rows = np.sort(index._rng.choice(n, size=min(n, TRAIN_SAMPLE * lists), replace=False))
            index._quantiser = Quantiser.train(_normalise(vectors[rows], dim), lists, index._rng)
            index._trained_at = n
        shapes = index._file_shapes(n)
        meta = index._file_meta()
        with MappedWriter(path, kind=FILE_KIND, version=FORMAT_VERSION, shapes=shapes, meta=meta) as writer:
            FaceLists.build(vectors, id_array, index._quantiser, lambda name, dtype, shape: writer.arrays[name])
            for name, array in index._file_arrays(skip_main=True).items():
                writer.arrays[name][...] = array

    @classmethod
    def load(cls, path: Path, *, verify: bool = True) -> FaceIndex:
        """Map an index written by ``save`` read-only (shared with every process that maps it);
        ``StoreError`` for a missing, foreign or corrupt file."""
        return mapped_load_as(
            path, kind=FILE_KIND, version=FORMAT_VERSION, what="face index", build=cls._from_file, verify=verify
        )

    @classmethod
    def _from_file(cls, mapped: MappedFile) -> FaceIndex:
        meta, arrays = mapped.meta, mapped.arrays
        dim, nprobe, trained_at, seed = (int(meta[k]) for k in ("dim", "nprobe", "trained_at", "seed"))
        if dim < 1 or nprobe < 0:
            raise ValueError("bad parameters")
        index = cls(dim, nprobe=nprobe or None, seed=seed)
        coarse, fine, groups = arrays["coarse"], arrays["fine"], arrays["groups"]
        if len(fine):
            quantiser = Quantiser(coarse, fine, groups)
            quantiser.check(dim)
            index._quantiser = quantiser
        elif groups.tolist() != [0] or len(coarse):
            raise ValueError("centroid groups without centroids")
        index._trained_at = trained_at
        for prefix in ("", "recent_"):
            lists = len(arrays[prefix + "offsets"]) - 1  # 1: a flat segment
            if lists not in (1, index.lists):
                raise ValueError(f"{prefix}offsets do not match the quantiser")
            segment = FaceLists.from_arrays({name: arrays[prefix + name] for name in lists_shapes(0, dim, 0)}, dim, lists)
            segment.tombstones.load(arrays[prefix + "dead_bits"])
            if prefix:
                index._recent = segment
            else:
                index._main = segment
        buffer_vectors, buffer_ids = arrays["buffer_vectors"], arrays["buffer_ids"]
        if buffer_ids.dtype != np.int64 or buffer_ids.ndim != 1:
            raise ValueError("buffer_ids has the wrong type or shape")
        if buffer_vectors.dtype != np.float32 or buffer_vectors.shape != (len(buffer_ids), dim):
            raise ValueError("buffer_vectors has the wrong type or shape")
        # The main ids are strictly increasing (checked above); the newer ones are few.
        newer = np.concatenate((index._recent.id_sorted, buffer_ids))
        if len(np.unique(newer)) != len(newer) or bool(index._main.contains(newer).any()):
            raise ValueError("repeated item ids")
        if len(buffer_ids):
            index._buffer_vectors, index._buffer_ids = np.array(buffer_vectors), np.array(buffer_ids)
            index._buffer_count = len(buffer_ids)
        return index
