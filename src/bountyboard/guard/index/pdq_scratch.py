"""Working arrays a query reuses instead of allocating: one set per thread, grown on demand.

A query at 100 million hashes handles ~15k candidates, so each temporary is hundreds of KiB:
past glibc's mmap threshold, every fresh numpy array of that size is a new mapping whose pages
fault in one by one and are zeroed (measured: ~315 page faults a query, a third of its time).
Views into arrays kept from one query to the next fault nothing. Per thread, so concurrent
reads stay safe.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import numpy.typing as npt

_MIN_CAPACITY = 1 << 12


class QueryScratch(threading.local):
    """``take(name, dtype, shape)`` is a view of a kept array, valid until the next ``take`` of
    the same name in this thread (its contents are whatever was there: the caller fills it)."""

    def __init__(self) -> None:
        self._arrays: dict[str, npt.NDArray[Any]] = {}
        self._counting = np.arange(0, dtype=np.int64)

    def take(self, name: str, dtype: npt.DTypeLike, shape: tuple[int, ...]) -> npt.NDArray[Any]:
        size = 1
        for extent in shape:
            size *= extent
        dtype = np.dtype(dtype)
        kept = self._arrays.get(name)
        if kept is None or kept.dtype != dtype or len(kept) < size:
            capacity = max(_MIN_CAPACITY, size, 2 * len(kept) if kept is not None else 0)
            kept = self._arrays[name] = np.empty(capacity, dtype=dtype)
        return kept[:size].reshape(shape)

    def counting(self, size: int) -> npt.NDArray[np.int64]:
        """``np.arange(size)`` (int64, read-only by contract), without computing it again."""
        if len(self._counting) < size:
            self._counting = np.arange(max(_MIN_CAPACITY, size, 2 * len(self._counting)), dtype=np.int64)
        return self._counting[:size]
