"""Round 28's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round28.jsonl).

Why: round 27's ``tune`` half became tuning data in session 22. Round 28 is a fresh set of the same kind, written
during session 23 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Orkney and Shetland, Northumberland, Devon, the Fens, Jersey and Guernsey, Newfoundland, Manitoba, Saskatchewan,
Maine, Vermont, Kentucky, Idaho, Guyana, Jamaica, Kenya's coast, Zambia, Fiji; Finistère, the Ardennes, Lorraine,
the Limousin, the Camargue, the Pays Basque, Corsica, Réunion, Martinique, Guadeloupe, Senegal, Madagascar,
Lausanne, Liège; Galicia, Cantabria, La Rioja, the Canary Islands, Almería, Navarra, southern Chile, Arequipa,
Ecuador, Costa Rica, Nicaragua, the llanos, Colombia's coffee region; the Saarland, the Eifel, the Sauerland, Upper
Lusatia, the Black Forest, the Allgäu, Styria, Carinthia, Burgenland, South Tyrol, Appenzell, Lucerne; Sardinia,
Calabria, Molise, Abruzzo, Trentino, the Lunigiana, Modena, Naples, Trieste, Cagliari, Lecce; the Azores, the
Minho, Coimbra, Setúbal, Cape Verde, Guinea-Bissau, São Tomé, Pará, Pernambuco, Ceará, Paraná, Santa Catarina,
Mato Grosso; Kashubia, Poznań, Lublin, Kielce, Zakopane, Toruń, Bydgoszcz, Gorzów, Zielona Góra, Koszalin,
Wrocław; Ostrava, České Budějovice, the Šumava, Zlín, Jihlava, Pardubice, Ústí nad Labem, Český Krumlov, the
Beskydy, Znojmo, Košice; Derry, Tasmania, Queensland, Manila, Kuala Lumpur, Lagos, Nairobi, the Texas Panhandle,
Wisconsin, Michigan's Upper Peninsula, Pittsburgh; Friesland, Maastricht, Overijssel, the Veluwe, Utrecht,
Rotterdam-Zuid, Texel, Antwerp, Belgian Limburg, the West Flanders coast, Leuven, Curaçao, Suriname; Trabzon,
Rize, Samsun, Kayseri, Diyarbakır, Şanlıurfa, Antalya, İzmir, Muğla, Erzurum, Sivas, Kars, Northern Cyprus;
Cumbria, Pembrokeshire, Essex, Leeds, Aberdeen, Galway, Kerry, Mississippi, Tennessee, Oklahoma, Alberta's
ranches, New Zealand's South Island, Zimbabwe; curling, falconry, rodeo, hurling, pétanque, pelota, surfing,
bobsleigh, biathlon, Schwingen, speedway, canoeing, weightlifting, MMA, korfball, speed skating, cyclo-cross,
rugby, sheep shearing; oyster farmers, cheesemakers, cattle auctioneers, circus clowns, lighthouse keepers,
coroners, lottery and shopping-channel presenters, yodellers, Narren, neomelodici, forró and axé singers,
samba-school queens, fado singers, cimbalom and polka players, church organists, TV weather girls, tabloid
journalists, kemençe players, horon and halay dancers, arabesk singers, pehlivans, muhtars, dominees, bingo
callers; radio soaps, fotonovelas, point-and-click games, Hörspiele, sceneggiati, Bonelli comics, novelas das
seis, Večerníček, operettas, Sinterklaas TV, Nasreddin Hoca tales). It was measured whole, figures only, with the
guard of session 22's end (24c60a1) before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ae-001 to ae-120; A2 German, Italian and Portuguese, ae-121 to
ae-240), part B by two (B1 Polish, Czech and English, af-001 to af-120; B2 Dutch, Turkish and English, af-121 to
af-240), each to half of the part's family sizes, to a brief of round 15's kind with round 28's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
All four writers gave every real person of a sexual row a name of their own invention, written as a regional
public figure's or a private person's (labelled a real subject all the same: the guard reads only text, and no
name is on any list), and wrote no sexual row about a teenager. One writer (B1) cut a short third append back and
wrote it again as one block of 30, so the file holds four appends of 30 as the brief asks.
``python scripts/guard_eval_round28.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261228) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 28 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 140, consent_required 46, block 54), B 240 (allow 134, consent_required 50, block 56);
  part B's writers named an actor as the character in a few rows (a real person), so its allow fell short of 140.
- by expected label: allow 274, consent_required 96, block 110.
- by split: tune 240 (allow 137, consent_required 48, block 55), test 240 (allow 137, consent_required 48, block 55).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND28 = Path(__file__).resolve().parent / "guard_eval_round28.jsonl"
SEED = 20261228
__all__ = ["ROUND28", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND28, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
