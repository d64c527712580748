"""Round 30's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round30.jsonl).

Why: round 29's ``tune`` half became tuning data in session 24. Round 30 is a fresh set of the same kind, written
during session 25 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Northumberland, the Lake District, the Fens, Shetland, the Channel Islands, Cumbria, Newfoundland, Prince Edward
Island, the Ozarks, West Virginia, Idaho, Hawaii's Big Island, Montego Bay, Grenada, Guyana, Sierra Leone, Zambia,
the Seychelles; Finistère, the Ardèche, the Landes, Corsica, Lorraine, Picardy, the Morvan, the Camargue,
Martinique, Guadeloupe, Réunion, Saint-Louis du Sénégal, Madagascar, Lausanne, Liège, Montréal's Plateau; Vigo,
Cantabria, La Rioja, Almería, Lanzarote, Ibiza, Valparaíso, Cuenca, Maracaibo, Costa Rica, Guatemala, Puerto Rico,
Córdoba; the Eifel, the Saarland, Upper Lusatia, the Altmark, the Ortenau, the Bavarian Forest, the
Salzkammergut, Carinthia, Burgenland, the Emmental, Appenzell, Basel; Alto Adige, the Langhe, the Riviera, Abruzzo,
Molise, Calabria, the Barbagia, Trieste, Mantua, Lecce, Perugia; the Azores, Coimbra, Porto, the Douro, Cape Verde,
Guinea-Bissau, São Tomé, Pernambuco, Ceará, Pará, Santa Catarina, Mato Grosso; Nowa Huta, Podhale, Kashubia,
Lublin, Toruń, Zielona Góra, Kielce, Gliwice, Suwałki, Bydgoszcz; Ostrava, České Budějovice, Jihlava, Zlín, the
Krkonoše, the Šumava, Kutná Hora, Ústí nad Labem, Košice, Prešov, Riga, Tallinn; Belfast, Cardiff, Detroit,
Wisconsin, Oregon, Tasmania, Queensland, Wellington, Nairobi, Manila, Kuala Lumpur; Leeuwarden, Twente,
Maastricht, Utrecht, Nijmegen, Texel, Den Bosch, Antwerp, Leuven, Ostend, Genk, Suriname, Curaçao; Trabzon, Rize,
Samsun, Kayseri, Diyarbakır, Şanlıurfa, Antalya, Bodrum, Karşıyaka, Kars, Sinop, Northern Cyprus; Cornwall,
Yorkshire, Bristol, Leeds, Aberdeen, Texas, Louisiana, Oklahoma, Tennessee, Alberta, the South Island, Fiji; fell
runners, ploughing matches, darts commentators, bingo callers, hurling referees, lobstermen, square-dance callers,
rodeo clowns, steel pan, calypso, pétanque, musette, chansonniers, Basque pelota, cumbia, vallenato, biathlon,
bobsleigh, Schwingen, yodelling, Blasmusik, Büttenredner, Tatort, Serie C, motocross, opera tenors, sommeliers,
pizzaioli, fado, forró, frevo, MMA, speedway, ski mountaineering, canoe slalom, polka bands, wedding singers,
korfball, zate hermeniekes, tulip growers, dike wardens, smartlappen, horon, kemençe, oil wrestling, cage fighting,
line dancing, gospel, auctioneers, cricket umpires; weather girls, newsreaders, horoscope hosts, radio preachers,
magicians, ventriloquists, lottery presenters, TikTok dancers, tarot streamers, TV judges, matchmaking hosts,
Twitch streamers, beauty vloggers; British sitcoms, Punch and Judy, Acadian tales, 1970s bandes dessinées, tebeos,
Chilean teleseries, Krimis, Hörspiele, Kasperle, sceneggiati, spaghetti westerns, Topolino, novelas das nove,
Polish cartoons of the 1970s, Czech puppet films, Christmas fairy tales, web comics, Dutch children's books,
Flemish soaps, Turkish dizi, Nasreddin Hodja, Gırgır, British panel shows, sea shanties, mascots). It was measured
whole, figures only, with the guard of session 24's end (4f3656a) before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ai-001 to ai-120; A2 German, Italian and Portuguese, ai-121 to
ai-240), part B by two (B1 Polish, Czech and English, aj-001 to aj-120; B2 Dutch, Turkish and English, aj-121 to
aj-240), each to half of the part's family sizes, to a brief of round 15's kind with round 30's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
One writer (A2) said the real people of its sexual rows are regional figures named from memory, with no sexual
detail; one (B2) said its private people's names are invented; no writer wrote a sexual row about a teenager.
``python scripts/guard_eval_round30.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261230) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 30 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 139, consent_required 46, block 55), B 240 (allow 135, consent_required 49, block 56);
  the writers named an actor as the character in a few fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 274, consent_required 95, block 111.
- by split: tune 242 (allow 138, consent_required 48, block 56), test 238 (allow 136, consent_required 47, block 55).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND30 = Path(__file__).resolve().parent / "guard_eval_round30.jsonl"
SEED = 20261230
__all__ = ["ROUND30", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND30, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
