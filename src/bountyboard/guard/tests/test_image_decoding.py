"""Safe decoding on real files: bombs, truncation, disguised files, limits, orientation, metadata."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, PngImagePlugin

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.errors import InputRejected
from bountyboard.guard.image.decoding import decode, sniff_format

CONFIG = ImageConfig()


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return (
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    )


def png_bomb(width: int = 30_000, height: int = 30_000) -> bytes:
    """A valid 1-bit greyscale PNG of ``width`` x ``height`` zero pixels: ~100 kB on disk,
    ``width * height`` pixels once decoded."""
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    idat = b"".join(parts)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


@pytest.fixture(scope="module")
def photo(shared_data: Path) -> bytes:
    return (shared_data / "faces" / "deepface" / "img1.jpg").read_bytes()


def rejected(data: bytes, config: ImageConfig = CONFIG) -> InputRejected:
    with pytest.raises(InputRejected) as caught:
        decode(data, config)
    return caught.value


class TestDecompressionBombs:
    def test_png_claiming_900_megapixels_is_rejected_from_its_header(self) -> None:
        bomb = png_bomb()
        assert len(bomb) < 200_000  # tiny on disk...
        error = rejected(bomb)
        assert error.code == "too_many_pixels"
        assert "decompression bomb" in error.detail

    def test_pillows_own_bomb_limit_is_caught_when_ours_is_set_higher(self) -> None:
        # Our limit lifted above Pillow's: Pillow's DecompressionBombError must still become a rejection.
        error = rejected(png_bomb(), replace(CONFIG, max_pixels=10**12))
        assert error.code == "too_many_pixels"

    def test_image_just_over_the_configured_pixel_limit_is_rejected(self) -> None:
        small_limit = replace(CONFIG, max_pixels=99 * 100)
        assert decode(png_bomb(99, 100), small_limit).width == 99
        error = rejected(png_bomb(100, 100), small_limit)
        assert error.code == "too_many_pixels"
        assert "100x100 = 10,000 pixels" in error.detail

    def test_png_text_chunk_that_inflates_too_far_is_rejected(self) -> None:
        info = PngImagePlugin.PngInfo()
        info.add_text("comment", "A" * (PngImagePlugin.MAX_TEXT_CHUNK + 1), zip=True)
        data = encode(Image.new("RGB", (8, 8)), "PNG", pnginfo=info)
        assert rejected(data).code in {"too_many_pixels", "malformed"}


class TestTruncatedAndMalformed:
    def test_truncated_jpeg(self, photo: bytes) -> None:
        error = rejected(photo[: len(photo) // 2])
        assert error.code == "truncated"
        assert "truncated" in error.detail

    def test_truncated_png(self, photo: bytes) -> None:
        png = encode(Image.open(io.BytesIO(photo)), "PNG")
        assert rejected(png[: len(png) // 2]).code == "truncated"

    def test_png_cut_inside_its_header_is_malformed_with_a_readable_reason(self) -> None:
        png = encode(Image.new("RGB", (8, 8)), "PNG")
        error = rejected(png[:30])
        assert error.code in {"malformed", "truncated"}
        assert "BytesIO" not in error.detail

    def test_empty_file(self) -> None:
        assert rejected(b"").code == "empty"


class TestFormatAllowList:
    def test_text_file_named_png_is_not_an_image(self, tmp_path: Path) -> None:
        fake = tmp_path / "photo.png"
        fake.write_text("this is not an image, whatever the name says\n")
        error = rejected(fake.read_bytes())
        assert error.code == "unsupported_format"
        assert "whatever its name says" in error.detail

    @pytest.mark.parametrize(
        ("fmt", "expected"),
        [("PNG", "png"), ("JPEG", "jpeg"), ("WEBP", "webp"), ("GIF", "gif"), ("AVIF", "avif")],
    )
    def test_accepted_formats_decode(self, fmt: str, expected: str) -> None:
        data = encode(Image.new("RGB", (40, 30), (200, 50, 50)), fmt)
        decoded = decode(data, CONFIG)
        assert (decoded.format, decoded.width, decoded.height) == (expected, 40, 30)
        assert decoded.rgb.shape == (30, 40, 3)

    def test_other_pillow_formats_are_refused(self) -> None:
        for fmt in ("BMP", "TIFF", "ICO", "PPM"):
            data = encode(Image.new("RGB", (16, 16)), fmt)
            assert rejected(data).code == "unsupported_format", fmt

    def test_heic_is_refused_with_a_reason(self) -> None:
        heic_header = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
        error = rejected(heic_header + b"\x00" * 64)
        assert error.code == "unsupported_format"
        assert "HEIC" in error.detail

    def test_pickle_bytes_are_refused(self) -> None:
        import pickle

        error = rejected(pickle.dumps({"not": "an image"}))
        assert error.code == "unsupported_format"
        assert "pickle" in error.detail

    def test_sniffing_ignores_names_and_reads_magic_bytes(self) -> None:
        assert sniff_format(encode(Image.new("RGB", (4, 4)), "JPEG")) == "jpeg"
        assert sniff_format(encode(Image.new("RGB", (4, 4)), "WEBP")) == "webp"


class TestSizeLimit:
    def test_file_over_the_byte_limit_is_rejected_before_decoding(self, photo: bytes) -> None:
        error = rejected(photo, replace(CONFIG, max_bytes=len(photo) - 1))
        assert error.code == "too_large"

    def test_default_limit_rejects_a_31_mib_file(self, photo: bytes) -> None:
        oversized = photo + b"\x00" * (31 * 1024 * 1024)
        assert rejected(oversized).code == "too_large"


class TestOrientationAndMetadata:
    def test_exif_rotated_jpeg_comes_out_upright_and_without_metadata(self) -> None:
        # Stored 200 wide x 100 high, red block at the stored top-left; EXIF orientation 6 means
        # "rotate 90 degrees clockwise to display", so the viewer sees 100 x 200, red at top-right.
        stored = Image.new("RGB", (200, 100), (0, 0, 255))
        stored.paste((255, 0, 0), (0, 0, 40, 40))
        exif = Image.Exif()
        exif[0x0112] = 6
        exif[0x010F] = "CameraMaker"  # Make
        exif[0x8825] = {2: (48.0, 51.0, 0.0)}  # GPS latitude: must not survive
        data = encode(stored, "JPEG", exif=exif.tobytes(), quality=95)
        assert Image.open(io.BytesIO(data)).getexif()[0x0112] == 6

        decoded = decode(data, CONFIG)
        assert (decoded.width, decoded.height) == (100, 200)
        assert decoded.rgb[10, 90, 0] > 200 and decoded.rgb[10, 90, 2] < 60  # red, top-right
        assert decoded.rgb[190, 10, 2] > 200  # blue elsewhere

        clean = Image.open(io.BytesIO(decoded.clean_bytes()))
        assert clean.format == "JPEG"
        assert clean.size == (100, 200)
        assert len(clean.getexif()) == 0
        assert "exif" not in clean.info and "icc_profile" not in clean.info
        assert b"CameraMaker" not in decoded.clean_bytes()

    def test_png_text_and_icc_profile_are_stripped(self) -> None:
        from PIL import ImageCms

        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Jane Private")
        icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        data = encode(Image.new("RGBA", (20, 10), (10, 20, 30, 128)), "PNG", pnginfo=info, icc_profile=icc)
        clean_bytes = decode(data, CONFIG).clean_bytes()
        clean = Image.open(io.BytesIO(clean_bytes))
        assert clean.format == "PNG" and clean.mode == "RGBA"
        assert "Author" not in clean.info and "icc_profile" not in clean.info
        assert b"Jane Private" not in clean_bytes

    def test_animated_gif_keeps_its_first_frame_as_png(self) -> None:
        frames = [Image.new("RGB", (16, 16), colour) for colour in ((255, 0, 0), (0, 255, 0))]
        data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
        decoded = decode(data, CONFIG)
        assert decoded.format == "gif"
        assert tuple(decoded.rgb[8, 8]) == (255, 0, 0)
        assert Image.open(io.BytesIO(decoded.clean_bytes())).format == "PNG"

    def test_webp_clean_copy_is_webp(self) -> None:
        decoded = decode(encode(Image.new("RGB", (16, 16), (0, 128, 0)), "WEBP"), CONFIG)
        assert Image.open(io.BytesIO(decoded.clean_bytes())).format == "WEBP"

    def test_rgba_png_is_analysed_as_rgb_without_hiding_transparent_pixels(self) -> None:
        image = Image.new("RGBA", (4, 4), (250, 0, 0, 0))  # red, fully transparent
        decoded = decode(encode(image, "PNG"), CONFIG)
        assert decoded.rgb.shape == (4, 4, 3)
        assert tuple(decoded.rgb[0, 0]) == (250, 0, 0)

    def test_shared_rgb_array_is_read_only(self, photo: bytes) -> None:
        decoded = decode(photo, CONFIG)
        assert decoded.rgb.dtype == np.uint8 and not decoded.rgb.flags.writeable


@pytest.fixture(scope="module")
def small_files(shared_data: Path) -> dict[str, bytes]:
    photo = Image.open(shared_data / "faces" / "deepface" / "img1.jpg").convert("RGB").resize((240, 324))
    return {fmt: encode(photo, fmt) for fmt in ("JPEG", "PNG", "WEBP", "GIF")}


class TestCorruptedBytes:
    """Any byte-level corruption of a real image decodes or is an InputRejected, never a crash."""

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        fmt=st.sampled_from(["JPEG", "PNG", "WEBP", "GIF"]),
        edits=st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 255)), min_size=1, max_size=8),
        cut=st.one_of(st.none(), st.integers(1, 100_000)),
    )
    def test_random_byte_edits_and_cuts(
        self, small_files: dict[str, bytes], fmt: str, edits: list[tuple[int, int]], cut: int | None
    ) -> None:
        raw = bytearray(small_files[fmt])
        for position, value in edits:
            raw[position % len(raw)] = value
        data = bytes(raw[: cut % len(raw)] if cut else raw)
        try:
            decoded = decode(data, CONFIG)
        except InputRejected as error:
            assert error.code in {"truncated", "malformed", "unsupported_format", "too_many_pixels", "empty"}
        else:
            assert decoded.rgb.ndim == 3 and decoded.rgb.shape[2] == 3
            assert decoded.clean_bytes()
