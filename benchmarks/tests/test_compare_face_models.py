"""The model comparison's own logic (decision 0028), without any candidate model: hard probes made on
the photo give back the crop-level probes of bench_face_quality once aligned, the clean-photo
threshold, and the Euclidean scoring used for dlib's raw vectors."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from benchmarks.bench_face_quality import PROBE_CONDITIONS, _scores
from benchmarks.compare_face_models import threshold_on_clean
from benchmarks.face_sets import FaceSample
from benchmarks.hard_probes import PHOTO_CONDITIONS, face_window

from bountyboard.guard.image.faces import _SFACE_TEMPLATE, FoundFace, align_face, sharpness


def _photo_and_face(scale: float, angle_degrees: float) -> tuple[np.ndarray, tuple[int, int, int, int], np.ndarray]:
    """A textured 'photo' (fine detail, so shrinking and blurring show) and a face's five landmarks
    placed in it: the crop template turned by ``angle_degrees`` and made ``scale`` times larger."""
    rng = np.random.default_rng(7)
    noise = rng.normal(0, 1, (500, 500, 3)).astype(np.float32)
    texture = cv2.GaussianBlur(noise, (0, 0), 1.5 * scale)
    texture = (texture - texture.min()) / (texture.max() - texture.min()) * 255
    photo = np.ascontiguousarray(texture.astype(np.uint8))
    theta = np.deg2rad(angle_degrees)
    rotation = scale * np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    landmarks = (_SFACE_TEMPLATE - 56) @ rotation.T + np.array([250.0, 240.0])
    box = (int(250 - 50 * scale), int(240 - 60 * scale), int(100 * scale), int(120 * scale))
    return photo, box, landmarks


@pytest.mark.parametrize(("scale", "angle"), [(2.0, 12.0), (1.0, -8.0), (3.0, 0.0)])
def test_the_face_window_keeps_the_crop(scale, angle):
    photo, box, landmarks = _photo_and_face(scale, angle)
    window, moved_box, moved = face_window(photo, box, landmarks)
    assert window.shape[0] < photo.shape[0] or scale >= 2.0  # a part of the photo, unless the face fills it
    assert moved_box[2:] == box[2:]
    difference = np.abs(align_face(window, moved).astype(int) - align_face(photo, landmarks).astype(int))
    assert difference.max() <= 1


# The shrunken face is resampled on another pixel grid (the photo's, not the crop's), so its pixels
# differ more than a blur's; how much detail is left is what must agree.
@pytest.mark.parametrize(("condition", "mismatch_share"), [("sunglasses", 0.25), ("24 px face", 0.5), ("blurred", 0.25)])
@pytest.mark.parametrize(("scale", "angle"), [(2.0, 12.0), (1.0, -8.0), (3.0, 0.0), (1.5, 30.0)])
def test_damage_on_the_photo_gives_back_the_damage_on_the_crop(condition, mismatch_share, scale, angle):
    photo, box, landmarks = _photo_and_face(scale, angle)
    crop = align_face(photo, landmarks)
    on_crop = PROBE_CONDITIONS[condition](crop)
    window, _, moved = face_window(photo, box, landmarks)
    on_photo = align_face(PHOTO_CONDITIONS[condition](window, moved), moved)
    damage = np.abs(on_crop.astype(int) - crop.astype(int)).mean()
    mismatch = np.abs(on_photo.astype(int) - on_crop.astype(int)).mean()
    assert damage > 10  # the probe changes the crop...
    assert mismatch < damage * mismatch_share  # ...and the photo-level probe changes it about the same way
    if condition != "sunglasses":
        assert sharpness(on_crop) < sharpness(crop) / 5
        assert sharpness(on_crop) / 2 <= sharpness(on_photo) <= sharpness(on_crop) * 2


def test_the_sunglasses_cover_the_eyes_of_the_aligned_face():
    photo, box, landmarks = _photo_and_face(2.0, 12.0)
    window, _, moved = face_window(photo, box, landmarks)
    aligned = align_face(PHOTO_CONDITIONS["sunglasses"](window, moved), moved)
    assert aligned[45:58, 25:50].max() <= 12 and aligned[45:58, 63:88].max() <= 12  # inside both bars
    assert aligned[70:110, 20:90].mean() > 40  # the mouth and chin are untouched


def test_the_clean_threshold_lets_at_most_one_impostor_through():
    impostors = np.array([0.10, 0.412, 0.3055, 0.2])
    threshold = threshold_on_clean(impostors)
    assert threshold == pytest.approx(0.306)
    assert int((impostors >= threshold).sum()) == 1
    assert int((impostors >= threshold - 0.001).sum()) == 2  # the lowest such threshold (3 decimals)
    assert threshold_on_clean(np.array([-0.52, -0.61, -0.48])) == pytest.approx(-0.519)


def _sample(identity: str, number: int) -> FaceSample:
    face = FoundFace(box=(0, 0, 10, 10), score=1.0, landmarks=np.zeros((5, 2)))
    return FaceSample(f"deepface/img{number}.jpg", "original", identity, True, False, face,
                      np.zeros((112, 112, 3), dtype=np.uint8), True)


def test_euclidean_scores_are_minus_the_distance_to_the_raw_mean():
    vectors = {"a": [np.array([2.0, 0.0]), np.array([4.0, 0.0]), np.array([3.0, 1.0])],
               "b": [np.array([0.0, 1.0]), np.array([0.0, 3.0])]}
    people = {p: [_sample(p, 10 * n + i) for i in range(len(vs))] for n, (p, vs) in enumerate(vectors.items())}
    lookup = {id(s): v.astype(np.float32) for p in people for s, v in zip(people[p], vectors[p], strict=True)}
    enrolment = [{"a": people["a"][:2], "b": people["b"][:1]}]
    genuine, others, strangers = _scores(enrolment, people, [], lambda s, c: lookup[id(s)], "as taken", euclidean=True)
    # a's mean is (3, 0): its probe (3, 1) is 1 away; b's mean is (0, 1): its probe (0, 3) is 2 away.
    assert sorted(genuine.tolist()) == pytest.approx([-2.0, -1.0])
    # b's photos against a's mean, a's photos against b's mean.
    expected = [-np.hypot(3, 1), -np.hypot(3, 3)] + [-np.hypot(2, 1), -np.hypot(4, 1), -3.0]
    assert sorted(others.tolist()) == pytest.approx(sorted(expected))
    assert strangers.size == 0
    cosine, _, _ = _scores(enrolment, people, [], lambda s, c: lookup[id(s)], "as taken")
    assert not np.allclose(sorted(cosine), sorted(genuine))  # the default stays the cosine
