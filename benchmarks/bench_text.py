"""Text screening throughput: `scan` + `decide` per second on one core, with a 100,000-name gazetteer.

Target: >= 2,000 requests/second on one core. The baseline, measured in the same run on the same
texts and the same 100k names, is the naive approach a first version would take: normalise the
text, then test each name with Python's ``in``.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.text.normalize import normalize, normalize_name
from bountyboard.guard.text.scanner import TextScanner

TARGET_PER_SECOND = 2_000
GAZETTEER_SIZE = 100_000
_SYLLABLES = "ka ri mo ta lu sen vel dor an mi za qu ro bel fi to ne sa ly ph or gr in ette ard".split()


def synthetic_names(count: int, seed: int = 7) -> list[str]:
    """Plausible two-word names that collide with nothing real, to grow the gazetteer to 100k."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        first = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        last = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        names.add(f"{first} {last}")
    return sorted(names)


def sample_texts() -> list[str]:
    data = Path(os.environ.get("BOUNTYBOARD_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
    texts = [json.loads(line)["text"] for line in (data / "requests_dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    prompts = [json.loads(line)["initial_prompt"] for line in (data / "prompts" / "promptist_diffusiondb.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return texts + prompts


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    return "not pinned (no sched_setaffinity)"


def run() -> None:
    pinned = _pin_one_core()
    texts = sample_texts()
    shipped = TextScanner(TextConfig()).gazetteer_size
    extra = synthetic_names(GAZETTEER_SIZE - shipped)
    started = time.perf_counter()
    scanner = TextScanner(TextConfig(), extra_public_figures=extra)
    build_seconds = time.perf_counter() - started
    policy = Policy()
    print(f"{pinned}; gazetteer {scanner.gazetteer_size:,} names ({shipped:,} shipped) built in {build_seconds:.2f} s")

    for text in texts[:50]:  # warm the caches the way a running server has them
        policy.decide(scanner.scan(text))
    rounds = 5
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            policy.decide(scanner.scan(text))
    elapsed = time.perf_counter() - started
    per_second = rounds * len(texts) / elapsed

    # Baseline: normalise, then a per-name `in` test over the same 100k names (on a sample: it is slow).
    keys = [normalize_name(n) for n in extra] + [normalize_name(n) for n in ("Emma Watson", "Taylor Swift")]
    sample = texts[:40]
    started = time.perf_counter()
    for text in sample:
        view = normalize(text).names.text
        _ = [k for k in keys if k in view]
    baseline_per_second = len(sample) / (time.perf_counter() - started)

    status = "ok" if per_second >= TARGET_PER_SECOND else "BELOW TARGET"
    print(f"scan+decide: {per_second:,.0f} requests/s on one core (target {TARGET_PER_SECOND:,}): {status}")
    print(f"baseline (normalise + per-name `in` over {len(keys):,} names): {baseline_per_second:,.1f} requests/s")
    print(f"ratio: {per_second / baseline_per_second:,.0f}x the baseline")


if __name__ == "__main__":
    run()
