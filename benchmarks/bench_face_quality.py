"""Face quality on the shared development photos: matching, photo versus drawing, identity clusters.

    PYTHONPATH=src python -m benchmarks face_quality

Only ``faces/deepface`` and ``faces/negatives`` are read (``faces/face_recognition`` is reserved
for evaluation), plus the committed drawings in ``guard/tests/data/drawn``.

1. Matching. Each deepface identity enrols two usable photos (a photo the enrolment checks refuse
   is skipped, as the registry would refuse it); its other photos are genuine probes. Impostor
   probes are every photo of the other people and every face of the negatives (43 faces, all
   different private people), against every enrolled person. Two enrolments: the first two
   usable photos by file number, and every pair of a person's usable photos in turn (more
   genuine probes, and impostors against many more templates). A person's score is the cosine
   to the mean of their templates (shipped), the best over their templates ("every"), or the
   better of the two ("both"); these are compared on the first enrolment, also with
   flip-averaged embeddings. For the shipped scoring: genuine and impostor score distributions
   per probe condition (as taken, simulated sunglasses, a 24 px face, blur), misses and false
   matches at ``ImageConfig.face_match_threshold``, a threshold sweep, and the thresholds at
   which probes as taken reach TMR >= 98% at FMR <= 0.1% (decision 0020).
2. Photo versus drawing: ``FaceKindClassifier`` on the tune and test splits of
   ``benchmarks/face_sets.py`` (photos also as the filtered copies the fit sees, and as five
   filtered copies it never sees); drawings also by kind.
3. Identity clusters: every labelled deepface photo's face plus every face of the negatives
   (strangers), clustered at ``ImageConfig.face_cluster_threshold``; pairwise precision and recall, and how
   many identities end up whole in one cluster.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import cv2
import numpy as np
import numpy.typing as npt

from benchmarks.face_sets import UNFITTED_VARIANTS, FaceSample, load_face_samples
from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.analyzer import ENROL_MAX_YAW, ENROL_MIN_FACE_PX, ENROL_MIN_SHARPNESS
from bountyboard.guard.image.face_kind import FaceKind, FaceKindClassifier
from bountyboard.guard.image.faces import FaceModels, sharpness, yaw_ratio
from bountyboard.guard.image.identity import IdentityClusterer, SubmissionFace

F32 = npt.NDArray[np.float32]
ENROLLED_PER_PERSON = 2


def _number(source: str) -> int:
    found = re.search(r"img(\d+)", source)
    return int(found.group(1)) if found else 10**6


def _enrolable(sample: FaceSample) -> bool:
    return (
        sample.face.box[2] >= ENROL_MIN_FACE_PX
        and sharpness(sample.aligned) >= ENROL_MIN_SHARPNESS
        and yaw_ratio(sample.face.landmarks) <= ENROL_MAX_YAW
    )


def _sunglasses(aligned: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    out = aligned.copy()
    for x0, x1 in ((22, 52), (60, 90)):  # around the template's eye positions (38, 52) and (73, 52)
        cv2.rectangle(out, (x0, 42), (x1, 60), (10, 10, 10), -1)
    cv2.rectangle(out, (52, 48), (60, 51), (10, 10, 10), -1)
    return out


def _low_resolution(aligned: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    small = cv2.resize(aligned, (24, 24), interpolation=cv2.INTER_AREA)
    return np.asarray(cv2.resize(small, (112, 112), interpolation=cv2.INTER_LINEAR), dtype=np.uint8)


def _blur(aligned: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    return np.asarray(cv2.GaussianBlur(aligned, (0, 0), 2.5), dtype=np.uint8)


PROBE_CONDITIONS: dict[str, Callable[[npt.NDArray[np.uint8]], npt.NDArray[np.uint8]]] = {
    "as taken": lambda aligned: aligned,
    "sunglasses": _sunglasses,
    "24 px face": _low_resolution,
    "blurred": _blur,
}


def _rates(genuine: np.ndarray, impostor: np.ndarray, threshold: float) -> tuple[float, float, float, float]:
    at_zero = float((genuine > impostor.max()).mean())
    allowed = int(0.001 * len(impostor))  # impostor scores allowed through at FMR 0.1%
    cut = np.sort(impostor)[len(impostor) - 1 - allowed]
    at_tenth = float((genuine > cut).mean())
    return at_zero, at_tenth, float((genuine >= threshold).mean()), float((impostor >= threshold).mean())


Embedder = Callable[[FaceSample, str], F32]  # (face, probe condition) -> embedding


def _scores(
    enrolments: list[dict[str, list[FaceSample]]],
    people: dict[str, list[FaceSample]],
    strangers: list[FaceSample],
    embed: Embedder,
    condition: str,
    how: str = "mean",
    *,
    euclidean: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Genuine scores, impostor scores of other people's photos, impostor scores of the strangers.

    Each enrolment maps a person to their enrolled photos (never degraded: enrolment refuses poor
    photos); every other photo of that person is a genuine probe, and every photo of every other
    person (probe or enrolled elsewhere) and every stranger's face is an impostor probe.
    ``euclidean`` (mean template only): the score is minus the distance from the raw mean, for a
    model trained for Euclidean distances on unnormalised vectors (dlib's; decision 0028)."""
    genuine: list[float] = []
    others: list[float] = []
    stranger_scores: list[float] = []
    for enrolment in enrolments:
        for person, photos in enrolment.items():
            templates = np.stack([embed(s, "as taken") for s in photos])
            mean = templates.mean(axis=0) if euclidean else templates.mean(axis=0) / np.linalg.norm(templates.mean(axis=0))

            def score(query: F32, templates: np.ndarray = templates, mean: np.ndarray = mean) -> float:
                if euclidean:
                    return -float(np.linalg.norm(query - mean))
                every, to_mean = float((templates @ query).max()), float(mean @ query)
                return {"every": every, "mean": to_mean, "both": max(every, to_mean)}[how]

            for other, their_photos in people.items():
                for probe in their_photos:
                    if other != person:
                        others.append(score(embed(probe, condition)))
                    elif probe not in photos:
                        genuine.append(score(embed(probe, condition)))
            stranger_scores += [score(embed(face, condition)) for face in strangers]
    return np.array(genuine), np.array(others), np.array(stranger_scores)


