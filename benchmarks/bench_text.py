"""Text screening throughput and memory: `scan` + `decide` per second on one core, with every detector
loaded and a 100,000-name gazetteer, and the text guard's resident memory.

Target (issue 8): >= 1,000 requests/second on one core. Then 1 MB texts built to make the detectors work hardest
(round 12), each timed against an ordinary 1 MB prompt of the same run: the guard stays linear. Two baselines run in the same process on the
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
from bountyboard.guard.text.shipped import shipped_names

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
    {"fuzzy-listed-names", "style-artists", "given-name-surname", "joined-names", "aliases", "suggestive-context",
     "trigger-tokens", "extra-networks", "pinyin-names", "korean-names", "vietnamese-names", "japanese-names",
     "idol-groups", "cast-actors", "named-body", "likeness-context", "titled-names", "known-from", "epithets", "initials", "thing-names",
     "relative-of-named"}
)  # fmt: skip


_ORDINARY = "a portrait of a woman in a garden, oil painting, "


def hostile_texts(size: int = 1_000_000, seed: int = 1) -> dict[str, str]:
    """1 MB texts that make each detector work hardest: every token a leetspeak trigger, every item a LoRA tag, a
    romanised name or an idol beside a group, every line a negative prompt, artists beside initialled surnames, spaced
    letters, given names with a place (a request this long is refused at the edge; the CLI reads it)."""
    rng = random.Random(seed)
    tokens: list[str] = []
    while sum(len(t) + 1 for t in tokens) < size:
        tokens.append("".join(rng.choice("abcdefgh1") for _ in range(9)) + "1")
    return {
        "ordinary prompt": _ORDINARY * (size // len(_ORDINARY)),
        "distinct leetspeak triggers": " ".join(tokens),
        "LoRA tags": " ".join(f"<lora:liuZihan{i}_v1:0.8>" for i in range(size // 28)),
        "pinyin pairs": "liu zihan zhao xinyue " * (size // 22),
        "Korean, Vietnamese and Japanese names": "kim ji won nguyen thi lan tanaka haruko raw photo " * (size // 50),
        "idols beside their groups": "nayeon from twice, blackpink jennie " * (size // 36),
        "negative prompts": "Negative prompt: clothes\n" * (size // 25),
        # every name a listed artist or an initialled surname beside one (session 42: the list test was quadratic)
        "artists beside initials": "by Greg Rutkowski, A. Bcdefg, " * (size // 30),
        # one run of spaced letters the names view joins into one token, then a name (session 44: the spelt-out test
        # backtracked on it, 44 s for 60 kB), and given names with where the poster knows them from
        "spaced letters before a name": "x " * (size // 2 - 10) + "emma from wirrimbi",
        "given names with where they are from": "emma from wirrimbi, nadia z siłowni, " * (size // 37),
    }


def _seconds(scanner: TextScanner, policy: Policy, text: str) -> float:
    started = time.perf_counter()
    policy.decide(scanner.scan(text))
    return time.perf_counter() - started


def run() -> None:
    pinned = _pin_one_core()
    texts = sample_texts()
    before = _rss_mb()
    shipped_scanner = TextScanner(TextConfig())
    shipped_mb = _rss_mb() - before
    shipped = shipped_scanner.gazetteer_size
    extra = synthetic_names(max(0, GAZETTEER_SIZE - shipped))
    before = _rss_mb()
    started = time.perf_counter()
    scanner = TextScanner(TextConfig(), extra_public_figures=extra)
    build_seconds = time.perf_counter() - started
    full_mb = _rss_mb() - before
    policy = Policy()
    print(f"{pinned}; gazetteer {scanner.gazetteer_size:,} names ({shipped:,} shipped) built in {build_seconds:.2f} s")
    print(f"detectors: {', '.join(d.name for d in scanner.detectors)}")
    grown = f"{full_mb:,.0f} MB more with {len(extra):,} synthetic names" if extra else "the shipped lists hold 100k names already"
    print(f"text guard resident memory: {shipped_mb:,.0f} MB with the shipped lists; {grown}")

    per_second = _per_second(scanner, policy, texts)
    lists_only = TextScanner(TextConfig(), extra_public_figures=extra)
    lists_only.detectors = tuple(d for d in lists_only.detectors if d.name not in ISSUE_8_DETECTORS)
    lists_only_per_second = _per_second(lists_only, policy, texts)

    # Naive baseline: normalise, then a per-name `in` test over 100k names (on a sample: it is slow): the curated
    # lists' keys, topped up with synthetic names (the shipped lists passed 100k in round 7, so `extra` is empty).
    keys = [key for key, _display, _category, _source in shipped_names()]
    keys += [normalize_name(n) for n in synthetic_names(GAZETTEER_SIZE - len(keys))]
    sample = texts[:40]
    started = time.perf_counter()
    for text in sample:
        view = normalize(text).names.text
        _ = [k for k in keys if k in view]
    baseline_per_second = len(sample) / (time.perf_counter() - started)

    status = "ok" if per_second >= TARGET_PER_SECOND else "BELOW TARGET"
    print(f"scan+decide, every detector: {per_second:,.0f} requests/s on one core (target {TARGET_PER_SECOND:,}): {status}")
    print(f"baseline, list-only scanner (no issue-8 detector: {', '.join(sorted(ISSUE_8_DETECTORS))}): {lists_only_per_second:,.0f} requests/s")
    print(f"baseline, normalise + per-name `in` over {len(keys):,} names: {baseline_per_second:,.1f} requests/s")
    print(f"ratio: {per_second / baseline_per_second:,.0f}x the naive baseline, {per_second / lists_only_per_second:.2f}x the list-only scanner")

    # Linear on hostile input: each 1 MB text against the ordinary 1 MB prompt of the same run.
    hostile = hostile_texts()
    ordinary = _seconds(scanner, policy, hostile.pop("ordinary prompt"))
    print(f"1 MB ordinary prompt: {ordinary:.1f} s")
    for name, text in hostile.items():
        seconds = _seconds(scanner, policy, text)
        print(f"1 MB of {name}: {seconds:.1f} s, {seconds / ordinary:.1f}x the ordinary prompt")


if __name__ == "__main__":
    run()
