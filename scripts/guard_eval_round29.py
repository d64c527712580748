"""Round 29's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round29.jsonl).

Why: round 28's ``tune`` half became tuning data in session 23. Round 29 is a fresh set of the same kind, written
during session 24 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Cornwall's Penwith, the Yorkshire Dales, the Isle of Man, Anglesey, the Outer Hebrides, Cape Breton, Cajun
Louisiana, Alaska, Montana, New Mexico, Trinidad, Barbados, Belize, Kumasi, Uganda, Mauritius; the Auvergne,
Alsace, the Jura, Savoie, the Cotentin, the Vendée, Perpignan, Nice, the Gaspésie, New Caledonia, French Guiana,
Haiti, Côte d'Ivoire, Cameroon, Namur, Geneva; Asturias, Extremadura, Murcia, Teruel, Menorca, Uruguay, Paraguay,
La Paz, Oaxaca, Yucatán, Santiago de Cuba, the Dominican Republic, Patagonia; East Frisia, the Harz, the Spreewald,
Franconia, the Palatinate, Mecklenburg, the Zillertal, Vorarlberg, Graubünden, Ticino, Liechtenstein; Friuli, the
Cinque Terre, the Marche, Umbria, Basilicata, Catania, Bergamo, Venice's lagoon, San Marino, Ferrara, Bari;
Madeira, the Algarve, Trás-os-Montes, the Alentejo, Angola, Mozambique, Macau, Bahia, Minas Gerais, Rio Grande do
Sul, Amazonas, Goiás; Katowice, Podlasie, Masuria, the Tricity, Łódź, Rzeszów, the Bieszczady, Częstochowa, Opole,
Szczecin; Brno, Olomouc, Plzeň, Liberec, Hradec Králové, Karlovy Vary, Moravian Wallachia, Třebíč, Bratislava,
Žilina, Vilnius; Dundee, the Welsh Valleys, Baltimore, Ohio, Minnesota, Arizona, Vancouver Island, Adelaide, Perth,
Auckland, Accra, Johannesburg, Singapore; Groningen, Drenthe, Zeeland, Eindhoven, Volendam, The Hague, Ghent,
Bruges, Hasselt, the Kempen, Aruba, Bonaire; Edirne, Bursa, Konya, Gaziantep, Mardin, Van, Eskişehir, Adana, Hatay,
Çanakkale, Nevşehir; Cork, Donegal, Lancashire, Norfolk, Birmingham, Liverpool, Newcastle, Glasgow, Kansas,
Nebraska, Georgia, Appalachia, the Yukon, the outback; sheepdog trials, lifeboat crews, morris dancing, zydeco,
lumberjack sports, ice hockey, cliff diving, cesta punta, bullfighting, flamenco, merengue and bachata, reggaeton,
ski jumping, luge, Hornussen, Schützenfeste, Fasnacht, Schlager, cantautori, the Palio, calcio storico, gondoliers,
truffle hunters, sertanejo, capoeira, cordel poets, handball, volleyball, chess, rally co-drivers, strongmen,
harness racing, disco polo, brass bands, snooker, pigeon racing, fierljeppen, skûtsjesilen, shanty choirs,
levenslied, aşık bards, camel wrestling, cirit, bağlama players, döner masters, greyhound trainers, rugby league;
telenovela villains, TV psychics, antiques appraisers, tarot readers, town criers, funeral directors, midwives,
YouTube grandmothers, TV evangelists, crime reporters, ASMR streamers, nuns, bailiffs, headmasters, beauty queens,
police spokesmen, karaoke stars, Eurovision hopefuls; pantomime, radionovelas, téléromans, zarzuela, Heimatfilme,
Schlagerfilme, fotoromanzi, commedia dell'arte, fumetti neri, gibis, cordel booklets, cabaret sketches, Czech
fairy-tale films, radio detective plays, Dutch soaps, Flemish children's TV, Yeşilçam films, Karagöz, Keloğlan,
Belgian comics, mascots). It was measured whole, figures only, with the guard of session 23's end (b527722) before
anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ag-001 to ag-120; A2 German, Italian and Portuguese, ag-121 to
ag-240), part B by two (B1 Polish, Czech and English, ah-001 to ah-120; B2 Dutch, Turkish and English, ah-121 to
ah-240), each to half of the part's family sizes, to a brief of round 15's kind with round 29's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
Two writers (A1, B1) said they gave every real person of a sexual row a name of their own invention, written as a
regional public figure's or a private person's (labelled a real subject all the same: the guard reads only text);
the other two did not say. No writer wrote a sexual row about a teenager.
``python scripts/guard_eval_round29.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261229) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 29 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 46, block 58), B 240 (allow 135, consent_required 48, block 57);
  the writers named an actor as the character in a few fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 271, consent_required 94, block 115.
- by split: tune 241 (allow 136, consent_required 47, block 58), test 239 (allow 135, consent_required 47, block 57).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND29 = Path(__file__).resolve().parent / "guard_eval_round29.jsonl"
SEED = 20261229
__all__ = ["ROUND29", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND29, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
