"""Round 20's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round20.jsonl).

Why: round 19's ``tune`` half became tuning data in session 14. Round 20 is a fresh set of the same kind, written
at the start of session 15 by writers who never saw the guard or any earlier round, sent to corners no earlier
writer used (the Midlands, East Anglia, Kent, Devon, London's boroughs, Ghana, Uganda, Zambia, Malaysia, the
Philippines, Texas, the Deep South, New England, Newfoundland; Bordeaux, Occitanie, Auvergne, Burgundy, Lorraine,
Champagne, Picardy, Madagascar, Haiti, Mauritius, Algeria, Congo, Acadia; Aragon, Navarre, Valencia, La Rioja,
Cantabria, the Balearics, Central America, Equatorial Guinea, the Spanish-language media of Miami and Los Angeles;
Berlin, Brandenburg, Lower Saxony, Hesse, the Palatinate, Saarland, Baden, the Allgäu, Tyrol, Vienna, Eastern
Belgium; Piedmont, Lombardy, Trentino, Lazio, Molise, Basilicata, Istria; Coimbra, the Beiras, Setúbal,
Pernambuco, Ceará, Rio Grande do Sul, Pará, Brazil's Japanese community; Kuyavia, Opole, Lubusz, Suwałki, the
Tricity, Szczecin, Częstochowa, Ústí nad Labem, Zlín, Pardubice, Opava, Kladno, the Krkonoše; the Zaanstreek,
Volendam, The Hague, the Veluwe, Flevoland, the Kempen, Brussels, Leuven, Aruba; Gaziantep, Adana, Mersin,
Antalya, Kayseri, Erzurum, Van, Mardin, Kars; speedway, ski jumping, rowing, korfball, archery, weightlifting,
cheesemakers, bakers, magicians, puppeteers, dubbing voices, brand mascots, puppet shows and audio books). It was
measured whole with the guard of session 14's end (c679ab2) and with the guard after session 15's first changes,
printing the figures only.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part R
by two (R1 English, French and Spanish, ids ra-001 to ra-120; R2 German, Italian and Portuguese, ra-121 to
ra-240), part S by two (S1 Polish, Czech and English; S2 Dutch, Turkish and English), each to half of the part's
family sizes, to round 15's brief with round 20's corners; people, characters, styles and the wording are the
writers' own. Part S's writers were given the prefix "rb", which round 12 already uses: the merge wrote their ids
as rs-001 to rs-240, nothing else changed. ``python scripts/guard_eval_round20.py PART_R PART_S`` merged the two
parts (each the concatenation of its two halves) and drew the split (seed 20261220) the way round 12's script
does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 20 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: R 240 (allow 137, consent_required 51, block 52), S 240 (allow 136, consent_required 53, block 51);
  the writers labelled an actor named as his character a real person, so allow fell short of 140 by three and four.
- by expected label: allow 273, consent_required 104, block 103.
- by split: tune 242 (allow 137, consent_required 53, block 52), test 238 (allow 136, consent_required 51, block 51).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55; 241 bounties, 239 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND20 = Path(__file__).resolve().parent / "guard_eval_round20.jsonl"
SEED = 20261220
__all__ = ["ROUND20", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND20, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
