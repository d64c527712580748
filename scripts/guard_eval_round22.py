"""Round 22's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round22.jsonl).

Why: round 21's ``tune`` half became tuning data in session 16. Round 22 is a fresh set of the same kind, written
at the start of session 17 by writers who never saw the guard or any earlier round, sent to corners no earlier
writer used (Cornwall, Northumberland, the Outer Hebrides, Bermuda, the Falklands, Belize, Guyana, Sierra Leone,
Liberia, Malawi, Papua New Guinea, Samoa, Hong Kong's and Bangladesh's English-language media, Montana, Utah, New
Mexico, Louisiana, the Yukon, Manitoba, Queensland's outback; Luxembourg, Mayotte, Saint-Pierre-et-Miquelon,
Wallis-et-Futuna, Burkina Faso, Mali, Togo, Chad, Djibouti, the Comoros, Vanuatu, Franco-Ontarians, the Swiss
Jura, Lorraine, the Ardennes; the Canary Islands, Navarre, La Rioja, Cantabria, Aragon, Ceuta and Melilla,
Equatorial Guinea, US Spanish-language media, Costa Rica, Panama, Patagonia, Tierra del Fuego; Vorarlberg,
Carinthia, Styria, South Tyrol, Liechtenstein, East Belgium, Saxony-Anhalt, Mecklenburg, the Ruhr, Swabia,
Franconia, the Saarland; Sardinia, Friuli, Trentino, Calabria, Molise, Basilicata, the Marche, Ticino; the Azores,
Madeira, the Alentejo, Cape Verde, Angola, Mozambique, Goa, Amazonas, Pará, Goiás, Paraná, Santa Catarina, Rio
Grande do Sul, Ceará, Pernambuco; Podlasie, Kashubia, Upper Silesia, Warmia and Masuria, Podhale, Lublin, Rzeszów,
Szczecin, Opole, Bydgoszcz, Polish Chicago, the Poles of the UK and Ireland; Ostrava, Plzeň, Liberec, Olomouc,
Zlín, Jihlava, the Šumava, Karlovy Vary, České Budějovice, Hradec Králové, Czechs in Vienna; Almere, Amersfoort,
Dordrecht, Alkmaar, Hoorn, Texel, Ameland, Breda, Tilburg, Eindhoven, Flemish Limburg, Aalst, Kortrijk, Ostend;
Rize, Giresun, Ordu, Amasya, Tokat, Yozgat, Cappadocia, Isparta, Afyon, Kütahya, Aydın, Tekirdağ, Bolu,
Kastamonu, Sinop, Batman, Hakkari, Iğdır, Gagauzia, the Crimean Tatars, the Turks of Austria, Switzerland and the
US; rowing, canoeing, curling, water polo, bobsleigh, speedway, rallying, table tennis, badminton, bowling, chess,
poker, strongman, bodybuilding, ski jumping, paragliding, bakers, florists, sommeliers, fishmongers, beekeepers,
blacksmiths, TV farmers, vets and doctors, lawyers and judges, police spokespeople, lifeguards, pilots, podcast
hosts, stand-up comedians, street magicians, puppeteers, dubbing and voice actors, sign-language interpreters,
organists, conductors, wedding DJs, influencer couples, cooking grannies, mukbang streamers; puppet shows,
telenovelas, audio dramas, tabletop settings, webcomics, mascots, crime novels, picture books, light novels,
plays, sitcoms, police procedurals, medical and historical dramas, mobile games). It was measured whole with the
guard of session 16's end (cea7267) and with the guard after session 17's first changes, printing the figures
only.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids va-001 to va-120; A2 German, Italian and Portuguese, va-121 to
va-240), part B by two (B1 Polish, Czech and English, vb-001 to vb-120; B2 Dutch, Turkish and English, vb-121 to
vb-240), each to half of the part's family sizes, to round 15's brief with round 22's corners; people,
characters, styles and the wording are the writers' own. ``python scripts/guard_eval_round22.py PART_A PART_B``
merged the two parts (each the concatenation of its two halves) and drew the split (seed 20261222) the way round
12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 22 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 51, block 53);
  the writers labelled an actor named as the character a real person, so allow fell short of 140.
- by expected label: allow 272, consent_required 101, block 107.
- by split: tune 241 (allow 136, consent_required 51, block 54), test 239 (allow 136, consent_required 50, block 53).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND22 = Path(__file__).resolve().parent / "guard_eval_round22.jsonl"
SEED = 20261222
__all__ = ["ROUND22", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND22, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
