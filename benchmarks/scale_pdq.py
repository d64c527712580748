"""PdqIndex at scale: up to 100 million hashes in one mapped file, shared by several processes.

For each size and data kind (uniform random hashes, and clustered hashes grown from real PDQ
hashes of the shared photos and their crops and variants, where multi-index buckets are uneven):
build the index file (``PdqIndex.write``), then in 1 and in 4 real processes map it and query
it; print build time, load time, queries/s one at a time and batched, CPU per query, RSS/PSS/USS
of each process, the identity of the results with brute force (and with threatexchange's
FAISS index where it fits in memory), and the time of one add and one remove.

    python -m benchmarks pdq_scale                                  # 1M, random and clustered, with the peer
    python -m benchmarks pdq_scale --sizes 1e6,1e7,1e8 --peer-max 1e7
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.shared_index import (
    MIB,
    arguments,
    load_line,
    memory_line,
    peak_rss_bytes,
    report_and_wait,
    rss_bytes,
    run_json,
    shared_run,
)

MODULE = "benchmarks.scale_pdq"
SEED = 20261202
THRESHOLD = 31
PLANTED_PER_DISTANCE = 10  # planted targets at 0..32 flipped bits
SEED_VARIANTS = 40  # clustered data: fresh variants of the real photo hashes
RANDOM_MISSES = 60
BRUTE_FORCE_QUERIES = 86  # above 1M hashes, brute force checks this many of the queries (2 a distance)
_BATCH = 1 << 20
PHOTOS = Path("/work/shared/data/faces/deepface")


# -- data --------------------------------------------------------------------------------------


def real_hashes() -> np.ndarray:
    """PDQ hashes (uint8 (s, 32)) of the shared photos, of crops and re-encodings of them, and
    of their 8 rotations/mirrors: real, correlated seeds for the clustered data."""
    import io

    from PIL import Image, ImageEnhance

    from bountyboard.guard.image.perceptual import compute_pdq

    found: set[bytes] = set()
    for photo in sorted(PHOTOS.glob("*.jpg")):
        with Image.open(photo) as opened:
            image = opened.convert("RGB")
        image.thumbnail((512, 512))
        w, h = image.size
        variants = [image]
        for left, top, scale in ((0.05, 0.05, 0.9), (0, 0, 0.85), (0.15, 0.15, 0.85), (0.125, 0, 0.75)):
            variants.append(image.crop((int(left * w), int(top * h), int((left + scale) * w), int((top + scale) * h))))
        variants.append(ImageEnhance.Brightness(image).enhance(1.25))
        variants.append(image.resize((w // 3, h // 3)))
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=30)
        with Image.open(io.BytesIO(buffer.getvalue())) as reencoded:
            variants.append(reencoded.convert("RGB"))
        for variant in variants:
            for hex_hash in compute_pdq(np.asarray(variant)).dihedral:
                found.add(bytes.fromhex(hex_hash))
    return np.frombuffer(b"".join(sorted(found)), dtype=np.uint8).reshape(-1, 32)


def _sparse_bits(rng: np.random.Generator, rows: int, ands: np.ndarray) -> np.ndarray:
    """(rows, 4) uint64 masks, row ``i`` with each bit set with probability ``2 ** -ands[i]``."""
    mask = rng.integers(0, 2**64, size=(rows, 4), dtype=np.uint64, endpoint=False)
    for level in range(2, int(ands.max()) + 1):
        more = ands >= level
        mask[more] &= rng.integers(0, 2**64, size=(int(more.sum()), 4), dtype=np.uint64, endpoint=False)
    return mask


def dataset_write(path: Path, kind: str, n: int, seeds: np.ndarray) -> None:
    """``n`` hashes (uint8 (n, 32)) into an ``.npy`` file, a batch at a time.

    random: uniform bits. clustered: every 4 rows are near-duplicates (about 4 bits apart) of one
    "image", and images are a real seed hash with about 32 or 64 of its bits flipped: hashes of
    one seed share many chunk values, so some buckets hold thousands of rows.
    """
    out = np.lib.format.open_memmap(path, mode="w+", dtype=np.uint8, shape=(n, 32))
    seed_words = seeds.view(">u8").astype(np.uint64).reshape(-1, 4)
    for batch, start in enumerate(range(0, n, _BATCH)):
        rows = min(_BATCH, n - start)
        rng = np.random.default_rng([SEED, n, batch, kind == "clustered"])
        if kind == "random":
            out[start : start + rows] = rng.integers(0, 256, size=(rows, 32), dtype=np.uint8)
            continue
        images = (rows + 3) // 4
        image_words = seed_words[rng.integers(len(seed_words), size=images)]
        image_words ^= _sparse_bits(rng, images, rng.choice(np.array([2, 3]), size=images))  # ~64 or ~32 bits
        words = np.repeat(image_words, 4, axis=0)[:rows]
        words ^= _sparse_bits(rng, rows, np.full(rows, 6))  # ~4 bits
        out[start : start + rows] = words.astype(">u8").view(np.uint8).reshape(rows, 32)
    out.flush()
    del out


def _flip(raw: np.ndarray, bits: int, rng: np.random.Generator) -> str:
    unpacked = np.unpackbits(raw)
    unpacked[rng.choice(256, size=bits, replace=False)] ^= 1
    return np.packbits(unpacked).tobytes().hex()


def queries_make(stored: np.ndarray, kind: str, seeds: np.ndarray) -> list[str]:
    rng = np.random.default_rng([SEED, len(stored), 7])
    queries = [
        _flip(np.asarray(stored[rng.integers(len(stored))]), distance, rng)
        for distance in range(THRESHOLD + 2)
        for _ in range(PLANTED_PER_DISTANCE)
    ]
    if kind == "clustered":
        queries += [_flip(seeds[rng.integers(len(seeds))], int(rng.integers(0, 24)), rng) for _ in range(SEED_VARIANTS)]
    queries += [rng.integers(0, 256, size=32, dtype=np.uint8).tobytes().hex() for _ in range(RANDOM_MISSES)]
    return queries


def brute_force(stored: np.ndarray, queries: list[str]) -> list[list[tuple[int, int]]]:
    """Every (id, distance) within THRESHOLD of each query, by a full scan: the first two words
    rule out almost every row (a match differs in at most THRESHOLD of those 128 bits), and the
    rest are measured on all 256 bits."""
    from bountyboard.guard.index.pdq import hamming_distances, parse_hashes

    words = parse_hashes(queries)
    found: list[list[tuple[int, int]]] = [[] for _ in queries]
    for start in range(0, len(stored), 4 * _BATCH):
        block = parse_hashes(np.asarray(stored[start : start + 4 * _BATCH]))
        first, second = np.ascontiguousarray(block[:, 0]), np.ascontiguousarray(block[:, 1])
        for q in range(len(queries)):
            near = np.bitwise_count(first ^ words[q, 0])
            near += np.bitwise_count(second ^ words[q, 1])
            rows = np.flatnonzero(near <= THRESHOLD)
            distances = hamming_distances(block[rows], words[q : q + 1])
            hit = distances <= THRESHOLD
            found[q].extend(zip((rows[hit] + start).tolist(), distances[hit].tolist(), strict=True))
    return [sorted(f, key=lambda p: (p[1], p[0])) for f in found]


def _digest(results: list[list[tuple[int, int]]]) -> str:
    canonical = [sorted((int(i), int(d)) for i, d in r) for r in results]
    return hashlib.sha256(json.dumps(canonical).encode()).hexdigest()


# -- workers (child processes) -----------------------------------------------------------------


def build_worker(hashes_path: Path, index_path: Path) -> None:
    from bountyboard.guard.index.pdq import PdqIndex

    stored = np.load(hashes_path, mmap_mode="r")
    started, cpu = time.perf_counter(), time.process_time()
    PdqIndex.write(index_path, np.asarray(stored), np.arange(len(stored), dtype=np.int64))
    print(json.dumps({"build_s": time.perf_counter() - started, "build_cpu_s": time.process_time() - cpu,
                      "peak_rss": peak_rss_bytes(), "file_bytes": index_path.stat().st_size}))


def _kernel_share(before: resource.struct_rusage) -> dict[str, float]:
    """System CPU seconds and page faults (minor, major) since ``before``: a query on a mapped
    index should spend no time in the kernel; faults show pages that were not mapped or were
    reclaimed under memory pressure."""
    now = resource.getrusage(resource.RUSAGE_SELF)
    return {"sys_s": now.ru_stime - before.ru_stime, "minor": now.ru_minflt - before.ru_minflt,
            "major": now.ru_majflt - before.ru_majflt}


def _kernel_text(kernel: dict[str, float], q: int) -> str:
    return (f"{kernel['sys_s'] / q * 1e3:.3f} ms of it in the kernel, {kernel['minor'] / q:.1f} minor + "
            f"{kernel['major'] / q:.1f} major page faults a query")


def serve_worker(index_path: Path, queries_path: Path) -> None:
    from bountyboard.guard.index.pdq import PdqIndex
    from bountyboard.guard.index.pdq_kernel import search_kernel

    queries: list[str] = json.loads(queries_path.read_text())
    started = time.perf_counter()
    index = PdqIndex.load(index_path)
    report: dict[str, Any] = {"load_s": time.perf_counter() - started, "chunks": len(index.layout.widths),
                              "compiled": search_kernel is not None, "locked": index.locked}
    index.query(queries[0])
    started, cpu, usage = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_SELF)
    results = [index.query(q, THRESHOLD) for q in queries]
    report["query_s"] = time.perf_counter() - started
    report["query_cpu_s"] = time.process_time() - cpu
    report["query_kernel"] = _kernel_share(usage)
    # The same queries once more: in this VM the first ~2 s of random reads after a load run at a
    # third of the later rate, whatever the queries (measured with fresh query sets at 100M).
    started, cpu, usage = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_SELF)
    again = [index.query(q, THRESHOLD) for q in queries]
    report["again_s"] = time.perf_counter() - started
    report["again_cpu_s"] = time.process_time() - cpu
    report["again_kernel"] = _kernel_share(usage)
    report["again_same"] = again == results
    started, cpu = time.perf_counter(), time.process_time()
    batched = index.query_many(queries, THRESHOLD)
    report["batch_s"] = time.perf_counter() - started
    report["batch_cpu_s"] = time.process_time() - cpu
    report["batch_same"] = batched == results
    report["results"] = results
    report["digest"] = _digest(results)
    report["matches"] = sum(len(r) for r in results)
    # Incremental writes on the mapped index stay in this process: a delta entry and a tombstone.
    fresh = np.random.default_rng(SEED).integers(0, 256, size=32, dtype=np.uint8).tobytes().hex()
    n = len(index)
    started = time.perf_counter()
    index.add(fresh, n + 10)
    report["add_s"] = time.perf_counter() - started
    found = index.query(fresh, 0) == [(n + 10, 0)]
    victim = results[0][0][0] if results[0] else 0
    started = time.perf_counter()
    removed = index.remove(victim)
    report["remove_s"] = time.perf_counter() - started
    report["incremental_ok"] = bool(found and removed and all(i != victim for i, _ in index.query(queries[0])))
    report_and_wait(report)


def peer_worker(hashes_path: Path, queries_path: Path) -> None:
    from threatexchange.signal_type.pdq.signal import PdqSignal

    stored = np.load(hashes_path, mmap_mode="r")
    queries: list[str] = json.loads(queries_path.read_text())
    base = rss_bytes()
    started = time.perf_counter()
    peer = PdqSignal.get_index_cls().build([(bytes(row).hex(), i) for i, row in enumerate(stored)])
    report: dict[str, Any] = {"build_s": time.perf_counter() - started, "rss_delta": rss_bytes() - base}
    peer.query(queries[0])
    started, cpu = time.perf_counter(), time.process_time()
    raw = [peer.query(q) for q in queries]
    report["query_s"] = time.perf_counter() - started
    report["query_cpu_s"] = time.process_time() - cpu
    results = [sorted((int(m.metadata), int(m.similarity_info.distance)) for m in matches) for matches in raw]
    results = [[(i, d) for i, d in r if d <= THRESHOLD] for r in results]
    report["digest"] = _digest(results)
    report["rss_delta"] = max(report["rss_delta"], rss_bytes() - base)
    print(json.dumps(report))


# -- the run (parent) --------------------------------------------------------------------------


def _measure(workdir: Path, kind: str, n: int, seeds: np.ndarray, processes: int, peer_max: int) -> None:
    hashes_path = workdir / f"hashes-{kind}-{n}.npy"
    index_path = workdir / f"index-{kind}-{n}.idx"
    queries_path = workdir / f"queries-{kind}-{n}.json"
    started = time.perf_counter()
    dataset_write(hashes_path, kind, n, seeds)
    stored = np.load(hashes_path, mmap_mode="r")
    queries = queries_make(stored, kind, seeds)
    queries_path.write_text(json.dumps(queries))
    print(f"\n{kind} n={n:,}: data {time.perf_counter() - started:.1f} s; {len(queries)} queries (planted 0..32 flips x "
          f"{PLANTED_PER_DISTANCE}{f', {SEED_VARIANTS} photo-seed variants' if kind == 'clustered' else ''}, "
          f"{RANDOM_MISSES} random)", flush=True)
    built = run_json(MODULE, "--build", str(hashes_path), str(index_path))
    print(f"  build: {built['build_s']:.1f} s ({built['build_cpu_s']:.1f} s CPU), peak RSS {built['peak_rss'] / MIB:,.0f} "
          f"MiB, file {built['file_bytes'] / MIB:,.0f} MiB ({built['file_bytes'] / n:.0f} bytes a hash)", flush=True)
    one = shared_run(MODULE, 1, str(index_path), str(queries_path))[0]
    q = len(queries)
    print(f"  one process: load {one['load_s']:.2f} s ({one['chunks']} chunks); one at a time {q / one['query_s']:,.0f} q/s "
          f"({one['query_cpu_s'] / q * 1e3:.3f} ms CPU a query), the same again {q / one['again_s']:,.0f} q/s "
          f"({one['again_cpu_s'] / q * 1e3:.3f} ms CPU, same results: {one['again_same']}); batched {q / one['batch_s']:,.0f} q/s "
          f"({one['batch_cpu_s'] / q * 1e3:.3f} ms CPU); {one['matches']:,} matches in all; {load_line()}", flush=True)
    print(f"  first pass {_kernel_text(one['query_kernel'], q)}; again {_kernel_text(one['again_kernel'], q)}; "
          f"compiled search: {one['compiled']}; pages locked in memory: {one['locked']}", flush=True)
    print("  " + memory_line("one process", [one]), flush=True)
    print(f"  incremental on the mapped index: add one {one['add_s'] * 1e3:.2f} ms, remove one {one['remove_s'] * 1e3:.2f} ms, "
          f"visible: {one['incremental_ok']}; batched == one at a time: {one['batch_same']}", flush=True)
    group = shared_run(MODULE, processes, str(index_path), str(queries_path))
    loads = ", ".join(f"{r['load_s']:.1f}" for r in group)
    rates = ", ".join(f"{q / r['query_s']:,.0f}" for r in group)
    print(f"  {processes} processes at once: load {loads} s; {rates} q/s each "
          f"({sum(q / r['query_s'] for r in group):,.0f} together; {load_line()})", flush=True)
    print("  " + memory_line(f"{processes} processes", group), flush=True)
    same_everywhere = all(r["digest"] == one["digest"] for r in group)
    if n <= 1_000_000:
        checked = list(range(q))
    else:
        # A full scan costs ~16 ns a hash a query: check a spread of the queries (every distance).
        step = max(1, q // (BRUTE_FORCE_QUERIES if n <= 30_000_000 else BRUTE_FORCE_QUERIES // 2))
        checked = list(range(0, q, step))
    started = time.perf_counter()
    truth = brute_force(stored, [queries[i] for i in checked])
    exact = all([tuple(p) for p in one["results"][i]] == truth[k] for k, i in enumerate(checked))
    print(f"  identical to brute force on {len(checked)} queries: {exact} ({time.perf_counter() - started:.0f} s); "
          f"identical in all {1 + processes} processes: {same_everywhere}", flush=True)
    if n <= peer_max and importlib.util.find_spec("threatexchange") is None:
        print("  peer: threatexchange is not installed here (the `bench` extra: pip install -e '.[bench]')", flush=True)
    elif n <= peer_max:
        peer = run_json(MODULE, "--peer", str(hashes_path), str(queries_path))
        print(f"  peer (threatexchange PDQIndex, FAISS, 1 thread): build {peer['build_s']:.1f} s, {q / peer['query_s']:,.0f} "
              f"q/s ({peer['query_cpu_s'] / q * 1e3:.3f} ms CPU a query), RSS {peer['rss_delta'] / MIB:,.0f} MiB; "
              f"identical results: {peer['digest'] == one['digest']}", flush=True)
    else:
        print(f"  peer: not run above {peer_max:,} hashes (about 0.5 KiB a hash in memory)", flush=True)
    for path in (hashes_path, index_path, queries_path):
        path.unlink(missing_ok=True)


def main(argv: list[str]) -> None:
    parser = arguments(argv, default_sizes="1e6", description="pdq_scale")
    parser.add_argument("--data", default="random,clustered", help="random, clustered or both (default both)")
    parser.add_argument("--peer-max", type=float, default=1e7, help="largest size the peer runs at (default 1e7)")
    args = parser.parse_args(argv)
    seeds = real_hashes()
    print(f"pdq_scale: sizes {', '.join(f'{n:,}' for n in args.sizes)}; {len(seeds):,} real seed hashes from "
          f"{PHOTOS}; {load_line()}", flush=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for n in args.sizes:
            for kind in args.data.split(","):
                _measure(Path(tmp), kind, n, seeds, args.processes, int(args.peer_max))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build_worker(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1:2] == ["--serve"]:
        serve_worker(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1:2] == ["--peer"]:
        peer_worker(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main(sys.argv[1:])
