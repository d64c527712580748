"""Model files: ``.safetensors`` only, its header checked byte by byte, its training metadata exposed.

Pickle-based checkpoints (``.ckpt``, ``.pt``, ``.pth``, ``.bin``, zipped PyTorch archives) run
arbitrary code when loaded, so they are refused whatever their name, and nothing here ever
unpickles or imports anything. A safetensors file is read up to the end of its JSON header only:
the tensor data is never loaded, but its layout is checked against the header (every tensor's byte
length, in bounds, no overlaps, no gaps, nothing after the last tensor), so a file that passes is one
the ``safetensors`` library will load as described.

The texts and thumbnails returned here are scanned by the engine (names in training tags, faces
in thumbnails); this module only finds them.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import re
import stat
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from bountyboard.guard.config import ModelFileConfig
from bountyboard.guard.errors import InputRejected

FORMAT = "safetensors"

# Bytes per element, as in the safetensors format (sub-byte float types are not accepted).
DTYPE_SIZES: dict[str, int] = {
    "BOOL": 1,
    "U8": 1,
    "I8": 1,
    "F8_E4M3": 1,
    "F8_E5M2": 1,
    "I16": 2,
    "U16": 2,
    "F16": 2,
    "BF16": 2,
    "I32": 4,
    "U32": 4,
    "F32": 4,
    "I64": 8,
    "U64": 8,
    "F64": 8,
}

PICKLE_SUFFIXES = frozenset({".ckpt", ".pt", ".pth", ".bin", ".pkl", ".pickle"})
_PICKLE_WHY = "pickle files run arbitrary code when they are loaded; please convert the model to .safetensors"

# kohya-ss training fields whose values are JSON written into a string.
_TEXT_FIELDS = ("ss_output_name", "ss_training_comment")
_MODELSPEC_TEXT_FIELDS = (
    "modelspec.title",
    "modelspec.description",
    "modelspec.trigger_phrase",
    "modelspec.tags",
)
_REPEATS_PREFIX = re.compile(r"^\d+_")  # kohya dataset folders are named "<repeats>_<concept>"
_DATA_URI = re.compile(r"^data:image/[a-z0-9.+-]+;base64,", re.IGNORECASE)


@dataclass(frozen=True, slots=True, eq=False)
class ModelAnalysis:
    format: str  # "safetensors"
    size: int  # bytes on disk
    tensors: int
    metadata: dict[str, Any]  # __metadata__, JSON-in-string values decoded
    texts: tuple[tuple[str, str], ...]  # (field, text) for the text scanner
    thumbnails: tuple[bytes, ...] = field(repr=False)  # decoded embedded images, for the image scanner


class ModelFileAnalyzer:
    def __init__(self, config: ModelFileConfig) -> None:
        self.config = config

    def analyze(self, path: Path) -> ModelAnalysis:
        try:
            with path.open("rb") as handle:
                info = _stat_regular_file(handle, path)
                size = info.st_size
                if size > self.config.max_bytes:
                    raise InputRejected(
                        f"the file is {size:,} bytes; the limit is {self.config.max_bytes:,}",
                        code="too_large",
                    )
                head = handle.read(16)
                _refuse_pickles(head, handle, path)
                if path.suffix.lower() != ".safetensors":
                    raise InputRejected(
                        f"{path.suffix or 'files without an extension'} is not accepted: upload .safetensors",
                        code="unsupported_format",
                    )
                header, header_length = self._read_header(head, handle, size)
        except OSError as exc:
            raise InputRejected(f"cannot read the file: {exc.strerror or exc}", code="unreadable") from exc
        raw_metadata, tensor_count = _check_layout(header, header_length, size)
        metadata = _decode_metadata(raw_metadata)
        return ModelAnalysis(
            format=FORMAT,
            size=size,
            tensors=tensor_count,
            metadata=metadata,
            texts=tuple(_texts(metadata)),
            thumbnails=tuple(_thumbnails(raw_metadata)),
        )

    def _read_header(self, head: bytes, handle: BinaryIO, size: int) -> tuple[dict[str, Any], int]:
        if len(head) < 8:
            raise InputRejected(
                "the file is too short to be safetensors (no 8-byte header length)", code="truncated"
            )
        (header_length,) = struct.unpack("<Q", head[:8])
        if header_length > self.config.max_header_bytes:
            raise InputRejected(
                f"the header claims {header_length:,} bytes; the limit is {self.config.max_header_bytes:,}",
                code="header_too_large",
            )
        if header_length < 2:
            raise InputRejected("the header is empty", code="malformed")
        if 8 + header_length > size:
            raise InputRejected(
                f"the header claims {header_length:,} bytes but the file ends after {size - 8:,}",
                code="truncated",
            )
        handle.seek(8)
        raw = handle.read(header_length)
        if len(raw) != header_length:
            raise InputRejected("the file ended while reading its header", code="truncated")
        try:
            text = raw.decode("utf-8")
            parsed = json.loads(text, object_pairs_hook=_no_duplicate_keys)
        except UnicodeDecodeError as exc:
            raise InputRejected(f"the header is not UTF-8 ({exc.reason})", code="malformed") from exc
        except (ValueError, RecursionError) as exc:
            raise InputRejected(f"the header is not valid JSON ({exc})", code="malformed") from exc
        if not isinstance(parsed, dict):
            raise InputRejected(
                f"the header must be a JSON object, not {type(parsed).__name__}", code="malformed"
            )
        return parsed, header_length


def _stat_regular_file(handle: BinaryIO, path: Path) -> os.stat_result:
    info = os.fstat(handle.fileno())
    if not stat.S_ISREG(info.st_mode):
        raise InputRejected(f"{path.name} is not a regular file", code="not_a_file")
    return info


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            # Two readers may keep different copies: a duplicate key can hide a tensor or a field.
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _refuse_pickles(head: bytes, handle: BinaryIO, path: Path) -> None:
    """Refuse pickles and pickle archives by content first (a renamed .ckpt is still a pickle),
    then by name."""
    looks_like_safetensors = len(head) > 8 and head[8:9] == b"{"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        handle.seek(0)
        try:
            with zipfile.ZipFile(handle) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise InputRejected(
                f"a damaged zip archive, not a safetensors file ({exc})", code="unsupported_format"
            ) from exc
        pickles = [n for n in names if n.endswith((".pkl", ".pickle")) or n.rsplit("/", 1)[-1] == "data.pkl"]
        if pickles:
            raise InputRejected(
                f"a PyTorch zip checkpoint containing a pickle ({pickles[0]}): {_PICKLE_WHY}", code="pickle"
            )
        raise InputRejected("a zip archive, not a safetensors file", code="unsupported_format")
    if not looks_like_safetensors and len(head) >= 2 and head[0] == 0x80 and 1 <= head[1] <= 5:
        raise InputRejected(f"a Python pickle (protocol {head[1]}): {_PICKLE_WHY}", code="pickle")
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise InputRejected(f"{path.suffix} files are pickle-based checkpoints: {_PICKLE_WHY}", code="pickle")


def _check_layout(header: dict[str, Any], header_length: int, size: int) -> tuple[dict[str, str], int]:
    """Validate every tensor entry against the data section; returns (__metadata__, tensor count)."""
    raw_metadata = header.get("__metadata__", {})
    if not isinstance(raw_metadata, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw_metadata.items()
    ):
        raise InputRejected("__metadata__ must map strings to strings", code="malformed")
    data_length = size - 8 - header_length
    spans = sorted(
        (*_tensor_span(name, entry), name) for name, entry in header.items() if name != "__metadata__"
    )
    cursor = 0
    problem: InputRejected | None = None
    for begin, end, name in spans:
        if begin < cursor:
            problem = problem or InputRejected(
                f"tensor {name!r} overlaps the tensor before it (it starts at byte {begin:,}, "
                f"the previous one ends at {cursor:,})",
                code="malformed",
            )
        elif begin > cursor:
            problem = problem or InputRejected(
                f"bytes {cursor:,}-{begin:,} of the data section belong to no tensor (before {name!r})",
                code="malformed",
            )
        cursor = max(cursor, end)
    if problem is None and cursor > data_length:
        # A well-formed layout in a file that stops short: the upload was cut off.
        raise InputRejected(
            f"the tensors need {cursor:,} bytes of data but the file holds {data_length:,}: it is truncated",
            code="truncated",
        )
    for _begin, end, name in spans:
        if end > data_length:
            raise InputRejected(
                f"tensor {name!r} ends at byte {end:,}, past the end of the {data_length:,}-byte data section",
                code="malformed",
            )
    if problem is not None:
        raise problem
    if cursor != data_length:
        raise InputRejected(
            f"the data section has {data_length - cursor:,} bytes after the last tensor that no tensor describes",
            code="malformed",
        )
    return raw_metadata, len(spans)


def _tensor_span(name: str, entry: Any) -> tuple[int, int]:
    if not isinstance(entry, dict) or set(entry) != {"dtype", "shape", "data_offsets"}:
        raise InputRejected(
            f"tensor {name!r} must have exactly dtype, shape and data_offsets", code="malformed"
        )
    dtype, shape, offsets = entry["dtype"], entry["shape"], entry["data_offsets"]
    if not isinstance(dtype, str) or dtype not in DTYPE_SIZES:
        raise InputRejected(f"tensor {name!r} has an unsupported dtype {dtype!r}", code="malformed")
    if not isinstance(shape, list) or not all(_is_count(d) for d in shape):
        raise InputRejected(f"tensor {name!r} has an invalid shape {shape!r}", code="malformed")
    if not isinstance(offsets, list) or len(offsets) != 2 or not all(_is_count(o) for o in offsets):
        raise InputRejected(f"tensor {name!r} has invalid data_offsets {offsets!r}", code="malformed")
    begin, end = offsets
    if end < begin:
        raise InputRejected(f"tensor {name!r} ends before it begins ({begin}, {end})", code="malformed")
    expected = math.prod(shape) * DTYPE_SIZES[dtype]
    if end - begin != expected:
        raise InputRejected(
            f"tensor {name!r} is {dtype} {shape}: {expected:,} bytes, but its offsets span {end - begin:,}",
            code="malformed",
        )
    return begin, end


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _decode_metadata(raw: dict[str, str]) -> dict[str, Any]:
    """kohya writes dicts and lists as JSON strings (ss_tag_frequency, ss_dataset_dirs, ...): decode them."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        stripped = value.lstrip()
        if stripped[:1] in ("{", "["):
            try:
                out[key] = json.loads(value)
                continue
            except (ValueError, RecursionError):
                pass
        out[key] = value
    return out


