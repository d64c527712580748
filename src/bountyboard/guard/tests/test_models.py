"""The shipped model files: found in their wheels, checked against pinned digests, refused when changed."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bountyboard.guard.models import NUDENET, SFACE, SHIPPED_MODELS, YUNET, ModelFileError, ShippedModel


class TestShippedModels:
    @pytest.mark.parametrize("model", SHIPPED_MODELS, ids=lambda m: m.name)
    def test_installed_file_has_the_pinned_digest(self, model: ShippedModel) -> None:
        data = model.verified_bytes()
        assert hashlib.sha256(data).hexdigest() == model.sha256
        assert len(data) == model.size

    def test_digests_equal_opencv_zoo_and_nudenet_records(self) -> None:
        # opencv_zoo git-lfs oids (see docs/decisions/0002) and the nudenet-3.4.2 wheel RECORD entry.
        assert YUNET.sha256 == "49f000ec501fef24739071fc7e68267d32209045b6822c0c72dce1da25726f10"
        assert SFACE.sha256 == "fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee"
        record = Path(NUDENET.path()).parent.parent / "nudenet-3.4.2.dist-info" / "RECORD"
        assert (
            "nudenet/320n.onnx,sha256=wV2Cc62tLQqS8BTMaastbDEaBnd6VVRfLE60b1GRHw8,12150158"
            in record.read_text()
        )


@pytest.fixture
def fake_package(tmp_path: Path) -> Iterator[Path]:
    """An importable package on disk holding a "model" file, to change it under the guard's feet."""
    package = tmp_path / "guard_test_weights"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "model.onnx").write_bytes(b"weights" * 100)
    sys.path.insert(0, str(tmp_path))
    try:
        yield package
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("guard_test_weights", None)


def model_over(data: bytes) -> ShippedModel:
    return ShippedModel(
        name="test",
        package="guard_test_weights",
        relative_path="model.onnx",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


class TestVerification:
    def test_matching_file_is_returned(self, fake_package: Path) -> None:
        assert model_over(b"weights" * 100).verified_bytes() == b"weights" * 100

    def test_modified_file_is_refused(self, fake_package: Path) -> None:
        model = model_over(b"weights" * 100)
        (fake_package / "model.onnx").write_bytes(b"weightz" * 100)  # same size, other bytes
        with pytest.raises(ModelFileError) as caught:
            model.verified_bytes()
        assert caught.value.code == "model_digest_mismatch"
        assert "refusing to load a modified model" in caught.value.detail

    def test_missing_file_is_reported(self, fake_package: Path) -> None:
        (fake_package / "model.onnx").unlink()
        with pytest.raises(ModelFileError) as caught:
            model_over(b"x").verified_bytes()
        assert caught.value.code == "model_missing"

    def test_missing_package_is_reported(self) -> None:
        missing = ShippedModel(
            name="x", package="no_such_package_here", relative_path="m", sha256="0", size=0
        )
        with pytest.raises(ModelFileError, match="not installed"):
            missing.path()
