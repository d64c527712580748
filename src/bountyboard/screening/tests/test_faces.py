"""Faces kept with a scan: embeddings, kinds and boxes (never a photo), per image of a dataset too,
read back as one side of a submission and matched against the registry as it is now."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.image.face_kind import FaceKind
from bountyboard.screening.faces import screening_submission_faces
from bountyboard.screening.services import screening_request

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.models]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_an_image_scan_keeps_each_face_embedding_and_kind_not_the_photo(shared_data: Path) -> None:
    photo = (shared_data / "faces" / "deepface" / "couple.jpg").read_bytes()
    row = screening_request(subject_type="test", subject_id=1, kind="image", upload=photo, filename="c.jpg")
    row.refresh_from_db()
    assert len(row.faces) == 2 and {f["kind"] for f in row.faces} == {"photo"}
    for face in row.faces:
        assert set(face) == {"image", "kind", "box", "person_id", "embedding"} and len(face["box"]) == 4
        vector = np.frombuffer(base64.b64decode(face["embedding"]), dtype="<f4")
        assert vector.shape == (128,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3
    assert len(str(row.faces)) < 2_000  # two vectors and boxes, no pixels


def test_a_datasets_faces_are_kept_per_member_and_read_back_as_one_side(shared_data: Path) -> None:
    deepface = shared_data / "faces" / "deepface"
    data = _zip({"a/1.jpg": (deepface / "img29.jpg").read_bytes(), "a/2.jpg": (deepface / "img30.jpg").read_bytes(),
                 "a/1.txt": b"a portrait"})
    row = screening_request(subject_type="test", subject_id=2, kind="archive", upload=data, filename="d.zip")
    row.refresh_from_db()
    assert [f["image"] for f in row.faces] == ["member-0", "member-1"]  # keys, not the members' paths
    faces = screening_submission_faces([row], part="dataset")
    assert [(f.image_id, f.part, f.kind, f.person_id) for f in faces] == [
        (f"{row.pk}/member-0", "dataset", FaceKind.PHOTO, None),
        (f"{row.pk}/member-1", "dataset", FaceKind.PHOTO, None),
    ]
