"""Faces across the images of one submission: identity clusters and the verdict they lead to.

Real photos (the shared development set) and the committed drawings, real models.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.engine import Guard, ImageReport, submission_faces
from bountyboard.guard.image.face_kind import FaceKind
from bountyboard.guard.image.identity import IdentityClusterer, SubmissionFace
from bountyboard.guard.policy import UNREGISTERED_REAL_FACE, UNREGISTERED_REAL_FACE_REPEATED
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.store.sqlite import SqliteStore
from bountyboard.guard.verdict import Decision

pytestmark = pytest.mark.models

DRAWN = Path(__file__).parent / "data" / "drawn"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    store = SqliteStore.open(tmp_path_factory.mktemp("store"), create=True)
    return Guard(registry=store, banks=store)


@pytest.fixture(scope="module")
def deepface(shared_data: Path) -> Path:
    return shared_data / "faces" / "deepface"


def scan(guard: Guard, path: Path) -> ImageReport:
    return guard.scan_image(path.read_bytes())


def faces_of(guard: Guard, images: list[tuple[str, Path]]) -> list[SubmissionFace]:
    return [f for part, path in images for f in submission_faces(path.name, part, scan(guard, path))]


def test_two_photos_of_one_unregistered_person_need_their_consent(guard: Guard, deepface: Path) -> None:
    faces = faces_of(guard, [("reference", deepface / "img1.jpg"), ("reference", deepface / "img2.jpg")])
    clusters = guard.face_clusters(faces)
    assert [(c.images, c.registered, c.repeated) for c in clusters] == [(2, False, True)]
    signals = guard.submission_face_signals(faces, bounty_type="lora")
    assert [(s.kind, s.detail["repeated"], s.detail["images"]) for s in signals] == [
        (SignalKind.UNREGISTERED_FACE, True, 2)
    ]
    verdict = guard.decide(signals)
    assert verdict.decision is Decision.CONSENT_REQUIRED
    assert [r.code for r in verdict.reasons] == [UNREGISTERED_REAL_FACE_REPEATED]


def test_a_bounty_reference_and_an_entry_sample_of_one_person_are_repeated(guard: Guard, deepface: Path) -> None:
    faces = faces_of(guard, [("reference", deepface / "img47.jpg"), ("sample", deepface / "img48.jpg")])
    (cluster,) = guard.face_clusters(faces)
    assert (cluster.parts, cluster.repeated) == (("reference", "sample"), True)


def test_different_people_in_one_submission_stay_apart(guard: Guard, deepface: Path) -> None:
    faces = faces_of(guard, [("reference", deepface / "img1.jpg"), ("reference", deepface / "img26.jpg")])
    assert [c.images for c in guard.face_clusters(faces)] == [1, 1]
    verdict = guard.decide(guard.submission_face_signals(faces, bounty_type="lora"))
    assert verdict.decision is Decision.REVIEW
    assert {r.code for r in verdict.reasons} == {UNREGISTERED_REAL_FACE}


def test_one_photo_reviews_in_a_lora_bounty_and_passes_in_a_captions_bounty(guard: Guard, deepface: Path) -> None:
    faces = faces_of(guard, [("reference", deepface / "img12.jpg")])
    assert guard.decide(guard.submission_face_signals(faces, bounty_type="lora")).decision is Decision.REVIEW
    assert guard.decide(guard.submission_face_signals(faces, bounty_type="captions")).decision is Decision.ALLOW


def test_drawn_faces_are_no_person(guard: Guard) -> None:
    faces = faces_of(guard, [("reference", DRAWN / "mh_head_head-oval.png"), ("reference", DRAWN / "mh_head_head-round.png")])
    assert [f.kind for f in faces] == [FaceKind.DRAWN, FaceKind.DRAWN]
    assert guard.face_clusters(faces) == []
    assert guard.decide(guard.submission_face_signals(faces, bounty_type="lora")).decision is Decision.ALLOW


def test_a_registered_person_is_matched_not_unregistered(guard: Guard, deepface: Path) -> None:
    guard.enroll(
        ProtectedPerson("id03", names=("Person Three",), verified=True),
        [(deepface / "img3.jpg").read_bytes(), (deepface / "img12.jpg").read_bytes()],
    )
    faces = faces_of(guard, [("reference", deepface / "img53.jpg"), ("reference", deepface / "img55.jpg")])
    (cluster,) = guard.face_clusters(faces)
    assert (cluster.person_ids, cluster.registered) == (("id03",), True)
    assert guard.submission_face_signals(faces, bounty_type="lora") == []


def test_two_faces_of_one_image_are_never_one_person() -> None:
    vector = np.ones(128, dtype=np.float32)
    same_image = [SubmissionFace("a.jpg", "reference", vector), SubmissionFace("a.jpg", "reference", vector)]
    two_images = [SubmissionFace("a.jpg", "reference", vector), SubmissionFace("b.jpg", "reference", vector)]
    assert [c.images for c in IdentityClusterer(0.38).cluster(same_image)] == [1, 1]
    assert [c.images for c in IdentityClusterer(0.38).cluster(two_images)] == [2]
