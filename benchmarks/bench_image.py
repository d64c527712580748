"""Image pipeline cost vs its raw model calls, on the shared photos, measured in the same run.

Pipeline: ``ImageAnalyzer.analyze`` (safe decode, EXIF, PDQ + dihedral, YuNet, SFace per face,
NudeNet, hashes of the original bytes, metadata-free re-encode).
Baseline: the same work done with bare library calls and nothing else: Pillow decode to RGB,
``pdqhash.compute_dihedral``, YuNet on the same 960 px copy, SFace per face (OpenCV's own
``alignCrop``), NudeNet's ONNX session on NudeNet's own preprocessing. Target ratio <= 1.15.
"""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import cv2
import numpy as np
import onnxruntime
import pdqhash
from PIL import Image

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.analyzer import ImageAnalyzer
from bountyboard.guard.image.faces import DETECT_MAX_SIDE
from bountyboard.guard.models import NUDENET, SFACE, YUNET

ROUNDS = 3


def shared_photos() -> list[bytes]:
    root = Path(
        os.environ.get("BOUNTYBOARD_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
    )
    # faces/face_recognition holds ageitgey/face_recognition's example photos, reserved for the owner's
    # evaluation: the development photos (deepface, negatives) are enough to time the pipeline.
    files = sorted(
        p
        for folder in ("deepface", "negatives")
        for p in (root / "faces" / folder).rglob("*")
        if p.suffix.lower() in (".jpg", ".jpeg", ".png")
    )
    return [p.read_bytes() for p in files]


class RawModels:
    """The three models driven directly, with nothing but the calls each one needs."""

    def __init__(self, min_score: float) -> None:
        self.detector = cv2.FaceDetectorYN.create(str(YUNET.path()), "", (320, 320), min_score, 0.3, 5000)
        self.aligner = cv2.FaceRecognizerSF.create(str(SFACE.path()), "")
        self.recognizer = cv2.dnn.readNetFromONNX(str(SFACE.path()))
        self.nudenet = onnxruntime.InferenceSession(str(NUDENET.path()), providers=["CPUExecutionProvider"])
        self.nudenet_input = self.nudenet.get_inputs()[0].name

    def run(self, data: bytes, parts: dict[str, float]) -> None:
        started = time.perf_counter()
        rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
        mark = _lap(parts, "decode", started)
        pdqhash.compute_dihedral(rgb)
        mark = _lap(parts, "pdq", mark)
        bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
        scale = min(1.0, DETECT_MAX_SIDE / max(bgr.shape[:2]))
        small = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else bgr
        self.detector.setInputSize((small.shape[1], small.shape[0]))
        _, faces = self.detector.detect(small)
        mark = _lap(parts, "yunet", mark)
        for face in faces if faces is not None else []:
            face = face.copy()
            face[:14] /= scale
            crop = self.aligner.alignCrop(bgr, face)
            self.recognizer.setInput(cv2.dnn.blobFromImage(crop, 1.0, (112, 112)), "data")
            self.recognizer.forward()
        mark = _lap(parts, "sface", mark)
        side = max(rgb.shape[:2])
        padded = cv2.copyMakeBorder(rgb, 0, side - rgb.shape[0], 0, side - rgb.shape[1], cv2.BORDER_CONSTANT)
        blob = cv2.dnn.blobFromImage(padded, 1 / 255.0, (320, 320), (0, 0, 0), swapRB=False, crop=False)
        self.nudenet.run(None, {self.nudenet_input: blob})
        _lap(parts, "nudenet", mark)


def _lap(parts: dict[str, float], name: str, since: float) -> float:
    now = time.perf_counter()
    parts[name] = parts.get(name, 0.0) + now - since
    return now


def run() -> None:
    photos = shared_photos()
    if not photos:
        print("no shared photos found; set BOUNTYBOARD_SHARED_DATA")
        return
    analyzer = ImageAnalyzer(ImageConfig())
    raw = RawModels(ImageConfig().face_min_score)
    parts: dict[str, float] = {}
    analyzer.analyze(photos[0])  # load and warm both sides before timing
    raw.run(photos[0], {})

    pipeline_total = raw_total = 0.0
    for _ in range(ROUNDS):
        for data in photos:
            # Alternate image by image so changes in machine load hit both sides alike.
            started = time.perf_counter()
            analyzer.analyze(data)
            middle = time.perf_counter()
            raw.run(data, parts)
            raw_total += time.perf_counter() - middle
            pipeline_total += middle - started

    clean_started = time.perf_counter()
    for data in photos:
        out = io.BytesIO()
        Image.open(io.BytesIO(data)).convert("RGB").save(out, "JPEG", quality=92)
    clean_cost = time.perf_counter() - clean_started

    count = len(photos)
    pipeline = pipeline_total / (ROUNDS * count)
    baseline = raw_total / (ROUNDS * count)
    print(f"{count} shared photos x {ROUNDS} rounds, mean per image:")
    print(f"  pipeline (ImageAnalyzer.analyze):       {pipeline * 1000:7.1f} ms")
    print(f"  raw model calls (sum):                  {baseline * 1000:7.1f} ms")
    for name in ("decode", "pdq", "yunet", "sface", "nudenet"):
        print(f"    {name:8s}                             {parts[name] / (ROUNDS * count) * 1000:7.1f} ms")
    print(
        f"  (for scale: decode + JPEG q92 re-encode {clean_cost / count * 1000:7.1f} ms, not in the baseline)"
    )
    print(f"  ratio pipeline / raw: {pipeline / baseline:.2f}x (target <= 1.15x)")


if __name__ == "__main__":
    run()
