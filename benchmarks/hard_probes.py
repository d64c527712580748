"""The face-quality benchmark's simulated hard probes, made on the photo instead of on SFace's crop.

``bench_face_quality`` degrades the 112 x 112 crop SFace sees. A model that cuts its own crop sees
other pixels: dlib's 150 x 150 chip is about as wide but centred ~17 crop pixels lower, so its chin
would fall outside SFace's crop. To compare models the same damage is done to the photo around the
face, sized by SFace's crop: the dark bars sit where they fall on the crop,
the face is shrunk until the crop is 24 px wide, the blur is 2.5 of the crop's pixels. Aligning the
damaged photo to SFace's template gives (almost) the crop-level probe back: a test checks it.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.image.faces import _SFACE_TEMPLATE, similarity_transform

U8 = npt.NDArray[np.uint8]
F64 = npt.NDArray[np.float64]
CROP_SIDE = 112
# The bars of bench_face_quality._sunglasses, in crop pixels: around the template's eyes, and a bridge.
SUNGLASS_BARS = ((22, 42, 52, 60), (60, 42, 90, 60), (52, 48, 60, 51))
LOW_RESOLUTION_PX = 24
BLUR_SIGMA = 2.5
WINDOW_CROPS = 3.0  # the window kept around a face, in crop widths: dlib's chip and YuNet's box fit well inside


def crop_transform(landmarks: F64) -> tuple[F64, float]:
    """The image-to-crop similarity of ``align_face``, and its scale (crop pixels per image pixel)."""
    matrix = similarity_transform(landmarks, _SFACE_TEMPLATE)
    return matrix, float(np.sqrt(abs(np.linalg.det(matrix[:, :2]))))


def face_window(
    bgr: U8, box: tuple[int, int, int, int], landmarks: F64
) -> tuple[U8, tuple[int, int, int, int], F64]:
    """The part of the photo around the face (``WINDOW_CROPS`` crop widths), with the box and the
    landmarks moved into it: damage is done to this copy, never to the whole photo."""
    matrix, scale = crop_transform(landmarks)
    inverse = cv2.invertAffineTransform(matrix)
    centre = inverse @ np.array([CROP_SIDE / 2, CROP_SIDE / 2, 1.0])
    half = WINDOW_CROPS * CROP_SIDE / scale / 2
    height, width = bgr.shape[:2]
    x0, y0 = max(0, int(centre[0] - half)), max(0, int(centre[1] - half))
    x1, y1 = min(width, int(np.ceil(centre[0] + half))), min(height, int(np.ceil(centre[1] + half)))
    window = np.ascontiguousarray(bgr[y0:y1, x0:x1])
    x, y, w, h = box
    return window, (x - x0, y - y0, w, h), landmarks - np.array([x0, y0], dtype=np.float64)


def _sunglasses(window: U8, landmarks: F64) -> U8:
    matrix, _ = crop_transform(landmarks)
    inverse = cv2.invertAffineTransform(matrix)
    out = window.copy()
    for x0, y0, x1, y1 in SUNGLASS_BARS:
        corners = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], dtype=np.float64)
        polygon = np.round((inverse @ corners.T).T).astype(np.int32)
        cv2.fillConvexPoly(out, polygon, (10, 10, 10))
    return out


def _low_resolution(window: U8, landmarks: F64) -> U8:
    _, scale = crop_transform(landmarks)
    factor = LOW_RESOLUTION_PX * scale / CROP_SIDE  # image pixels -> pixels of a 24 px crop
    if factor >= 1.0:
        return window  # the face is already that small
    height, width = window.shape[:2]
    small = cv2.resize(window, (max(1, round(width * factor)), max(1, round(height * factor))),
                       interpolation=cv2.INTER_AREA)
    return np.asarray(cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR), dtype=np.uint8)


def _blur(window: U8, landmarks: F64) -> U8:
    _, scale = crop_transform(landmarks)
    return np.asarray(cv2.GaussianBlur(window, (0, 0), BLUR_SIGMA / scale), dtype=np.uint8)


# (face window, landmarks in it) -> the damaged window; same names as bench_face_quality.PROBE_CONDITIONS.
PHOTO_CONDITIONS: dict[str, Callable[[U8, F64], U8]] = {
    "as taken": lambda window, landmarks: window,
    "sunglasses": _sunglasses,
    "24 px face": _low_resolution,
    "blurred": _blur,
}
