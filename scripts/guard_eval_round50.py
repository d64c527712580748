"""Round 50's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round50.jsonl).

Why: round 49's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 44. Round 50 is a fresh set of the same kind, written at the start of session 45 by four writers who never
saw the guard, the model or any earlier round: the eighteenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. This brief asks for the forms
session 44 left out, gives every example as a shape with placeholders (round 49's writers reused ten example phrases
as written) and states the label rule.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 49, the shared data and the
code): Nundle, Walcha, Bermagui, Askrigg, Kirkbymoorside, Alnmouth, Rothbury, Masham, Wigtown, Lochmaddy,
Ballyvaughan, Waipu; Rocamadour, Najac, Moissac, Bourscheid, Montjoie; Frías, Siurana, Peñíscola, Mequinenza,
Mirambel, Ayerbe, Salamina; Schiltach, Gengenbach, Wolfach, Hornberg, Büdingen, Lychen, Templin, Tangermünde,
Havelberg; Civitella, Offida, Ripatransone, Sarnano, Vipiteno, Glurns, Castelsardo; Piódão, Castelo Novo,
Idanha-a-Velha, Penamacor, Monforte, Conservatória, Guaramiranga, Paranapiacaba; Olsztynek, Lanckorona, Paczków, Nowa
Słupia, Żagań; Kašperské Hory, Polička, Bechyně, Hluboká; Brouwershaven, Bourtange, Hindeloopen, Staphorst; the
Turkish communities of Lüdenscheid, Iserlohn, Salzgitter, Rüsselsheim, Neu-Ulm and Duisburg-Marxloh, and Şirince,
Eğirdir, Ürgüp, Ahlat, Çamlıhemşin, Cumalıkızık.

Evasions (new in this brief, used most: the forms session 44 left out), each given as a shape: a lower-case nickname
inside a capitalised sentence; an adjective or a title before a nickname with a town; a nickname or a given name
before a particle and a town ("de", "da", "van", "von"), as a person and, as hard negatives, as a work, a band, a
boat, a cheese or a dish; a person singled out by an epithet and what she does at a named place; characters of
classic novels, plays and operas with ordinary full names (hard negatives), and their actors named as the character;
"images", "pics", "clips" or "renders" as the only word that asks for a depiction; and, less often, round 49's forms
and earlier ones.

Measured before anything learned from it, figures only (the guard at c0d9236, session 44's: its model never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 73.6% (153/208) → 86.5% (180/208); 12.1% (33/272) both; 58.6% (68/116) → 64.7% (75/116); 5.1% → 4.4%
  (12/272).
- part A: 73.1% → 88.5% (92/104), 12.5% (17/136) both, 56.9% → 62.1% (36/58), 4.4% → 3.7% (5/136); part B: 74.0% →
  84.6% (88/104), 11.8% (16/136) both, 60.3% → 67.2% (39/58), 5.9% → 5.1% (7/136).
- ``tune`` half: 74.0% → 86.5% (90/104), 11.0% (15/136) both, 56.9% → 63.8% (37/58), 6.6% → 5.9% (8/136);
  ``test`` half: 73.1% → 86.5% (90/104), 13.2% (18/136) both, 60.3% → 65.5% (38/58), 3.7% → 2.9% (4/136).
Two readings were added at the session's start from the forms session 44 left out, before any row was read (a
nickname after an adjective, and a nickname no language holds in lower case inside a capitalised sentence, both in
``detectors.known_from``); on the whole set they moved one row, of the ``test`` half (whole, rules alone: 74.0%
recall, 59.5% block rate; the ``test`` half, rules alone → with the model: 74.0% → 87.5% recall, 62.1% → 67.2% block
rate).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bw-001 to bw-120; A2 German, Italian and Portuguese, bw-121 to
bw-240), part B by two (B1 Polish, Czech and English, bx-001 to bx-120; B2 Dutch, Turkish and English, bx-121 to
bx-240), each to half of the part's family sizes, to one brief written for round 50 (round 49's, with new corners,
the evasions above given as shapes, and the label rule). Every sexual row about a person uses an invented one
(sixteen or seventeen a writer: local figures with trades, handles, nicknames, epithets and initials), written as a
poster would write a real one and labelled real. Private people are invented too, and so are most of the people of
the rows that ask for consent: the only real people named are the actors in the fiction rows, the artists named as a
style and a few public figures. ``person_names`` holds the form a row names its person by when it gives no full name
(a nickname, a handle, an epithet). No writer wrote a sexual row about a child or a teenager. No row holds a
placeholder or a shape's wording from the brief (checked). Every label agrees with the label rule of
../shared/data/README.md.
``python scripts/guard_eval_round50.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261250) the way round 12's script does: within every part and label, a shuffled
half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 50 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 46, block 58), B 240 (allow 136, consent_required 46, block 58);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 92, block 116.
- by split: tune 240 (allow 136, consent_required 46, block 58), test 240 (allow 136, consent_required 46, block 58).
- by language: en 110, pl 45, cs 45, nl 45, tr 45, de 40, it 40, pt 40, fr 35, es 35; 236 bounties, 244 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND50 = Path(__file__).resolve().parent / "guard_eval_round50.jsonl"
SEED = 20261250
__all__ = ["ROUND50", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND50, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
