"""Round 13's labelled set: Korean, Vietnamese, Japanese, Thai and Filipino names, one-word stage names, and the
words and characters that look like them (scripts/guard_eval_round13.jsonl).

Why: round 12 gave Korean and Japanese names 50 rows between them and none to Vietnamese names or to real people
known by one word; round 13's detectors (decision 0036) read Korean and Vietnamese names by their shape, East Asian
characters written family name first, and idols named beside their group, and could not be measured without a
set that holds those people and their traps (K-drama, manhwa and anime characters, culture words, places).

Provenance and licence: 480 rows written for this project in one sitting by two writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0). Each
wrote 240 rows to a brief that fixed the families and their sizes below, and the label rule and conventions of
../shared/data/README.md; people, characters, styles and the wording are the writers' own. ``python
scripts/guard_eval_round13.py PART_C PART_D`` merged the two files and drew the split (seed 20261204) the way
round 12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.
The lead reads only the ``tune`` half while tuning; the ``test`` half is measured once.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part C, ids ``kc-``: korean-person 70, vietnamese-person 35, korean-word 30 (culture words and places), korean-fiction
  50 (K-drama, manhwa and game characters), generic-asian 25 (unnamed people), korean-artist 15, korean-minor 15;
- part D, ids ``jd-``: japanese-person 65, stage-name 35 (real people named by one word), other-asian-person 20
  (Thai, Filipino, Indonesian, Malaysian), japanese-fiction 55, japanese-word 35, japanese-artist 15,
  japanese-minor 15.

Counts of round 13 (480 rows; scripts/tests/test_guard_eval_round13.py checks them):
- by part: C 240 (allow 126, consent_required 52, block 62), D 240 (allow 110, consent_required 61, block 69).
- by expected label: allow 236, consent_required 113, block 131.
- by split: tune 241 (allow 118, consent_required 57, block 66), test 239 (allow 118, consent_required 56, block 65).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND13 = Path(__file__).resolve().parent / "guard_eval_round13.jsonl"
SEED = 20261204
__all__ = ["ROUND13", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND13, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
