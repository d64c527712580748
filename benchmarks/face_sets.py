"""The face sets the face-quality benchmark and the photo-versus-drawing fit share.

Photos: the shared development photos (``faces/deepface`` and ``faces/negatives`` only; the
``faces/face_recognition`` photos are reserved for evaluation and never read here), each also as
a greyscale copy, a copy downscaled to a quarter of its pixels then JPEG-compressed (q60), a copy
posterised to 4 levels per channel, a copy JPEG-compressed at q10, and its aligned faces blurred by
1 px, so the photo-versus-drawing decision is fitted against the photos most like drawings (and the
cheap filters someone might use to pass a photo off as a drawing).
Drawings: ``guard/tests/data/drawn`` (provenance in its README).

Split, fixed before fitting: a photo is in the test split when its file name's SHA-1 is 0 mod 3
(all its copies go with it); drawings are split by source, so near-identical drawings never sit
on both sides (test: the animeGAN interpolation grid, the Ren'Py Sylvie sprites, the MakeHuman
cheek/eye/skin renders, the ComfyUI examples' recurring fox-eared girl, the controlnet_aux
example, the sd-webui-controlnet and InvokeAI crops, and from the third round the style2paints
and LivePortrait crops; tune: the rest, Pepper&Carrot, the ComfyUI examples' other characters, the
krita-ai-diffusion, ControlNet and IC-Light crops, and the AnimateDiff, cloneofsimo/lora and
SadTalker crops of the third round included).
"""

from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.decoding import decode
from bountyboard.guard.image.faces import FaceModels, FoundFace, align_face

REPO = Path(__file__).resolve().parents[1]
DRAWN_DIR = REPO / "src" / "bountyboard" / "guard" / "tests" / "data" / "drawn"
DEV_PHOTO_FOLDERS = ("deepface", "negatives")  # never face_recognition/: reserved for evaluation
_DRAWN_TEST_PREFIXES = (
    "animegan_fake_transition",
    "renpy_sylvie",
    "mh_cheek",
    "mh_eyes",
    "mh_skin",
    "comfy_foxgirl",
    "cnaux",
    "mikubill_",
    "invoke_",
    "style2paints_",
    "liveportrait_",
)


def shared_faces_dir() -> Path:
    root = Path(os.environ.get("BOUNTYBOARD_SHARED_DATA", REPO.parent.parent / "shared" / "data"))
    return root / "faces"


@dataclass(frozen=True, slots=True, eq=False)
class FaceSample:
    source: str  # "deepface/img1.jpg", "drawn/mh_head_head-oval.png"
    variant: str  # "original", "grey", "small"
    identity: str  # deepface identity of the photo's labelled person, "" otherwise
    is_photo: bool
    is_test: bool
    face: FoundFace
    aligned: npt.NDArray[np.uint8]  # 112 x 112 BGR, as SFace sees it
    largest: bool  # the largest face of its image (the labelled person in deepface photos)


def photo_in_test(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0


def _variants(bgr: npt.NDArray[np.uint8]) -> list[tuple[str, npt.NDArray[np.uint8]]]:
    grey = cv2.cvtColor(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    height, width = bgr.shape[:2]
    small = cv2.resize(bgr, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    ok, jpeg = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 60])
    small = cv2.imdecode(jpeg, cv2.IMREAD_COLOR) if ok else small
    posterised = (bgr // 64) * 64 + 32  # 4 levels per channel: flat colour areas, like a drawing
    ok, jpeg = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 10])
    blocky = cv2.imdecode(jpeg, cv2.IMREAD_COLOR) if ok else bgr
    return [
        ("original", bgr),
        ("grey", np.asarray(grey, dtype=np.uint8)),
        ("small", np.asarray(small, dtype=np.uint8)),
        ("posterised", np.asarray(posterised, dtype=np.uint8)),
        ("jpeg q10", np.asarray(blocky, dtype=np.uint8)),
    ]


def _faces(models: FaceModels, bgr: npt.NDArray[np.uint8]) -> list[tuple[FoundFace, npt.NDArray[np.uint8], bool]]:
    found = models.detect(bgr)
    if not found:
        return []
    largest = max(found, key=lambda f: f.box[2] * f.box[3])
    return [(f, align_face(bgr, f.landmarks), f is largest) for f in found]


