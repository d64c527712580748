"""Photo or drawing: is a detected face a photograph of a real person, or drawn / anime / rendered?

YuNet finds faces in anime drawings and 3D renders too, so the detector's score says nothing
about it. This is a separate, cheap and explainable signal computed on the 112 x 112 aligned
crop that SFace already needs (no extra model, no second decode): colour and texture
statistics of the inner face, combined by a logistic regression whose coefficients were fitted
with numpy on the development photos and the committed drawings
(``scripts/face_kind_fit.py``; figures in docs/guard-media.md).

It fails safe: a face is ``DRAWN`` only when it is large, sharp, frontal and whole enough to judge
and its photo probability is under a threshold set at half the lowest seen on any development
photo (greyscale, downscaled, posterised, heavily compressed and blurred copies included);
anything else is a ``PHOTO``. A drawing taken for a photo only sends content to review or consent;
a photo taken for a drawing would let a real face through, so that error is the one kept at zero.
Today that leaves crisp anime art on the photo side (docs/guard-media.md, decision 0009).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.image.faces import sharpness, yaw_ratio

FEATURE_NAMES = (
    "colours",  # distinct colours at 4 bits per channel, per pixel: drawings use fewer
    "flat",  # share of pixels with almost no gradient: cel shading is flat
    "shading",  # share of pixels with a soft gradient: skin in a photo shades continuously
    "noise",  # mean |pixel - 3x3 median|: sensor noise and skin texture
    "texture",  # mean |Laplacian| where the gradient is modest: pores, hair, fabric
    "detail",  # finest detail (sigma < 1) over coarser detail (1 < sigma < 3): flat fills have little
    "saturation",  # mean HSV saturation
    "vivid",  # share of saturated pixels with hues no skin or natural hair has (blue, green, purple)
    "chroma_spread",  # std of Lab b*: drawings jump between flat colour areas
    "log_face_px",  # log of the detected face width in the original image
    "boundaries",  # share of pixels on an edge between 4-level colour areas: drawings have fewer, cleaner ones
)


class FaceKind(StrEnum):
    PHOTO = "photo"  # a photograph of a real person (or unsure: the safe default)
    DRAWN = "drawn"  # drawn, painted, anime or rendered


@dataclass(frozen=True, slots=True)
class FaceKindResult:
    kind: FaceKind
    photo_probability: float | None  # the model's estimate; None when the face was not scored (see decidable)


# Fitted by scripts/face_kind_fit.py (standardisation, then weights and bias). Refit and paste
# the printed block when the features change; the test suite re-measures the error rates.
_MEAN = np.array(
    [0.0203902, 0.128002, 0.329011, 2.71572, 7.63152, 0.559679, 0.280953, 0.00508963, 6.71137, 5.11411, 0.34957],
    dtype=np.float64,
)
_SCALE = np.array(
    [0.0115469, 0.116644, 0.106597, 1.53457, 3.95507, 0.17064, 0.153297, 0.0175805, 4.38579, 0.820335, 0.107799],
    dtype=np.float64,
)
_WEIGHTS = np.array(
    [-1.27542, -1.41412, -1.3947, -0.592601, 0.938798, 2.43079, 2.57295, 1.64481, -0.452749, 0.603329, -1.45338],
    dtype=np.float64,
)
_BIAS = 4.04277
DRAWN_BELOW = 0.08103  # photo probability under which a face counts as drawn

# Where the features cannot be trusted, the face stays a photo without being scored: narrower
# than MIN_FACE_PX in the original image (too little detail), blurred (a soft photo loses the very
# texture that tells it from a drawing, and blurring is the cheapest way to try to pass a photo
# off as one), turned away from the camera (the nose off the eyes' midpoint by more than MAX_YAW
# eye distances: profile views look flat), or cut by the image edge (alignment fills the outside
# with black).
MIN_FACE_PX = 24
MIN_SHARPNESS = 60.0  # Laplacian variance of the aligned crop; a photo blurred by 1.5 px scores under 30
MAX_YAW = 0.3
MIN_INSIDE_SHARE = 0.97


def face_features(aligned_bgr: npt.NDArray[np.uint8], face_width: int) -> npt.NDArray[np.float64]:
    """The feature vector (``FEATURE_NAMES`` order) of one 112 x 112 aligned face crop."""
    inner = aligned_bgr[8:104, 16:96]  # eyes to chin, cheek to cheek: little background
    # Alignment fills what lies outside the image with black: leave those pixels out.
    valid = inner.max(axis=2) > 0
    if valid.mean() < 0.5:
        valid = np.ones(valid.shape, dtype=bool)
    gray = cv2.cvtColor(inner, cv2.COLOR_BGR2GRAY)
    grayf = gray.astype(np.float32)
    hsv = cv2.cvtColor(inner, cv2.COLOR_BGR2HSV)
    hue = hsv[..., 0].astype(np.int32)[valid]  # OpenCV hue: 0..179
    sat = hsv[..., 1].astype(np.float32)[valid] / 255.0
    val = hsv[..., 2].astype(np.float32)[valid] / 255.0
    quantised = (inner[valid] // 16).astype(np.int32)
    codes = quantised[:, 0] * 256 + quantised[:, 1] * 16 + quantised[:, 2]
    colours = len(np.unique(codes)) / max(len(codes), 1)
    gx = cv2.Sobel(grayf, cv2.CV_32F, 1, 0)
    gy = cv2.Sobel(grayf, cv2.CV_32F, 0, 1)
    magnitude = np.hypot(gx, gy)[valid]
    flat = float((magnitude < 8).mean())
    shading = float(((magnitude >= 8) & (magnitude < 40)).mean())
    noise = float(np.abs(grayf - cv2.medianBlur(gray, 3).astype(np.float32))[valid].mean())
    laplacian = np.abs(cv2.Laplacian(grayf, cv2.CV_32F))[valid]
    modest = magnitude < 40
    texture = float(laplacian[modest].mean()) if modest.any() else 0.0
    fine = cv2.GaussianBlur(grayf, (0, 0), 1.0)
    coarse = cv2.GaussianBlur(grayf, (0, 0), 3.0)
    fine_energy = float(np.abs(grayf - fine)[valid].mean())
    coarse_energy = float(np.abs(fine - coarse)[valid].mean())
    detail = fine_energy / (coarse_energy + 1e-3)
    vivid = float(((sat > 0.35) & (val > 0.2) & (hue >= 35) & (hue <= 155)).mean())
    lab_b = cv2.cvtColor(inner, cv2.COLOR_BGR2LAB)[..., 2].astype(np.float32)[valid]
    levels = (inner // 64).astype(np.int32)
    code = levels[..., 0] * 16 + levels[..., 1] * 4 + levels[..., 2]
    boundaries = float(((code[:, 1:] != code[:, :-1])[:-1] | (code[1:, :] != code[:-1, :])[:, :-1]).mean())
    return np.array(
        [
            colours,
            flat,
            shading,
            noise,
            texture,
            detail,
            float(sat.mean()),
            vivid,
            float(lab_b.std()),
            float(np.log(max(face_width, 1))),
            boundaries,
        ],
        dtype=np.float64,
    )


def inside_share(aligned_bgr: npt.NDArray[np.uint8]) -> float:
    """The share of the inner aligned crop that came from the image (not the black fill)."""
    return float((aligned_bgr[8:104, 16:96].max(axis=2) > 0).mean())


def decidable(aligned_bgr: npt.NDArray[np.uint8], landmarks: npt.NDArray[np.float64], face_width: int) -> bool:
    """Whether the features can be trusted for this face (see MIN_FACE_PX)."""
    return (
        face_width >= MIN_FACE_PX
        and sharpness(aligned_bgr) >= MIN_SHARPNESS
        and yaw_ratio(landmarks) <= MAX_YAW
        and inside_share(aligned_bgr) >= MIN_INSIDE_SHARE
    )


def photo_probability(features: npt.NDArray[np.float64]) -> float:
    z = (features - _MEAN) / _SCALE
    return float(1.0 / (1.0 + np.exp(-(float(z @ _WEIGHTS) + _BIAS))))


class FaceKindClassifier:
    """Stateless; one instance can serve every thread."""

    def classify(
        self, aligned_bgr: npt.NDArray[np.uint8], landmarks: npt.NDArray[np.float64], face_width: int
    ) -> FaceKindResult:
        """``aligned_bgr``: the 112 x 112 crop SFace embeds; ``landmarks`` and ``face_width`` in
        original-image pixels."""
        if not decidable(aligned_bgr, landmarks, face_width):
            return FaceKindResult(FaceKind.PHOTO, None)
        probability = photo_probability(face_features(aligned_bgr, face_width))
        kind = FaceKind.DRAWN if probability < DRAWN_BELOW else FaceKind.PHOTO
        return FaceKindResult(kind, probability)
