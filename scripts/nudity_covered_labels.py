"""NudeNet's "covered" labels on the shared development photos: how often, at which scores.

    PYTHONPATH=src:. python scripts/nudity_covered_labels.py

Reads ``faces/deepface`` and ``faces/negatives`` only (``faces/face_recognition`` is reserved for
evaluation), split into tune and test halves as ``benchmarks/face_sets.py`` splits them, plus the
committed drawings. Every one of these images is safe for work (clothed people), so every
detection printed here is a label the policy reads as sexual on a clothed picture. For each
covered label: the images it appears on and, per candidate threshold, how many of them it would
still rate r. The data behind decision 0018; nothing here changes the guard.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from benchmarks.face_sets import DEV_PHOTO_FOLDERS, DRAWN_DIR, photo_in_test, shared_faces_dir

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.decoding import decode
from bountyboard.guard.image.nudity import NudityModel
from bountyboard.guard.policy import NUDITY_EXPLICIT, NUDITY_MILD, NUDITY_SUGGESTIVE

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
LOWEST = 0.25  # NudeNet's own NMS cut: show what sits just under the shipped 0.5 too


def main() -> None:
    config, detector = ImageConfig(), NudityModel()
    images: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for folder in DEV_PHOTO_FOLDERS:
        with (shared_faces_dir() / folder / "labels.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                split = "test" if photo_in_test(row["file"]) else "tune"
                images[f"photos {split}"].append((f"{folder}/{row['file']}", shared_faces_dir() / folder / row["file"]))
    images["drawings"] = [(p.name, p) for p in sorted(DRAWN_DIR.iterdir()) if p.suffix in (".png", ".jpg")]
    sexual = NUDITY_EXPLICIT | NUDITY_SUGGESTIVE | NUDITY_MILD
    for group, chosen in images.items():
        best: dict[str, dict[str, float]] = defaultdict(dict)  # label -> image -> its best score
        for name, path in chosen:
            for region in detector.detect(decode(path.read_bytes(), config).rgb, LOWEST):
                if region.label in sexual:
                    best[region.label][name] = max(region.score, best[region.label].get(name, 0.0))
        print(f"{group}: {len(chosen)} images")
        for label in sorted(best):
            scores = best[label]
            counts = ", ".join(f">={t}: {sum(s >= t for s in scores.values())}" for t in THRESHOLDS)
            listed = ", ".join(f"{n} {s:.2f}" for n, s in sorted(scores.items(), key=lambda kv: -kv[1]) if s >= 0.4)
            print(f"  {label:24s} images {counts}  [{listed}]")


if __name__ == "__main__":
    main()
