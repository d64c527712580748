"""Bytes of the files people upload, built in memory: a synthetic landscape picture (no people, no
text), the same cut in half, a JPEG carrying metadata that must be stripped, a tiny real
safetensors model file and a dataset zip."""

from __future__ import annotations

import io
import zipfile

import numpy as np
from PIL import Image
from safetensors.numpy import save as safetensors_save


def landscape_png(seed: int = 0, size: int = 256) -> bytes:
    """A synthetic landscape (sky, hills, sun): no people, no text."""
    rng = np.random.default_rng(seed)
    y = np.linspace(0, 1, size)[:, None]
    x = np.linspace(0, 1, size)[None, :]
    sky = np.stack([80 + 100 * y, 140 + 80 * y, 230 - 60 * y], axis=-1) * np.ones((1, size, 1))
    hills = (y > 0.6 + 0.1 * np.sin(6 * x + seed)).astype(float)[..., None]
    ground = np.array([40, 120 + seed % 40, 50], dtype=float)
    pixels = sky * (1 - hills) + ground * hills + rng.normal(0, 4, (size, size, 3))
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, format="PNG")
    return out.getvalue()


def truncated_png(seed: int = 0) -> bytes:
    """A PNG cut in half: passes an upload's magic-number check, then the guard refuses it."""
    data = landscape_png(seed)
    return data[: len(data) // 2]


def jpeg_with_metadata(seed: int = 0) -> bytes:
    """A JPEG carrying EXIF (camera model, GPS-like comment) that must not survive storage."""
    image = Image.open(io.BytesIO(landscape_png(seed)))
    exif = Image.Exif()
    exif[0x0110] = "SECRET-CAMERA-MODEL"  # Model
    exif[0x010E] = "home address 12 rue secrete"  # ImageDescription
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def safetensors_bytes(metadata: dict[str, str] | None = None) -> bytes:
    return safetensors_save({"lora_up.weight": np.zeros((4, 4), dtype=np.float32)}, metadata=metadata or {})


def dataset_zip(members: dict[str, bytes]) -> bytes:
    """A dataset archive holding ``members`` (path inside the zip -> bytes), as uploaded."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()
