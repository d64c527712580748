"""Round 23's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round23.jsonl).

Why: round 22's ``tune`` half became tuning data in session 17. Round 23 is a fresh set of the same kind, written
at the start of session 18 by writers who never saw the guard or any earlier round, sent to corners no earlier
writer used (the Isle of Man, Jersey and Guernsey, Shetland, Gibraltar, Malta, Fiji, Tonga, Botswana, Namibia,
Zambia, the Gambia, Alaska, Wyoming, the Dakotas, Nebraska, Nova Scotia, Newfoundland, Tasmania, the Northern
Territory; Monaco, Andorra, New Caledonia, Tahiti, Gabon, Cameroon, Congo-Brazzaville, Kinshasa, Madagascar,
Mauritius, the Seychelles, Haiti, Acadia, Corsica, Alsace, the Auvergne, the Limousin, the Camargue; Asturias,
Extremadura, Murcia, the Balearics, Bolivia, Paraguay, Uruguay, the Dominican Republic, Puerto Rico, Cuba, New
York's Spanish-language media, the Atacama, Arequipa, Guayaquil; East and North Frisia, Schleswig-Holstein,
Lusatia, Thuringia, the Palatinate, the Allgäu, the Mühlviertel, the Zillertal, Graubünden, Basel, St. Gallen,
Namibia's German speakers, the Transylvanian Saxons; Catania, the Salento, Liguria, Umbria, Abruzzo, Parma and
Modena, Padua, Bergamo and Brescia, the Aosta Valley, San Marino, the Italians of Argentina; Braga, Coimbra, the
Algarve, Trás-os-Montes, São Tomé, Guinea-Bissau, Timor-Leste, Macau, Minas Gerais, Bahia, Maranhão, Mato Grosso,
Espírito Santo, the Brazilians of Japan; Kielce, Toruń, Radom, Częstochowa, Zielona Góra, Gorzów, Elbląg,
Suwałki, Przemyśl, Sandomierz, the Bieszczady, the Poles of Vilnius and Berlin, Zaolzie; Brno, South Moravia,
Moravian Wallachia, the Krkonoše, Opava, Pardubice, Kladno, Ústí nad Labem, Teplice, Tábor, Kutná Hora, Znojmo,
Třebíč, Czech Texas; Leeuwarden, Groningen, Drenthe, Zeeland, Nijmegen, Arnhem, Venlo, Maastricht, Zwolle,
Deventer, Twente, the Kempen, Ghent, Leuven, Mechelen, Bruges; Edirne, Çanakkale, Bursa, Eskişehir, Konya,
Mersin, Adana, Hatay, Gaziantep, Şanlıurfa, Mardin, Van, Erzurum, Kars, Denizli, Bodrum, Antalya, the Turks of
Bulgaria, Azerbaijan's Turkish-language media; fencing, judo, oil wrestling, archery, handball, volleyball, darts,
snooker, surfing, skateboarding, climbing, triathlon, jockeys, motocross, esports coaches, referees, club
presidents, tailors, barbers, tattoo artists, potters, glassblowers, butchers, winemakers, shepherds, truckers,
ASMR creators, cosplayers, book-tubers, weather presenters, quiz-show hosts and champions, auctioneers, curators,
archaeologists, astronomers, village mayors, union leaders, TV priests and imams; radio soaps, children's TV,
detective comics, fantasy sagas, visual novels, fighting games, advertising mascots, musicals, operas, folk tales,
stop-motion films, young-adult novels, graphic novels, prime-time dramas, workplace comedies, sketch shows). It
was measured whole with the guard of session 17's end (bd98ab7) and with the guard after session 18's first
changes, printing the figures only.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids wa-001 to wa-120; A2 German, Italian and Portuguese, wa-121 to
wa-240), part B by two (B1 Polish, Czech and English, wb-001 to wb-120; B2 Dutch, Turkish and English, wb-121 to
wb-240), each to half of the part's family sizes, to round 15's brief with round 23's corners; people,
characters, styles and the wording are the writers' own. ``python scripts/guard_eval_round23.py PART_A PART_B``
merged the two parts (each the concatenation of its two halves) and drew the split (seed 20261223) the way round
12's script does: within every part and expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 23 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 137, consent_required 51, block 52), B 240 (allow 138, consent_required 51, block 51);
  writers A1, A2 and B1 named an actor as the character in a few rows (a real person), so allow fell short of 140.
- by expected label: allow 275, consent_required 102, block 103.
- by split: tune 242 (allow 138, consent_required 52, block 52), test 238 (allow 137, consent_required 50, block 51).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND23 = Path(__file__).resolve().parent / "guard_eval_round23.jsonl"
SEED = 20261223
__all__ = ["ROUND23", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND23, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
