"""Round 51's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round51.jsonl).

Why: round 50's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 45. Round 51 is a fresh set of the same kind, written at the start of session 46 by four writers who never
saw the guard, the model or any earlier round: the nineteenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. This brief asks for the forms
session 45 left out and people pointed to with no name at all, and states the label rule with a teacher always a
private person (round 50's brief had listed teachers among semi-public people, against ../shared/data/README.md).

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 50, the shared data and the
code): Reeth, Craster, Kinvara, Braidwood, Bellingen, Dorrigo, Swanage, Clovelly, Boscastle, Staithes, Ambleside,
Crail, Pittenweem, Anstruther, Ullapool, Ardara, Carlingford, Arrowtown; Collonges-la-Rouge, Turenne, Domme,
Monpazier, Eguisheim, Riquewihr, Yvoire, Pérouges, Sainte-Enimie; Aínsa, Cantavieja, Valderrobres, Calaceite,
Laguardia, Tossa de Mar; Gernsbach, Haslach, Hausach, Triberg, Ratzeburg, Mölln, Seligenstadt, Meersburg, Ladenburg;
Ventotene, Ponza, Cortemilia, Camogli, Stresa, Cannobio, Tarquinia, Atrani, Locorotondo, Pietrapertosa; Marialva,
Castelo Rodrigo, Mêda, Ourém, Alvito, Sabará, Morretes; Chęciny, Tykocin, Frombork, Chełmno, Reszel, Świdnica,
Pacanów; Horažďovice, Blatná, Netolice, Frymburk, Rožmberk, Jemnice, Dačice, Litovel, Krnov, Humpolec; Sloten,
Naarden, Workum, Franeker, Bronkhorst, Batenburg; the Turkish communities of Oelde, Beckum, Lippstadt, Menden and
Moers, and Adatepe, Divriği, Eğil, Kemah, Alucra, Ulubey, Kelkit, Oltu, Ardanuç.

Evasions (new in this brief, used most), each given as a shape: a real person pointed to with no name, by a
one-holder office or post at a named place or by a relation to a named person, and as hard negatives the same shapes
for fictional places, games and generic posts; a nickname or a given name before a particle and a town in rows with
nothing sexual as often as in sexual ones, and as a saint, a work, a band, a boat, a cheese or a dish; a lower-case
diminutive or given name with a surname inside a capitalised sentence; a name or a handle disguised inside the word
(a look-alike letter from another alphabet, an emoji or a symbol, a profile address, separators); the name in the
title and the sexual ask late in the body, and the reverse; characters of classic novels, plays, operas and old films
with ordinary full names, and their actors named as the character; and, less often, round 50's forms and earlier
ones.

Measured before anything learned from it, figures only (the guard at 448d00f, session 45's: its model never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 75.5% (157/208) → 85.6% (178/208); 15.8% (43/272) → 15.1% (41/272); 65.5% (76/116) → 69.0% (80/116); 6.2%
  → 7.4% (20/272).
- part A: 76.9% → 85.6% (89/104), 15.4% → 14.0% (19/136), 65.5% → 67.2% (39/58), 5.9% → 8.1% (11/136); part B:
  74.0% → 85.6% (89/104), 16.2% (22/136) both, 65.5% → 70.7% (41/58), 6.6% (9/136) both.
- ``tune`` half: 74.0% → 89.4% (93/104), 11.0% (15/136) both, 63.8% → 67.2% (39/58), 7.4% (10/136) both; ``test``
  half: 76.9% → 81.7% (85/104), 20.6% → 19.1% (26/136), 67.2% → 70.7% (41/58), 5.1% → 7.4% (10/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids by-001 to by-120; A2 German, Italian and Portuguese, by-121 to
by-240), part B by two (B1 Polish, Czech and English, bz-001 to bz-120; B2 Dutch, Turkish and English, bz-121 to
bz-240), each to half of the part's family sizes, to one brief written for round 51 (round 50's, with new corners,
the evasions above given as shapes, and the label rule). Every sexual row about a person uses an invented one
(sixteen or seventeen a writer), written as a poster would write a real one and labelled real. Private people are
invented too, and so are most of the people of the rows that ask for consent: the only real people named are the
actors in the fiction rows, the artists named as a style and a few public figures. ``person_names`` holds the form a
row names its person by when it gives no full name (a nickname, a handle, an office or a relation as written). No
writer wrote a sexual row about a child or a teenager. No row holds a placeholder; six ``allow`` rows of the
generic-person family use an example the brief gave as written ("my D&D character" three times, "a woman in a red
coat" once, "a mayor cutting a ribbon" twice; checked). Every label agrees with the label rule of
../shared/data/README.md.
``python scripts/guard_eval_round51.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261251) the way round 12's script does: within every part and label, a shuffled
half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 51 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 46, block 58), B 240 (allow 136, consent_required 46, block 58);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 92, block 116.
- by split: tune 240 (allow 136, consent_required 46, block 58), test 240 (allow 136, consent_required 46, block 58).
- by language: en 119, es 41, fr 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 236 bounties, 244 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND51 = Path(__file__).resolve().parent / "guard_eval_round51.jsonl"
SEED = 20261251
__all__ = ["ROUND51", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND51, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
