"""Who appears in a submission: the photographic faces of its images, grouped by identity.

A submission is every image a poster puts behind one piece of work: a bounty's reference images,
an entry's samples, the images inside a dataset, a model's thumbnails. The abuse this catches
needs no name: "a LoRA of her, photos attached". One unknown face is anybody; the same unknown
face in two images of one submission (or in a bounty's references and an entry's samples) is a
real person the work is about.

Faces are grouped by single linkage: two faces join when their SFace cosine is at least
``ImageConfig.face_cluster_threshold`` (0.38, below the registry's match threshold: decision
0020), strongest pairs first, except that two faces of one image never end up in one group. Single linkage errs towards
merging, and a wrong merge only asks for consent or review; a wrong split would let a repeated
face pass as two strangers. Drawn and rendered faces (``FaceKind.DRAWN``) are not
people and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bountyboard.guard.image.face_kind import FaceKind
from bountyboard.guard.signals import Signal, SignalKind

IDENTITY_SOURCE = "sface-clusters"

# Bounty types whose work is a likeness of whoever the images show: a model (checkpoint, LoRA,
# embedding), a dataset, or images made to order. A single unknown real face in one of these goes
# to review; in a captioning or workflow bounty it is only material.
LIKENESS_BOUNTY_TYPES = frozenset({"checkpoint", "lora", "embedding", "dataset", "image"})


@dataclass(frozen=True, slots=True, eq=False)
class SubmissionFace:
    """One detected face of one image of a submission, as ``Guard.scan_image`` reported it."""

    image_id: str  # the caller's id for the image (a file id); faces of one image share it
    part: str  # which side it came from: "reference", "sample", "dataset", "thumbnail", ...
    embedding: npt.NDArray[np.float32] = field(repr=False)  # (128,) SFace vector
    kind: FaceKind = FaceKind.PHOTO
    person_id: str | None = None  # the registered person it matched, if any
    box: tuple[int, int, int, int] | None = None


@dataclass(frozen=True, slots=True, eq=False)
class FaceCluster:
    """The photographic faces of a submission judged to be one person."""

    faces: tuple[SubmissionFace, ...]

    @property
    def image_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.image_id for f in self.faces))

    @property
    def images(self) -> int:
        """In how many distinct images of the submission this person appears."""
        return len(self.image_ids)

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(sorted({f.part for f in self.faces}))

    @property
    def person_ids(self) -> tuple[str, ...]:
        """Registered persons any of its faces matched (normally none or one)."""
        return tuple(dict.fromkeys(f.person_id for f in self.faces if f.person_id is not None))

    @property
    def registered(self) -> bool:
        return bool(self.person_ids)

    @property
    def repeated(self) -> bool:
        """In two or more images, or on both sides of a submission (references and samples)."""
        return self.images >= 2 or len(self.parts) >= 2


class IdentityClusterer:
    """Groups faces by identity; stateless apart from its threshold."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold

    def cluster(self, faces: Sequence[SubmissionFace]) -> list[FaceCluster]:
        """Clusters of the photographic faces, largest first (drawn faces are left out)."""
        photos = [f for f in faces if f.kind is FaceKind.PHOTO]
        if not photos:
            return []
        vectors = np.stack([np.asarray(f.embedding, dtype=np.float32).reshape(-1) for f in photos])
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.maximum(norms, 1e-12)
        similar = (vectors @ vectors.T) >= self.threshold
        # Faces matched to one registered person are that person whatever their scores say.
        for i, face in enumerate(photos):
            for j in range(i + 1, len(photos)):
                if face.person_id is not None and face.person_id == photos[j].person_id:
                    similar[i, j] = similar[j, i] = True
        # Strongest pairs first; two groups never join when they hold faces of one image (two faces
        # in one photo are two people: that stops crowds of small, alike faces chaining together).
        group = list(range(len(photos)))
        members: dict[int, list[int]] = {i: [i] for i in range(len(photos))}
        images: dict[int, set[str]] = {i: {f.image_id} for i, f in enumerate(photos)}
        scores = vectors @ vectors.T
        pairs = sorted(zip(*np.nonzero(np.triu(similar, k=1)), strict=True), key=lambda p: -float(scores[p]))
        for i, j in pairs:
            keep, merge = group[int(i)], group[int(j)]
            if keep == merge or images[keep] & images[merge]:
                continue
            for k in members[merge]:
                group[k] = keep
            members[keep] += members.pop(merge)
            images[keep] |= images.pop(merge)
        clusters = [FaceCluster(tuple(photos[k] for k in ks)) for ks in members.values()]
        return sorted(clusters, key=lambda c: (-c.images, -len(c.faces)))


def unregistered_face_signals(clusters: Sequence[FaceCluster], *, bounty_type: str) -> list[Signal]:
    """One ``UNREGISTERED_FACE`` signal per cluster nobody in the registry matched.

    The policy (``guard.policy``) reads ``detail``: ``repeated`` (two or more images, or both
    sides of the submission), ``images``, ``parts`` and ``likeness_work`` (the bounty type makes
    a likeness of whoever the images show).
    """
    likeness_work = bounty_type in LIKENESS_BOUNTY_TYPES
    return [
        Signal(
            kind=SignalKind.UNREGISTERED_FACE,
            source=IDENTITY_SOURCE,
            label=f"unregistered face {number}",
            box=cluster.faces[0].box,
            detail={
                "repeated": cluster.repeated,
                "images": cluster.images,
                "image_ids": list(cluster.image_ids),
                "parts": list(cluster.parts),
                "likeness_work": likeness_work,
            },
        )
        for number, cluster in enumerate((c for c in clusters if not c.registered), start=1)
    ]
