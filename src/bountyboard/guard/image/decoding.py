"""Safe decoding: an allow-list of formats, limits read from the header before any pixel is decoded.

Everything an uploader controls is checked before Pillow allocates pixel memory: the byte size,
the format (by magic bytes, never by file name), the pixel count claimed by the header
(decompression bombs). Only then is the first frame decoded, once, EXIF orientation applied,
and the two things the rest of the pipeline needs are produced: one RGB array shared by every
detector, and a metadata-free re-encode that is the only copy a platform keeps.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, UnidentifiedImageError, features

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.errors import InputRejected

# Pillow plugin names, by our format name. Pillow is told to try only these plugins.
PILLOW_PLUGINS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP", "gif": "GIF", "avif": "AVIF"}

# What the metadata-free copy is written as: lossless sources stay lossless, photos stay photos.
CLEAN_FORMAT = {"png": "PNG", "gif": "PNG", "jpeg": "JPEG", "webp": "WEBP", "avif": "WEBP"}

ACCEPTED = "PNG, JPEG, WebP, GIF (first frame) or AVIF"

# ISO-BMFF brands (the "ftyp" box) of HEIF-family files Pillow cannot open without a plugin.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}


@dataclass(frozen=True, slots=True, eq=False)
class DecodedImage:
    format: str  # our name: "png", "jpeg", "webp", "gif", "avif"
    rgb: npt.NDArray[np.uint8]  # H x W x 3, upright; shared read-only by every detector
    clean: Image.Image  # upright, first frame only, no metadata; RGB, L or RGBA

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])

    def clean_bytes(self) -> bytes:
        out = io.BytesIO()
        target = CLEAN_FORMAT[self.format]
        if target == "JPEG":
            self.clean.save(out, format="JPEG", quality=92)
        elif target == "WEBP":
            self.clean.save(out, format="WEBP", quality=92, method=4)
        else:
            self.clean.save(out, format="PNG", compress_level=6)
        return out.getvalue()


def sniff_format(data: bytes) -> str:
    """The format named by the magic bytes; rejects anything not on the allow-list, with why."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[4:8] == b"ftyp":
        brands = {data[8:12]} | {data[i : i + 4] for i in range(16, min(len(data), 64), 4)}
        if brands & _AVIF_BRANDS:
            return "avif"
        if brands & _HEIF_BRANDS:
            raise InputRejected(
                f"HEIC/HEIF images are not supported (the image library cannot read them without an "
                f"extra codec); please upload {ACCEPTED}",
                code="unsupported_format",
            )
    if data[:2] == b"PK" or data[:1] == b"\x80":
        raise InputRejected(
            f"this is an archive or a Python pickle, not an image; please upload {ACCEPTED}",
            code="unsupported_format",
        )
    raise InputRejected(
        f"not a supported image (the file's content is not {ACCEPTED}, whatever its name says)",
        code="unsupported_format",
    )


def decode(data: bytes, config: ImageConfig) -> DecodedImage:
    if not data:
        raise InputRejected("the file is empty", code="empty")
    if len(data) > config.max_bytes:
        raise InputRejected(
            f"the image is {len(data):,} bytes; the limit is {config.max_bytes:,}", code="too_large"
        )
    fmt = sniff_format(data)
    if fmt == "avif" and not _pillow_reads_avif():
        raise InputRejected(
            f"AVIF is not supported by this server's image library; please upload {ACCEPTED}",
            code="unsupported_format",
        )
    try:
        # Image.open parses the header only; Pillow raises DecompressionBombError past
        # 2 x MAX_IMAGE_PIXELS, and our own (lower) limit is checked right after, before load().
        image = Image.open(io.BytesIO(data), formats=[PILLOW_PLUGINS[fmt]])
    except Image.DecompressionBombError as exc:
        raise _bomb(config) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _undecodable(fmt, exc) from exc
    with image:
        width, height = image.size
        if width <= 0 or height <= 0:
            raise InputRejected(f"the {fmt} header gives an empty size {width}x{height}", code="malformed")
        if width * height > config.max_pixels:
            raise InputRejected(
                f"the image claims {width}x{height} = {width * height:,} pixels; the limit is "
                f"{config.max_pixels:,} (a decompression bomb or an oversized image)",
                code="too_many_pixels",
            )
        try:
            image.seek(0)  # animated GIF/WebP: the first frame is what a thumbnail shows
            image.load()
        except Image.DecompressionBombError as exc:
            raise _bomb(config) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _undecodable(fmt, exc) from exc
        try:
            return _normalise(fmt, _apply_orientation(image))
        except (OSError, ValueError) as exc:  # a pixel mode Pillow cannot convert to RGB
            raise _undecodable(fmt, exc) from exc


@functools.cache
def _pillow_reads_avif() -> bool:
    # Pillow 11.2+ wheels ship libavif; a Pillow built without it must refuse, not crash.
    return bool(features.check("avif"))


def _bomb(config: ImageConfig) -> InputRejected:
    return InputRejected(
        f"the image header claims over {2 * (Image.MAX_IMAGE_PIXELS or 0):,} pixels (a decompression bomb); "
        f"the limit is {config.max_pixels:,}",
        code="too_many_pixels",
    )


def _undecodable(fmt: str, exc: BaseException) -> InputRejected:
    message = str(exc)
    if isinstance(exc, EOFError) or "truncated" in message.lower() or "unexpected end" in message.lower():
        return InputRejected(
            f"the {fmt} file is truncated (it ends before the image data does)", code="truncated"
        )
    if "decompressed data too large" in message.lower():
        # PNG text chunks that inflate past Pillow's limit: a zlib bomb in the metadata.
        return InputRejected(
            f"the {fmt} file has a metadata chunk that inflates too far", code="too_many_pixels"
        )
    if isinstance(exc, UnidentifiedImageError):
        # Pillow's message names an in-memory buffer; say what it means instead.
        return InputRejected(f"the {fmt} header is corrupt or incomplete", code="malformed")
    return InputRejected(f"the {fmt} file is corrupt and cannot be decoded ({message})", code="malformed")


def _apply_orientation(image: Image.Image) -> Image.Image:
    """The image as a viewer shows it. An unreadable EXIF block is ignored, as browsers do."""
    try:
        ImageOps.exif_transpose(image, in_place=True)  # our own decoded copy: no need for another
    except Exception:  # noqa: BLE001 - Pillow's EXIF parser raises many types on junk; the pixels are fine
        pass
    return image


def _normalise(fmt: str, upright: Image.Image) -> DecodedImage:
    has_alpha = upright.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        upright.mode == "P" and "transparency" in upright.info
    )
    if has_alpha and CLEAN_FORMAT[fmt] != "JPEG":
        clean = upright.convert("RGBA")
        # Detectors see every colour value, including under transparent pixels: nothing hides there.
        rgb_image = clean.convert("RGB")
    else:
        rgb_image = upright if upright.mode == "RGB" else upright.convert("RGB")
        clean = rgb_image
    # Pillow's encoders copy EXIF, XMP, ICC profiles and comments from ``info``: with it empty,
    # the re-encoded file carries pixels only. (``clean`` is always our own copy, never the input.)
    clean.info = {}
    rgb = np.asarray(rgb_image, dtype=np.uint8)
    rgb.setflags(write=False)
    return DecodedImage(format=fmt, rgb=rgb, clean=clean)
