"""The on-disk form of the PDQ and face indexes: raw arrays behind one checked header, in one
file, memory-mapped read-only on load so every process on a machine shares one copy of the pages.

Layout: an 8-byte magic, the header's length and CRC-32 (two little-endian uint32), the JSON
header (what the file holds, its format version, small metadata, and per array its dtype, shape,
offset and checksum), then every array at a page-aligned offset, zero-padded; an array of 2 MiB
or more starts on a 2 MiB boundary so the kernel can map it with huge pages (below). A ``.npz`` cannot
be mapped (its members are zip entries), and one file rather than a directory of ``.npy`` files
keeps the write atomic: a temporary file, then a rename, so a reader maps the old file or the
new one, never half of one.

On load the magic, header CRC, kind, version, array bounds and each array's checksum (the
wrapping sum of its 64-bit words, which a flipped bit, a truncation or a zeroed page changes) are
checked; anything wrong is a ``StoreError``. Arrays come back read-only: a process cannot write
into pages the others share.

Huge pages: both the writer's and the reader's mappings are advised ``MADV_HUGEPAGE``. On a
kernel whose file system caches files in large folios (ext4 and xfs on Linux 6.x), pages written
through such a mapping land in 2 MiB folios and every reader maps them with one page-table entry
per 2 MiB instead of per 4 KiB. An index query is thousands of random reads across gigabytes;
with 4 KiB pages nearly every one of them also misses the TLB, and under a hypervisor a TLB miss
is a two-level page walk: measured here at 100 million hashes, a random 32-byte read costs ~68 ns
with 4 KiB pages against ~12-25 ns with 2 MiB ones. Elsewhere the advice is a no-op.

Locking (``lock=True``): the mapped pages are also ``mlock``ed, so the kernel cannot reclaim
them under memory pressure and a query never waits on a page fault. The lock holds page-cache
pages, so every process that locks the same file still shares one copy. It needs
``RLIMIT_MEMLOCK`` of at least the file size (or ``CAP_IPC_LOCK``); without that the file is
simply left unlocked (``MappedFile.locked`` says which).
"""

from __future__ import annotations

import ctypes
import json
import mmap
import os
import struct
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from bountyboard.guard.errors import StoreError

MAGIC = b"BBINDEX\x00"
ALIGN = 4096  # page-aligned arrays: each starts on its own page, and uint64 reads are aligned
HUGE_ALIGN = 2 << 20  # arrays this large or larger start on a huge-page boundary
_MADV_POPULATE_READ = 22  # Linux 5.14+; not named by Python 3.11's mmap module
_PREFIX = struct.Struct("<8sII")  # magic, header length, header CRC-32
_MAX_HEADER = 1 << 20
_SUM_SLICE = 1 << 24  # words summed at a time, so verifying never allocates much
_REREAD_MIN = 64 << 20  # below this, 4 KiB pages cost queries little: never re-read the file
# Whether re-reading a file into 2 MiB folios worked the last time in this process (a kernel or
# file system without large folios, or THP off, would re-read every file for nothing).
_reread_helps = [True]
_WARM_READS = 1 << 20  # random reads a warming round
_WARM_SECONDS = 20.0  # warming gives up after this long

Arrays = dict[str, npt.NDArray[Any]]
T = TypeVar("T")


def _round_up(value: int, multiple: int) -> int:
    return -(-value // multiple) * multiple


def word_sum(raw: npt.NDArray[np.uint8]) -> int:
    """The wrapping sum of ``raw``'s 64-bit words (its length is a multiple of 8)."""
    words = raw.view(np.uint64)
    total = np.uint64(0)
    for start in range(0, len(words), _SUM_SLICE):
        total = np.add(total, np.add.reduce(words[start : start + _SUM_SLICE], dtype=np.uint64))
    return int(total)


@dataclass(frozen=True, slots=True)
class _Placement:
    name: str
    dtype: np.dtype[Any]
    shape: tuple[int, ...]
    offset: int

    @property
    def nbytes(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64)) * self.dtype.itemsize

    @property
    def padded(self) -> int:
        return _round_up(self.nbytes, 8)