SWEEP = (0.36, 0.38, 0.40, 0.42, 0.43, 0.44, 0.45, 0.46, 0.48, 0.50)


def matching(models: FaceModels, samples: list[FaceSample], threshold: float) -> None:
    people: dict[str, list[FaceSample]] = defaultdict(list)
    for sample in sorted(samples, key=lambda s: _number(s.source)):
        if sample.is_photo and sample.identity and sample.variant == "original" and sample.largest:
            people[sample.identity].append(sample)
    strangers = [s for s in samples if s.source.startswith("negatives/") and s.variant == "original"]
    refused = [s.source for photos in people.values() for s in photos if not _enrolable(s)]
    usable = {p: [s for s in photos if _enrolable(s)] for p, photos in people.items()}
    first_two = [{p: photos[:ENROLLED_PER_PERSON] for p, photos in usable.items()}]
    # Every pair of a person's usable photos as their enrolment, the other people enrolled likewise
    # one pair at a time: more genuine probes per person, and impostors against many templates.
    every_pair = [{p: list(pair)} for p, photos in usable.items() for pair in combinations(photos, ENROLLED_PER_PERSON)]
    print(f"matching: {len(people)} people ({sum(map(len, people.values()))} photos), enrolment checks refuse "
          f"{refused or 'none'}; impostors also the {len(strangers)} faces of the negatives (strangers)")

    cache: dict[tuple[int, str, bool], F32] = {}

    def embedder(flip: bool) -> Embedder:
        def embed(sample: FaceSample, condition: str) -> F32:
            key = (id(sample), condition, flip)
            if key not in cache:
                aligned = PROBE_CONDITIONS[condition](sample.aligned)
                vector = models.embed_aligned(aligned)
                if flip:
                    vector = vector + models.embed_aligned(np.ascontiguousarray(aligned[:, ::-1]))
                    vector = (vector / np.linalg.norm(vector)).astype(np.float32)
                cache[key] = vector
            return cache[key]

        return embed

    print(f"  scoring compared (first {ENROLLED_PER_PERSON} usable photos enrolled):")
    print(f"  {'probes':11s} {'embedding':10s} {'templates':9s} {'TMR@FMR0':>9s} {'TMR@FMR0.1%':>12s} "
          f"{'TMR@' + str(threshold):>9s} {'FMR@' + str(threshold):>9s}  impostor scores")
    for condition in PROBE_CONDITIONS:
        for flip in (False, True):
            for how in ("every", "mean", "both"):
                g, others, far = _scores(first_two, people, strangers, embedder(flip), condition, how)
                i = np.concatenate([others, far])
                at_zero, at_tenth, tmr, fmr = _rates(g, i, threshold)
                print(f"  {condition:11s} {'flip-avg' if flip else 'plain':10s} {how:9s} {at_zero:9.1%} {at_tenth:12.1%} "
                      f"{tmr:9.1%} {fmr:9.2%}  {len(i)} (max {i.max():.3f})")

    plain = embedder(False)
    for name, enrolments in (("first two usable photos enrolled", first_two), ("every pair of usable photos", every_pair)):
        print(f"  shipped scoring (mean template, plain), {name}: score distributions")
        print(f"  {'probes':11s} {'genuine':>7s} {'min':>6s} {'5th pct':>7s}  {'impostor':>8s} {'(people':>7s} "
              f"{'strangers)':>10s} {'max':>6s} {'99.9th':>6s}  at {threshold}: missed, false matches")
        swept: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for condition in PROBE_CONDITIONS:
            g, others, far = _scores(enrolments, people, strangers, plain, condition)
            i = np.concatenate([others, far])
            swept[condition] = (g, i)
            print(f"  {condition:11s} {len(g):7d} {g.min():6.3f} {np.percentile(g, 5):7.3f}  {len(i):8d} {len(others):7d} "
                  f"{len(far):10d} {i.max():6.3f} {np.percentile(i, 99.9):6.3f}  "
                  f"{int((g < threshold).sum())} ({(g < threshold).mean():.1%}), {int((i >= threshold).sum())} "
                  f"({(i >= threshold).mean():.3%}; max other person {others.max():.3f}, max stranger {far.max():.3f})")
        print("  threshold sweep, TMR / FMR (false matches): " + "; ".join(PROBE_CONDITIONS))
        for t in SWEEP:
            cells = [f"{(g >= t).mean():6.1%} / {(i >= t).mean():.3%} ({int((i >= t).sum())})" for g, i in swept.values()]
            print(f"    {t:.2f}  " + "  ".join(cells))
        g, i = swept["as taken"]
        meeting = [t for t in np.arange(0.30, 0.60, 0.005) if (g >= t).mean() >= 0.98 and (i >= t).mean() <= 0.001]
        print(f"  as taken: TMR >= 98% at FMR <= 0.1% for thresholds "
              f"{f'{min(meeting):.3f} to {max(meeting):.3f}' if meeting else 'none'}"
              f" (highest impostor {i.max():.3f}, lowest genuine {g.min():.3f})")


