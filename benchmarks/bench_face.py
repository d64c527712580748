"""FaceIndex at 1M 128-d embeddings vs exact brute-force search, measured in the same run.

The data imitates a face-matching workload: identities are clusters (several noisy embeddings
per person, same-person cosine ~0.6, as SFace gives), identities of a demographic group are
closer to each other than to other groups, and queries are *new* noisy samples of enrolled
people plus some people who were never enrolled. recall@1 = the index's top hit is the exact
search's top hit, over the enrolled queries.

    python -m benchmarks face                         # 1M
    BOUNTYBOARD_BENCH_QUICK=1 python -m benchmarks face    # 100k
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np

from bountyboard.guard.index.face import FaceIndex

DIM = 128
SAMPLES_PER_PERSON = 5
GROUPS = 64
GROUP_PULL = 0.6  # identities in a group share this much of a direction
NOISE = 0.8  # per-sample noise: cosine to the identity ~0.78, between two samples ~0.6
ENROLLED_QUERIES = 1000
STRANGER_QUERIES = 200
BRUTE_FORCE_TIMED = 100
_SQRT_DIM = np.float32(np.sqrt(DIM))


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def identities(rng: np.random.Generator, count: int, groups: np.ndarray) -> np.ndarray:
    pick = rng.integers(len(groups), size=count)
    # float32 throughout: face_scale draws 10 million of these
    return unit(GROUP_PULL * groups[pick] + rng.standard_normal((count, DIM), dtype=np.float32) / _SQRT_DIM)


def samples(rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    noise = rng.standard_normal(centres.shape, dtype=np.float32) / _SQRT_DIM
    return unit(centres + NOISE * noise)


def run(quick: bool | None = None) -> None:
    if quick is None:
        quick = os.environ.get("BOUNTYBOARD_BENCH_QUICK", "") not in ("", "0") or "--quick" in sys.argv
    n = 100_000 if quick else 1_000_000
    rng = np.random.default_rng(20261125)
    groups = unit(rng.standard_normal((GROUPS, DIM)).astype(np.float32))
    persons = n // SAMPLES_PER_PERSON
    centres = identities(rng, persons, groups)
    stored = samples(rng, np.repeat(centres, SAMPLES_PER_PERSON, axis=0))
    enrolled_people = rng.integers(persons, size=ENROLLED_QUERIES)
    queries = np.concatenate(
        (samples(rng, centres[enrolled_people]), samples(rng, identities(rng, STRANGER_QUERIES, groups)))
    )

    index = FaceIndex(DIM)
    started = time.perf_counter()
    index.add_many(np.arange(n), stored)
    build_s = time.perf_counter() - started
    print(f"n={n:,} embeddings ({persons:,} people x {SAMPLES_PER_PERSON}), {index.lists} lists, "
          f"nprobe {index.nprobe}; build {build_s:.1f} s")

    # Ground truth for every query in one matrix product; the brute-force *timing* baseline is
    # one query at a time, as a matcher would run it.
    truth = np.concatenate([np.argmax(stored @ chunk.T, axis=0) for chunk in np.array_split(queries, 16)])
    enrolled = slice(0, ENROLLED_QUERIES)
    started = time.perf_counter()
    for q in queries[:BRUTE_FORCE_TIMED]:
        index.search_exact(q, k=1)
    exact_s = (time.perf_counter() - started) / BRUTE_FORCE_TIMED
    chosen = index.nprobe
    for nprobe in sorted({chosen // 2, chosen, chosen * 2}):
        index.nprobe = nprobe
        index.search(queries[0])
        started, cpu = time.perf_counter(), time.process_time()
        ann = [index.search(q, k=1) for q in queries]
        ann_s = (time.perf_counter() - started) / len(queries)
        ann_cpu = (time.process_time() - cpu) / len(queries)
        top = np.array([a[0][0] if a else -1 for a in ann])
        recall = float(np.mean(top[enrolled] == truth[enrolled]))
        right_person = float(np.mean(top[enrolled] // SAMPLES_PER_PERSON == enrolled_people))
        marker = "  <- default" if nprobe == chosen else ""
        print(f"  nprobe {nprobe:3d}: {ann_s * 1e3:.2f} ms a query ({ann_cpu * 1e3:.2f} ms CPU), "
              f"recall@1 vs brute force {recall:.2%}, right person {right_person:.1%}{marker}")
        if nprobe == chosen:
            chosen_s, chosen_cpu, chosen_recall, chosen_ann = ann_s, ann_cpu, recall, ann
    index.nprobe = chosen
    print(f"  brute force: {exact_s * 1e3:.2f} ms a query; speed ratio at the default {exact_s / chosen_s:.1f}x")
    stranger_best = np.array([a[0][1] for a in chosen_ann[ENROLLED_QUERIES:]])
    enrolled_best = np.array([a[0][1] for a in chosen_ann[enrolled]])
    print(f"  best cosine: enrolled median {np.median(enrolled_best):.3f}, "
          f"never-enrolled median {np.median(stranger_best):.3f} / max {stranger_best.max():.3f}")
    print(f"  machine load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    fresh = samples(rng, identities(rng, 1, groups))[0]
    started = time.perf_counter()
    index.add(n + 1, fresh)
    add_s = time.perf_counter() - started
    started = time.perf_counter()
    removed = index.remove(0)
    remove_s = time.perf_counter() - started
    visible = index.search(fresh)[0][0] == n + 1 and all(i != 0 for i, _ in index.search(stored[0], k=5))
    print(f"  incremental: add one {add_s * 1e3:.2f} ms, remove one {remove_s * 1e3:.2f} ms, "
          f"visible to queries: {removed and visible}")
    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    print(f"  targets: recall@1 >= 99% {verdict(chosen_recall >= 0.99)}; < 5 ms a query: "
          f"wall-clock {verdict(chosen_s < 0.005)}, CPU time {verdict(chosen_cpu < 0.005)} "
          f"(wall-clock includes waiting for the CPU when the machine is loaded)", flush=True)


if __name__ == "__main__":
    run()
