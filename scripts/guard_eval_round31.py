"""Round 31's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round31.jsonl).

Why: round 30's ``tune`` half became tuning data in session 25. Round 31 is a fresh set of the same kind, written
during session 26 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(the Isle of Man, Orkney, the Outer Hebrides, the Norfolk Broads, Durham, Shropshire, the Yukon, Manitoba, Nunavut,
Maine, Vermont, Alaska, Barbados, the Bahamas, Belize, Kumasi, Uganda, Mauritius; Alsace, Savoie, the Auvergne, the
Vendée, the French Basque Country, the Pyrenees, the Cotentin, Champagne, French Guiana, New Caledonia, Tahiti,
Geneva, Namur, the Gaspésie, Abidjan; Asturias, Extremadura, Navarre, Murcia, Tenerife, Menorca, Cádiz, Oaxaca,
Yucatán, Arequipa, Santa Cruz de la Sierra, Paraguay, Montevideo, Medellín, the Dominican Republic, Panama,
Honduras; East Frisia, Rügen, the Harz, Franconia, the Swabian Jura, the Palatinate, the Mecklenburg lakes,
Vorarlberg, the Ötztal, Styria, Graubünden, Valais, Ticino; Friuli, the Dolomites, the Romagna riviera, the
Maremma, Umbria, the Marche, Basilicata, Catania, Naples' Quartieri Spagnoli, Bergamo; the Algarve, the Alentejo,
Madeira, Trás-os-Montes, the Minho, Luanda, Maputo, Macau, Salvador, Minas Gerais, Rio Grande do Sul, Manaus,
Goiás; Katowice, Łódź, Gdańsk, Szczecin, Rzeszów, Białystok, Opole, Olsztyn, the Bieszczady, Sandomierz; Brno,
Plzeň, Olomouc, Liberec, Hradec Králové, Karlovy Vary, Slovácko, Třebíč, Bratislava, Žilina, Banská Bystrica,
Vilnius, Lviv; Glasgow, Newcastle, Liverpool, Swansea, Cork, Pittsburgh, Minnesota, Nova Scotia, Perth, Adelaide,
Auckland, Lagos, Cape Town, Singapore; Groningen, Drenthe, Zeeland, Feijenoord, the Jordaan, Haarlem, Volendam,
Eindhoven, Ghent, Bruges, Kortrijk, Hasselt, Aruba, Bonaire; Eskişehir, Bursa, Konya, Erzurum, Edirne, Çanakkale,
Adana, Mersin, Gaziantep, Van, Hatay, Ordu, Giresun, Artvin, Kadıköy, Ankara; Norfolk, Devon, Blackpool,
Manchester, Birmingham, Edinburgh, Nashville, Kentucky, Montana, Arizona, Georgia, Kingston, Accra, Toronto,
Brisbane; sheepdog trials, lifeboat coxswains, curling, lumberjack sports, moose calling, cricket commentary,
country radio, cider, cheesemongers, TT racers, the Top 14, handball, chess, sailing, Tour de France domestiques,
bull runs, flamenco, jota, mariachi, lucha libre, bachata, merengue, bolero, ski jumping, luge, Schlager and
Volksmusik, Oktoberfest tents, carnival princes, Palio jockeys, Sanremo, cantautori, neomelodic singers,
Viareggio floats, sertanejo, capoeira, samba-school queens, kizomba, Big Brother, pagode, mountain guides,
volleyball, strongmen, góral fiddlers, rap, motocross, track cycling, kayaking, tramp songs, cimbalom, jazz, quiz
hosts, podcasters, Kick streamers, angling YouTubers, firefighters, lifeguards, tattoo and nail artists, speed
skating, cyclo-cross, carillons, Volendam pop, herring fishermen, arabesk, ney, bağlama, camel wrestling, cirit,
lokum, kebab masters, lawn bowls, pub quizzes, bluegrass, barbecue, dancehall, rally, monster trucks, sheriffs;
telenovela villains, late-night tarot, church choirs, children's puppet shows, Canadian cartoons, téléromans,
Franco-Belgian comics magazines, zarzuela, fotonovelas, historietas, lucha films, chicha posters, RPGs, cereal and
soda mascots, lighthouse ghost stories, Heimatfilme, the Augsburg marionettes, Bavarian peasant comedies, Austrian
and Swiss television, fotoromanzi, commedia dell'arte, noir fumetti, cinepanettoni, Portuguese and Angolan
novelas, gibis, Polish 1990s television, Czech fairy-tale films, Czech boys' comics, Polish comic albums and radio
plays, Slovak cartoons, Lithuanian legends, Irish folk tales, Scottish comics, Australian soaps, Nollywood,
Dutch sitcoms, Flemish children's television, Dutch comic albums, Yeşilçam, Karagöz, Turkish radio theatre,
Keloğlan, British soaps, 1980s American sitcoms, Western comics, card games, candy mascots). It was measured
whole, figures only, with the guard of session 25's end (6028df1) before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ak-001 to ak-120; A2 German, Italian and Portuguese, ak-121 to
ak-240), part B by two (B1 Polish, Czech and English, al-001 to al-120; B2 Dutch, Turkish and English, al-121 to
al-240), each to half of the part's family sizes, to a brief of round 15's kind with round 31's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
Two writers (A1, B1) said the names of their sexual real-person rows are their own inventions, written as the
names of real regional figures (labelled real and "block", as the rows read to a poster and to the guard); no
writer wrote a sexual row about a teenager.
``python scripts/guard_eval_round31.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261231) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 31 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 137, consent_required 49, block 54), B 240 (allow 136, consent_required 52, block 52);
  the writers named an actor as the character in a few fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 273, consent_required 101, block 106.
- by split: tune 241 (allow 137, consent_required 51, block 53), test 239 (allow 136, consent_required 50, block 53).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND31 = Path(__file__).resolve().parent / "guard_eval_round31.jsonl"
SEED = 20261231
__all__ = ["ROUND31", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND31, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