# The committed drawings by kind (file-name prefixes; provenance in guard/tests/data/drawn/README.md).
DRAWING_KINDS: dict[str, tuple[str, ...]] = {
    "crisp anime (generated, sprites)": ("comfy_foxgirl", "comfy_anythingv3", "comfy_flux", "comfy_redhair",
                                         "comfy_noisy", "comfy_worship", "cnaux", "renpy", "acly_kritaai_extract",
                                         "acly_kritaai_refine", "acly_kritaai_regions", "cnet_examples",
                                         "mikubill_samples_1girl", "invoke_assets_banner", "animatediff_gifs_000",
                                         "animatediff_gifs_001", "animatediff_gifs_030", "animatediff_gifs_032",
                                         "lora_contents_0130", "lora_contents_0140"),
    "soft anime (GAN tiles, painted)": ("animegan", "mikubill_samples_maid", "style2paints_coloured"),
    "flat cartoon, western comic": ("animatediff_gifs_002", "animatediff_gifs_003", "lora_contents_0150"),
    "3D renders, busts, cartoon": ("mh_", "comfy_statue", "comfy_textual", "acly_kritaai_screenshot3",
                                   "lora_contents_0060", "lora_contents_008", "lora_contents_0111",
                                   "lora_contents_012", "sadtalker_art_016", "sadtalker_art_017",
                                   "sadtalker_art_020", "liveportrait_paintings_029"),
    "painted portraits, sketches, cubist": ("comfy_2pass", "peppercarrot", "acly_kritaai_pose", "acly_kritaai_inpaint",
                                            "acly_kritaai_character", "iclight_imgs", "invoke_assets_sketch",
                                            "invoke_assets_picasso", "lora_contents_0030", "lora_contents_0090",
                                            "lora_contents_010", "sadtalker_art_00", "sadtalker_art_011",
                                            "sadtalker_art_013", "sadtalker_art_014", "sadtalker_art_015",
                                            "sadtalker_art_018", "liveportrait_paintings_00",
                                            "liveportrait_paintings_015", "liveportrait_paintings_023",
                                            "liveportrait_paintings_027",
                                            "liveportrait_paintings_030", "liveportrait_paintings_031"),
    "line art, pencil sketches": ("style2paints_lineart",),
}


