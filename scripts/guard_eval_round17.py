"""Round 17's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round17.jsonl).

Why: round 16 was written at the start of session 12 to measure that session's changes, but the false-positive
rows of both its halves were printed once by mistake while its figures were taken (a ``grep`` that matched the row
lines as well as the figure line), so it can no longer stand for rows nobody has seen. Round 17 is a fresh set of
the same kind, written in the same session by two more writers who never saw the guard or any earlier round, asked
to reach into other corners (Ireland, Scotland, Australia, Catalonia, the Basque Country, Galicia, southern Italy,
Lusophone Africa, Romandie, Bavaria, Silesia, Moravia, Limburg, the Black Sea coast; darts, snooker, rally, chess
streamers, farmers and gardeners on TV, pageant winners, ASMR creators; radio plays, newspaper strips, sitcoms,
advertising mascots). Nobody read it: it was measured whole with the guard before session 12 and with the guard
after it (again after each fix of the final read, which moved no figure), printing the figures only.

Provenance and licence: 480 rows written for this project in one sitting by two writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0). Each
wrote 240 rows to round 15's brief (the families and their sizes below, the label rule and conventions of
../shared/data/README.md) with round 17's corners added; people, characters, styles and the wording are the
writers' own. ``python scripts/guard_eval_round17.py PART_K PART_L`` merged the two files and drew the split
(seed 20261217) the way round 12's script does: within every part and expected label, a shuffled half is ``tune``
and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part K, ids ``ok-``, English, French, Spanish, German, Italian and Portuguese: unlisted-person 80 (little-known
  real people, written every way: capitalised anywhere, lower case, misspelt, dotted, hashtags, leetspeak),
  alias-person 20, fiction-name 50 (characters with ordinary person names), style-artist 30, brand-place 30,
  generic-person 30;
- part L, ids ``ol-``, Polish, Czech, Dutch and Turkish (inflected names) and some English: the same families.

Counts of round 17 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: K 240 (allow 140, consent_required 51, block 49), L 240 (allow 140, consent_required 50, block 50).
- by expected label: allow 280, consent_required 101, block 99.
- by split: tune 241 (allow 140, consent_required 51, block 50), test 239 (allow 140, consent_required 50, block 49).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55; 237 bounties, 243 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND17 = Path(__file__).resolve().parent / "guard_eval_round17.jsonl"
SEED = 20261217
__all__ = ["ROUND17", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND17, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
