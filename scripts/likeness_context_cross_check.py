"""What the likeness-context model (decision 0053) adds on rows it never learned from: each tuning set is scored by
a model trained on all the other sets, and decided by the guard with and without that score.

A set left out stands for a new writer (or a new source of real prompts): the figures say what the model
generalises to, unlike the shipped model's figures on its own training rows. Krea's prompts, which no model
trains on (no licence upstream), are scored by the shipped model. The never-read ``test`` halves stay out, as in
training. Takes about seven minutes (one training a set).

    python scripts/likeness_context_cross_check.py
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

import guard_eval as ge  # noqa: E402
import train_likeness_context as training  # noqa: E402

from bountyboard.guard.policy import Policy  # noqa: E402
from bountyboard.guard.signals import SignalKind  # noqa: E402
from bountyboard.guard.text.detectors.likeness_context import LikenessContextDetector  # noqa: E402
from bountyboard.guard.text.likeness_context import shipped_likeness_context_model  # noqa: E402
from bountyboard.guard.text.scanner import TextScanner  # noqa: E402
from bountyboard.guard.verdict import Decision  # noqa: E402

# The last blind set registered in guard_eval, so the label follows each new round without an edit here
LAST_ROUND = max(int(path.stem.removeprefix("guard_eval_round")) for path, _ in ge.BLIND_SETS)
GROUPS = (
    (f"blind writers, rounds 12 to {LAST_ROUND}", lambda name: name.startswith("round") and int(name[5:]) >= 12),
    ("rounds 4 and 6, sealed", lambda name: name in ("round4", "round6", "sealed")),
    ("generated, held-out, dev, extra", lambda name: name in ("general", "heldout", "dev", "extra")),
    ("real prompts: I2P (ours), Six-CD", lambda name: name.startswith("i2p") or name == "sixcd"),
    ("real prompts: Krea (shipped model)", lambda name: name == "krea"),
)


def figures(rows: Sequence[dict[str, Any]], decisions: Sequence[Decision]) -> str:
    real = [d for r, d in zip(rows, decisions, strict=True) if r["expected"] != "allow"]
    blocks = [d for r, d in zip(rows, decisions, strict=True) if r["expected"] == "block"]
    legit = [d for r, d in zip(rows, decisions, strict=True) if r["expected"] == "allow"]
    caught = sum(d is not Decision.ALLOW for d in real)
    blocked = sum(d is Decision.BLOCK for d in blocks)
    wrong = sum(d in (Decision.CONSENT_REQUIRED, Decision.BLOCK) for d in legit)
    review = sum(d is Decision.REVIEW for d in legit)
    return (
        f"recall {caught}/{len(real)} ({caught / max(1, len(real)):.1%}), block {blocked}/{len(blocks)}, "
        f"false positives {wrong}/{len(legit)} ({wrong / max(1, len(legit)):.1%}), "
        f"review {review}/{len(legit)} ({review / max(1, len(legit)):.1%})"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-set", action="store_true", help="print every set's figures, not only the groups'")
    args = parser.parse_args(argv)
    data = ge.shared_data_dir()
    training_sets = training.tuning_sets(data)  # read once: every model below trains on them but one
    sets = list(training_sets)
    for _, name in ge.ROUND11_SOURCES:
        if name in training.LEFT_OUT_SOURCES:
            sets.append((name, ge.guard_eval_real_prompts.rows_of(ge.guard_eval_real_prompts.SOURCES[name], data)))
    scanner = TextScanner(ge.TextConfig())
    rules = tuple(d for d in scanner.detectors if not isinstance(d, LikenessContextDetector))
    policy = Policy()
    without: dict[str, list[Decision]] = {}
    with_model: dict[str, list[Decision]] = {}
    for name, rows in sets:
        if name in training.LEFT_OUT_SOURCES:
            model = shipped_likeness_context_model()
        else:
            model = training.train(training.training_rows(training_sets, leave_out=frozenset({name})))
        # the shipped detector, reading the model that never saw this set: each row is scanned once, by its own set's
        scanner.detectors = (*rules, LikenessContextDetector(model))
        without[name], with_model[name] = decide(rows, scanner, policy)
        if args.per_set:
            print(f"{name}\n  guard alone:    {figures(rows, without[name])}\n  with the model: {figures(rows, with_model[name])}")
    for title, member in GROUPS:
        names = [name for name, _ in sets if member(name)]
        rows = [r for name, rs in sets if name in names for r in rs]
        print(f"{title} ({len(rows)} rows)")
        print(f"  guard alone:    {figures(rows, [d for n in names for d in without[n]])}")
        print(f"  with the model: {figures(rows, [d for n in names for d in with_model[n]])}")
    return 0


def decide(rows: Sequence[dict[str, Any]], scanner: TextScanner, policy: Policy) -> tuple[list[Decision], list[Decision]]:
    """Each row's decision without the model's signal and with it."""
    alone: list[Decision] = []
    both: list[Decision] = []
    for row in rows:
        signals = scanner.scan(row["text"])
        alone.append(policy.decide([s for s in signals if s.kind is not SignalKind.LIKENESS_CONTEXT]).decision)
        both.append(policy.decide(signals).decision)
    return alone, both


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
