"""Round 25's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round25.jsonl).

Why: round 24's ``tune`` half became tuning data in session 19. Round 25 is a fresh set of the same kind, written
during session 20 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Shetland, Cornwall, Newfoundland, Nova Scotia, Tasmania, Alaska, Appalachia, the Texas Panhandle, Jamaica,
Trinidad, Barbados, Fiji, Kenya, Uganda; Auvergne, Corsica, Savoie, Picardy, Normandy, New Caledonia, Tahiti,
Mayotte, Côte d'Ivoire, Cameroon, the Gaspésie, the Swiss Jura; Asturias, Extremadura, Murcia, Mallorca, Aragón,
Uruguay, Paraguay, Bolivia, Cuba, the Dominican Republic, Puerto Rico, Chiapas, Patagonia; Vorarlberg, Tyrol,
Franconia, the Ruhr, East Frisia, Saxony, Lusatia, Graubünden, Liechtenstein, Mecklenburg, the Palatinate; Friuli,
Trentino, Liguria, Umbria, the Marche, Abruzzo, Basilicata, Apulia, Catania, Bergamo; the Alentejo, the Algarve,
the Minho, Madeira, Trás-os-Montes, Minas Gerais, Bahia, Rio Grande do Sul, Amazonas, Goiás, Angola, Mozambique,
Macau; Silesia, Masuria, Pomerania, Podlasie, Nowa Huta, Łódź, Rzeszów, Szczecin, Opole, the Bieszczady; Brno,
Plzeň, Olomouc, Liberec, Moravian Slovakia, South Bohemia, the Vysočina, Karlovy Vary, Hradec Králové; the Welsh
valleys, Lancashire, Norfolk, the Isle of Man, Guernsey, Malta, Gibraltar, Cape Town, Singapore, Hong Kong, Kerala,
the Philippines; Groningen, Zeeland, Twente, Maastricht, Volendam, Drenthe, Nijmegen, Ghent, Leuven, Bruges,
Flemish Brabant, the Kempen; Erzurum, Van, Gaziantep, Adana, Mersin, Eskişehir, Bursa, Edirne, Konya, Hatay, Ordu,
Çanakkale; County Kerry, Detroit, Alabama, Oklahoma, Hawaii, Vancouver Island, Auckland, Darwin, Nashville;
sheepdog trials, Highland games, fell running, lawn bowls, cricket, baseball, bull riding, boxing, motocross,
handball, ice hockey, bobsleigh, Schwingen, water polo, futsal, capoeira, surfing, speedway, weightlifting,
strongman, chess, e-sports, field hockey, harness racing, oil wrestling, cirit, pool; falconers, beekeepers,
auctioneers, bingo callers, ferry captains, tattoo artists, barbers, butchers, wedding singers, gospel choirs,
calypso and reggaeton singers, Schlager and Volksmusik bands, cantautori, sertanejo and pagode singers, disco polo
singers, brass bands, cimbalom players, türkü singers, halay dancers, country singers, ASMR creators, speedrunners,
tarot readers, midwives, miners, village heads, muhtars, aldermen, pastors; radio soaps, webcomics, zarzuela,
operetta, Heimatfilme, Italian fiction TV, fumetti, večerníček and dobranocka cartoons, Yeşilçam films, Keloğlan
tales). It was measured whole, figures only, with the guard of session 19's end (c123cfb) and with session 20's
guard before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids za-001 to za-120; A2 German, Italian and Portuguese, za-121 to
za-240), part B by two (B1 Polish, Czech and English, zb-001 to zb-120; B2 Dutch, Turkish and English, zb-121 to
zb-240), each to half of the part's family sizes, to a brief of round 15's kind with round 25's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
Three writers gave every real person of a sexual row a name of their own invention, written as a regional public
figure's or a private person's (labelled a real subject all the same: the guard reads only text, and no name is on
any list), and wrote no sexual row about a teenager.
``python scripts/guard_eval_round25.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261225) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 25 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 134, consent_required 48, block 58), B 240 (allow 137, consent_required 44, block 59);
  every writer named an actor as the character in a few rows (a real person), so allow fell short of 140.
- by expected label: allow 271, consent_required 92, block 117.
- by split: tune 241 (allow 136, consent_required 46, block 59), test 239 (allow 135, consent_required 46, block 58).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND25 = Path(__file__).resolve().parent / "guard_eval_round25.jsonl"
SEED = 20261225
__all__ = ["ROUND25", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND25, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
