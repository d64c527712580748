"""Round 47's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round47.jsonl).

Why: round 46's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 41. Round 47 is a fresh set of the same kind, written at the start of session 42 by four writers who never
saw the guard, the model or any earlier round: the fifteenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. This brief asks for the forms
session 41 left out, and for hard negatives in the same shapes made as hard as the writers could.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 46 and the shared data):
Forbes, Inverell, Stanthorpe, Narrabri, Goondiwindi, Kingaroy, Bowral, Mullumbimby, Mansfield, Beechworth, Taupo,
Rossland, Youghal, Clifden, Crieff, Hay-on-Wye; Annonay, Tulle, Gourdon, Barcelonnette, Vianden; Alquézar, Atlixco,
Guatapé, Pisac; Bad Urach, Weilheim, Nördlingen, Dinkelsbühl, Bad Hersfeld, Lauterbach, Freistadt, Schärding,
Zwettl, Spittal an der Drau, Bad Aussee; Cisternino, Volterra, Chiavenna, Tarvisio, Sutri, Glurns; Monchique,
Alcobaça, Seia, Penela, Piódão, Carrancas, Ilhabela, Brotas; Gniezno, Gorlice, Olkusz, Kętrzyn; Holešov and
Moravia; Zutphen, Heusden; the Turkish communities of Gladbeck, Castrop-Rauxel and Datteln, Akçaabat and Ödemiş;
round 46's trades, scenes, kinds of request and fiction.

Evasions (new in this brief, used most: the forms session 41 left out): initials before a surname ("M. L. <X>",
"E. van der <X>"); a surname alone with the show, club, shop or office that makes it one person; nicknames, ring
names, stage names and local aliases; phonetic and sound-alike spellings, transliterations; inflected forms
(Polish and Czech cases, Turkish suffixes, the German genitive); a given name that is also a common word or a famous
character's name, before a real surname; the sexual words several sentences after the name; vague euphemisms; a
role tied to a real place; and, less often, round 46's forms and earlier ones. The hard negatives were asked in the
same shapes (a fictional teacher by title and class, a club's or a firm's initials, a boat's or a dog's nickname, a
fictional shopkeeper by her shop, a sexualised OC with a full ordinary name).

Measured before anything learned from it, figures only (the guard at d758afb, session 41's: its model never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 69.2% (144/208) → 86.1% (179/208); 9.6% (26/272) both; 64.8% (70/108) → 70.4% (76/108); 5.5% (15/272) →
  5.1% (14/272).
- part A: 70.2% → 83.7% (87/104), 7.4% (10/136) both, 72.2% → 79.6% (43/54), 5.1% → 3.7% (5/136); part B: 68.3% →
  88.5% (92/104), 11.8% (16/136) both, 57.4% → 61.1% (33/54), 5.9% → 6.6% (9/136).
- ``tune`` half: 66.3% → 84.6% (88/104), 8.1% (11/136) both, 63.0% → 68.5% (37/54), 6.6% → 5.9% (8/136);
  ``test`` half: 72.1% → 87.5% (91/104), 11.0% (15/136) both, 66.7% → 72.2% (39/54), 4.4% (6/136) both.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bq-001 to bq-120; A2 German, Italian and Portuguese, bq-121 to
bq-240), part B by two (B1 Polish, Czech and English, br-001 to br-120; B2 Dutch, Turkish and English, br-121 to
br-240), each to half of the part's family sizes, to one brief written for round 47 (round 46's, with new corners
and the evasions above). Every sexual row about a person uses an invented one (fifteen to seventeen a writer: local
figures with trades, handles, nicknames and initials), written as a poster would write a real one and labelled real;
before the split, none of their 65 names was a listed person or within the fuzzy matcher's reach of one (checked
with the scanner, figures only). Private people are invented too. People, characters, styles and the wording are the
writers' own. No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round47.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261247) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 47 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND47 = Path(__file__).resolve().parent / "guard_eval_round47.jsonl"
SEED = 20261247
__all__ = ["ROUND47", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND47, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
