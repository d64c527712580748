"""PDQ on real photos: robust to re-encoding and resizing; dihedral variants catch rotations and mirrors."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.decoding import decode
from bountyboard.guard.image.perceptual import compute_pdq, pdq_distance, pdq_hex

MATCH_DISTANCE = 31  # ThreatExchange's recommended PDQ match threshold
PHOTOS = ["deepface/img1.jpg", "deepface/img13.jpg", "negatives/dogs.jpg", "deepface/couple.jpg"]


def pdq_of(data: bytes) -> tuple[str, ...]:
    return compute_pdq(decode(data, ImageConfig()).rgb).dihedral


def reencoded(data: bytes, *, scale: float = 1.0, fmt: str = "JPEG", quality: int = 70) -> bytes:
    image = Image.open(io.BytesIO(data)).convert("RGB")
    if scale != 1.0:
        image = image.resize(
            (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
        )
    out = io.BytesIO()
    image.save(out, format=fmt, quality=quality)
    return out.getvalue()


@pytest.fixture(scope="module", params=PHOTOS)
def photo(request: pytest.FixtureRequest, shared_data: Path) -> bytes:
    return (shared_data / "faces" / request.param).read_bytes()


class TestRobustness:
    def test_resized_and_reencoded_copy_stays_within_match_distance(self, photo: bytes) -> None:
        original = pdq_of(photo)[0]
        for copy in (
            reencoded(photo, scale=0.5, quality=60),
            reencoded(photo, scale=0.3),
            reencoded(photo, fmt="WEBP"),
        ):
            assert pdq_distance(original, pdq_of(copy)[0]) <= MATCH_DISTANCE

    def test_different_photos_are_far_apart(self, shared_data: Path) -> None:
        hashes = [pdq_of((shared_data / "faces" / name).read_bytes())[0] for name in PHOTOS]
        for i, a in enumerate(hashes):
            for b in hashes[i + 1 :]:
                assert pdq_distance(a, b) > MATCH_DISTANCE * 2


class TestDihedral:
    @pytest.mark.parametrize(
        "transpose",
        [
            Image.Transpose.ROTATE_90,
            Image.Transpose.ROTATE_180,
            Image.Transpose.ROTATE_270,
            Image.Transpose.FLIP_LEFT_RIGHT,
        ],
    )
    def test_a_rotated_or_mirrored_copy_matches_one_variant_of_the_original(
        self, photo: bytes, transpose: Image.Transpose
    ) -> None:
        variants = pdq_of(photo)
        turned = Image.open(io.BytesIO(photo)).convert("RGB").transpose(transpose)
        out = io.BytesIO()
        turned.save(out, format="JPEG", quality=85)
        turned_hash = pdq_of(out.getvalue())[0]
        assert pdq_distance(variants[0], turned_hash) > MATCH_DISTANCE  # the plain hash misses it...
        assert (
            min(pdq_distance(v, turned_hash) for v in variants[1:]) <= MATCH_DISTANCE
        )  # ...a variant does not

    def test_eight_distinct_variants_original_first(self, photo: bytes) -> None:
        rgb = decode(photo, ImageConfig()).rgb
        hashes = compute_pdq(rgb)
        assert len(hashes.dihedral) == 8 and len(set(hashes.dihedral)) == 8
        assert hashes.original == hashes.dihedral[0]
        assert all(len(h) == 64 and int(h, 16) >= 0 for h in hashes.dihedral)


class TestHexForm:
    def test_bits_are_packed_most_significant_first(self) -> None:
        bits = np.zeros(256, dtype=np.int64)
        bits[0] = 1  # first bit -> top bit of the first hex digit
        bits[255] = 1
        assert pdq_hex(bits) == "8" + "0" * 62 + "1"

    def test_distance_counts_differing_bits(self) -> None:
        assert pdq_distance("0" * 64, "f" + "0" * 62 + "1") == 5
