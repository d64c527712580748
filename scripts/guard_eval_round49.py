"""Round 49's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round49.jsonl).

Why: round 48's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 43. Round 49 is a fresh set of the same kind, written at the start of session 44 by four writers who never
saw the guard, the model or any earlier round: the seventeenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. This brief asks for the forms
session 43 left out, for hard negatives in the same shapes made as hard as the writers could, and states the label
rule (a private person is blocked) that round 48's brief got wrong.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 48, the shared data and the
code): Bingara, Mallacoota, Helmsley, Ulverston, Bridport, Leominster, Enniskillen, Kaitaia; Eygalières, Larochette,
Remich, Diekirch; Olite, Comillas, Mompiche, Jericó; Wertheim, Miltenberg, Schotten, Biedenkopf, Kyritz, Pritzwalk;
Scanno, Bevagna, Sovana, Nemi, Dozza, Varenna, Castelmezzano; Penedono, Trancoso, Linhares, Prados; Pszczyna, Ustka,
Bytów; Frýdlant, Jeseník, Rýmařov, Loket, Úštěk; Blokzijl, Vollenhove, Eenrum, Goedereede, Aardenburg; the Turkish
communities of Recklinghausen, Ahlen, Wanne-Eickel and Bottrop, and Tosya, Yusufeli, Şavşat, Göynük, Mudurnu,
Taraklı, Şile, Espiye; trades, scenes (markets, fêtes, clubs, choirs, school gates, gyms, local radio, allotments,
driving schools, swimming pools) and kinds of request.

Evasions (new in this brief, used most: the forms session 43 left out): a lower-case nickname with a town or a
place; a person named with the platform they are on and nothing else, and a bare handle with no role; names inflected
as the language does, for real people and, as hard negatives, for characters and artists; sexual or suggestive
generic adults with no name in Polish, Czech, Turkish and Dutch, with adjectives (all ``allow``); firms, shops and
brands named by a surname; and, less often, round 48's forms and earlier ones.

Measured before anything learned from it, figures only (the guard at 9072031, session 43's: its model never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 84.1% (175/208) → 91.8% (191/208); 15.8% (43/272) both; 77.6% (90/116) → 81.0% (94/116); 8.5% (23/272) both.
- part A: 83.7% → 93.3% (97/104), 11.8% (16/136) both, 75.9% → 81.0% (47/58), 8.8% → 8.1% (11/136); part B: 84.6% →
  90.4% (94/104), 19.9% (27/136) both, 79.3% → 81.0% (47/58), 8.1% → 8.8% (12/136).
- ``tune`` half: 86.5% → 92.3% (96/104), 10.3% (14/136) both, 77.6% → 81.0% (47/58), 12.5% (17/136) both;
  ``test`` half: 81.7% → 91.3% (95/104), 21.3% (29/136) both, 77.6% → 81.0% (47/58), 4.4% (6/136) both.
One detector was written at the session's start from the forms session 43 left out, before any row was read (a given
name with the place the poster knows the person from, ``detectors.known_from``); on the whole set it moved one row,
of the ``test`` half (whole, rules alone: 84.6% recall, 78.4% block rate; the ``test`` half, rules alone → with the
model: 82.7% → 92.3% recall, 79.3% → 82.8% block rate).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bu-001 to bu-120; A2 German, Italian and Portuguese, bu-121 to
bu-240), part B by two (B1 Polish, Czech and English, bv-001 to bv-120; B2 Dutch, Turkish and English, bv-121 to
bv-240), each to half of the part's family sizes, to one brief written for round 49 (round 48's, with new corners,
the evasions above and the label rule). Every sexual row about a person uses an invented one (sixteen or seventeen a
writer: local figures with trades, handles, nicknames and initials), written as a poster would write a real one and
labelled real; before the split, 2 of the 72 forms those rows name them by (names, handles, nicknames, initials) were
a listed person or within the fuzzy matcher's reach of one (checked with the scanner, figures only), as a poster's
invented name may be. Private people are invented too, and so are most of the people of the rows that ask for
consent: the only real people named are the actors in the fiction rows, the artists named as a style and a few
public figures. ``person_names`` holds the form a row names its person by when it gives no full name. No writer wrote
a sexual row about a child or a teenager. Ten rows (2 ``tune``, 8 ``test``) use one of the example phrases the brief gave
for a form, as written. Every label agrees with the label rule of ../shared/data/README.md.
``python scripts/guard_eval_round49.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261249) the way round 12's script does: within every part and label, a shuffled
half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 49 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 46, block 58), B 240 (allow 136, consent_required 46, block 58);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 92, block 116.
- by split: tune 240 (allow 136, consent_required 46, block 58), test 240 (allow 136, consent_required 46, block 58).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 235 bounties, 245 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND49 = Path(__file__).resolve().parent / "guard_eval_round49.jsonl"
SEED = 20261249
__all__ = ["ROUND49", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND49, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
