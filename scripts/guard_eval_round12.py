"""Round 12's labelled set: add-on models and romanised East Asian names (scripts/guard_eval_round12.jsonl).

Why: prompts written for Civitai-era models name their subject through the add-on models they load
(``<lora:liYitongChinese_v10:0.7>``, a DreamBooth trigger such as "ccr4wf0rd"), and the people most often
made into likeness LoRAs include Chinese, Korean and Japanese actresses and idols, whose romanised names no
given-name list of ours holds. No earlier set had either, so round 12's detectors (decision 0035) could not be
measured on them.

Provenance and licence: 480 rows written for this project in one sitting by two writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0). Each
wrote 240 rows to a brief that fixed the families and their sizes below, and the label rule and conventions of
../shared/data/README.md; people, characters, styles and the wording are the writers' own. ``python
scripts/guard_eval_round12.py PART_A PART_B`` merged the two files and drew the split (seed 20261203): within
every part and expected label, a shuffled half is ``tune`` and the other ``test``. The lead reads only the
``tune`` half while tuning; the ``test`` half is measured once.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part A, ids ``ma-``: person-tag 70 (a real person's LoRA or embedding, in every naming habit), obfuscated-trigger
  30 (the person only as a leetspeak or initials trigger token), given-name-lora 10 (a LoRA named with a private
  person's given name in a photograph), style-tag 45, character-tag 55, artist-tag 15, minor-tag 15;
- part B, ids ``rb-``: pinyin-person 60, korean-person 25, japanese-person 25, other-asian-person 10, pinyin-word
  40 (Chinese culture words and places), asian-fiction 50 (characters of games, anime, novels), asian-artist 15,
  minor-with-fiction 15 (``asian-minor``).

Counts of round 12 (480 rows; scripts/tests/test_guard_eval_round12.py checks them):
- by part: A 240 (allow 119, consent_required 50, block 71), B 240 (allow 109, consent_required 59, block 72).
- by expected label: allow 228, consent_required 109, block 143.
- by split: tune 242 (allow 115, consent_required 55, block 72), test 238 (allow 113, consent_required 54, block 71).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROUND12 = Path(__file__).resolve().parent / "guard_eval_round12.jsonl"
SEED = 20261203
KEYS = (
    "id", "lang", "text", "source", "real_person", "person_names", "private_person", "sexual", "minor", "expected",
    "family", "form", "split",
)  # fmt: skip


def with_splits(parts: list[list[dict[str, Any]]], seed: int = SEED) -> list[dict[str, Any]]:
    """The parts' rows in order, each with its split: a shuffled half of every part's expected label is ``tune``."""
    rng = random.Random(seed)
    strata: dict[tuple[int, str], list[str]] = defaultdict(list)
    for index, part in enumerate(parts):
        for row in part:
            strata[(index, row["expected"])].append(row["id"])
    tune: set[str] = set()
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        tune.update(ids[: (len(ids) + 1) // 2])
    return [{**{k: row[k] for k in KEYS if k != "split"}, "split": "tune" if row["id"] in tune else "test"} for part in parts for row in part]


def merge(
    argv: list[str], *, description: str, out: Path, seed: int,
    draw: Callable[[list[list[dict[str, Any]]], int], list[dict[str, Any]]] | None = None,
) -> int:
    """The command line of every blind set: two writers' files in, the merged and split set out (``draw``: a round's own
    split, round 48's; this module's ``with_splits`` by default)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("parts", nargs=2, type=Path, help="the two writers' JSONL files, in the brief's order")
    parser.add_argument("--out", type=Path, default=out, help="where the merged set goes (default %(default)s)")
    args = parser.parse_args(argv)
    parts = [[json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] for path in args.parts]
    rows = (draw or with_splits)(parts, seed)
    args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND12, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
