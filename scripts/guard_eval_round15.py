"""Round 15's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round15.jsonl).

Why: round 14 was tuned on in session 11, so it no longer says what to expect on the owner's held-out rows. Round
15 is a fresh set of the same kind, written at the start of that session by writers who never saw round 14 and
were asked to avoid the first people, characters and artists that come to mind, with more shapes of text (a name
in the second sentence, a LoRA's trigger line, a dataset request, two people in one text). Nobody read it while
the guard was changed: it was measured once whole with the guard before the session and once with the guard
after it.

Provenance and licence: 480 rows written for this project in one sitting by two writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0). Each
wrote 240 rows to a brief that fixed the families and their sizes below, and the label rule and conventions of
../shared/data/README.md; people, characters, styles and the wording are the writers' own. ``python
scripts/guard_eval_round15.py PART_G PART_H`` merged the two files and drew the split (seed 20261206) the way
round 12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part G, ids ``ng-``, English, French, Spanish, German, Italian and Portuguese: unlisted-person 80 (little-known
  real people, written every way: capitalised anywhere, lower case, misspelt, dotted, hashtags, leetspeak),
  alias-person 20, fiction-name 50 (characters with ordinary person names), style-artist 30, brand-place 30,
  generic-person 30;
- part H, ids ``nh-``, Polish, Czech, Dutch and Turkish (inflected names) and some English: the same families.

Counts of round 15 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: G 240 (allow 140, consent_required 50, block 50), H 240 (allow 140, consent_required 51, block 49).
- by expected label: allow 280, consent_required 101, block 99.
- by split: tune 241 (allow 140, consent_required 51, block 50), test 239 (allow 140, consent_required 50, block 49).
- by language: en 62, fr 41, es 41, de 39, it 40, pt 39, pl 55, cs 54, nl 54, tr 55; 233 bounties, 247 prompts.
- 27 rows name a person (15 depicted, 12 artists) whom a row of round 14's ``tune`` half also names: the writers
  were blind to each other, and these people are simply among the likely ones.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND15 = Path(__file__).resolve().parent / "guard_eval_round15.jsonl"
SEED = 20261206
__all__ = ["ROUND15", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND15, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
