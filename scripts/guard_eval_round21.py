"""Round 21's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round21.jsonl).

Why: round 20's ``tune`` half became tuning data in session 15. Round 21 is a fresh set of the same kind, written
at the start of session 16 by writers who never saw the guard or any earlier round, sent to corners no earlier
writer used (the Isle of Man, the Channel Islands, Shetland and Orkney, Lincolnshire, Gibraltar, Malta, Botswana,
Namibia, Zimbabwe, Tanzania, Sri Lanka, Pakistan's English-language media, Hawaii, Alaska, the Midwest, Appalachia,
Tasmania, Fiji; Nice, Monaco, the Vendée, the Limousin, Franche-Comté, the Nord, the French Caribbean, French
Guiana, New Caledonia, Tahiti, Senegal, Côte d'Ivoire, Gabon, Rwanda, Benin, the Aosta Valley; Asturias, Murcia,
Extremadura, León, Ecuador, Venezuela, Uruguay, Paraguay, the Dominican Republic, Puerto Rico; Bremen,
Schleswig-Holstein, Westphalia, the Eifel, Lusatia, Lower Bavaria, Salzburg, Burgenland, Bern, Basel, the Germans
of Namibia and Romania; Apulia, Naples, Turin, Bergamo, Brescia, San Marino, the Arbëreshë, the Italians of
Argentina and Australia; Lisbon, Porto, Trás-os-Montes, Bahia, Rio's suburbs, Maranhão, Brasília, Guinea-Bissau,
São Tomé, Timor-Leste, Macau; Warsaw's Praga, Płock, Elbląg, Przemyśl, Nowy Sącz, Wałbrzych, Legnica, the Poles of
Germany and Norway; Smíchov, Vinohrady, Teplice, Děčín, Prostějov, Kroměříž, Slovácko, Cheb, Tábor, Jablonec, the
Czech Texans; Haarlem, Leiden, Delft, Zwolle, Nijmegen, Arnhem, Den Bosch, Bruges, Hasselt, Bonaire, Sint Maarten;
Trabzon, Edirne, Çanakkale, Balıkesir, Manisa, Denizli, Bodrum, Malatya, Elazığ, Şanlıurfa, Sakarya, Zonguldak,
Beşiktaş, Üsküdar, the Turks of Sweden and France; fencing, handball, darts, snooker, biathlon, motocross, show
jumping, judo, surfing, winemakers, butchers, tattoo artists, barbers, weather presenters, ASMR creators,
audiobook narrators, union leaders, mayors, priests, quiz champions, e-sports casters, radio DJs, folk singers;
radio dramas, video-game side characters, children's TV, comic strips, advertising campaigns, school novels,
musicals and visual novels). It was measured whole with the guard of session 15's end (f5e561e) and with the
guard after session 16's first changes, printing the figures only.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part T
by two (T1 English, French and Spanish, ids ta-001 to ta-120; T2 German, Italian and Portuguese, ta-121 to
ta-240), part U by two (U1 Polish, Czech and English, tu-001 to tu-120; U2 Dutch, Turkish and English, tu-121 to
tu-240), each to half of the part's family sizes, to round 15's brief with round 21's corners; people,
characters, styles and the wording are the writers' own. ``python scripts/guard_eval_round21.py PART_T PART_U``
merged the two parts (each the concatenation of its two halves) and drew the split (seed 20261221) the way round
12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 21 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: T 240 (allow 137, consent_required 52, block 51), U 240 (allow 136, consent_required 51, block 53);
  the writers labelled an actor named as the character a real person, so allow fell short of 140.
- by expected label: allow 273, consent_required 103, block 104.
- by split: tune 242 (allow 137, consent_required 52, block 53), test 238 (allow 136, consent_required 51, block 51).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND21 = Path(__file__).resolve().parent / "guard_eval_round21.jsonl"
SEED = 20261221
__all__ = ["ROUND21", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND21, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
