"""Fit the photo-versus-drawing coefficients of ``guard/image/face_kind.py`` (numpy only).

    PYTHONPATH=src:. python scripts/face_kind_fit.py

Fits a logistic regression on the tune split of ``benchmarks/face_sets.py`` (faces the classifier
does not score, see ``face_kind.decidable``, are left out), sets the drawn threshold at half the
lowest photo probability seen on the tune split (so no tune photo, filtered copies included, is
called drawn, with a margin), and prints the block to paste into face_kind.py. The test split is
only scored by ``python -m benchmarks face_quality``.
"""

from __future__ import annotations

import numpy as np
from benchmarks.face_sets import load_face_samples

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.face_kind import FEATURE_NAMES, decidable, face_features
from bountyboard.guard.image.faces import FaceModels

L2 = 1.0
ITERATIONS = 5000
STEP = 0.2


def fit(features: np.ndarray, is_photo: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-9
    z = (features - mean) / scale
    # Photos outnumber drawings ~5:1: weight the classes equally.
    weight = np.where(is_photo, 0.5 / is_photo.sum(), 0.5 / (~is_photo).sum())
    w, b = np.zeros(z.shape[1]), 0.0
    target = is_photo.astype(np.float64)
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        error = weight * (p - target)
        w -= STEP * (z.T @ error + L2 * w / len(target))
        b -= STEP * float(error.sum())
    return mean, scale, w, b


def main() -> None:
    samples = [
        s
        for s in load_face_samples(FaceModels(ImageConfig().face_min_score))
        if not s.is_test and decidable(s.aligned, s.face.landmarks, s.face.box[2])
    ]
    features = np.stack([face_features(s.aligned, s.face.box[2]) for s in samples])
    is_photo = np.array([s.is_photo for s in samples])
    mean, scale, w, b = fit(features, is_photo)
    probability = 1.0 / (1.0 + np.exp(-(((features - mean) / scale) @ w + b)))
    threshold = float(probability[is_photo].min()) / 2
    drawn_caught = int((probability[~is_photo] < threshold).sum())
    print(f"tune split: {is_photo.sum()} photo faces, {(~is_photo).sum()} drawn faces")
    print(f"drawn caught at threshold {threshold:.4f}: {drawn_caught}/{(~is_photo).sum()}")

    def row(values: np.ndarray) -> str:
        return "[" + ", ".join(f"{v:.6g}" for v in values) + "]"

    print("\n# --- paste into face_kind.py ---")
    print(f"# features: {', '.join(FEATURE_NAMES)}")
    for name, values in (("_MEAN", mean), ("_SCALE", scale), ("_WEIGHTS", w)):
        print(f"{name} = np.array(\n    {row(values)},\n    dtype=np.float64,\n)")
    print(f"_BIAS = {b:.6g}")
    print(f"DRAWN_BELOW = {threshold:.4g}")


if __name__ == "__main__":
    main()
