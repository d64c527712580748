"""Safe reading of dataset archives: a zip of images and caption ``.txt`` files.

Checked before anything is extracted: no absolute paths, no ``..``, no symlinks, no encryption,
bounded member count, member size, total size and compression ratio (zip bombs), and tight caption
limits (a caption is a short description: one huge caption once held a web request for 23 s).
Members are read one at a time (``dataset_members_iter``), so a scan holds one member in memory,
not the whole unpacked dataset; nothing is ever written to disk under a name taken from the archive.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})
CAPTION_SUFFIX = ".txt"


class ArchiveRejected(Exception):
    """The archive is not a dataset we can read safely; ``code`` is machine-readable."""

    def __init__(self, message: str, *, code: str = "archive_invalid") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class ArchiveLimits:
    max_members: int
    max_member_bytes: int
    max_total_bytes: int
    max_ratio: int
    max_caption_bytes: int = 16 * 1024
    max_captions_bytes: int = 2 * 1024 * 1024

    @classmethod
    def from_settings(cls) -> ArchiveLimits:
        return cls(
            max_members=getattr(settings, "DATASET_MAX_MEMBERS", 1000),
            max_member_bytes=getattr(settings, "DATASET_MAX_MEMBER_BYTES", 30 * 1024 * 1024),
            max_total_bytes=getattr(settings, "DATASET_MAX_TOTAL_BYTES", 512 * 1024**2),
            max_ratio=getattr(settings, "DATASET_MAX_COMPRESSION_RATIO", 200),
            max_caption_bytes=getattr(settings, "DATASET_MAX_CAPTION_BYTES", 16 * 1024),
            max_captions_bytes=getattr(settings, "DATASET_MAX_CAPTIONS_BYTES", 2 * 1024 * 1024),
        )


@dataclass(frozen=True)
class DatasetMember:
    name: str  # normalised posix path inside the archive
    is_image: bool
    data: bytes


def _member_name(info: zipfile.ZipInfo) -> str:
    raw = info.filename
    if "\\" in raw or raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        raise ArchiveRejected(f"unsafe path in archive: {raw!r}", code="archive_path_traversal")
    path = PurePosixPath(raw)
    if any(part in ("..", "") for part in path.parts) or path.is_absolute():
        raise ArchiveRejected(f"unsafe path in archive: {raw!r}", code="archive_path_traversal")
    return str(path)


def dataset_members_check(data: bytes, limits: ArchiveLimits | None = None) -> list[zipfile.ZipInfo]:
    """Validate the central directory only (cheap; used at upload time). Returns the file members."""
    limits = limits or ArchiveLimits.from_settings()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ArchiveRejected("the dataset is not a readable zip file", code="archive_invalid") from exc
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise ArchiveRejected(f"the dataset has more than {limits.max_members} files", code="archive_too_many")
    files: list[zipfile.ZipInfo] = []
    total = 0
    captions = 0
    images = 0
    for info in infos:
        name = _member_name(info)
        mode = info.external_attr >> 16
        if mode and stat.S_ISLNK(mode):
            raise ArchiveRejected(f"symbolic link in archive: {name}", code="archive_symlink")
        if info.flag_bits & 0x1:
            raise ArchiveRejected(f"encrypted member: {name}", code="archive_encrypted")
        if info.is_dir():
            continue
        if PurePosixPath(name).name.startswith(".") or name.startswith("__MACOSX/"):
            continue  # OS metadata files are skipped, never read
        suffix = PurePosixPath(name).suffix.lower()
        if suffix not in IMAGE_SUFFIXES and suffix != CAPTION_SUFFIX:
            raise ArchiveRejected(
                f"{name}: only images (png, jpg, webp) and caption .txt files may be in a dataset",
                code="archive_member_type",
            )
        if info.file_size > limits.max_member_bytes:
            raise ArchiveRejected(f"{name} is too large", code="archive_member_too_large")
        if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
            raise ArchiveRejected(f"{name} is compressed suspiciously well (zip bomb?)", code="archive_bomb")
        if suffix == CAPTION_SUFFIX:
            if info.file_size > limits.max_caption_bytes:
                raise ArchiveRejected(
                    f"The caption {name} is larger than {limits.max_caption_bytes // 1024} KB; "
                    "a caption should be a short description of its image.",
                    code="archive_caption_too_large",
                )
            captions += info.file_size
            if captions > limits.max_captions_bytes:
                raise ArchiveRejected(
                    f"The captions of this dataset come to more than {limits.max_captions_bytes // (1024 * 1024)} MB; "
                    "keep each caption to a short description.",
                    code="archive_captions_too_large",
                )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ArchiveRejected("the dataset is too large once unpacked", code="archive_too_large")
        images += suffix in IMAGE_SUFFIXES
        files.append(info)
    if images == 0:
        raise ArchiveRejected("the dataset holds no images", code="archive_empty")
    return files


def dataset_members_iter(data: bytes, limits: ArchiveLimits | None = None) -> Iterator[DatasetMember]:
    """Validate, then yield one member at a time, each read with a hard cap (declared sizes may lie)."""
    limits = limits or ArchiveLimits.from_settings()
    infos = dataset_members_check(data, limits)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in infos:
            suffix = PurePosixPath(info.filename).suffix.lower()
            cap = limits.max_caption_bytes if suffix == CAPTION_SUFFIX else limits.max_member_bytes
            with archive.open(info) as handle:
                content = handle.read(cap + 1)
            if len(content) > cap:
                raise ArchiveRejected(f"{info.filename} is larger than declared", code="archive_bomb")
            if suffix == CAPTION_SUFFIX:
                try:
                    content.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise ArchiveRejected(f"{info.filename} is not UTF-8 text", code="archive_caption") from exc
            yield DatasetMember(name=_member_name(info), is_image=suffix in IMAGE_SUFFIXES, data=content)


def dataset_members_read(data: bytes, limits: ArchiveLimits | None = None) -> list[DatasetMember]:
    """Every member at once (small archives, tests); scans use ``dataset_members_iter``."""
    return list(dataset_members_iter(data, limits))


class DatasetArchiveWriter:
    """A fresh zip built member by member (images already replaced by their metadata-free bytes)."""

    def __init__(self) -> None:
        self._out = io.BytesIO()
        self._archive = zipfile.ZipFile(self._out, "w", compression=zipfile.ZIP_DEFLATED)

    def add(self, member: DatasetMember) -> None:
        self._archive.writestr(member.name, member.data)

    def finish(self) -> bytes:
        self._archive.close()
        return self._out.getvalue()


def dataset_archive_build(members: list[DatasetMember]) -> bytes:
    """A fresh zip of the members (images already replaced by their metadata-free bytes)."""
    writer = DatasetArchiveWriter()
    for member in members:
        writer.add(member)
    return writer.finish()
