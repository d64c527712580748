"""Round 36's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round36.jsonl).

Why: round 35's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 30. Round 36 is a fresh set of the same kind, written at the start of session 31 by four writers who never
saw the guard, the model or any earlier round: the fourth measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' briefs; chosen among places and trades the earlier briefs named least): Anglesey, the Isles of
Scilly, Rutland, the Fens, the Black Country, Rhode Island, Delaware, Nebraska, Kansas, Belize, the Bahamas, Papua New
Guinea, Sierra Leone, the Gambia, Rwanda; Ouessant, the Auvergne, Franche-Comté, the Ardèche, the Aveyron, the Quercy,
the Béarn, the Vosges, Luxembourg, Monaco, Haiti, Cameroon, Côte d'Ivoire, Mauritius, Madagascar, Acadian New
Brunswick; Murcia, Navarre, León, Cuenca, Lugo, El Hierro, Formentera, Potosí, Cochabamba, Boyacá, Guatemala's
highlands, the Dominican Republic, Panama, Equatorial Guinea, the Venezuelan Andes; the Rhön, the Altmark,
Ostholstein, the Sauerland, the Odenwald, the Bavarian Forest, Styria, the Salzkammergut, the Wachau, Thurgau, Glarus,
Namibia's German towns, Eupen; Irpinia, the Ciociaria, the Lunigiana, the Valtellina, Abruzzo's mountain towns,
Ticino, Istria's Italians, San Marino, Val Gardena, Chioggia, Matera; the Ribatejo, the Oeste, Bragança, Viseu, Huíla,
Mato Grosso, Tocantins, Piauí, Ceará, Acre, Rondônia; Podhale, the Suwałki region, Lower Silesia's towns, Bydgoszcz,
Olsztyn, Tarnów, Przemyśl, Gorzów, Płock, Elbląg, the Poles of Lithuania, Polish Dublin; Haná, Šumperk, Těšín
Silesia, Jihlava, Kladno, Most, Tábor, Domažlice, Znojmo, the Czech Paradise, Czech Vienna; the Isle of Wight,
Swansea, Dundee, Derry, West Texas, Nevada's small towns, Saskatchewan, the Kimberley, Fiji; the Zaanstreek,
Volendam, Het Gooi, Den Bosch, Zeeuws-Vlaanderen, the Meetjesland, the Waasland, Aalst, Mechelen, Hasselt, the
Bollenstreek, Paramaribo; Adana, Gaziantep, Şanlıurfa, Samsun, Zonguldak, Bartın, Amasya, Tokat, Nevşehir, Aydın,
Manisa, Kırklareli, the diaspora in Sweden and London; the Wirral, the Broads, Teesside, rural Ohio, Alabama, the
Florida panhandle, Nova Scotia's south shore, Darwin, the Cook Islands, Jamaica's parishes, Tanzania's coast; bell
ringers, funeral directors, traffic reporters, lottery-draw presenters, pub-quiz hosts, snooker, Cornish and Breton
wrestling, stock cars, harness racing, Basque stone lifters, bertsolaris, cheese makers, truffle hunters, storm
chasers, crossword setters, beatboxers, Marktschreier, Schuhplattler, yodellers, mountain rescue, Perchten, liscio,
vaquejada, cordel poets, brega, rancho folclórico, sołtysi, highlander musicians, speedway juniors, floorball, ice
speedway, dechovka, trampská music, morris dancers, Aalst's carnival, shanty choirs, carillons, street organs,
darts, zurna and davul, camel wrestling, cemevi dedes, demolition derby, steelpan; puppet shows, stop-motion series,
fotonovelas, Carosello, Topolino, gibis, Sandmännchen-era puppets, Efteling, British kids' TV of the 80s, Turkish
cartoons and radio plays, webtoons and regional crime novels.

Measured before anything learned from it, figures only (the guard at f171ed6: session 30's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 84.1% (175/208) → 94.2% (196/208); 8.5% (23/272) both; 83.2% (89/107) both; 7.0% (19/272) → 5.5% (15/272).
- part A: 87.5% → 93.3% (97/104), 11.0% (15/136), 87.0% (47/54), 3.7% → 2.2% (3/136); part B: 80.8% → 95.2%
  (99/104), 5.9% (8/136), 79.2% (42/53), 10.3% → 8.8% (12/136).
- ``tune`` half: 81.9% → 94.3% (99/105), 8.8% (12/136), 75.9% (41/54), 4.4% → 3.7% (5/136); ``test`` half: 86.4% →
  94.2% (97/103), 8.1% (11/136), 90.6% (48/53), 9.6% → 7.4% (10/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids au-001 to au-120; A2 German, Italian and Portuguese, au-121 to
au-240), part B by two (B1 Polish, Czech and English, av-001 to av-120; B2 Dutch, Turkish and English, av-121 to
av-240), each to half of the part's family sizes, to round 34's brief with round 36's corners; people, characters,
styles and the wording are the writers' own. Three writers said they invented no public figure. B1 gave every named
person of its sexual rows an invented name (eleven local figures and handles it wrote as real ones, labelled real:
the rows read as real), so that no little-known real person is sexualised here; B1 also invented the names and
handles of its private people, A1 two private people's first names and A2 one private person's handle. No writer
wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round36.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261236) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 36 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 51, block 53);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 101, block 107.
- by split: tune 241 (allow 136, consent_required 51, block 54), test 239 (allow 136, consent_required 50, block 53).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 220 bounties, 260 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND36 = Path(__file__).resolve().parent / "guard_eval_round36.jsonl"
SEED = 20261236
__all__ = ["ROUND36", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND36, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
