"""The faces a scan found, kept with its ``Screening`` row: what the guard needs to group the
faces of a whole submission by identity later (``Guard.face_clusters``), without keeping a photo.

Each face is stored as its image key (one row can hold several images: a dataset's members, a
model's thumbnails), kind (photo or drawn), box, the registered person it matched at scan time and
its SFace embedding (128 float32, base64). When a submission is decided, the embeddings are matched
again against today's registry, so a person who registered after the scan counts as registered.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

from bountyboard.guard.image.face_kind import FaceKind
from bountyboard.guard.image.identity import SubmissionFace
from bountyboard.screening.engine import guard_engine

if TYPE_CHECKING:
    from bountyboard.guard.engine import ImageReport
    from bountyboard.screening.models import Screening

IMAGE_KEY_SELF = ""  # the row's own image (an image screening); members and thumbnails have their own key


def screened_faces_json(report: ImageReport, *, image_key: str = IMAGE_KEY_SELF) -> list[dict[str, Any]]:
    """The faces of one scanned image as the JSON a ``Screening.faces`` row keeps."""
    return [
        {
            "image": image_key,
            "kind": face.kind.value,
            "box": list(face.box),
            "person_id": face.person_id,
            "embedding": base64.b64encode(np.asarray(face.embedding, dtype="<f4").tobytes()).decode("ascii"),
        }
        for face in report.faces
        if face.embedding is not None
    ]


def _embedding(raw: str) -> np.ndarray[Any, np.dtype[np.float32]]:
    return np.frombuffer(base64.b64decode(raw), dtype="<f4").astype(np.float32)


def screening_submission_faces(rows: Iterable[Screening], *, part: str) -> list[SubmissionFace]:
    """The stored faces of ``rows`` as one side (``part``) of a submission, each matched again
    against the registry as it is now (a registration after the scan makes the face registered;
    a withdrawn one makes it unregistered again)."""
    stored = [(row, face) for row in rows for face in row.faces or []]
    if not stored:
        return []
    engine = guard_engine()
    threshold = engine.config.image.face_match_threshold
    faces: list[SubmissionFace] = []
    for row, face in stored:
        embedding = _embedding(face["embedding"])
        match = engine.faces.match(embedding, threshold=threshold)
        box = face.get("box")
        faces.append(
            SubmissionFace(
                image_id=f"{row.pk}/{face.get('image', IMAGE_KEY_SELF)}",
                part=part,
                embedding=embedding,
                kind=FaceKind(face.get("kind", FaceKind.PHOTO.value)),
                person_id=match.person_id if match else None,
                box=(int(box[0]), int(box[1]), int(box[2]), int(box[3])) if box else None,
            )
        )
    return faces
