"""Round 43's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round43.jsonl).

Why: round 42's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 37. Round 43 is a fresh set of the same kind, written at the start of session 38 by four writers who never
saw the guard, the model or any earlier round: the eleventh measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 42): Oamaru, Cootamundra,
Nanaimo, Port Townsend, Silver City, Ballina, Castlebar, Kilkee; Morlaix, Guingamp, Landerneau, Vitré, Dieppe,
Honfleur, Sedan, Martigny, Yverdon, Matane, Ziguinchor; Esquel, Chilecito, Cobán, Pátzcuaro, Tepoztlán, Tlacotalpan,
Betanzos; Hameln, Sigmaringen, Kaufbeuren, Feldkirch, the Polish and Greek families of Gelsenkirchen; Macerata,
Ascoli Piceno, Iglesias; Lamego, Huambo, Lubango, São João del-Rei, Pelotas; Giżycko, Łomża, Zgorzelec, Krosno;
Písek, Volyně, Jindřichův Hradec, Kutná Hora; Valkenburg, South Limburg, the Kempen, Drenthe; the Turkish
communities of Vienna and Rotterdam and the Black Sea coast; bell founders, glassblowers, basket weavers,
blacksmiths, cheesemakers, beekeepers, ferrymen, lighthouse keepers, lifeguards, mountain rescuers, forest rangers,
driving instructors, taxi drivers, barbers, florists, nurses, midwives, school caretakers, choir conductors,
brass bands, folk dancers, rodeo and charreada, curling, bowls, rowing, cyclo-cross, darts, arm wrestling, chess,
podcasters, weather presenters, priests and imams, deputy mayors, trade-union leaders, fishmongers, butchers, bakers,
hairdressers and yoga teachers; police procedurals, telenovelas, puppet and stop-motion shows, graphic novels, comic
strips, presenters' puppets, advert mascots, audio plays, operas and zarzuelas, folk legends, video games, youth
novels and school series; dataset and caption bounties, video and voice requests, sticker packs, posters, book
covers, gifts, parody, game sprites, tattoo flash and merch.

Measured before anything learned from it, figures only (the guard at 2e6bca0: session 37's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 79.3% (165/208) → 92.3% (192/208); 8.8% (24/272) both; 82.4% (89/108) → 85.2% (92/108); 10.3% (28/272) →
  9.2% (25/272).
- part A: 76.0% → 88.5% (92/104), 10.3% (14/136) both, 81.5% → 83.3% (45/54), 11.0% → 9.6% (13/136); part B: 82.7% →
  96.2% (100/104), 7.4% (10/136) both, 83.3% → 87.0% (47/54), 9.6% → 8.8% (12/136).
- ``tune`` half: 80.8% → 94.2% (98/104), 8.1% (11/136) both, 81.5% → 87.0% (47/54), 12.5% → 11.0% (15/136);
  ``test`` half: 77.9% → 90.4% (94/104), 9.6% (13/136) both, 83.3% (45/54) both, 8.1% → 7.4% (10/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bi-001 to bi-120; A2 German, Italian and Portuguese, bi-121 to
bi-240), part B by two (B1 Polish, Czech and English, bj-001 to bj-120; B2 Dutch, Turkish and English, bj-121 to
bj-240), each to half of the part's family sizes, to one brief written for round 43 (round 42's, with new corners,
trades, kinds of fiction and kinds of request). Every sexual row about a person uses an invented one (fifteen to
seventeen a writer: local figures with trades, handles, ring and stage names), written as a poster would write a
real one and labelled real; private people are invented too. People, characters, styles and the wording are the
writers' own. No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round43.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261243) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 43 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 50, block 54);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 100, block 108.
- by split: tune 240 (allow 136, consent_required 50, block 54), test 240 (allow 136, consent_required 50, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 240 bounties, 240 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND43 = Path(__file__).resolve().parent / "guard_eval_round43.jsonl"
SEED = 20261243
__all__ = ["ROUND43", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND43, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
