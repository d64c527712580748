"""FaceIndex at scale: up to 10 million 128-d embeddings in one mapped file, shared by processes.

The data is bench_face's: identity clusters (5 noisy samples a person, people of a group closer
together), queries are new samples of enrolled people plus people never enrolled. For each size:
build the index file (``FaceIndex.write``), then in 1 and in 4 real processes map it and search;
print build time, load time, ms a query one at a time and batched, CPU per query, RSS/PSS/USS,
recall@1 against exact float32 search over the original vectors (the brute-force reference, also
timed), and one add and one remove.

    python -m benchmarks face_scale                     # 1M
    python -m benchmarks face_scale --sizes 1e6,1e7
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.bench_face import DIM, GROUPS, SAMPLES_PER_PERSON, identities, samples, unit
from benchmarks.shared_index import (
    MIB,
    arguments,
    load_line,
    memory_line,
    peak_rss_bytes,
    report_and_wait,
    run_json,
    shared_run,
)

MODULE = "benchmarks.scale_face"
SEED = 20261202
ENROLLED_QUERIES = 500
STRANGER_QUERIES = 100
_PERSONS_PER_BATCH = 1 << 17


def dataset_write(path: Path, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` embeddings (float32 (n, 128)) into an ``.npy`` file a batch of people at a time;
    returns the queries and, for the enrolled ones, the person each one is."""
    rng = np.random.default_rng([SEED, n])
    groups = unit(rng.standard_normal((GROUPS, DIM)).astype(np.float32))
    persons = n // SAMPLES_PER_PERSON
    wanted = np.sort(rng.integers(persons, size=ENROLLED_QUERIES))
    out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(persons * SAMPLES_PER_PERSON, DIM))
    query_centres = np.empty((ENROLLED_QUERIES, DIM), dtype=np.float32)
    for batch, first in enumerate(range(0, persons, _PERSONS_PER_BATCH)):
        count = min(_PERSONS_PER_BATCH, persons - first)
        batch_rng = np.random.default_rng([SEED, n, batch])
        centres = identities(batch_rng, count, groups)
        rows = slice(first * SAMPLES_PER_PERSON, (first + count) * SAMPLES_PER_PERSON)
        out[rows] = samples(batch_rng, np.repeat(centres, SAMPLES_PER_PERSON, axis=0))
        inside = (wanted >= first) & (wanted < first + count)
        query_centres[inside] = centres[wanted[inside] - first]
    out.flush()
    del out
    queries = np.concatenate((samples(rng, query_centres), samples(rng, identities(rng, STRANGER_QUERIES, groups))))
    return queries, wanted


def exact_top1(stored: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, float]:
    """The best stored row of each query by exact float32 cosine, and the seconds it took."""
    started = time.perf_counter()
    best = np.full(len(queries), -np.inf, dtype=np.float32)
    where = np.zeros(len(queries), dtype=np.int64)
    for start in range(0, len(stored), 1 << 17):
        scores = np.asarray(stored[start : start + (1 << 17)]) @ queries.T
        top = np.argmax(scores, axis=0)
        value = scores[top, np.arange(len(queries))]
        better = value > best
        best[better], where[better] = value[better], top[better] + start
    return where, time.perf_counter() - started


# -- workers (child processes) -----------------------------------------------------------------


def build_worker(vectors_path: Path, index_path: Path) -> None:
    from bountyboard.guard.index.face import FaceIndex

    stored = np.load(vectors_path, mmap_mode="r")
    started, cpu = time.perf_counter(), time.process_time()
    FaceIndex.write(index_path, np.arange(len(stored)), stored)
    print(json.dumps({"build_s": time.perf_counter() - started, "build_cpu_s": time.process_time() - cpu,
                      "peak_rss": peak_rss_bytes(), "file_bytes": index_path.stat().st_size}))


