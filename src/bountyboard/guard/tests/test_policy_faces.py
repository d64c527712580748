"""The policy rules for unregistered real faces in a submission (signals built by hand: no models)."""

from __future__ import annotations

from bountyboard.guard.policy import (
    REAL_PERSON_SEXUAL,
    UNREGISTERED_REAL_FACE,
    UNREGISTERED_REAL_FACE_REPEATED,
    Policy,
)
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.verdict import Decision


def face(*, repeated: bool, likeness_work: bool = True, images: int = 1) -> Signal:
    return Signal(
        kind=SignalKind.UNREGISTERED_FACE,
        source="sface-clusters",
        label="unregistered face 1",
        detail={"repeated": repeated, "images": images, "parts": ["reference"], "likeness_work": likeness_work},
    )


NUDE = Signal(kind=SignalKind.NUDITY, source="nudenet-320n", label="FEMALE_BREAST_EXPOSED", score=0.8)


def codes(signals: list[Signal]) -> list[tuple[str, Decision]]:
    return [(r.code, r.decision) for r in Policy().decide(signals).reasons]


def test_the_same_unregistered_face_in_several_images_needs_consent() -> None:
    verdict = Policy().decide([face(repeated=True, images=3)])
    assert verdict.decision is Decision.CONSENT_REQUIRED
    assert codes([face(repeated=True, images=3)]) == [(UNREGISTERED_REAL_FACE_REPEATED, Decision.CONSENT_REQUIRED)]


def test_a_single_unregistered_face_in_likeness_work_goes_to_review() -> None:
    assert Policy().decide([face(repeated=False)]).decision is Decision.REVIEW
    assert codes([face(repeated=False)]) == [(UNREGISTERED_REAL_FACE, Decision.REVIEW)]


def test_a_single_unregistered_face_elsewhere_is_only_material() -> None:
    verdict = Policy().decide([face(repeated=False, likeness_work=False)])
    assert (verdict.decision, verdict.reasons) == (Decision.ALLOW, ())


def test_a_repeated_face_is_repeated_whatever_the_bounty_type() -> None:
    assert Policy().decide([face(repeated=True, likeness_work=False)]).decision is Decision.CONSENT_REQUIRED


def test_photos_of_a_real_person_with_nudity_are_blocked() -> None:
    verdict = Policy().decide([face(repeated=True, images=2), NUDE])
    assert verdict.decision is Decision.BLOCK
    assert verdict.reasons[0].code == REAL_PERSON_SEXUAL


def test_one_unregistered_face_with_nudity_goes_to_review_not_allow() -> None:
    verdict = Policy().decide([face(repeated=False), NUDE])
    assert verdict.decision is Decision.REVIEW
    assert UNREGISTERED_REAL_FACE in [r.code for r in verdict.reasons]
