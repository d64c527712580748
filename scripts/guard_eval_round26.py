"""Round 26's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round26.jsonl).

Why: round 25's ``tune`` half became tuning data in session 20. Round 26 is a fresh set of the same kind, written
during session 21 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Orkney, the Yorkshire Dales, Northumberland, Cumbria, Manitoba, Saskatchewan, the Yukon, Montana, the Louisiana
bayou, Belize, Guyana, Ghana, Zambia, Mauritius; Lorraine, Limousin, Franche-Comté, the Landes, the Ardennes,
Réunion, Guadeloupe, Martinique, Senegal, Wallonia, Abitibi, Haiti; the Canary Islands, La Rioja, Cantabria,
Navarra, Valencia, Ecuador, Arequipa, Honduras, El Salvador, Costa Rica, Guatemala, Sinaloa; the Allgäu, the
Erzgebirge, Styria, Carinthia, South Tyrol, the Emsland, the Saarland, the Eifel, Bremen, Thuringia, the Black
Forest, Ticino; Sardinia, Calabria, Carnia, Molise, the Langhe, Romagna, Cilento, the Valtellina, Trieste,
Lampedusa; the Azores, Beira, Coimbra, Setúbal, Cape Verde, São Tomé, Ceará, Pará, Pernambuco, Santa Catarina,
Paraná, Mato Grosso; Kashubia, Podhale, Lublin, Kielce, Bydgoszcz, Toruń, Gdańsk, Białystok, Zakopane, Lower
Silesia; Ostrava, Zlín, Valašsko, the Šumava, Pardubice, České Budějovice, Jihlava, Teplice, Znojmo; Fife,
Aberdeen, Ulster, County Durham, Cornwall's fishing ports, Queensland, Western Australia, Kenya's coast, Sri Lanka,
Lagos, Jamaica; Friesland, Dutch Limburg, Rotterdam, Utrecht, the Achterhoek, the Veluwe, Antwerp, Belgian Limburg,
West Flanders, Curaçao, Suriname, Aruba; Trabzon, Rize, Diyarbakır, Antalya, İzmir, Samsun, Kayseri, Malatya,
Sivas, Kars, Artvin, Northern Cyprus; the Isle of Wight, Jersey, Tyneside, Merseyside, Tennessee, Kentucky,
Wyoming, Newfoundland's outports, Tasmania, Otago, Fiji; curling, snooker, shinty, rodeo, jockeys, lumberjack
sports, pelota, surf lifesaving, rally, biathlon, ski jumping, rowing, table tennis, vaulting, beach volleyball,
bocce, palio riders, jiu-jitsu, canoe slalom, floorball, fencing, powerlifting, korfball, speed skating, pigeon
racing, camel wrestling; lifeguards, foresters, fishermen, lighthouse keepers, hairdressers, florists, taxi
drivers, TV vets, gardeners and doctors, antiques experts, magicians, puppeteers, drag artists, mariachi, bachata,
zouk, forró, axé and fado singers, yodellers, Liedermacher, organists, horon dancers, kemençe and saz players,
arabesk singers, cheesemakers, gelato makers, tea growers, lottery hosts, televangelists, TV astrologers, sheriffs,
TV judges, regional presidents and governors, abbots, imams, muhtars; telenovelas, police procedurals, puppet
shows, daily soaps, bande dessinée, Krimis, family sagas, novelas das seis, Sandmännchen-style kids' TV, cordel
booklets, Flemish soaps, Dutch kids' TV, Turkish dizi, Nasreddin tales, musicals). It was measured whole, figures
only, with the guard of session 20's end (d07bf72) and with session 21's guard before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids aa-001 to aa-120; A2 German, Italian and Portuguese, aa-121 to
aa-240), part B by two (B1 Polish, Czech and English, ab-001 to ab-120; B2 Dutch, Turkish and English, ab-121 to
ab-240), each to half of the part's family sizes, to a brief of round 15's kind with round 26's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
All four writers gave every real person of a sexual row a name of their own invention, written as a regional
public figure's or a private person's (labelled a real subject all the same: the guard reads only text, and no
name is on any list), and wrote no sexual row about a teenager.
``python scripts/guard_eval_round26.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261226) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 26 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 137, consent_required 50, block 53), B 240 (allow 135, consent_required 48, block 57);
  every writer named an actor as the character in a few rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 98, block 110.
- by split: tune 242 (allow 137, consent_required 49, block 56), test 238 (allow 135, consent_required 49, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND26 = Path(__file__).resolve().parent / "guard_eval_round26.jsonl"
SEED = 20261226
__all__ = ["ROUND26", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND26, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
