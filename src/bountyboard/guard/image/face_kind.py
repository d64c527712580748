"""Photo or drawing: is a detected face a photograph of a real person, or drawn / anime / rendered?

YuNet finds faces in anime drawings and 3D renders too, so the detector's score says nothing
about it. This is a separate, cheap and explainable signal on what the analyzer already has for
each face (no extra model, no second decode): colour and texture statistics of the 112 x 112
aligned crop SFace embeds, how much relief the nose has, how few colours cover most of the face,
and where SFace's own embedding lies along the direction that separates the tune split's drawn
faces from its photo faces. A logistic regression over those fourteen numbers turns them into a
photo probability; its coefficients, the direction and the threshold live in
``guard/data/face_kind/model.json``, written by ``scripts/face_kind_fit.py`` from the tune split
only (decisions 0017 and 0029; figures in docs/guard-media.md).

It fails safe: a face is ``DRAWN`` only when it is large, sharp, frontal and whole enough to judge
and its photo probability is under a threshold set at a fraction of the lowest seen on any tune
photo (greyscale, downscaled, posterised, heavily compressed and blurred copies included), with
photos weighted more than drawings in the fit; anything else is a ``PHOTO``. A drawing taken for a
photo only sends content to review or consent; a photo taken for a drawing would let a real face
through, so that error is the one kept at zero.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.image.faces import EMBEDDING_SIZE, sharpness, yaw_ratio

TEXTURE_FEATURES = (
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
    "nose_relief",  # gradient around the nose over the face's mean gradient: anime draws almost no nose
    "colour_flatness",  # share of pixels in the 8 commonest colours at 3 bits per channel: flat fills and line art
)
FEATURE_NAMES = (
    *TEXTURE_FEATURES,
    # The normalised SFace embedding projected on the tune split's drawn-versus-photo direction (a
    # regularised linear discriminant, decision 0029). SFace was trained on photos; drawings land in
    # their own part of its space, and the cheap filters (posterising, compression) move a photo's
    # texture, not its identity vector.
    "drawn_axis",
)


class FaceKind(StrEnum):
    PHOTO = "photo"  # a photograph of a real person (or unsure: the safe default)
    DRAWN = "drawn"  # drawn, painted, anime or rendered


@dataclass(frozen=True, slots=True)
class FaceKindResult:
    kind: FaceKind
    photo_probability: float | None  # the model's estimate; None when the face was not scored (see decidable)


MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "face_kind" / "model.json"


@dataclass(frozen=True, slots=True, eq=False)
class FaceKindModel:
    """The fitted logistic regression (written by ``scripts/face_kind_fit.py``, see decision 0017):
    standardisation, weights and bias over ``FEATURE_NAMES``, the SFace direction behind
    ``drawn_axis``, and ``drawn_below``, the photo probability under which a face is drawn."""

    mean: npt.NDArray[np.float64]
    scale: npt.NDArray[np.float64]
    weights: npt.NDArray[np.float64]
    bias: float
    drawn_below: float
    drawn_axis: npt.NDArray[np.float64]  # EMBEDDING_SIZE numbers

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> FaceKindModel:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if tuple(raw["features"]) != FEATURE_NAMES:
            raise ValueError(
                f"{path}: fitted on features {raw['features']}, the code computes {FEATURE_NAMES}"
            )

        def vector(key: str, size: int) -> npt.NDArray[np.float64]:
            values = np.asarray(raw[key], dtype=np.float64)
            if values.shape != (size,) or not np.isfinite(values).all():
                raise ValueError(f"{path}: {key} must be {size} finite numbers")
            return values

        n = len(FEATURE_NAMES)
        return cls(
            mean=vector("mean", n),
            scale=vector("scale", n),
            weights=vector("weights", n),
            bias=float(raw["bias"]),
            drawn_below=float(raw["drawn_below"]),
            drawn_axis=vector("drawn_axis", EMBEDDING_SIZE),
        )

    def features(
        self, aligned_bgr: npt.NDArray[np.uint8], face_width: int, embedding: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.float64]:
        """The ``FEATURE_NAMES`` vector of one face."""
        return np.append(texture_features(aligned_bgr, face_width), self.axis_position(embedding))

    def axis_position(self, embedding: npt.NDArray[np.float32] | npt.NDArray[np.float64]) -> float:
        """``drawn_axis``: the unit-length embedding's projection on the drawn-versus-photo direction."""
        vector = np.asarray(embedding, dtype=np.float64).reshape(-1)
        return float(vector @ self.drawn_axis) / (float(np.linalg.norm(vector)) + 1e-12)

    def photo_probability(self, features: npt.NDArray[np.float64]) -> float:
        z = (features - self.mean) / self.scale
        return float(1.0 / (1.0 + np.exp(-(float(z @ self.weights) + self.bias))))


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


def texture_features(aligned_bgr: npt.NDArray[np.uint8], face_width: int) -> npt.NDArray[np.float64]:
    """The ``TEXTURE_FEATURES`` of one 112 x 112 aligned face crop."""
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
    full_magnitude = np.hypot(gx, gy)
    magnitude = full_magnitude[valid]
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
    # The nose tip sits at (56, 72) in the aligned crop; ``inner`` starts at (16, 8).
    nose_relief = float(full_magnitude[48:72, 30:50].mean()) / (float(magnitude.mean()) + 1e-3)
    coarse = quantised // 2  # 3 bits per channel
    coarse_codes = coarse[:, 0] * 64 + coarse[:, 1] * 8 + coarse[:, 2]
    commonest = np.sort(np.bincount(coarse_codes, minlength=512))[::-1][:8]
    colour_flatness = float(commonest.sum()) / max(len(coarse_codes), 1)
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
            nose_relief,
            colour_flatness,
        ],
        dtype=np.float64,
    )


def inside_share(aligned_bgr: npt.NDArray[np.uint8]) -> float:
    """The share of the inner aligned crop that came from the image (not the black fill)."""
    return float((aligned_bgr[8:104, 16:96].max(axis=2) > 0).mean())


def decidable(
    aligned_bgr: npt.NDArray[np.uint8], landmarks: npt.NDArray[np.float64], face_width: int
) -> bool:
    """Whether the features can be trusted for this face (see MIN_FACE_PX)."""
    return (
        face_width >= MIN_FACE_PX
        and sharpness(aligned_bgr) >= MIN_SHARPNESS
        and yaw_ratio(landmarks) <= MAX_YAW
        and inside_share(aligned_bgr) >= MIN_INSIDE_SHARE
    )


class FaceKindClassifier:
    """Read-only after construction; one instance can serve every thread."""

    def __init__(self, model: FaceKindModel | None = None) -> None:
        self.model = model or FaceKindModel.load()

    def classify(
        self,
        aligned_bgr: npt.NDArray[np.uint8],
        landmarks: npt.NDArray[np.float64],
        face_width: int,
        embedding: npt.NDArray[np.float32],
    ) -> FaceKindResult:
        """``aligned_bgr``: the 112 x 112 crop SFace embeds; ``embedding``: SFace's vector of it;
        ``landmarks`` and ``face_width`` in original-image pixels."""
        if not decidable(aligned_bgr, landmarks, face_width):
            return FaceKindResult(FaceKind.PHOTO, None)
        probability = self.model.photo_probability(self.model.features(aligned_bgr, face_width, embedding))
        kind = FaceKind.DRAWN if probability < self.model.drawn_below else FaceKind.PHOTO
        return FaceKindResult(kind, probability)
