"""Tombstones: per-process removal bits over a segment's rows, saved and loaded with the index."""

from __future__ import annotations

import numpy as np
import pytest

from bountyboard.guard.index.tombstones import Tombstones


def test_nothing_is_allocated_or_removed_until_the_first_removal() -> None:
    stones = Tombstones(10)
    assert stones.count == 0 and stones.packed().shape == (0,)
    assert stones.of(np.arange(10)).tolist() == [False] * 10 and stones.alive().all()


def test_removed_rows_are_reported_and_survive_a_save_and_load() -> None:
    stones = Tombstones(21)
    for row in (0, 7, 8, 20):
        stones.add(row)
    assert stones.count == 4
    assert np.flatnonzero(stones.of(np.arange(21))).tolist() == [0, 7, 8, 20]
    assert np.flatnonzero(~stones.alive()).tolist() == [0, 7, 8, 20]
    loaded = Tombstones(21)
    loaded.load(stones.packed())
    assert loaded.count == 4 and np.array_equal(loaded.of(np.arange(21)), stones.of(np.arange(21)))


@pytest.mark.parametrize(
    "bits", [np.zeros(2, dtype=np.uint8), np.zeros(3, dtype=np.int8), np.array([0, 0, 0b1000_0000], dtype=np.uint8)]
)
def test_bits_of_the_wrong_size_type_or_past_the_last_row_are_refused(bits: np.ndarray) -> None:
    with pytest.raises(ValueError, match="tombstone"):
        Tombstones(21).load(bits)
