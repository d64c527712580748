"""The mapped file format the PDQ and face indexes share: atomic writes, checked, read-only loads."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.errors import StoreError
from bountyboard.guard.index import mapped_file
from bountyboard.guard.index.mapped_file import (
    ALIGN,
    HUGE_ALIGN,
    MappedWriter,
    mapped_load,
    mapped_load_as,
    mapped_save,
)

KIND = "test-index"


def arrays() -> dict[str, np.ndarray]:
    return {
        "hashes": np.arange(40, dtype=np.uint64).reshape(10, 4),
        "codes": np.arange(-5, 6, dtype=np.int8),
        "empty": np.empty((0, 3), dtype=np.float32),
    }


class TestSave:
    def test_round_trip_with_page_aligned_read_only_arrays_and_no_temporary_left(self, tmp_path: Path) -> None:
        path = tmp_path / "x.idx"
        mapped_save(path, kind=KIND, version=3, arrays=arrays(), meta={"widths": [1, 2]})
        assert [p.name for p in tmp_path.iterdir()] == ["x.idx"]
        loaded = mapped_load(path, kind=KIND, version=3, what="test index")
        assert loaded.meta == {"widths": [1, 2]}
        for name, array in arrays().items():
            assert loaded.arrays[name].dtype == array.dtype and np.array_equal(loaded.arrays[name], array)
            assert not loaded.arrays[name].flags.writeable
        assert path.stat().st_size % ALIGN == 0

    def test_a_failed_build_leaves_the_existing_file_untouched(self, tmp_path: Path) -> None:
        path = tmp_path / "x.idx"
        mapped_save(path, kind=KIND, version=1, arrays=arrays(), meta={})
        before = path.read_bytes()
        with pytest.raises(RuntimeError), MappedWriter(
            path, kind=KIND, version=1, shapes={"v": (np.int64, (3,))}, meta={}
        ) as writer:
            writer.arrays["v"][...] = [7, 8, 9]
            raise RuntimeError("the builder failed")
        assert path.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == ["x.idx"]

    def test_a_writer_fills_arrays_in_place(self, tmp_path: Path) -> None:
        path = tmp_path / "x.idx"
        with MappedWriter(path, kind=KIND, version=1, shapes={"v": (np.int64, (1000,))}, meta={}) as writer:
            writer.arrays["v"][:] = np.arange(1000)
            writer.arrays["v"][500] = -1
        assert mapped_load(path, kind=KIND, version=1, what="x").arrays["v"].tolist()[499:502] == [499, -1, 501]


    def test_large_arrays_start_on_a_huge_page_boundary_small_ones_on_a_page(self, tmp_path: Path) -> None:
        path = tmp_path / "x.idx"
        big = np.arange(HUGE_ALIGN // 8 + 3, dtype=np.uint64)
        small = np.arange(7, dtype=np.int32)
        mapped_save(path, kind=KIND, version=1, arrays={"small": small, "big": big, "after": small}, meta={})
        loaded = mapped_load(path, kind=KIND, version=1, what="x")
        offsets = _offsets(path)
        assert offsets["small"] == ALIGN and offsets["big"] % HUGE_ALIGN == 0 and offsets["after"] % ALIGN == 0
        assert offsets["after"] % HUGE_ALIGN != 0
        assert np.array_equal(loaded.arrays["big"], big) and np.array_equal(loaded.arrays["after"], small)

    def test_a_file_with_only_page_aligned_arrays_still_loads(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Files written before the huge-page alignment keep loading: offsets come from the header."""
        path = tmp_path / "old.idx"
        big = np.arange(HUGE_ALIGN // 8 + 3, dtype=np.uint64)
        monkeypatch.setattr(mapped_file, "HUGE_ALIGN", 1 << 62)  # the old writer: nothing is huge
        mapped_save(path, kind=KIND, version=1, arrays={"small": np.arange(3), "big": big}, meta={})
        monkeypatch.undo()
        loaded = mapped_load(path, kind=KIND, version=1, what="x")
        assert _offsets(path)["big"] == 2 * ALIGN
        assert np.array_equal(loaded.arrays["big"], big)


def _offsets(path: Path) -> dict[str, int]:
    """Where each array starts in the file, from its header (after the magic, length and CRC)."""
    raw = path.read_bytes()
    length = struct.unpack_from("<I", raw, 8)[0]
    return {a["name"]: int(a["offset"]) for a in json.loads(raw[16 : 16 + length])["arrays"]}


class TestLoad:
    @pytest.fixture
    def good(self, tmp_path: Path) -> Path:
        path = tmp_path / "good.idx"
        mapped_save(path, kind=KIND, version=1, arrays=arrays(), meta={})
        return path

    def test_missing_and_short_files_are_store_errors(self, tmp_path: Path) -> None:
        (tmp_path / "short.idx").write_bytes(b"BBINDEX\x00")
        for name in ("missing.idx", "short.idx"):
            with pytest.raises(StoreError, match=f"cannot read test index .*{name}"):
                mapped_load(tmp_path / name, kind=KIND, version=1, what="test index")

    def test_foreign_kind_and_other_version_are_refused(self, good: Path) -> None:
        with pytest.raises(StoreError, match="holds a 'test-index' index, expected 'other'"):
            mapped_load(good, kind="other", version=1, what="x")
        with pytest.raises(StoreError, match="unknown format version 1, expected 2"):
            mapped_load(good, kind=KIND, version=2, what="x")

    @pytest.mark.parametrize("where", ["magic", "header", "array", "truncated", "npz"])
    def test_damage_anywhere_is_a_store_error(self, good: Path, tmp_path: Path, where: str) -> None:
        data = bytearray(good.read_bytes())
        if where == "magic":
            data[0] ^= 1
        elif where == "header":
            data[40] ^= 1
        elif where == "array":
            data[ALIGN + 9] ^= 0x04  # one bit of the first array
        elif where == "truncated":
            data = data[: len(data) - ALIGN]
        else:
            np.savez(tmp_path / "bad.npz", **arrays())
            data = bytearray((tmp_path / "bad.npz").read_bytes())
        bad = tmp_path / "bad.idx"
        bad.write_bytes(bytes(data))
        with pytest.raises(StoreError):
            mapped_load(bad, kind=KIND, version=1, what="x")

    def test_inconsistent_arrays_from_the_builder_are_a_corrupt_store_error(self, good: Path) -> None:
        with pytest.raises(StoreError, match="corrupt test index .*'missing'"):
            mapped_load_as(good, kind=KIND, version=1, what="test index", build=lambda mapped: mapped.arrays["missing"])


def mapping_of(array: np.ndarray) -> object:
    base: object = array
    while isinstance(base, np.ndarray):
        base = base.base
    return base


class TestPages:
    def test_a_file_cached_in_small_pages_is_read_again_into_2_mib_pages(self, tmp_path: Path, monkeypatch) -> None:
        # 96 MiB written through the writer's huge-advised mapping, then copied 4 KiB a write():
        # the copy's page cache is small folios, as after a read into fragmented memory.
        big = np.arange(12 << 20, dtype=np.uint64)
        written = tmp_path / "written.idx"
        mapped_save(written, kind=KIND, version=1, arrays={"big": big}, meta={})
        first = mapped_load(written, kind=KIND, version=1, what="test index")
        share = mapped_file._huge_share(mapping_of(first.arrays["big"]))
        if not share:
            pytest.skip("this kernel or file system does not map files in 2 MiB pages")
        copied = tmp_path / "copied.idx"
        raw = written.read_bytes()
        with open(copied, "wb") as fh:  # 4 KiB writes: the page cache gets 4 KiB folios
            for start in range(0, len(raw), 4096):
                fh.write(raw[start : start + 4096])
        monkeypatch.setattr(mapped_file, "_REREAD_MIN", 1 << 40)  # no re-read: the copy stays in small pages
        small = mapped_load(copied, kind=KIND, version=1, what="test index")
        small_share = mapped_file._huge_share(mapping_of(small.arrays["big"]))
        assert small_share is not None and small_share < 0.5
        del small  # unmapped, so its pages can be dropped
        monkeypatch.undo()
        helps = [True]
        monkeypatch.setattr(mapped_file, "_reread_helps", helps)
        loaded = mapped_load(copied, kind=KIND, version=1, what="test index")
        if not helps[0]:  # read again, but the kernel had no free 2 MiB blocks to give
            pytest.skip("memory too fragmented right now for 2 MiB folios")
        # As many 2 MiB blocks as free memory had: all of them on a quiet machine, a part when other
        # processes hold the memory (26% seen beside a loaded test run), never fewer than before.
        reread_share = mapped_file._huge_share(mapping_of(loaded.arrays["big"]))
        assert reread_share is not None and reread_share > small_share
        assert np.array_equal(loaded.arrays["big"], big)

    def test_locking_is_asked_for_and_reported(self, tmp_path: Path) -> None:
        path = tmp_path / "x.idx"
        mapped_save(path, kind=KIND, version=1, arrays=arrays(), meta={})
        assert not mapped_load(path, kind=KIND, version=1, what="test index").locked
        assert mapped_load(path, kind=KIND, version=1, what="test index", lock=True).locked

    def test_warming_stops_once_random_reads_cost_what_they_will(self) -> None:
        # per-round costs measured on a freshly written 100M index (ns a read), then a warm file
        assert [mapped_file.warm_settled([272, 368, 107, 43, 31, 27][:k]) for k in range(7)] == [
            False, False, False, False, False, False, True]
        assert mapped_file.warm_settled([25, 26, 24])
        assert not mapped_file.warm_settled([25, 26])
        assert not mapped_file.warm_settled([25, 26, 24], least=10)  # a 10 GiB file: ten rounds at least

    def test_a_large_file_is_warmed_by_random_reads_and_loads_unchanged(self, tmp_path: Path) -> None:
        big = np.arange(12 << 20, dtype=np.uint64)  # 96 MiB: above the size that is warmed
        path = tmp_path / "big.idx"
        mapped_save(path, kind=KIND, version=1, arrays={"big": big}, meta={})
        loaded = mapped_load(path, kind=KIND, version=1, what="test index")
        assert np.array_equal(loaded.arrays["big"], big)
        assert 3 <= mapped_file._warm(mapping_of(loaded.arrays["big"]), 96 << 20) <= 1_000