def _kmeans_colours(bgr: npt.NDArray[np.uint8], colours: int) -> npt.NDArray[np.uint8]:
    pixels = bgr.reshape(-1, 3).astype(np.float32)
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 10, 1.0)
    _, labels, centres = cv2.kmeans(pixels, colours, None, criteria, 1, cv2.KMEANS_PP_CENTERS)
    return np.asarray(centres.astype(np.uint8)[labels.ravel()].reshape(bgr.shape), dtype=np.uint8)


def _cartoon(bgr: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    colour = bgr
    for _ in range(4):
        colour = cv2.bilateralFilter(colour, 9, 75, 75)
    grey = cv2.medianBlur(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), 7)
    edges = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 9, 2)
    return np.asarray(cv2.bitwise_and(colour, colour, mask=edges), dtype=np.uint8)


UNFITTED_MAX_SIDE = 800  # the filters cost seconds on a 1600 px photo; pictures shared online are smaller


def _unfitted_variants(bgr: npt.NDArray[np.uint8]) -> list[tuple[str, npt.NDArray[np.uint8]]]:
    """Filters that make a photo look drawn and that the fit never sees: the benchmark measures them
    (on a copy at most ``UNFITTED_MAX_SIDE`` pixels on its longest side)."""
    scale = min(1.0, UNFITTED_MAX_SIDE / max(bgr.shape[:2]))
    if scale < 1.0:
        size = (round(bgr.shape[1] * scale), round(bgr.shape[0] * scale))
        bgr = np.asarray(cv2.resize(bgr, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    return [
        ("stylised", np.asarray(cv2.stylization(bgr, sigma_s=60, sigma_r=0.45), dtype=np.uint8)),
        ("pencil", np.asarray(cv2.pencilSketch(bgr, sigma_s=60, sigma_r=0.07, shade_factor=0.05)[1], dtype=np.uint8)),
        ("edge-preserving", np.asarray(cv2.edgePreservingFilter(bgr, flags=1, sigma_s=60, sigma_r=0.4), dtype=np.uint8)),
        ("8 colours", _kmeans_colours(bgr, 8)),
        ("cartoon", _cartoon(bgr)),
    ]


UNFITTED_VARIANTS = ("stylised", "pencil", "edge-preserving", "8 colours", "cartoon")


def _bgr(path: Path, config: ImageConfig) -> npt.NDArray[np.uint8]:
    rgb = decode(path.read_bytes(), config).rgb
    return np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), dtype=np.uint8)


def load_face_samples(
    models: FaceModels, *, photo_variants: bool = True, unfitted_filters: bool = False
) -> list[FaceSample]:
    """``unfitted_filters`` adds the ``UNFITTED_VARIANTS`` copies of every photo (never for fitting)."""
    config = ImageConfig()
    samples: list[FaceSample] = []
    faces_dir = shared_faces_dir()
    for folder in DEV_PHOTO_FOLDERS:
        with (faces_dir / folder / "labels.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            bgr = _bgr(faces_dir / folder / row["file"], config)
            test = photo_in_test(row["file"])
            variants = _variants(bgr) if photo_variants else [("original", bgr)]
            if unfitted_filters:
                variants += _unfitted_variants(bgr)
            for variant, image in variants:
                for face, aligned, largest in _faces(models, image):
                    source = f"{folder}/{row['file']}"
                    samples.append(FaceSample(source, variant, row["identity"], True, test, face, aligned, largest))
                    if photo_variants and variant == "original":
                        blurred = np.asarray(cv2.GaussianBlur(aligned, (0, 0), 1.0), dtype=np.uint8)
                        samples.append(
                            FaceSample(source, "blurred", row["identity"], True, test, face, blurred, largest)
                        )
    for path in sorted(DRAWN_DIR.iterdir()):
        if path.suffix.lower() not in (".png", ".jpg"):
            continue
        test = path.name.startswith(_DRAWN_TEST_PREFIXES)
        for face, aligned, largest in _faces(models, _bgr(path, config)):
            samples.append(FaceSample(f"drawn/{path.name}", "original", "", False, test, face, aligned, largest))
    return samples
