"""Round 14's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round14.jsonl).

Why: the owner's held-out rows are of this kind (hand-written requests in ten languages naming mostly people
absent from every shipped list), and every earlier set of the kind has been tuned on since. Round 14 is a fresh
one, written after round 13's guard was finished, to say what to expect there; it was measured once whole before
anything was changed for it.

Provenance and licence: 480 rows written for this project in one sitting by two writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0). Each
wrote 240 rows to a brief that fixed the families and their sizes below, and the label rule and conventions of
../shared/data/README.md; people, characters, styles and the wording are the writers' own. ``python
scripts/guard_eval_round14.py PART_E PART_F`` merged the two files and drew the split (seed 20261205) the way
round 12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part E, ids ``le-``, English, French, Spanish, German, Italian and Portuguese: unlisted-person 80 (little-known
  real people, written every way: capitalised anywhere, lower case, misspelt, dotted, hashtags, leetspeak),
  alias-person 20, fiction-name 50 (characters with ordinary person names), style-artist 30, brand-place 30,
  generic-person 30;
- part F, ids ``lf-``, Polish, Czech, Dutch and Turkish (inflected names) and some English: the same families.

Counts of round 14 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: E 240 (allow 140, consent_required 50, block 50), F 240 (allow 140, consent_required 50, block 50).
- by expected label: allow 280, consent_required 100, block 100.
- by split: tune 240 (allow 140, consent_required 50, block 50), test 240 (allow 140, consent_required 50, block 50).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND14 = Path(__file__).resolve().parent / "guard_eval_round14.jsonl"
SEED = 20261205
__all__ = ["ROUND14", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND14, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
