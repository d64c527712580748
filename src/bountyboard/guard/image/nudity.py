"""Nudity regions: NudeNet 3.4.2's 320n detector (a YOLOv8n), run directly through onnxruntime.

We call the ONNX model ourselves on the shared RGB array rather than through
``nudenet.NudeDetector``, which would decode the image again from a path or bytes. The
pre- and post-processing follow NudeNet's (letterbox to a 320 square padded right and bottom,
scale to 0..1, class-wise best score, NMS at IoU 0.45), vectorised.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt
import onnxruntime

from bountyboard.guard.models import NUDENET

INPUT_SIZE = 320
_CANDIDATE_SCORE = 0.2  # NudeNet's own pre-NMS cut; the configured threshold applies after NMS
_NMS_SCORE = 0.25
_NMS_IOU = 0.45

# NudeNet's class order (the model's output channels 4..21).
LABELS: tuple[str, ...] = (
    "FEMALE_GENITALIA_COVERED",
    "FACE_FEMALE",
    "BUTTOCKS_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_BREAST_EXPOSED",
    "ANUS_EXPOSED",
    "FEET_EXPOSED",
    "BELLY_COVERED",
    "FEET_COVERED",
    "ARMPITS_COVERED",
    "ARMPITS_EXPOSED",
    "FACE_MALE",
    "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "ANUS_COVERED",
    "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
)

# Classes that make an image sexually explicit: the policy's nudity floor keys on these.
EXPLICIT_LABELS = frozenset(
    {
        "FEMALE_GENITALIA_EXPOSED",
        "MALE_GENITALIA_EXPOSED",
        "FEMALE_BREAST_EXPOSED",
        "BUTTOCKS_EXPOSED",
        "ANUS_EXPOSED",
    }
)
# Faces are YuNet's job; NudeNet's face classes are not nudity and are dropped.
IGNORED_LABELS = frozenset({"FACE_FEMALE", "FACE_MALE"})


@dataclass(frozen=True, slots=True)
class Region:
    label: str
    score: float
    box: tuple[int, int, int, int]  # x, y, w, h in pixels of the full image


class NudityModel:
    """The NudeNet session, loaded once from verified bytes; onnxruntime sessions are thread-safe."""

    def __init__(self) -> None:
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            NUDENET.verified_bytes(), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input_name = self._session.get_inputs()[0].name

    def prepare(self, rgb: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.float32], float]:
        """The 1 x 3 x 320 x 320 input and the factor from model pixels back to image pixels."""
        height, width = rgb.shape[:2]
        side = max(height, width)
        scale = INPUT_SIZE / side
        resized_w, resized_h = max(1, round(width * scale)), max(1, round(height * scale))
        canvas = np.zeros((INPUT_SIZE, INPUT_SIZE, 3), dtype=np.uint8)
        canvas[:resized_h, :resized_w] = cv2.resize(
            rgb, (resized_w, resized_h), interpolation=cv2.INTER_LINEAR
        )
        blob = canvas.transpose(2, 0, 1)[np.newaxis].astype(np.float32) * np.float32(1 / 255)
        return np.ascontiguousarray(blob), side / INPUT_SIZE

    def run(self, blob: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        outputs = self._session.run(None, {self._input_name: blob})
        return np.asarray(outputs[0], dtype=np.float32)

    def detect(self, rgb: npt.NDArray[np.uint8], threshold: float) -> list[Region]:
        blob, back = self.prepare(rgb)
        return regions_from_output(self.run(blob), back, rgb.shape[1], rgb.shape[0], threshold)


def regions_from_output(
    output: npt.NDArray[np.float32], back: float, width: int, height: int, threshold: float
) -> list[Region]:
    rows = output[0].T  # candidates x (cx, cy, w, h, 18 class scores)
    class_scores = rows[:, 4:]
    best = class_scores.argmax(axis=1)
    best_score = class_scores[np.arange(len(rows)), best]
    keep = best_score >= _CANDIDATE_SCORE
    rows, best, best_score = rows[keep], best[keep], best_score[keep]
    if len(rows) == 0:
        return []
    x = np.clip((rows[:, 0] - rows[:, 2] / 2) * back, 0, width)
    y = np.clip((rows[:, 1] - rows[:, 3] / 2) * back, 0, height)
    w = np.minimum(rows[:, 2] * back, width - x)
    h = np.minimum(rows[:, 3] * back, height - y)
    boxes = np.stack([x, y, w, h], axis=1)
    picked = cv2.dnn.NMSBoxes(boxes.tolist(), best_score.tolist(), _NMS_SCORE, _NMS_IOU)
    regions: list[Region] = []
    for index in np.asarray(picked, dtype=np.int64).reshape(-1):
        label = LABELS[int(best[index])]
        score = float(best_score[index])
        if label in IGNORED_LABELS or score < threshold:
            continue
        bx, by, bw, bh = boxes[index]
        regions.append(Region(label=label, score=score, box=(int(bx), int(by), int(bw), int(bh))))
    regions.sort(key=lambda r: -r.score)
    return regions
