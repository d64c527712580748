"""The on-disk form every index shares: named numpy arrays in one ``.npz`` file, written atomically
and read back with nothing but arrays (no pickles), every failure reported as ``StoreError``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from bountyboard.guard.errors import StoreError

Arrays = dict[str, npt.NDArray[Any]]
T = TypeVar("T")


def npz_save(path: Path, arrays: Arrays) -> None:
    """Write ``arrays`` to ``path`` through a temporary file and a rename: a reader sees the old
    file or the new one, never half of one."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            np.savez(fh, allow_pickle=False, **arrays)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def npz_load(path: Path, what: str) -> Arrays:
    """Every array in the file; ``StoreError`` naming ``what`` when it is missing or unreadable."""
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except Exception as exc:  # zipfile and zlib raise several types for damaged archives
        raise StoreError(f"cannot read {what} {path}: {exc}") from exc


def npz_load_as(path: Path, what: str, build: Callable[[Arrays], T]) -> T:
    """``build`` over the file's arrays; ``StoreError`` when the file is unreadable or ``build``
    finds the arrays inconsistent (it raises KeyError, ValueError, IndexError or TypeError)."""
    arrays = npz_load(path, what)
    try:
        return build(arrays)
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        raise StoreError(f"corrupt {what} {path}: {exc}") from exc


def format_version_expect(arrays: Arrays, version: int) -> None:
    if arrays["format_version"].tolist() != [version]:
        raise ValueError(f"unknown format version {arrays['format_version'].tolist()}")


def array_expect(array: npt.NDArray[Any], dtype: type[np.generic], shape: tuple[int, ...], name: str) -> None:
    """ValueError unless ``array`` has exactly this dtype and shape."""
    if array.dtype != dtype or array.shape != shape:
        raise ValueError(f"{name} is {array.dtype} {array.shape}, expected {np.dtype(dtype)} {shape}")
