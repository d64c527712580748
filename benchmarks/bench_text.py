"""Text screening throughput and memory: `scan` + `decide` per second on one core, with every detector
loaded and a 100,000-name gazetteer, and the text guard's resident memory.

Target (issue 8): >= 1,000 requests/second on one core. Two baselines run in the same process on the
same texts: the list-only scanner (the same scanner with the issue-8 detectors, fuzzy, given, joined and
run-together names, aliases and the inflected suggestive context, taken out: what the guard did before them) and the naive approach a first version would take
(normalise the text, then test each of the 100k names with Python's ``in``). Resident memory is the
process's RSS growth while the text guard is built: with the shipped lists only, then with 100k names.
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

TARGET_PER_SECOND = 1_000
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


def _rss_mb() -> float:
    """Resident set size now, from /proc (Linux); 0 where it cannot be read."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _per_second(scanner: TextScanner, policy: Policy, texts: list[str], rounds: int = 5) -> float:
    for text in texts[:50]:  # warm the caches the way a running server has them
        policy.decide(scanner.scan(text))
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            policy.decide(scanner.scan(text))
    return rounds * len(texts) / (time.perf_counter() - started)


# The detectors issue 8 added; without them the scanner behaves as it did before (lists + name shapes).
ISSUE_8_DETECTORS = frozenset(
    {"fuzzy-listed-names", "style-artists", "given-name-surname", "joined-names", "aliases", "suggestive-context"}
)


def run() -> None:
    pinned = _pin_one_core()
    texts = sample_texts()
    before = _rss_mb()
    shipped_scanner = TextScanner(TextConfig())
    shipped_mb = _rss_mb() - before
    shipped = shipped_scanner.gazetteer_size
    extra = synthetic_names(GAZETTEER_SIZE - shipped)
    before = _rss_mb()
    started = time.perf_counter()
    scanner = TextScanner(TextConfig(), extra_public_figures=extra)
    build_seconds = time.perf_counter() - started
    full_mb = _rss_mb() - before
    policy = Policy()
    print(f"{pinned}; gazetteer {scanner.gazetteer_size:,} names ({shipped:,} shipped) built in {build_seconds:.2f} s")
    print(f"detectors: {', '.join(d.name for d in scanner.detectors)}")
    print(f"text guard resident memory: {shipped_mb:,.0f} MB with the shipped lists, {full_mb:,.0f} MB more with 100k names")

    per_second = _per_second(scanner, policy, texts)
    lists_only = TextScanner(TextConfig(), extra_public_figures=extra)
    lists_only.detectors = tuple(d for d in lists_only.detectors if d.name not in ISSUE_8_DETECTORS)
    lists_only_per_second = _per_second(lists_only, policy, texts)

    # Naive baseline: normalise, then a per-name `in` test over the same 100k names (on a sample: it is slow).
    keys = [normalize_name(n) for n in extra] + [normalize_name(n) for n in ("Emma Watson", "Taylor Swift")]
    sample = texts[:40]
    started = time.perf_counter()
    for text in sample:
        view = normalize(text).names.text
        _ = [k for k in keys if k in view]
    baseline_per_second = len(sample) / (time.perf_counter() - started)

    status = "ok" if per_second >= TARGET_PER_SECOND else "BELOW TARGET"
    print(f"scan+decide, every detector: {per_second:,.0f} requests/s on one core (target {TARGET_PER_SECOND:,}): {status}")
    print(f"baseline, list-only scanner (no fuzzy, given-name, joined-name, alias or suggestive-context detector): {lists_only_per_second:,.0f} requests/s")
    print(f"baseline, normalise + per-name `in` over {len(keys):,} names: {baseline_per_second:,.1f} requests/s")
    print(f"ratio: {per_second / baseline_per_second:,.0f}x the naive baseline, {per_second / lists_only_per_second:.2f}x the list-only scanner")


if __name__ == "__main__":
    run()
