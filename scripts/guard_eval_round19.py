"""Round 19's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round19.jsonl).

Why: round 18's ``tune`` half became tuning data in session 13. Round 19 is a fresh set of the same kind, written
at the start of session 14 by writers who never saw the guard or any earlier round, sent to corners no earlier
writer used (Northern England, Cornwall, the Isle of Man, Appalachia, Hawaii, Nigeria, Kenya, Singapore, Corsica,
Marseille, Normandy, Savoy, Guadeloupe, Cameroon, Morocco, Tunisia, Lebanon, Tahiti, the Basque Country, Asturias,
Peru, Bolivia, Uruguay, Cuba, Puerto Rico; Swabia, Cologne's carnival, the Ruhr, East Frisia, Franconia, Styria,
Veneto, Friuli, Liguria, Emilia-Romagna, Calabria, Ticino, the Alentejo, Madeira, the Amazon, Minas Gerais, Cape
Verde, Timor-Leste; Kashubia, Masuria, Lublin, Łódź, Wrocław, the Bieszczady, Plzeň, Liberec, Olomouc, the Šumava,
the Czech Vietnamese community; Groningen, Twente, Brabant's carnival, Rotterdam, Antwerp, Ghent, Dutch Moroccan
and Indo-Dutch media, Ankara, Bursa, Konya, Diyarbakır, Hatay, Thrace, Azerbaijani TV; snooker, padel, judo,
fencing, darts, oil wrestling, biathlon, canoe slalom, ASMR, auctioneers, lottery presenters). It was measured
whole with the guard before session 14 and with the guard after session 14's first changes, printing the figures
only. One writer's closing report named one row (qp-198, an actor named as his character).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part O
by two (O1 English, French and Spanish, ids qo-001 to qo-120; O2 German, Italian and Portuguese, qo-121 to
qo-240), part P by two (P1 Polish, Czech and English, qp-001 to qp-120; P2 Dutch, Turkish and English, qp-121 to
qp-240), each to half of the part's family sizes, to round 15's brief (../shared/data/README.md's label rule and
conventions; the brief of round 18's docstring, written in appends of 30 rows) with round 19's corners; people,
characters, styles and the wording are the writers' own. ``python scripts/guard_eval_round19.py PART_O PART_P``
merged the two parts (each the concatenation of its two halves) and drew the split (seed 20261219) the way round
12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 19 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: O 240 (allow 138, consent_required 50, block 52), P 240 (allow 137, consent_required 50, block 53);
  the writers labelled an actor named as his character a real person, so allow fell short of 140 by two and three.
- by expected label: allow 275, consent_required 100, block 105.
- by split: tune 241 (allow 138, consent_required 50, block 53), test 239 (allow 137, consent_required 50, block 52).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55; 227 bounties, 253 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND19 = Path(__file__).resolve().parent / "guard_eval_round19.jsonl"
SEED = 20261219
__all__ = ["ROUND19", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND19, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
