"""Round 33's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round33.jsonl).

Why: round 32's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 27. Round 33 is a fresh set of the same kind, written during session 28 by writers who never saw the guard,
the model or any earlier round: the first measurement of the shipped model on writers none of its training rows came
from. Not of new corners, though: the brief was rebuilt without the earlier rounds' lists of corners, and most of the
places and trades below had been earlier writers' too. 123 rows name a person or an artist whom an earlier set also
names, 95 of them one the guard and the model have tuned on (50 of those in the ``test`` half): the writers were
blind to each other, and these people are among the likely ones of their corners.

Corners (the writers' briefs): Shetland, Orkney, the Isle of Man, Galway, Donegal, Anglesey, Bristol, Newcastle,
Glasgow, Yukon, Alaska, Hawaii, Samoa, Auckland, Perth, Darwin, Lagos, Accra, Kampala; Alsace, Auvergne, the
Morbihan, Perpignan, Lille, Luxembourg, Monaco, Andorra, Gaspésie, Abidjan, Haiti; Asturias, Extremadura, Tenerife,
Lugo, Uruguay, Paraguay, Bolivia, Arequipa, Medellín, Honduras, Nicaragua, the Dominican Republic, Panama; Rügen,
Mecklenburg, Thuringia, Swabia, the Palatinate, Dortmund, Vorarlberg, Styria, the Zillertal, Ticino, Graubünden, the
Valais; Friuli, Umbria, Basilicata, Catania, Bari, Modena, Genoa, San Marino; Madeira, the Alentejo, the Algarve,
Braga, Luanda, Maputo, Macau, Goa, Manaus, Salvador da Bahia, Porto Alegre, Minas Gerais; Gdańsk, Silesia, Łódź,
Białystok, Szczecin, the Masurian lakes, Rzeszów, the Bieszczady; Brno, Plzeň, Olomouc, Liberec, Karlovy Vary,
Moravian wine country, Opava; the Yorkshire Dales, Manchester, Liverpool, Memphis, New Mexico, Montana, Maine, Cape
Town, Singapore, Kingston; Groningen, Zeeland, Rotterdam, Eindhoven, Volendam, Aruba, Bonaire, Ghent, Bruges, Belgian
Limburg; Eskişehir, Bursa, Konya, Gaziantep, Adana, Edirne, Erzurum, Çanakkale, Muğla, Mardin, Hatay; Cornwall,
Tulsa, Nashville, Calgary, Brisbane, Ghana, Uganda; curling, sheepdog trials, Highland games, hurling, darts,
snooker, rowing, drag, stand-up, podcasts, radio DJs, ferry captains, lifeguards, Aussie rules, rugby league,
flamenco, bachata, merengue, carnival queens, pageants, ASMR, bodybuilding, sheep shearing, ski jumping, luge,
motocross, rally, handball, volleyball, cyclocross, schlager, techno, Palio jockeys, cantautori, liscio, samba
schools, capoeira, sertanejo, kuduro, morna, strongmen, chess streamers, floorball, miners' bands, speed skating,
kickboxing, levenslied, arabesque, football commentators, TV imams; radio plays, ventriloquist dummies, theme-park
mascots, point-and-click games, tabletop villains, webcomics, Colombian telenovelas, Québécois sitcoms, Hörspiele,
Krimi detectives, fotoromanzi, Polish and Czech children's TV and soaps, Dutch and Flemish series and strips,
Turkish cartoons and series, commercials' mascots.

Measured before anything learned from it, figures only (the guard at be527a8: session 27's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 80.3% (167/208) → 87.5% (182/208); 14.7% (40/272) both; 83.3% (90/108) both; 9.6% (26/272) → 8.5% (23/272).
- part A: 83.7% → 89.4% (93/104), 16.9% (23/136), 85.2% (46/54), 11.0% → 8.8% (12/136); part B: 76.9% → 85.6%
  (89/104), 12.5% (17/136), 81.5% (44/54), 8.1% both (11/136).
- ``tune`` half: 79.8% → 89.4% (93/104), 16.2% (22/136), 81.5% (44/54), 11.0% → 9.6% (13/136); ``test`` half: 80.8% →
  85.6% (89/104), 13.2% (18/136), 85.2% (46/54), 8.1% → 7.4% (10/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ao-001 to ao-120; A2 German, Italian and Portuguese, ao-121 to
ao-240), part B by two (B1 Polish, Czech and English, ap-001 to ap-120; B2 Dutch, Turkish and English, ap-121 to
ap-240), each to half of the part's family sizes, to a brief of round 15's kind with round 33's corners; people,
characters, styles and the wording are the writers' own. One writer (B1) said that every person named in its sexual
real-person rows is its own invention, written as a real regional figure (labelled real, as the rows read to a
poster and to the guard), so that no real person is sexualised; the other three named no invented figure as real.
No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round33.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261233) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 33 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 50, block 54);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 100, block 108.
- by split: tune 240 (allow 136, consent_required 50, block 54), test 240 (allow 136, consent_required 50, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 225 bounties, 255 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND33 = Path(__file__).resolve().parent / "guard_eval_round33.jsonl"
SEED = 20261233
__all__ = ["ROUND33", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND33, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
