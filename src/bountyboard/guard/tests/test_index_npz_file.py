"""The index file format the PDQ index, the face index and the matchers share."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index.npz_file import (
    array_expect,
    format_version_expect,
    npz_load,
    npz_load_as,
    npz_save,
)


class TestNpzSave:
    def test_round_trip_and_no_temporary_file_left(self, tmp_path: Path) -> None:
        path = tmp_path / "x.npz"
        npz_save(path, {"ids": np.arange(3, dtype=np.int64), "names": np.array(["a", "b"])})
        assert [p.name for p in tmp_path.iterdir()] == ["x.npz"]
        arrays = npz_load(path, "test index")
        assert arrays["ids"].tolist() == [0, 1, 2] and arrays["names"].tolist() == ["a", "b"]

    def test_replaces_an_existing_file(self, tmp_path: Path) -> None:
        path = tmp_path / "x.npz"
        npz_save(path, {"v": np.array([1])})
        npz_save(path, {"v": np.array([2])})
        assert npz_load(path, "test index")["v"].tolist() == [2]


class TestNpzLoad:
    def test_missing_file_is_a_store_error_naming_it(self, tmp_path: Path) -> None:
        with pytest.raises(StoreError, match="cannot read test index .*missing.npz"):
            npz_load(tmp_path / "missing.npz", "test index")

    def test_garbage_is_a_store_error(self, tmp_path: Path) -> None:
        path = tmp_path / "garbage.npz"
        path.write_bytes(b"PK\x03\x04 not really a zip archive")
        with pytest.raises(StoreError, match="cannot read test index"):
            npz_load(path, "test index")

    def test_pickled_objects_are_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "objects.npz"
        np.savez(path, objects=np.array([{"a": 1}], dtype=object))
        with pytest.raises(StoreError, match="cannot read test index"):
            npz_load(path, "test index")


class TestNpzLoadAs:
    def test_builds_from_the_arrays(self, tmp_path: Path) -> None:
        path = tmp_path / "x.npz"
        npz_save(path, {"v": np.array([4, 5])})
        assert npz_load_as(path, "test index", lambda arrays: int(arrays["v"].sum())) == 9

    def test_inconsistent_arrays_are_a_corrupt_store_error(self, tmp_path: Path) -> None:
        path = tmp_path / "x.npz"
        npz_save(path, {"v": np.array([4, 5])})
        with pytest.raises(StoreError, match="corrupt test index .*'missing'"):
            npz_load_as(path, "test index", lambda arrays: arrays["missing"])


class TestFormatVersionExpect:
    def test_accepts_the_version_and_refuses_another(self) -> None:
        format_version_expect({"format_version": np.array([1])}, 1)
        with pytest.raises(ValueError, match="unknown format version \\[2\\]"):
            format_version_expect({"format_version": np.array([2])}, 1)


class TestArrayExpect:
    def test_accepts_the_exact_dtype_and_shape(self) -> None:
        array_expect(np.zeros((2, 3), dtype=np.float32), np.float32, (2, 3), "v")

    @pytest.mark.parametrize(
        ("array", "message"),
        [(np.zeros((2, 3), dtype=np.float64), "v is float64"), (np.zeros((3, 2), dtype=np.float32), r"v is float32 \(3, 2\)")],
    )
    def test_refuses_another_dtype_or_shape(self, array: np.ndarray, message: str) -> None:  # type: ignore[type-arg]
        with pytest.raises(ValueError, match=message):
            array_expect(array, np.float32, (2, 3), "v")
