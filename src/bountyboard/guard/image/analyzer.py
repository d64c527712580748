"""``ImageAnalyzer``: one decode, then PDQ, faces (YuNet + SFace) and nudity (NudeNet) on the same pixels.

Raises ``InputRejected`` for anything that cannot be scanned safely; never returns a partial
analysis. Face matching against the registry is not done here (``guard.engine`` does it).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from bountyboard.guard.config import ImageConfig
from bountyboard.guard.errors import EnrollmentRejected
from bountyboard.guard.image.decoding import DecodedImage, decode
from bountyboard.guard.image.face_kind import FaceKind, FaceKindClassifier
from bountyboard.guard.image.faces import FaceModels, align_face, sharpness, yaw_ratio
from bountyboard.guard.image.nudity import EXPLICIT_LABELS, NudityModel
from bountyboard.guard.image.perceptual import compute_pdq
from bountyboard.guard.signals import Signal, SignalKind

FACE_SOURCE = "yunet+sface"
NUDITY_SOURCE = "nudenet-320n"

# Enrolment photos become the templates every later upload is compared with, so a poor one costs
# matches for as long as it is enrolled. Measured on the shared development photos: every labelled
# deepface face passes except img59's profile (yaw 1.29); blurred background faces score under 10.
ENROL_MIN_FACE_PX = 64
ENROL_MIN_SHARPNESS = 15.0
ENROL_MAX_YAW = 0.5


@dataclass(frozen=True, slots=True, eq=False)
class DetectedFace:
    box: tuple[int, int, int, int]  # x, y, w, h
    score: float  # YuNet confidence
    embedding: npt.NDArray[np.float32] = field(repr=False)  # (128,), L2-normalised SFace vector
    kind: FaceKind = FaceKind.PHOTO  # photo of a real person (or unsure), or drawn / rendered
    photo_probability: float | None = None  # the photo-versus-drawing score; None when not scored
    yaw: float = 0.0  # nose offset from the eyes' midpoint, in eye distances (0 = frontal)
    sharpness: float = 0.0  # Laplacian variance of the aligned crop


@dataclass(frozen=True, slots=True)
class NudityRegion:
    label: str  # NudeNet class, e.g. "FEMALE_BREAST_EXPOSED"
    score: float
    box: tuple[int, int, int, int]


@dataclass(frozen=True, slots=True, eq=False)
class ImageAnalysis:
    format: str
    width: int
    height: int
    pdq: str | None  # 64 hex; None when pdq_quality is under ImageConfig.pdq_min_quality
    pdq_quality: int
    pdq_dihedral: tuple[str, ...]  # 8 hashes: original, rot90, rot180, rot270, flips (pdqhash's order)
    md5: str  # of the original bytes
    sha256: str  # of the original bytes
    faces: tuple[DetectedFace, ...]
    nudity: tuple[NudityRegion, ...]
    signals: tuple[Signal, ...]
    clean_bytes: bytes = field(repr=False)


class ImageAnalyzer:
    """Build once per process: the three models load on first use and are then shared by threads."""

    def __init__(self, config: ImageConfig) -> None:
        self.config = config
        self._faces: FaceModels | None = None
        self._nudity: NudityModel | None = None
        self._face_kind = FaceKindClassifier()
        self._load_lock = threading.Lock()

    # -- models, loaded once -------------------------------------------------------------------

    @property
    def face_models(self) -> FaceModels:
        if self._faces is None:
            with self._load_lock:
                if self._faces is None:
                    self._faces = FaceModels(self.config.face_min_score)
        return self._faces

    @property
    def nudity_model(self) -> NudityModel:
        if self._nudity is None:
            with self._load_lock:
                if self._nudity is None:
                    self._nudity = NudityModel()
        return self._nudity

    # -- public API ----------------------------------------------------------------------------

    def analyze(self, data: bytes) -> ImageAnalysis:
        decoded = decode(data, self.config)
        pdq = compute_pdq(decoded.rgb)
        faces = self._faces_in(decoded)
        regions = tuple(
            NudityRegion(label=r.label, score=r.score, box=r.box)
            for r in self.nudity_model.detect(decoded.rgb, self.config.nudity_threshold)
        )
        signals = [
            Signal(
                kind=SignalKind.NUDITY,
                source=NUDITY_SOURCE,
                score=r.score,
                box=r.box,
                label=r.label,
                detail={"explicit": r.label in EXPLICIT_LABELS},
            )
            for r in regions
        ]
        signals += [
            Signal(kind=SignalKind.FACE, source=FACE_SOURCE, score=f.score, box=f.box, detail={"face_kind": f.kind.value})
            for f in faces
        ]
        return ImageAnalysis(
            format=decoded.format,
            width=decoded.width,
            height=decoded.height,
            pdq=pdq.original if pdq.quality >= self.config.pdq_min_quality else None,
            pdq_quality=pdq.quality,
            pdq_dihedral=pdq.dihedral,
            md5=hashlib.md5(data, usedforsecurity=False).hexdigest(),
            sha256=hashlib.sha256(data).hexdigest(),
            faces=faces,
            nudity=regions,
            signals=tuple(signals),
            clean_bytes=decoded.clean_bytes(),
        )

    def faces(self, data: bytes) -> tuple[DetectedFace, ...]:
        """The faces alone (same decode checks, no PDQ or nudity): for enrolment and evaluation."""
        return self._faces_in(decode(data, self.config))

    def embed_single_face(self, data: bytes) -> npt.NDArray[np.float32]:
        """The embedding of the one face in a reference photo; refuses photos with none or several,
        and faces too small, too blurred, turned too far from the camera, or drawn."""
        faces = self.faces(data)
        if not faces:
            raise EnrollmentRejected("no face found", code="no_face")
        if len(faces) > 1:
            raise EnrollmentRejected(
                f"{len(faces)} faces found; a reference photo must show exactly one person",
                code="several_faces",
            )
        face = faces[0]
        if face.box[2] < ENROL_MIN_FACE_PX:
            raise EnrollmentRejected(
                f"the face is {face.box[2]} pixels wide; a reference photo needs at least {ENROL_MIN_FACE_PX}",
                code="face_too_small",
            )
        if face.sharpness < ENROL_MIN_SHARPNESS:
            raise EnrollmentRejected("the face is blurred; use a sharp photo", code="face_blurred")
        if face.yaw > ENROL_MAX_YAW:
            raise EnrollmentRejected(
                "the face is turned away from the camera; use a photo that shows it from the front",
                code="face_turned",
            )
        if face.kind is FaceKind.DRAWN:
            raise EnrollmentRejected(
                "the face looks drawn or rendered; a reference photo must be a photograph", code="face_drawn"
            )
        return face.embedding

    @staticmethod
    def similarity(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> float:
        """Cosine similarity in [-1, 1]; 0 for a zero vector."""
        va = np.asarray(a, dtype=np.float32).reshape(-1)
        vb = np.asarray(b, dtype=np.float32).reshape(-1)
        denominator = float(np.linalg.norm(va)) * float(np.linalg.norm(vb))
        if denominator < 1e-12:
            return 0.0
        return float(np.clip(np.dot(va, vb) / denominator, -1.0, 1.0))

    # -- internals -----------------------------------------------------------------------------

    def _faces_in(self, decoded: DecodedImage) -> tuple[DetectedFace, ...]:
        models = self.face_models
        bgr = np.asarray(cv2.cvtColor(decoded.rgb, cv2.COLOR_RGB2BGR), dtype=np.uint8)
        faces = []
        for found in models.detect(bgr):
            # One aligned crop feeds SFace, the photo-versus-drawing features and the quality checks.
            aligned = align_face(bgr, found.landmarks)
            embedding = models.embed_aligned(aligned)  # also a photo-versus-drawing feature
            kind = self._face_kind.classify(aligned, found.landmarks, found.box[2], embedding)
            faces.append(
                DetectedFace(
                    box=found.box,
                    score=found.score,
                    embedding=embedding,
                    kind=kind.kind,
                    photo_probability=kind.photo_probability,
                    yaw=yaw_ratio(found.landmarks),
                    sharpness=sharpness(aligned),
                )
            )
        return tuple(faces)