def serve_worker(index_path: Path, queries_path: Path, sweep: bool) -> None:
    from bountyboard.guard.index.face import FaceIndex

    queries = np.load(queries_path)
    started = time.perf_counter()
    index = FaceIndex.load(index_path)
    report: dict[str, Any] = {"load_s": time.perf_counter() - started, "lists": index.lists, "nprobe": index.nprobe}
    default = index.nprobe
    runs = {}
    for nprobe in sorted({default // 2, default, default * 3 // 2, default * 2}) if sweep else [default]:
        index.nprobe = nprobe
        index.search(queries[0])
        started, cpu = time.perf_counter(), time.process_time()
        hits = [index.search(q, k=1) for q in queries]
        runs[nprobe] = {
            "query_s": time.perf_counter() - started,
            "query_cpu_s": time.process_time() - cpu,
            "top": [h[0][0] if h else -1 for h in hits],
            "best": [h[0][1] if h else -1.0 for h in hits],
        }
    index.nprobe = default
    started, cpu = time.perf_counter(), time.process_time()
    batched = index.search_many(queries, k=1)
    report["batch_s"] = time.perf_counter() - started
    report["batch_cpu_s"] = time.process_time() - cpu
    report["batch_same"] = [h[0][0] if h else -1 for h in batched] == runs[default]["top"]
    report["runs"] = runs
    n = len(index)
    fresh = unit(np.random.default_rng(SEED).standard_normal(DIM).astype(np.float32))
    started = time.perf_counter()
    index.add(n + 10, fresh)
    report["add_s"] = time.perf_counter() - started
    victim = runs[default]["top"][0]
    started = time.perf_counter()
    removed = index.remove(victim)
    report["remove_s"] = time.perf_counter() - started
    report["incremental_ok"] = bool(
        index.search(fresh)[0][0] == n + 10 and removed and all(i != victim for i, _ in index.search(queries[0], k=5))
    )
    report_and_wait(report)


# -- the run (parent) --------------------------------------------------------------------------


def _measure(workdir: Path, n: int, processes: int) -> None:
    vectors_path = workdir / f"faces-{n}.npy"
    index_path = workdir / f"faces-{n}.idx"
    queries_path = workdir / f"queries-{n}.npy"
    started = time.perf_counter()
    queries, people = dataset_write(vectors_path, n)
    np.save(queries_path, queries)
    stored = np.load(vectors_path, mmap_mode="r")
    print(f"\nn={len(stored):,} embeddings ({len(stored) // SAMPLES_PER_PERSON:,} people x {SAMPLES_PER_PERSON}): data "
          f"{time.perf_counter() - started:.1f} s; {ENROLLED_QUERIES} enrolled + {STRANGER_QUERIES} never-enrolled queries",
          flush=True)
    truth, exact_s = exact_top1(stored, queries)
    print(f"  exact float32 search (the reference; batched matrix products over the {len(stored) * DIM * 4 / MIB:,.0f} MiB "
          f"of vectors): {exact_s / len(queries) * 1e3:.1f} ms a query", flush=True)
    built = run_json(MODULE, "--build", str(vectors_path), str(index_path))
    print(f"  build: {built['build_s']:.1f} s ({built['build_cpu_s']:.1f} s CPU), peak RSS {built['peak_rss'] / MIB:,.0f} "
          f"MiB, file {built['file_bytes'] / MIB:,.0f} MiB ({built['file_bytes'] / len(stored):.0f} bytes a vector)",
          flush=True)
    one = shared_run(MODULE, 1, str(index_path), str(queries_path), "sweep")[0]
    q = len(queries)
    enrolled = slice(0, ENROLLED_QUERIES)
    print(f"  one process: load {one['load_s']:.2f} s; {one['lists']:,} lists", flush=True)
    for nprobe, run in sorted(one["runs"].items(), key=lambda item: int(item[0])):
        top = np.array(run["top"])
        recall = float(np.mean(top[enrolled] == truth[enrolled]))
        person = float(np.mean(top[enrolled] // SAMPLES_PER_PERSON == people))
        marker = "  <- default" if int(nprobe) == one["nprobe"] else ""
        print(f"    nprobe {int(nprobe):3d}: {run['query_s'] / q * 1e3:.2f} ms a query one at a time "
              f"({run['query_cpu_s'] / q * 1e3:.2f} ms CPU), recall@1 vs exact {recall:.2%}, right person {person:.1%}{marker}",
              flush=True)
    default = one["runs"][str(one["nprobe"])]
    best = np.array(default["best"])
    print(f"    batched (search_many): {one['batch_s'] / q * 1e3:.2f} ms a query ({one['batch_cpu_s'] / q * 1e3:.2f} ms CPU), "
          f"same top hits: {one['batch_same']}; best cosine enrolled median {np.median(best[enrolled]):.3f}, "
          f"never-enrolled median {np.median(best[ENROLLED_QUERIES:]):.3f} / max {best[ENROLLED_QUERIES:].max():.3f}",
          flush=True)
    print("  " + memory_line("one process", [one]), flush=True)
    print(f"  incremental on the mapped index: add one {one['add_s'] * 1e3:.2f} ms, remove one {one['remove_s'] * 1e3:.2f} ms, "
          f"visible: {one['incremental_ok']}", flush=True)
    group = shared_run(MODULE, processes, str(index_path), str(queries_path), "once")
    loads = ", ".join(f"{r['load_s']:.1f}" for r in group)
    times = ", ".join(f"{r['runs'][str(r['nprobe'])]['query_s'] / q * 1e3:.2f}" for r in group)
    same = all(r["runs"][str(r["nprobe"])]["top"] == default["top"] for r in group)
    print(f"  {processes} processes at once: load {loads} s; {times} ms a query each; same top hits as one process: {same}; "
          f"{load_line()}", flush=True)
    print("  " + memory_line(f"{processes} processes", group), flush=True)
    for path in (vectors_path, index_path, queries_path):
        path.unlink(missing_ok=True)


def main(argv: list[str]) -> None:
    args = arguments(argv, default_sizes="1e6", description="face_scale").parse_args(argv)
    print(f"face_scale: sizes {', '.join(f'{n:,}' for n in args.sizes)}; {load_line()}", flush=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for n in args.sizes:
            _measure(Path(tmp), n, args.processes)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build_worker(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1:2] == ["--serve"]:
        serve_worker(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4] == "sweep")
    else:
        main(sys.argv[1:])
