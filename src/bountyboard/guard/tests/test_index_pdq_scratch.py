"""QueryScratch: working arrays reused between queries, one set per thread."""

from __future__ import annotations

import threading

import numpy as np

from bountyboard.guard.index.pdq_scratch import QueryScratch


def test_a_smaller_or_equal_request_reuses_the_same_memory() -> None:
    scratch = QueryScratch()
    first = scratch.take("rows", np.uint64, (100, 4))
    again = scratch.take("rows", np.uint64, (30, 4))
    assert first.shape == (100, 4) and again.shape == (30, 4) and again.dtype == np.uint64
    assert np.shares_memory(first, again)


def test_a_larger_request_or_another_dtype_gets_a_new_array() -> None:
    scratch = QueryScratch()
    small = scratch.take("x", np.int64, (5000,))
    large = scratch.take("x", np.int64, (50_000,))
    other = scratch.take("x", np.uint32, (10,))
    assert large.shape == (50_000,) and not np.shares_memory(small, large)
    assert other.dtype == np.uint32 and not np.shares_memory(large, other)


def test_names_do_not_share_memory() -> None:
    scratch = QueryScratch()
    assert not np.shares_memory(scratch.take("a", np.int64, (10,)), scratch.take("b", np.int64, (10,)))


def test_counting_is_arange_at_any_size() -> None:
    scratch = QueryScratch()
    assert scratch.counting(3).tolist() == [0, 1, 2]
    assert np.array_equal(scratch.counting(100_000), np.arange(100_000))
    assert scratch.counting(0).shape == (0,)


def test_each_thread_gets_its_own_arrays() -> None:
    scratch = QueryScratch()
    mine = scratch.take("rows", np.uint64, (10,))
    seen: list[np.ndarray] = []
    thread = threading.Thread(target=lambda: seen.append(scratch.take("rows", np.uint64, (10,))))
    thread.start()
    thread.join()
    assert not np.shares_memory(mine, seen[0])