def _concept_name(folder: str) -> str:
    """ "10_emma watson" -> "emma watson": what the folder trained, without kohya's repeat count."""
    base = folder.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return _REPEATS_PREFIX.sub("", base)


def _texts(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    """Every string in the metadata, keys included, at any depth, as (field path, text).

    kohya's known fields come first in a readable form (dataset folders without the repeat count,
    one tag per line); then every other string is read whatever its key, because a name or a sexual
    phrase under ``description``, ``trigger_words`` or a made-up key is shown to downloaders too.
    """
    texts = _kohya_texts(metadata)
    seen = {text for _field, text in texts}
    for key, value in metadata.items():
        if key in _READ_AS_TEXT:
            continue
        found = _strings_at(key, value)
        if not _is_plain_token(key):
            found.insert(0, ("metadata.keys", key))
        for where, text in found:
            if text not in seen:  # kohya's tag lists are long: each distinct text is scanned once
                seen.add(text)
                texts.append((where, text))
    return texts


# Plain text fields ``_kohya_texts`` already reads whole.
_READ_AS_TEXT = frozenset({*_TEXT_FIELDS, *_MODELSPEC_TEXT_FIELDS})
_PLAIN_KEY = re.compile(r"^(ss|sshs|modelspec)[._][a-z0-9_.]+$")
_HASH_OR_NUMBER = re.compile(r"^(?:[0-9a-fA-F]{16,}|0x[0-9a-fA-F]+|[-+0-9.eE,:/ ]*|true|false|none|null)$")


def _is_plain_token(key: str) -> bool:
    """Training tools' own key names (``ss_network_dim``, ``modelspec.author``) carry nothing a person wrote."""
    return bool(_PLAIN_KEY.match(key))


def _strings_at(path: str, value: Any) -> list[tuple[str, str]]:
    """(path, text) for every string under ``value``: dict keys (one line each) and string values.

    Hashes and numbers written as strings are skipped (they cannot name anyone); image data URIs
    are thumbnails, scanned as images."""
    out: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            text = item.strip()
            if text and not _HASH_OR_NUMBER.match(text) and not _DATA_URI.match(text):
                out.append((where, text))
        elif isinstance(item, dict):
            keys = [str(k) for k in item if not _HASH_OR_NUMBER.match(str(k).strip())]
            if keys:
                out.append((f"{where}.keys", "\n".join(keys)))
            stack.extend((f"{where}[{k}]", v) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(item))
    return out


def _kohya_texts(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for key in (*_TEXT_FIELDS, *_MODELSPEC_TEXT_FIELDS):
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            texts.append((key, value))
    output_name = metadata.get("ss_output_name")
    if isinstance(output_name, str) and output_name.strip() and not re.search(r"[<>:\n]", output_name):
        # The output name is the file name a prompt loads the model by: read it the way a prompt names it too, so
        # the text guard reads it as an add-on model's name ("liuZihanChinese_v10", "kmb4pp3"; round 12).
        texts.append(("ss_output_name", f"<lora:{output_name.strip()}>"))
    tag_frequency = metadata.get("ss_tag_frequency")
    if isinstance(tag_frequency, dict):
        for folder, tags in tag_frequency.items():
            texts.append(("ss_tag_frequency.folder", _concept_name(str(folder))))
            if isinstance(tags, dict) and tags:
                # One text per folder, one tag per line: a name cannot straddle two tags.
                texts.append((f"ss_tag_frequency[{folder}]", "\n".join(str(tag) for tag in tags)))
    dataset_dirs = metadata.get("ss_dataset_dirs")
    if isinstance(dataset_dirs, dict):
        for folder in dataset_dirs:
            texts.append(("ss_dataset_dirs", _concept_name(str(folder))))
    datasets = metadata.get("ss_datasets")
    if isinstance(datasets, list):
        for dataset in datasets:
            for subset in dataset.get("subsets", []) if isinstance(dataset, dict) else []:
                if not isinstance(subset, dict):
                    continue
                if isinstance(subset.get("image_dir"), str):
                    texts.append(("ss_datasets.image_dir", _concept_name(subset["image_dir"])))
                if isinstance(subset.get("class_tokens"), str) and subset["class_tokens"].strip():
                    texts.append(("ss_datasets.class_tokens", subset["class_tokens"]))
    return texts


def _thumbnails(raw: dict[str, str]) -> list[bytes]:
    """Every metadata value that is an image data: URI (modelspec.thumbnail and the like), decoded.

    A thumbnail that cannot be decoded is refused, not skipped: unscanned images are never shown.
    """
    images: list[bytes] = []
    for key, value in raw.items():
        match = _DATA_URI.match(value.strip())
        if not match:
            continue
        try:
            images.append(base64.b64decode(value.strip()[match.end() :], validate=True))
        except (binascii.Error, ValueError) as exc:
            raise InputRejected(f"{key} is not valid base64 image data ({exc})", code="malformed") from exc
    return images
