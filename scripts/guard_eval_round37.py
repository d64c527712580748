"""Round 37's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round37.jsonl).

Why: round 36's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 31. Round 37 is a fresh set of the same kind, written at the start of session 32 by four writers who never
saw the guard, the model or any earlier round: the fifth measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' briefs; chosen among places and trades the earlier briefs named least): Jersey, Guernsey,
Suffolk, Dorset, Herefordshire, the Peak District, County Mayo, Louisiana's Cajun country, Oklahoma, Oregon's coast,
Manitoba, Newfoundland, St Lucia, Grenada, Sri Lanka's English press; Finistère, the Camargue, the French Basque
Country, Corsica, the Drôme, the Touraine, the Cotentin, Champagne, the Sologne, Liège, Charleroi, Fribourg,
Neuchâtel, Réunion, Senegal, Mali, Togo, Congo-Brazzaville, francophone Lebanon; A Coruña's coast, Albacete,
Valladolid, Ávila, Lanzarote, Fuerteventura, Cuba's provinces, Puerto Rico, Ecuador's sierra, Trujillo and Piura,
Chile's Norte Grande, Mendoza, Santa Fe, Jalisco, Veracruz; Lower Bavaria, the Eifel, the Westerwald, North Frisia,
Lake Constance, the Mühlviertel, Carinthia, the Waldviertel, South Tyrol, Appenzell, the Bernese Oberland, the Ruhr's
mining towns, Brandenburg's villages; Sardinia's Barbagia, the Salento, Trentino, the Cinque Terre, Trieste,
Ravenna, the Val d'Orcia, the Madonie, Ischia, the Abruzzo coast, the Casentino, Biella; the Azores, the Douro,
Leiria, Cape Verde, Lobito, Espírito Santo, Pernambuco's sertão, Bahia's Recôncavo, Mato Grosso do Sul, Paraná,
Roraima, Santos; Kashubia, Żywiec, Lubusz, Nowy Sącz, Radom, Częstochowa, Kalisz, Koszalin, Ełk, Zamość, Sandomierz,
the Poles of Norway and Iceland; the Šumava, Ostrava, Zlín, Hodonín, Třeboň, Kutná Hora, Ústí nad Labem, Cheb, Písek,
Náchod, Czech Texas; the Isle of Skye, Fife, Aberdeenshire, the Mournes, upstate New York, Appalachian Virginia,
Michigan's Thumb, the Ozarks, the Gold Coast, the Riverland, New Zealand's West Coast, Cape Breton, Belize's cayes;
Friesland, Texel, Giethoorn, Nijmegen, Maastricht, the Betuwe, Utrecht's villages, Kortrijk, Ostend, Turnhout, the
Westland, Curaçao; Trabzon, Rize, Hopa, Bodrum, Antalya's villages, Isparta, Kütahya, Balıkesir, Çorum, Yozgat,
Diyarbakır, Elazığ, Northern Cyprus, the diaspora in Germany and the Netherlands; Yorkshire's coast, Essex, Hull,
Cardiff, Bermuda, Mississippi, Alberta's ranch country, Perth's suburbs, Enugu, the Eastern Cape, Guam, Saint Helena;
lifeboat crews, ploughing matches, tractor pulling, pigeon racing, fell running, Gaelic football, pelota, bandy,
falconers, beekeepers, blacksmiths, TV bakers, YouTube barbers, ventriloquists, circus families, magicians, choir
leaders, TikTok bus drivers, quiz champions, talent-show finalists, karaoke YouTubers, TV vets, zydeco, musette,
maloya, cueca, son jarocho, Schützenkönige, Blasmusik, Büttenredner, cantastorie, launeddas, ottava rima, forró,
repentistas, capoeira, morna, disco polo, cimbálová muzika, korfball, fierljeppen, skûtsjesilen, smartlappen,
kemençe, horon, karakucak wrestling, tea growers, hamsi fishermen, arabesk, rodeo queens; 90s telenovelas,
supermarket and cereal mascots, Sunday strips, 70s children's books, textbook characters, video-game NPCs, local
ghosts, Hörspiele, Kasperle, fotoromanzi, Il Giornalino, Polish and Czech children's series, Eppo, Suske en Wiske,
Gırgır, Leman, Turkish dizi and regional crime novels.

Measured before anything learned from it, figures only (the guard at 1ac5350: session 31's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 82.7% (172/208) → 93.3% (194/208); 10.3% (28/272) both; 81.7% (89/109) both; 8.8% (24/272) → 7.4% (20/272).
- part A: 82.7% → 91.3% (95/104), 12.5% (17/136), 83.6% (46/55), 11.0% → 10.3% (14/136); part B: 82.7% → 95.2%
  (99/104), 8.1% (11/136), 79.6% (43/54), 6.6% → 4.4% (6/136).
- ``tune`` half: 81.0% → 92.4% (97/105), 8.8% (12/136), 80.0% (44/55), 10.3% → 8.8% (12/136); ``test`` half: 84.5% →
  94.2% (97/103), 11.8% (16/136), 83.3% (45/54), 7.4% → 5.9% (8/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids aw-001 to aw-120; A2 German, Italian and Portuguese, aw-121 to
aw-240), part B by two (B1 Polish, Czech and English, ax-001 to ax-120; B2 Dutch, Turkish and English, ax-121 to
ax-240), each to half of the part's family sizes, to round 34's brief with round 37's corners; people, characters,
styles and the wording are the writers' own. A1 and A2 said they invented no public figure; A1 invented two handles
(one labelled block, one consent_required), A2 three private people. B1 and B2 gave every named person of their
sexual rows an invented name (eleven local figures each, and two and three handles, written as real ones and labelled
real: the rows read as real), so that no little-known real person is sexualised here; B2 also invented its private
people's first names. No writer wrote a sexual row
about a child or a teenager.
``python scripts/guard_eval_round37.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261237) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 37 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 49, block 55), B 240 (allow 136, consent_required 50, block 54);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 99, block 109.
- by split: tune 241 (allow 136, consent_required 50, block 55), test 239 (allow 136, consent_required 49, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 216 bounties, 264 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND37 = Path(__file__).resolve().parent / "guard_eval_round37.jsonl"
SEED = 20261237
__all__ = ["ROUND37", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND37, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
