"""Dataset zip validation: every unsafe archive is refused before anything is read or written."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from bountyboard.screening.archive import (
    ArchiveLimits,
    ArchiveRejected,
    dataset_archive_build,
    dataset_members_check,
    dataset_members_read,
)
from bountyboard.testing.uploads import landscape_png

LIMITS = ArchiveLimits(max_members=10, max_member_bytes=2_000_000, max_total_bytes=4_000_000, max_ratio=200)


def build_zip(members: dict[str, bytes], *, symlink: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return out.getvalue()


class TestDatasetMembersCheck:
    def test_accepts_images_and_captions(self):
        data = build_zip({"img/001.png": landscape_png(1), "img/001.txt": b"a fox in the snow"})
        assert [i.filename for i in dataset_members_check(data, LIMITS)] == ["img/001.png", "img/001.txt"]

    @pytest.mark.parametrize("name", ["../evil.png", "/abs.png", "a/../../b.png", "C:/x.png", "dir\\x.png"])
    def test_refuses_path_traversal(self, name):
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(build_zip({name: landscape_png(), "ok.png": landscape_png()}), LIMITS)
        assert caught.value.code == "archive_path_traversal"

    def test_refuses_symlinks(self):
        with pytest.raises(ArchiveRejected, match="symbolic"):
            dataset_members_check(build_zip({"a.png": landscape_png()}, symlink="link.png"), LIMITS)

    def test_refuses_other_file_types(self):
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(build_zip({"a.png": landscape_png(), "run.py": b"import os"}), LIMITS)
        assert caught.value.code == "archive_member_type"

    def test_refuses_a_zip_bomb(self):
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(build_zip({"a.png": landscape_png(), "b.txt": b"a" * 1_900_000}), LIMITS)
        assert caught.value.code == "archive_bomb"

    def test_refuses_too_many_members(self):
        members = {f"{i}.txt": b"caption %d" % i for i in range(11)}
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(build_zip(members), LIMITS)
        assert caught.value.code == "archive_too_many"

    def test_refuses_a_dataset_without_images(self):
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(build_zip({"a.txt": b"caption"}), LIMITS)
        assert caught.value.code == "archive_empty"

    def test_refuses_something_that_is_not_a_zip(self):
        with pytest.raises(ArchiveRejected):
            dataset_members_check(b"PK\x03\x04 not really", LIMITS)


class TestDatasetMembersRead:
    def test_refuses_captions_that_are_not_utf8(self):
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_read(build_zip({"a.png": landscape_png(), "a.txt": b"\xff\xfe\xfa"}), LIMITS)
        assert caught.value.code == "archive_caption"

    def test_round_trips_through_a_rebuilt_archive(self):
        members = dataset_members_read(build_zip({"a.png": landscape_png(2), "a.txt": b"renard"}), LIMITS)
        rebuilt = dataset_members_read(dataset_archive_build(members), LIMITS)
        assert [(m.name, m.data) for m in rebuilt] == [(m.name, m.data) for m in members]


class TestCaptionLimits:
    def test_one_huge_caption_is_refused_with_a_sentence_before_reading(self):
        data = build_zip({"a.png": landscape_png(1), "a.txt": b"a fox " * 5000})
        limits = ArchiveLimits(max_members=10, max_member_bytes=2_000_000, max_total_bytes=4_000_000,
                               max_ratio=10_000, max_caption_bytes=16 * 1024)
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(data, limits)
        assert caught.value.code == "archive_caption_too_large"
        assert caught.value.message.startswith("The caption a.txt is larger than 16 KB")
        assert caught.value.message.endswith(".")

    def test_many_captions_together_are_refused(self):
        members = {f"{n}.txt": b"a red fox in the snow, " * 40 for n in range(5)}
        data = build_zip({"a.png": landscape_png(1), **members})
        limits = ArchiveLimits(max_members=10, max_member_bytes=2_000_000, max_total_bytes=4_000_000,
                               max_ratio=10_000, max_caption_bytes=16 * 1024, max_captions_bytes=3000)
        with pytest.raises(ArchiveRejected) as caught:
            dataset_members_check(data, limits)
        assert caught.value.code == "archive_captions_too_large"

    def test_a_caption_longer_than_declared_is_caught_while_reading(self):
        data = build_zip({"a.png": landscape_png(1), "a.txt": b"x" * 100})
        limits = ArchiveLimits(max_members=10, max_member_bytes=2_000_000, max_total_bytes=4_000_000,
                               max_ratio=10_000, max_caption_bytes=100)
        assert [m.name for m in dataset_members_read(data, limits)] == ["a.png", "a.txt"]
        tight = ArchiveLimits(max_members=10, max_member_bytes=2_000_000, max_total_bytes=4_000_000,
                              max_ratio=10_000, max_caption_bytes=99)
        with pytest.raises(ArchiveRejected):
            dataset_members_read(data, tight)
