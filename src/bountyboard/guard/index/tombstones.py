"""Removed rows of an index segment whose arrays may be a read-only mapping shared by several
processes: one bit a row, held by this process, allocated on the first removal."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt


class Tombstones:
    def __init__(self, rows: int) -> None:
        self.rows = rows
        self._bits: npt.NDArray[np.uint8] | None = None
        self.count = 0

    def packed(self) -> npt.NDArray[np.uint8]:
        """The bits to save (little-endian within each byte); empty when nothing was removed."""
        if self._bits is None or not self.count:
            return np.empty(0, dtype=np.uint8)
        return self._bits

    def load(self, bits: npt.NDArray[np.uint8]) -> None:
        """Take saved bits (an empty array: none); ValueError when they do not fit the rows."""
        if bits.dtype != np.uint8 or bits.shape not in ((0,), ((self.rows + 7) // 8,)):
            raise ValueError("tombstone bits have the wrong type or shape")
        if not len(bits):
            return
        if int(np.unpackbits(bits, bitorder="little")[self.rows :].sum()):
            raise ValueError("tombstones past the last row")
        self._bits = bits.copy()
        self.count = int(np.bitwise_count(self._bits).sum(dtype=np.int64))

    def add(self, row: int) -> None:
        if self._bits is None:
            self._bits = np.zeros((self.rows + 7) // 8, dtype=np.uint8)
        self._bits[row >> 3] |= np.uint8(1 << (row & 7))
        self.count += 1

    def of(self, rows: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
        """Which of ``rows`` are removed."""
        if self._bits is None or not self.count:
            return np.zeros(len(rows), dtype=np.bool_)
        rows64 = rows.astype(np.int64)
        dead: npt.NDArray[np.bool_] = ((self._bits[rows64 >> 3] >> (rows64 & 7).astype(np.uint8)) & 1).astype(np.bool_)
        return dead

    def alive(self) -> npt.NDArray[np.bool_]:
        """A mask of the rows not removed."""
        if self._bits is None or not self.count:
            return np.ones(self.rows, dtype=np.bool_)
        removed = np.unpackbits(self._bits, bitorder="little", count=self.rows).astype(np.bool_)
        return ~removed
