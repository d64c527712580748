"""Round 18's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round18.jsonl).

Why: round 17 was never read in session 12, and in session 13 its ``tune`` half became tuning data (its ``test``
half stays unread). Round 18 is a fresh set of the same kind, written at the start of session 13 by writers who
never saw the guard or any earlier round, sent to corners earlier writers had not used (New Zealand, Wales, South
Africa, the Caribbean, Alsace, Brittany, Réunion, Francophone West Africa, Argentina, Chile, Colombia, the
Canaries, Luxembourg, South Tyrol, Saxony, Sardinia, Angola, the Azores; Pomerania, Podlasie, the Tatras, Ostrava,
South Bohemia, Friesland, Zeeland, Suriname and the Antilles, Flemish radio, Izmir, Eskişehir, Cyprus; curling,
rowing, speedway, ski jumping, korfball, dubbing voices, quiz shows, booktubers, disco polo). Nobody read it: it
was measured whole with the guard before session 13 and with the guard after it, printing the figures only. One
writer's closing report quoted one row (pn-063, an actor named as his character).

Provenance and licence: 480 rows written for this project in one sitting by writers who did not open the guard's
code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part M by one
writer, part N by two (N1 Polish and Czech, ids pn-001 to pn-120; N2 Dutch and Turkish, pn-121 to pn-240, each to
half of the part's family sizes), to round 15's brief (the families and their sizes below, the label rule and
conventions of ../shared/data/README.md) with round 18's corners added; people, characters, styles and the wording
are the writers' own. ``python scripts/guard_eval_round18.py PART_M PART_N`` merged the two parts and drew the
split (seed 20261218) the way round 12's script does: within every part and expected label, a shuffled half is
``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part M, ids ``pm-``, English, French, Spanish, German, Italian and Portuguese: unlisted-person 80 (little-known
  real people, written every way: capitalised anywhere, lower case, misspelt, dotted, hashtags, leetspeak),
  alias-person 20, fiction-name 50 (characters with ordinary person names), style-artist 30, brand-place 30,
  generic-person 30;
- part N, ids ``pn-``, Polish, Czech, Dutch and Turkish (inflected names) and some English: the same families.

Counts of round 18 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: M 240 (allow 138, consent_required 50, block 52), N 240 (allow 137, consent_required 50, block 53);
  the writers labelled an actor named as his character a real person, so allow fell short of 140 by two and three.
- by expected label: allow 275, consent_required 100, block 105.
- by split: tune 241 (allow 138, consent_required 50, block 53), test 239 (allow 137, consent_required 50, block 52).
- by language: en 80, fr 36, es 36, de 36, it 36, pt 36, pl 55, cs 55, nl 55, tr 55; 234 bounties, 246 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND18 = Path(__file__).resolve().parent / "guard_eval_round18.jsonl"
SEED = 20261218
__all__ = ["ROUND18", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND18, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
