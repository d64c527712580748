"""``Guard``: one object that loads every model once and screens text, images and model files.

The web app and the CLI both go through this facade; platforms embedding the engine do too.
Each ``scan_*`` returns a report whose ``signals`` can also be pooled across the parts of one
submission (a bounty's text and its reference images) and decided once with ``decide``.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bountyboard.guard.config import GuardConfig
from bountyboard.guard.errors import EnrollmentRejected, GuardError
from bountyboard.guard.image.analyzer import ImageAnalysis, ImageAnalyzer
from bountyboard.guard.image.face_kind import FaceKind
from bountyboard.guard.image.identity import (
    FaceCluster,
    IdentityClusterer,
    SubmissionFace,
    unregistered_face_signals,
)
from bountyboard.guard.index.matchers import FaceMatcher, HashMatcher
from bountyboard.guard.modelfile.scanner import ModelFileAnalyzer
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.store.interfaces import BankStore, HashKind, ProtectedPerson, RegistryStore
from bountyboard.guard.text.detectors.likeness_context import likeness_context_signals
from bountyboard.guard.text.likeness_context import shipped_likeness_context_model
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Verdict

# Kinds that say "this text names or points at a real person"; in a model's training metadata
# such a name means the model itself is a likeness of that person.
_PERSON_KINDS = frozenset({SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.SOCIAL_PROFILE})


@dataclass(frozen=True, slots=True, eq=False)
class FaceReport:
    box: tuple[int, int, int, int]
    score: float  # detector confidence
    person_id: str | None = None
    match_score: float | None = None  # cosine similarity to the matched person
    kind: FaceKind = FaceKind.PHOTO  # photo of a real person (or unsure), or drawn / rendered
    photo_probability: float | None = None  # the photo-versus-drawing score; None when not scored
    # The SFace vector, kept so a submission's faces can be grouped later (``Guard.face_clusters``);
    # a platform stores it with the image's scan, never in an API answer.
    embedding: npt.NDArray[np.float32] | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "box": list(self.box),
            "person_id": self.person_id,
            "score": round(self.score, 4),
            "kind": self.kind.value,
        }
        if self.match_score is not None:
            out["match_score"] = round(self.match_score, 4)
        return out


@dataclass(frozen=True, slots=True)
class TextReport:
    verdict: Verdict
    signals: tuple[Signal, ...]

    def to_json(self) -> dict[str, Any]:
        return self.verdict.to_json()


@dataclass(frozen=True, slots=True)
class ImageReport:
    verdict: Verdict
    signals: tuple[Signal, ...]
    format: str
    width: int
    height: int
    pdq: str | None  # None when the image is too flat for a meaningful hash
    pdq_quality: int
    pdq_dihedral: tuple[str, ...]  # the 8 dihedral variants (rotations and mirrors), pdq first
    md5: str
    sha256: str
    faces: tuple[FaceReport, ...]
    nudity: tuple[dict[str, Any], ...]  # {"label", "score", "box"}
    clean_bytes: bytes = field(repr=False)  # re-encoded without metadata: the only bytes to store

    def to_json(self) -> dict[str, Any]:
        out = self.verdict.to_json()
        out.update(
            {
                "format": self.format,
                "width": self.width,
                "height": self.height,
                "pdq": self.pdq,
                "pdq_quality": self.pdq_quality,
                "md5": self.md5,
                "sha256": self.sha256,
                "faces": [f.to_json() for f in self.faces],
                "nudity": list(self.nudity),
            }
        )
        return out


@dataclass(frozen=True, slots=True)
class ModelReport:
    verdict: Verdict
    signals: tuple[Signal, ...]
    format: str
    metadata: dict[str, Any]
    thumbnails: tuple[ImageReport, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = self.verdict.to_json()
        out.update({"format": self.format, "metadata": self.metadata})
        if self.thumbnails:
            out["thumbnails"] = [t.to_json() for t in self.thumbnails]
        return out


def submission_faces(image_id: str, part: str, report: ImageReport) -> list[SubmissionFace]:
    """The faces of one scanned image, ready to be grouped with the rest of its submission."""
    return [
        SubmissionFace(
            image_id=image_id,
            part=part,
            embedding=face.embedding,
            kind=face.kind,
            person_id=face.person_id,
            box=face.box,
        )
        for face in report.faces
        if face.embedding is not None
    ]


class Guard:
    """Build once per process (models load once); safe to share between threads."""

    def __init__(
        self,
        *,
        registry: RegistryStore,
        banks: BankStore,
        config: GuardConfig | None = None,
        index_dir: Path | None = None,
    ) -> None:
        self.config = config or GuardConfig()
        self.registry = registry
        self.banks = banks
        self.policy = Policy()
        self.text = TextScanner(self.config.text)
        self.images = ImageAnalyzer(self.config.image)
        self.models = ModelFileAnalyzer(self.config.model)
        self.hashes = HashMatcher(banks, index_dir / "banks" if index_dir else None)
        self.faces = FaceMatcher(registry, index_dir / "faces" if index_dir else None)
        self._persons_revision: int | None = None
        self._persons_lock = threading.Lock()

    @classmethod
    def open(cls, store_dir: Path, *, config: GuardConfig | None = None, create: bool = False) -> Guard:
        """The engine over a store directory (``guard.store.sqlite.SqliteStore``).

        Raises ``StoreError`` when the directory does not exist and ``create`` is false.
        """
        from bountyboard.guard.store.sqlite import SqliteStore

        store = SqliteStore.open(store_dir, create=create)
        return cls(registry=store, banks=store, config=config, index_dir=store_dir / "index")

    # -- text -----------------------------------------------------------------------------------

    def scan_text(self, text: str, *, consented_person_ids: Iterable[str] = ()) -> TextReport:
        signals = tuple(self.text_signals(text))
        return TextReport(verdict=self.decide(signals, consented_person_ids=consented_person_ids), signals=signals)

    def text_signals(self, text: str) -> list[Signal]:
        self._refresh_persons()
        return self.text.scan(text)

    # -- images ---------------------------------------------------------------------------------

    def scan_image(self, data: bytes, *, consented_person_ids: Iterable[str] = ()) -> ImageReport:
        analysis = self.images.analyze(data)
        signals, faces = self._image_signals(analysis)
        verdict = self.decide(signals, consented_person_ids=consented_person_ids)
        return ImageReport(
            verdict=verdict,
            signals=tuple(signals),
            format=analysis.format,
            width=analysis.width,
            height=analysis.height,
            pdq=analysis.pdq,
            pdq_quality=analysis.pdq_quality,
            pdq_dihedral=tuple(analysis.pdq_dihedral),
            md5=analysis.md5,
            sha256=analysis.sha256,
            faces=tuple(faces),
            nudity=tuple(
                {"label": r.label, "score": round(float(r.score), 4), "box": list(r.box)} for r in analysis.nudity
            ),
            clean_bytes=analysis.clean_bytes,
        )

    def _image_signals(self, analysis: ImageAnalysis) -> tuple[list[Signal], list[FaceReport]]:
        signals = [s for s in analysis.signals if s.kind is not SignalKind.FACE]
        faces: list[FaceReport] = []
        for face in analysis.faces:
            match = self.faces.match(face.embedding, threshold=self.config.image.face_match_threshold)
            faces.append(
                FaceReport(
                    box=face.box,
                    score=float(face.score),
                    person_id=match.person_id if match else None,
                    match_score=float(match.score) if match else None,
                    kind=face.kind,
                    photo_probability=face.photo_probability,
                    embedding=face.embedding,
                )
            )
            detail: dict[str, Any] = {"face_kind": face.kind.value}
            if match:
                detail["verified"] = match.verified
            signals.append(
                Signal(
                    kind=SignalKind.FACE,
                    source="yunet+sface",
                    score=float(match.score) if match else float(face.score),
                    box=face.box,
                    person_id=match.person_id if match else None,
                    detail=detail,
                )
            )
        signals += self.bank_signals(
            sha256=analysis.sha256,
            md5=analysis.md5,
            pdq_dihedral=analysis.pdq_dihedral if analysis.pdq is not None else (),
            pdq_quality=analysis.pdq_quality,
        )
        return signals, faces

    def bank_signals(
        self, *, sha256: str = "", md5: str = "", pdq_dihedral: Sequence[str] = (), pdq_quality: int = 0
    ) -> list[Signal]:
        """One ``hash_match`` signal per bank holding these hashes (the closest hit), against the
        banks as they are now: also used to check a finished scan again just before its verdict is
        committed, so a hash banked during the scan (a takedown) still blocks it."""
        hits: list[Any] = []
        if sha256:
            hits += self.hashes.match_exact(HashKind.SHA256, sha256)
        if md5:
            hits += self.hashes.match_exact(HashKind.MD5, md5)
        if pdq_dihedral and pdq_quality >= self.config.index.pdq_min_quality:
            hits += self.hashes.match_pdq(list(pdq_dihedral))
        best: dict[str, Any] = {}
        for hit in hits:
            if hit.bank not in best or hit.distance < best[hit.bank].distance:
                best[hit.bank] = hit
        return [
            Signal(
                kind=SignalKind.HASH_MATCH,
                source=f"bank:{hit.bank}",
                label=hit.bank,
                detail={"hash_kind": str(hit.kind), "distance": hit.distance, "case_id": hit.case_id},
            )
            for hit in best.values()
        ]

    # -- faces across the images of one submission ----------------------------------------------

    def face_clusters(self, faces: Sequence[SubmissionFace]) -> list[FaceCluster]:
        """The photographic faces of one submission grouped by identity (drawn faces left out).

        Build ``faces`` with ``submission_faces(image_id, part, report)`` for every image of the
        submission (or from stored embeddings, kinds and person ids of earlier scans).
        """
        return IdentityClusterer(self.config.image.face_cluster_threshold).cluster(faces)

    def submission_face_signals(self, faces: Sequence[SubmissionFace], *, bounty_type: str) -> list[Signal]:
        """``UNREGISTERED_FACE`` signals for the submission; pool them with its other signals in ``decide``."""
        return unregistered_face_signals(self.face_clusters(faces), bounty_type=bounty_type)

    # -- the whole request ----------------------------------------------------------------------

    def request_likeness_signals(self, text: str) -> list[Signal]:
        """The learned reading of a whole request (decision 0053) whose parts were scanned apart, whatever
        ``config.text.likeness_context`` says of text scans: pool it with the parts' signals in ``decide``.
        No signal when the text is too short to read (``likeness_context.MIN_WORDS``)."""
        return likeness_context_signals(shipped_likeness_context_model(), text)

    # -- model files ----------------------------------------------------------------------------

    def scan_model(self, path: Path, *, consented_person_ids: Iterable[str] = ()) -> ModelReport:
        analysis = self.models.analyze(path)
        signals: list[Signal] = []
        for field_name, text in analysis.texts:
            found = self.text_signals(text)
            styles = [s.span for s in found if s.kind is SignalKind.STYLE_REFERENCE]
            for signal in found:
                signals.append(dataclasses.replace(signal, detail={**signal.detail, "field": field_name}))
                # A model trained on someone's name is a model of that person: the name is the intent.
                if signal.kind in _PERSON_KINDS and signal.span not in styles:
                    signals.append(
                        Signal(
                            kind=SignalKind.LIKENESS_INTENT,
                            source="modelfile:training-metadata",
                            text=signal.text,
                            label=signal.label,
                            person_id=signal.person_id,
                            detail={"field": field_name},
                        )
                    )
        thumbnails: list[ImageReport] = []
        for thumbnail in analysis.thumbnails:
            report = self.scan_image(thumbnail, consented_person_ids=consented_person_ids)
            thumbnails.append(report)
            signals.extend(dataclasses.replace(s, detail={**s.detail, "field": "thumbnail"}) for s in report.signals)
        verdict = self.decide(signals, consented_person_ids=consented_person_ids)
        return ModelReport(
            verdict=verdict,
            signals=tuple(signals),
            format=analysis.format,
            metadata=dict(analysis.metadata),
            thumbnails=tuple(thumbnails),
        )

    # -- decisions and enrolment ----------------------------------------------------------------

    def decide(self, signals: Sequence[Signal], *, consented_person_ids: Iterable[str] = ()) -> Verdict:
        """One verdict over the pooled signals of several parts (a bounty's text and images)."""
        return self.policy.decide(signals, consented_person_ids=frozenset(consented_person_ids))

    def enroll(self, person: ProtectedPerson, photos: Sequence[bytes]) -> list[str]:
        """Store the person and one embedding per photo; photos themselves are never stored.

        Every photo is embedded before anything is written, so a refused photo (no face, several
        faces, not an image) leaves the store as it was.
        """
        if not photos:
            raise EnrollmentRejected("at least one reference photo is needed", code="no_photos")
        vectors = []
        for number, photo in enumerate(photos, start=1):
            try:
                vectors.append(self.images.embed_single_face(photo))
            except EnrollmentRejected as exc:
                raise EnrollmentRejected(f"photo {number}: {exc.detail}", code=exc.code) from exc
            except GuardError as exc:
                raise EnrollmentRejected(f"photo {number}: {exc.detail}", code=exc.code) from exc
        self.registry.person_put(person)
        return [self.registry.embedding_add(person.person_id, vector) for vector in vectors]

    def _refresh_persons(self) -> None:
        revision = self.registry.revision()
        if revision == self._persons_revision:
            return
        with self._persons_lock:
            if revision != self._persons_revision:
                self.text.set_protected_persons(self.registry.person_list())
                self._persons_revision = revision
