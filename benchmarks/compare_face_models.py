"""Face-embedding models beside SFace, on the face-quality benchmark's matching protocol (decision 0028).

    PYTHONPATH=src:/tmp/facepkgs python -m benchmarks face_models [--models dlib,mbf]

The candidates and how to install them: ``benchmarks/face_embedders.py``. A candidate whose
packages are missing is named and skipped. Read: ``faces/deepface`` and ``faces/negatives`` only,
as ``bench_face_quality`` (never ``faces/face_recognition``, reserved for evaluation).

Protocol: ``bench_face_quality.matching``'s people, strangers, enrolment checks and both
enrolments (the first two usable photos; every pair of usable photos), scored against each
person's mean template. The hard probes are made on the photo (``benchmarks/hard_probes.py``) so a
model with a wider crop than SFace's sees the same damage; SFace is also scored on the crop-level
probes of ``bench_face_quality`` (decision 0020's figures) as a check that both ways agree.

For each model, enrolment and probe condition: TMR at FMR 0 and at FMR <= 0.1% (the best any
threshold could do on these probes, each condition with its own threshold: optimistic), and TMR /
FMR at one threshold per model fixed on the probes as taken: the lowest that lets at most one of
the every-pair impostor comparisons through (how decision 0020 chose SFace's 0.42), so a model's
hard-probe figures are what a deployment tuned on clean photos would see. Also the median ms to
embed one face (alignment included, detection not: YuNet is shared), one thread each.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import cv2
import numpy as np

from benchmarks.bench_face_quality import (
    ENROLLED_PER_PERSON,
    PROBE_CONDITIONS,
    _enrolable,
    _number,
    _rates,
    _scores,
)
from benchmarks.face_embedders import CANDIDATES, F32, FaceEmbedder, available, sface
from benchmarks.face_sets import FaceSample, _bgr, load_face_samples, shared_faces_dir
from benchmarks.hard_probes import PHOTO_CONDITIONS, face_window
from bountyboard.guard.config import ImageConfig
from bountyboard.guard.image.faces import FaceModels

People = dict[str, list[FaceSample]]
Enrolment = list[dict[str, list[FaceSample]]]
Windows = dict[int, tuple[np.ndarray, tuple[int, int, int, int], np.ndarray]]  # by id(sample): window, box, landmarks


def threshold_on_clean(impostor: np.ndarray) -> float:
    """The lowest threshold (3 decimals) that lets at most one impostor score through."""
    ranked = np.sort(impostor)[::-1]
    if len(ranked) < 2:
        return -math.inf  # fewer than two impostors: any threshold lets at most one through
    return math.floor(float(ranked[1]) * 1000) / 1000 + 0.001


def _protocol(samples: list[FaceSample]) -> tuple[People, list[FaceSample], Enrolment, Enrolment]:
    people: People = defaultdict(list)
    for sample in sorted(samples, key=lambda s: _number(s.source)):
        if sample.is_photo and sample.identity and sample.variant == "original" and sample.largest:
            people[sample.identity].append(sample)
    strangers = [s for s in samples if s.source.startswith("negatives/") and s.variant == "original"]
    usable = {p: [s for s in photos if _enrolable(s)] for p, photos in people.items()}
    first_two = [{p: photos[:ENROLLED_PER_PERSON] for p, photos in usable.items()}]
    every_pair = [{p: list(pair)} for p, photos in usable.items() for pair in combinations(photos, ENROLLED_PER_PERSON)]
    return people, strangers, first_two, every_pair


def _windows(samples: list[FaceSample]) -> Windows:
    config, faces_dir = ImageConfig(), shared_faces_dir()
    photos: dict[str, np.ndarray] = {}
    windows: Windows = {}
    for sample in samples:
        if sample.source not in photos:
            photos[sample.source] = _bgr(faces_dir / Path(sample.source), config)
        windows[id(sample)] = face_window(photos[sample.source], sample.face.box, sample.face.landmarks)
    return windows


def _report(
    name: str,
    embed: Callable[[FaceSample, str], F32],
    conditions: list[str],
    people: People,
    strangers: list[FaceSample],
    enrolments: dict[str, Enrolment],
    shipped: float | None,
    euclidean: bool = False,
) -> None:
    scored = {
        (how, c): _scores(chosen, people, strangers, embed, c, euclidean=euclidean)
        for how, chosen in enrolments.items()
        for c in conditions
    }
    _, others, far = scored[("every pair", "as taken")]
    threshold = threshold_on_clean(np.concatenate([others, far]))
    shown = f"{threshold:.3f}" + (f" (shipped {shipped})" if shipped is not None else "")
    if euclidean:
        shown += " (scores are minus the Euclidean distance: dlib's own 0.6 is -0.600)"
    print(f"  {name}: threshold fixed on clean photos {shown}")
    print(f"    {'enrolment':10s} {'probes':11s} {'genuine':>7s} {'impostor':>8s} {'TMR@FMR0':>9s} {'TMR@FMR<=0.1%':>13s}"
          f" {'TMR@t':>7s} {'FMR@t':>14s}  min genuine / max impostor" + ("  | at shipped" if shipped else ""))
    for (how, condition), (g, o, f) in scored.items():
        i = np.concatenate([o, f])
        at_zero, at_tenth, tmr, fmr = _rates(g, i, threshold)
        line = (f"    {how:10s} {condition:11s} {len(g):7d} {len(i):8d} {at_zero:9.1%} {at_tenth:13.1%} {tmr:7.1%}"
                f" {fmr:7.3%} ({int((i >= threshold).sum()):3d})  {g.min():.3f} / {i.max():.3f}")
        if shipped is not None:
            line += f"  | {(g >= shipped).mean():.1%} / {(i >= shipped).mean():.3%}"
        print(line)


def _timing(embedder: FaceEmbedder, samples: list[FaceSample], windows: Windows) -> float:
    for sample in samples[:3]:  # warm up
        window, box, landmarks = windows[id(sample)]
        embedder.embed(window, box, landmarks)
    spent = []
    for sample in samples:
        window, box, landmarks = windows[id(sample)]
        started = time.perf_counter()
        embedder.embed(window, box, landmarks)
        spent.append(time.perf_counter() - started)
    return float(np.median(spent) * 1000)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks face_models")
    parser.add_argument("--models", default=",".join(CANDIDATES), help=f"among {', '.join(CANDIDATES)}")
    args = parser.parse_args(argv)
    unknown = [m for m in args.models.split(",") if m not in CANDIDATES]
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}; among {', '.join(CANDIDATES)}")
    cv2.setNumThreads(1)  # one thread per model, so the ms per face compare
    config = ImageConfig()
    models = FaceModels(config.face_min_score)
    embedders = [sface(models)]
    for wanted in args.models.split(","):
        missing = available(wanted)
        if missing:
            print(f"{wanted}: skipped, not installed ({missing}); see benchmarks/face_embedders.py")
        else:
            embedders.append(CANDIDATES[wanted]())
    samples = [s for s in load_face_samples(models, photo_variants=False) if s.is_photo]
    people, strangers, first_two, every_pair = _protocol(samples)
    used = [s for photos in people.values() for s in photos] + strangers
    windows = _windows(used)
    enrolments = {"first two": first_two, "every pair": every_pair}
    conditions = list(PHOTO_CONDITIONS)
    print(f"face_models: {len(people)} people ({sum(map(len, people.values()))} photos) and {len(strangers)} "
          f"strangers; probes damaged on the photo; TMR / FMR against each person's mean template")

    crop_cache: dict[tuple[int, str], F32] = {}

    def sface_on_crop(sample: FaceSample, condition: str) -> F32:
        key = (id(sample), condition)
        if key not in crop_cache:
            crop_cache[key] = models.embed_aligned(PROBE_CONDITIONS[condition](sample.aligned))
        return crop_cache[key]

    _report("sface, probes damaged on its crop (bench_face_quality)", sface_on_crop, conditions, people, strangers,
            enrolments, config.face_match_threshold)
    for embedder in embedders:
        cache: dict[tuple[int, str], F32] = {}

        def embed(sample: FaceSample, condition: str, embedder: FaceEmbedder = embedder,
                  cache: dict[tuple[int, str], F32] = cache) -> F32:
            key = (id(sample), condition)
            if key not in cache:
                window, box, landmarks = windows[id(sample)]
                cache[key] = embedder.embed(PHOTO_CONDITIONS[condition](window, landmarks), box, landmarks)
            return cache[key]

        ms = _timing(embedder, used, windows)
        print(f"\n  {embedder.name}: {embedder.dimension}-d, {ms:.1f} ms a face (median of {len(used)}, one thread);"
              f" ships in {embedder.ships_in}; weights: {embedder.weights_licence}")
        shipped = config.face_match_threshold if embedder.name.startswith("sface") else None
        _report(embedder.name, embed, conditions, people, strangers, enrolments, shipped, embedder.euclidean)
