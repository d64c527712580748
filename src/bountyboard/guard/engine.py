"""``Guard``: one object that loads every model once and screens text, images and model files.

The web app and the CLI both go through this facade; platforms embedding the engine do too.
Each ``scan_*`` returns a report whose ``signals`` can also be pooled across the parts of one
submission (a bounty's text and its reference images) and decided once with ``decide``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bountyboard.guard.config import GuardConfig
from bountyboard.guard.signals import Signal
from bountyboard.guard.store.interfaces import BankStore, ProtectedPerson, RegistryStore
from bountyboard.guard.verdict import Verdict


@dataclass(frozen=True, slots=True)
class FaceReport:
    box: tuple[int, int, int, int]
    score: float  # detector confidence
    person_id: str | None = None
    match_score: float | None = None  # cosine similarity to the matched person

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"box": list(self.box), "person_id": self.person_id, "score": round(self.score, 4)}
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


class Guard:
    """Build once per process; it is safe to share between threads for reads."""

    def __init__(
        self,
        *,
        registry: RegistryStore,
        banks: BankStore,
        config: GuardConfig | None = None,
        index_dir: Path | None = None,
    ) -> None:
        raise NotImplementedError  # filled in when the scanners land

    @classmethod
    def open(cls, store_dir: Path, *, config: GuardConfig | None = None) -> Guard:
        """The engine over a store directory (``guard.store.sqlite.SqliteStore``)."""
        raise NotImplementedError

    def scan_text(self, text: str, *, consented_person_ids: Iterable[str] = ()) -> TextReport:
        raise NotImplementedError

    def scan_image(self, data: bytes, *, consented_person_ids: Iterable[str] = ()) -> ImageReport:
        """Raises ``InputRejected`` for input that cannot be decoded safely."""
        raise NotImplementedError

    def scan_model(self, path: Path, *, consented_person_ids: Iterable[str] = ()) -> ModelReport:
        """Raises ``InputRejected`` for pickles and malformed safetensors."""
        raise NotImplementedError

    def decide(self, signals: Sequence[Signal], *, consented_person_ids: Iterable[str] = ()) -> Verdict:
        """One verdict over the pooled signals of several parts."""
        raise NotImplementedError

    def enroll(self, person: ProtectedPerson, photos: Sequence[bytes]) -> list[str]:
        """Store the person and one embedding per photo (photos are never stored).

        Raises ``EnrollmentRejected`` naming the photo when one has no face or several faces;
        in that case nothing is written.
        """
        raise NotImplementedError