class MappedWriter:
    """Lays out the arrays, hands out writable views into a temporary file, and on ``commit``
    writes the checksums and header and renames the file into place.

    Builders fill the views directly, so an index much larger than the free memory can be
    written without a second in-memory copy. Use as a context manager: an exception discards
    the temporary file and leaves any existing file untouched.
    """

    def __init__(
        self,
        path: Path,
        *,
        kind: str,
        version: int,
        shapes: Mapping[str, tuple[npt.DTypeLike, tuple[int, ...]]],
        meta: Mapping[str, Any],
    ) -> None:
        self.path = Path(path)
        self._kind, self._version, self._meta = kind, version, dict(meta)
        offset = ALIGN  # the header gets the first page (or more: see commit)
        self._header_pages = 1
        placements = []
        for name, (dtype, shape) in shapes.items():
            place = _Placement(name, np.dtype(dtype), tuple(int(s) for s in shape), 0)
            placements.append(place)
        self._placements = placements
        # The header's size depends only on names, dtypes and shapes (offsets and checksums are
        # bounded), so reserve enough pages for it before placing the arrays.
        header_guess = len(self._header_bytes(self._placements, {p.name: 2**64 - 1 for p in placements}, 2**62))
        self._header_pages = max(1, _round_up(header_guess + _PREFIX.size, ALIGN) // ALIGN)
        offset = self._header_pages * ALIGN
        laid_out = []
        for place in placements:
            if place.nbytes >= HUGE_ALIGN:
                offset = _round_up(offset, HUGE_ALIGN)  # the gap is a hole in a sparse file
            laid_out.append(_Placement(place.name, place.dtype, place.shape, offset))
            offset = _round_up(offset + place.nbytes, ALIGN)
        self._placements = laid_out
        self._size = offset
        self._tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._file = open(self._tmp, "w+b")  # noqa: SIM115 - closed in commit/abort
        try:
            self._file.truncate(self._size)  # sparse until written; padding reads as zeros
            self._map = mmap.mmap(self._file.fileno(), self._size, access=mmap.ACCESS_WRITE)
            _advise_huge(self._map)  # the written pages become 2 MiB folios that readers map whole
        except BaseException:
            self._file.close()
            self._tmp.unlink(missing_ok=True)
            raise
        self.arrays: Arrays = {
            p.name: np.frombuffer(self._map, dtype=p.dtype, count=p.nbytes // p.dtype.itemsize, offset=p.offset)
            .reshape(p.shape)
            for p in self._placements
        }

    def _header_bytes(self, placements: list[_Placement], sums: dict[str, int], size: int) -> bytes:
        header = {
            "kind": self._kind,
            "format_version": self._version,
            "size": size,
            "meta": self._meta,
            "arrays": [
                {
                    "name": p.name,
                    "dtype": p.dtype.str,
                    "shape": list(p.shape),
                    "offset": p.offset,
                    "sum": sums[p.name],
                }
                for p in placements
            ],
        }
        return json.dumps(header, separators=(",", ":")).encode("utf-8")

    def commit(self) -> None:
        sums = {
            p.name: word_sum(np.frombuffer(self._map, dtype=np.uint8, count=p.padded, offset=p.offset))
            for p in self._placements
        }
        header = self._header_bytes(self._placements, sums, self._size)
        self._map[: _PREFIX.size] = _PREFIX.pack(MAGIC, len(header), zlib.crc32(header))
        self._map[_PREFIX.size : _PREFIX.size + len(header)] = header
        self.arrays = {}
        self._map.flush()
        self._map.close()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self.arrays = {}
        try:
            self._map.close()
        except BufferError:  # a view outlived the writer; the file is discarded anyway
            pass
        self._file.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> MappedWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def mapped_save(path: Path, *, kind: str, version: int, arrays: Mapping[str, npt.NDArray[Any]],
                meta: Mapping[str, Any]) -> None:
    """Write in-memory ``arrays`` (and JSON-able ``meta``) atomically."""
    shapes = {name: (array.dtype, array.shape) for name, array in arrays.items()}
    with MappedWriter(path, kind=kind, version=version, shapes=shapes, meta=meta) as writer:
        for name, array in arrays.items():
            writer.arrays[name][...] = array


@dataclass(frozen=True, slots=True)
class MappedFile:
    meta: dict[str, Any]
    arrays: Arrays  # read-only views on one shared mapping
    locked: bool = False  # the pages are mlocked (see the module docstring)


def mapped_load(path: Path, *, kind: str, version: int, what: str, verify: bool = True,
                lock: bool = False) -> MappedFile:
    """Map the file read-only and check it; ``StoreError`` naming ``what`` when it is missing,
    foreign, of another version, truncated or corrupt. ``verify`` sums every array (reading
    every page once, which also brings them into the page cache); ``lock`` tries to mlock them."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size < ALIGN:
                raise ValueError(f"{size} bytes is too short for an index file")
            mapping = _map_populated(fh.fileno(), size)
            rereads = size >= _REREAD_MIN and _reread_helps[0] and hasattr(os, "posix_fadvise")
            share = _huge_share(mapping) if rereads else None
            if share is not None and share < 0.5:
                # The file's cached pages are small folios (written with write(), or read back
                # into fragmented memory): drop the ones no process maps and read them again
                # through the huge-advised mapping, which caches them in 2 MiB folios when
                # free memory allows. Pages other processes map stay as they are.
                mapping.close()
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
                mapping = _map_populated(fh.fileno(), size)
                again = _huge_share(mapping)
                _reread_helps[0] = again is not None and again > share  # else never try again here
            locked = lock and _lock(mapping)
            if size >= _REREAD_MIN:
                _warm(mapping, size)
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {what} {path}: {exc}") from exc
    try:
        return _parse(mapping, size, kind=kind, version=version, verify=verify, locked=locked)
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise StoreError(f"cannot read {what} {path}: {exc}") from exc


def _warm(mapping: mmap.mmap, size: int) -> int:
    """Random reads across the whole mapping until their cost stops falling; returns the rounds.

    In this VM the first few million random reads from a freshly written file cost 10x their
    later price (~270-370 ns against ~25 ns, for ~6 million reads: ~2.5 s at 100M hashes),
    whatever was read sequentially before (populating and checksumming the file do not help).
    Paying that here keeps it out of the first seconds of queries (up to 22 ms a query). At least
    one round per GiB (a 100M index: 10 Mi reads, ~0.25 s on a file that is already fast)."""
    words = np.frombuffer(mapping, dtype=np.uint64, count=size // 8)
    rng = np.random.default_rng(0)
    positions = np.empty(_WARM_READS, dtype=np.int64)
    out = np.empty(_WARM_READS, dtype=np.uint64)
    costs: list[float] = []
    deadline = time.monotonic() + _WARM_SECONDS
    least = max(3, -(-size // (1 << 30)))
    while not warm_settled(costs, least) and time.monotonic() < deadline:
        positions[...] = rng.integers(0, len(words), size=_WARM_READS)
        started = time.process_time()
        np.take(words, positions, out=out, mode="clip")
        costs.append(time.process_time() - started)
    return len(costs)


def warm_settled(costs: list[float], least: int = 3) -> bool:
    """The last two rounds cost within 25% of the cheapest yet, after at least ``least`` rounds."""
    if len(costs) < least:
        return False
    cheapest = min(costs)
    return costs[-1] <= 1.25 * cheapest and costs[-2] <= 1.25 * cheapest


def _map_populated(fd: int, size: int) -> mmap.mmap:
    """Map read-only, advise huge pages before the first fault, then map every page now:
    queries then never stop on a page fault."""
    mapping = mmap.mmap(fd, size, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ)
    _advise_huge(mapping)
    _populate(mapping)
    return mapping


def _huge_share(mapping: mmap.mmap) -> float | None:
    """The share of ``mapping`` mapped with 2 MiB page-table entries (``FilePmdMapped`` in
    ``/proc/self/smaps``), or None where the kernel does not say."""
    start = np.frombuffer(mapping, dtype=np.uint8).ctypes.data
    fields: dict[str, int] = {}
    try:
        with open("/proc/self/smaps", encoding="ascii", errors="replace") as fh:
            inside = False
            for line in fh:
                head = line.split(maxsplit=1)[0] if line.strip() else ""
                if "-" in head and not head.endswith(":"):
                    if inside:
                        break
                    inside = int(head.split("-")[0], 16) == start
                elif inside and head in ("Size:", "FilePmdMapped:"):
                    fields[head[:-1]] = int(line.split()[1])
    except (OSError, ValueError):
        return None
    if "FilePmdMapped" not in fields or not fields.get("Size"):
        return None
    return fields["FilePmdMapped"] / fields["Size"]


def _advise_huge(mapping: mmap.mmap) -> None:
    try:
        mapping.madvise(mmap.MADV_HUGEPAGE)
    except (AttributeError, OSError):  # not Linux, or a kernel without transparent huge pages
        pass


def _populate(mapping: mmap.mmap) -> None:
    """Fault every page in now (``MAP_POPULATE`` would do it before the huge-page advice)."""
    try:
        mapping.madvise(_MADV_POPULATE_READ)
    except (AttributeError, OSError):  # older kernel: touch a byte of every page
        view = np.frombuffer(mapping, dtype=np.uint8)
        int(view[::mmap.PAGESIZE].sum(dtype=np.uint64))


def _lock(mapping: mmap.mmap) -> bool:
    """mlock every page of ``mapping`` (they stay locked until it is unmapped); False when the
    process may not lock that much (``RLIMIT_MEMLOCK``) or the platform has no ``mlock``."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        address = np.frombuffer(mapping, dtype=np.uint8).ctypes.data
        return int(libc.mlock(ctypes.c_void_p(address), ctypes.c_size_t(len(mapping)))) == 0
    except (AttributeError, OSError):
        return False


def _parse(mapping: mmap.mmap, size: int, *, kind: str, version: int, verify: bool, locked: bool) -> MappedFile:
    magic, header_len, header_crc = _PREFIX.unpack_from(mapping, 0)
    if magic != MAGIC:
        raise ValueError("not an index file (wrong magic bytes)")
    if header_len > min(_MAX_HEADER, size - _PREFIX.size):
        raise ValueError("header length out of range")
    header_raw = bytes(mapping[_PREFIX.size : _PREFIX.size + header_len])
    if zlib.crc32(header_raw) != header_crc:
        raise ValueError("header checksum mismatch")
    header = json.loads(header_raw.decode("utf-8"))
    if header["kind"] != kind:
        raise ValueError(f"holds a {header['kind']!r} index, expected {kind!r}")
    if header["format_version"] != version:
        raise ValueError(f"unknown format version {header['format_version']!r}, expected {version}")
    if header["size"] != size:
        raise ValueError(f"file is {size} bytes, its header says {header['size']} (truncated?)")
    arrays: Arrays = {}
    for spec in header["arrays"]:
        dtype = np.dtype(spec["dtype"])
        if dtype.hasobject:
            raise ValueError("object arrays are refused")
        shape = tuple(int(s) for s in spec["shape"])
        place = _Placement(str(spec["name"]), dtype, shape, int(spec["offset"]))
        if min(shape, default=0) < 0 or place.offset % ALIGN or place.offset + place.padded > size:
            raise ValueError(f"array {place.name} lies outside the file")
        if verify:
            raw = np.frombuffer(mapping, dtype=np.uint8, count=place.padded, offset=place.offset)
            if word_sum(raw) != int(spec["sum"]):
                raise ValueError(f"array {place.name} fails its checksum")
        array = np.frombuffer(mapping, dtype=dtype, count=place.nbytes // dtype.itemsize, offset=place.offset)
        arrays[place.name] = array.reshape(shape)
    meta = header["meta"]
    if not isinstance(meta, dict):
        raise ValueError("metadata is not an object")
    return MappedFile(meta, arrays, locked)


def mapped_load_as(path: Path, *, kind: str, version: int, what: str, build: Callable[[MappedFile], T],
                   verify: bool = True, lock: bool = False) -> T:
    """``build`` over the mapped file; ``StoreError`` when the file is unreadable or ``build``
    finds it inconsistent (it raises KeyError, ValueError, IndexError or TypeError)."""
    mapped = mapped_load(path, kind=kind, version=version, what=what, verify=verify, lock=lock)
    try:
        return build(mapped)
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        raise StoreError(f"corrupt {what} {path}: {exc}") from exc
