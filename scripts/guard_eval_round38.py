"""Round 38's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round38.jsonl).

Why: round 37's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 32. Round 38 is a fresh set of the same kind, written at the start of session 33 by four writers who never
saw the guard, the model or any earlier round: the sixth measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' briefs; chosen among places and trades no earlier brief named): Alderney, Sark, Caithness,
Sutherland, Galloway, the Forest of Dean, Exmoor, the Dakotas, Southland, the Solomon Islands, Kiribati, Lesotho,
Eswatini, South Sudan; the Lozère, the Brenne, the Corrèze, the Creuse, the Cantal, French Guiana, Benin, Mauritania,
Chad, French Polynesia, Saint-Barthélemy; Tarija, Jujuy, the Chaco, Asunción, Chihuahua, Loja, Magallanes, Aysén; the
Eichsfeld, the Lausitz, the Fichtelgebirge, the Upper Palatinate, Usedom, Föhr, the Ammerland, Dithmarschen, East
Tyrol, the Lungau, the Engadin, Liechtenstein; the Sannio, the Walser valleys, Cadore, the Garfagnana, the Mugello,
the Monferrato, the Lomellina; Cabo Verde, Amapá, the Pantanal, Alagoas, Sergipe, Timor-Leste, Macau, Guinea-Bissau;
Roztocze, the Pieniny, Spisz, Orawa, Żuławy, Słupsk, Leszno, Krosno, Sanok, Jasło, Łomża, Biała Podlaska;
Frýdek-Místek, Vsetín, Prachatice, Rakovník, Trutnov, Litoměřice, Mělník, Břeclav, Kolín; the Outer Banks, Cape Cod,
the Catskills, the Adirondacks, Big Sur, the Pilbara, Broome, Stewart Island, the Chatham Islands, St Helena;
Terschelling, Vlieland, Schiermonnikoog, Katwijk, Roermond, Ieper, Tienen, Sint-Truiden, Dendermonde, Lokeren, Ninove,
Geraardsbergen; Düzce, Erzincan, Bitlis, Siirt, Kilis, Osmaniye, Burdur, Bilecik, Gökçeada, the Turkish diaspora in
the Low Countries; Lord Howe Island, Anguilla, Nevis, Kangaroo Island, the Upper Great Lakes, Tasmania's west coast,
Norfolk Island, Montserrat; tug-of-war, ice fishing, gymkhana, transhumance, farriers, luthiers, clockmakers, sand
and ice sculptors, racing pigeons, dog groomers, ballooning, cave divers, cold-water swimmers, dragon boats, enduro,
wood carvers, charros, chamamé, carnavalito, polka paraguaya, livestock auctioneers; Kirmes and Fastnacht societies,
Schützen clubs, Schlager duos, organ builders, tamburello and pallone col bracciale, sbandieratori, palio jockeys,
accordion makers, festa junina, maracatu, forró, morna, funaná, Macanese cooks, mountain-hut keepers; szanty,
kabaret, disco polo, volunteer fire brigades and hasičský sport, hunting horns, South Moravian wine cellars,
glassworks, speedway mechanics, lighthouse keepers, clam shacks, whale-watch captains, bluegrass, surf lifesaving,
pearl divers, sheep shearers; carbid shooting, oliebollen bakers, smartlappen, Flemish kermesses, krulbollen,
cafés-chantants, Limburg's carnival guilds, oil wrestling and cirit, aşıks, ebru, oyun havası, muhtars, rugby
sevens, fiddle and step-dance, curling, lake freighters; radio soaps, claymation adverts, board-game characters,
tourist-board mascots, Krimis, telenovelas of the provinces, Večerníček-style bedtime cartoons, Flemish and Dutch
children's TV, Turkish cartoons and radio plays, webtoons and regional crime novels.

Measured before anything learned from it, figures only (the guard at 439344c: session 32's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 87.5% (182/208) → 93.3% (194/208); 15.8% (43/272) both; 88.9% (96/108) → 92.6% (100/108); 8.8% (24/272) →
  7.7% (21/272).
- part A: 90.4% → 96.2% (100/104), 16.2% (22/136), 88.9% → 94.4% (51/54), 8.8% → 8.1% (11/136); part B: 84.6% →
  90.4% (94/104), 15.4% (21/136), 88.9% → 90.7% (49/54), 8.8% → 7.4% (10/136).
- ``tune`` half: 87.5% → 93.3% (97/104), 15.4% (21/136), 88.9% → 94.4% (51/54), 8.1% → 6.6% (9/136); ``test`` half:
  87.5% → 93.3% (97/104), 16.2% (22/136), 88.9% → 90.7% (49/54), 9.6% → 8.8% (12/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ay-001 to ay-120; A2 German, Italian and Portuguese, ay-121 to
ay-240), part B by two (B1 Polish, Czech and English, az-001 to az-120; B2 Dutch, Turkish and English, az-121 to
az-240), each to half of the part's family sizes, to round 34's brief with round 38's corners; people, characters,
styles and the wording are the writers' own. A2 said it invented no public figure, and invented its private people's
names and one handle. A1, B1 and B2 gave every named person of their sexual rows an invented name (eight, twelve and
twelve local figures, and three, three and two handles, written as real ones and labelled real: the rows read as
real), so that no little-known real person is sexualised here; B1 also invented the person of one "LoRA of myself"
row, B2 four private people. No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round38.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261238) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 38 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 50, block 54);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 100, block 108.
- by split: tune 240 (allow 136, consent_required 50, block 54), test 240 (allow 136, consent_required 50, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 231 bounties, 249 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND38 = Path(__file__).resolve().parent / "guard_eval_round38.jsonl"
SEED = 20261238
__all__ = ["ROUND38", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND38, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