def photo_or_drawing(models: FaceModels, samples: list[FaceSample]) -> None:
    classifier = FaceKindClassifier()
    print("photo versus drawing (drawn = the face is taken for a drawing; unsure stays a photo):")
    for split in ("tune", "test"):
        chosen = [s for s in samples if s.is_test == (split == "test")]
        results = [
            (s, classifier.classify(s.aligned, s.face.landmarks, s.face.box[2], models.embed_aligned(s.aligned)))
            for s in chosen
        ]
        for variant in ("original", "grey", "small", "posterised", "jpeg q10", "blurred", *UNFITTED_VARIANTS):
            photos = [(s, r) for s, r in results if s.is_photo and s.variant == variant]
            wrong = sum(r.kind is FaceKind.DRAWN for _, r in photos)
            unscored = sum(r.photo_probability is None for _, r in photos)
            never = "; a filter the fit never saw" if variant in UNFITTED_VARIANTS else ""
            print(f"  {split}: photo faces ({variant:15s}) taken for drawings {wrong:3d} / {len(photos):3d}"
                  f"  ({unscored} not scored: small, blurred, turned or cut by the edge{never})")
        drawn = [(s, r) for s, r in results if not s.is_photo]
        caught = sum(r.kind is FaceKind.DRAWN for _, r in drawn)
        unscored = sum(r.photo_probability is None for _, r in drawn)
        share = caught / len(drawn) if drawn else 0.0
        print(f"  {split}: drawn faces recognised as drawn      {caught:3d} / {len(drawn):3d} ({share:.0%};"
              f" {unscored} not scored)")
        for kind, prefixes in DRAWING_KINDS.items():
            chosen_kind = [(s, r) for s, r in drawn if s.source.removeprefix("drawn/").startswith(prefixes)]
            if chosen_kind:
                judged = [r for _, r in chosen_kind if r.photo_probability is not None]
                print(f"    {kind:34s} {sum(r.kind is FaceKind.DRAWN for r in judged):2d} of {len(judged):2d} judged"
                      f" ({len(chosen_kind)} faces)")


def clusters(models: FaceModels, samples: list[FaceSample], threshold: float) -> None:
    faces: list[tuple[str, SubmissionFace]] = []
    for number, sample in enumerate(s for s in samples if s.is_photo and s.variant == "original"):
        if sample.identity and sample.largest:
            label = sample.identity
        elif sample.source.startswith("negatives/"):
            label = f"stranger-{number}"  # every face of the negatives is a different private person
        else:
            continue  # unlabelled background faces of deepface photos
        face = SubmissionFace(sample.source, "reference", models.embed_aligned(sample.aligned), FaceKind.PHOTO)
        faces.append((label, face))
    label_of = {id(face): label for label, face in faces}
    found = IdentityClusterer(threshold).cluster([face for _, face in faces])
    cluster_of = {id(face): n for n, cluster in enumerate(found) for face in cluster.faces}
    same_true = same_found = both = 0
    for i, (label_a, a) in enumerate(faces):
        for label_b, b in faces[i + 1 :]:
            truly, grouped = label_a == label_b, cluster_of[id(a)] == cluster_of[id(b)]
            same_true += truly
            same_found += grouped
            both += truly and grouped
    people = defaultdict(set)
    for face in (f for _, f in faces):
        people[label_of[id(face)]].add(cluster_of[id(face)])
    repeated = [p for p, fs in people.items() if sum(1 for _, f in faces if label_of[id(f)] == p) >= 2]
    whole = sum(1 for p in repeated if len(people[p]) == 1)
    merged = sum(1 for c in found if len({label_of[id(f)] for f in c.faces}) > 1)
    print(f"identity clusters at cosine >= {threshold}: {len(faces)} faces of {len(people)} people "
          f"({len(repeated)} with two or more photos) -> {len(found)} clusters")
    print(f"  pairwise precision {both / max(same_found, 1):.1%} ({same_found - both} wrong pairs),"
          f" recall {both / max(same_true, 1):.1%} ({same_true - both} missed pairs of {same_true})")
    print(f"  people with 2+ photos found whole in one cluster: {whole} / {len(repeated)};"
          f" clusters mixing two people: {merged}")


def run() -> None:
    config = ImageConfig()
    models = FaceModels(config.face_min_score)
    samples = load_face_samples(models, unfitted_filters=True)
    matching(models, samples, config.face_match_threshold)
    print()
    photo_or_drawing(models, samples)
    print()
    clusters(models, samples, config.face_cluster_threshold)


if __name__ == "__main__":
    run()
