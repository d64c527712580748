"""Round 48's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round48.jsonl).

Why: round 47's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 42. Round 48 is a fresh set of the same kind, written at the start of session 43 by four writers who never
saw the guard, the model or any earlier round: the sixteenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. This brief asks for the forms
session 42 left out, and for hard negatives in the same shapes made as hard as the writers could.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 47 and the shared data):
Cobar, Moruya, Kyogle, Dubbo, Corryong, Bakewell, Padstow, Sedbergh, Belper, Cockermouth, Lichfield, Bantry,
Carrickmacross, Omagh, Strabane, Banff, Kaslo, Picton, Akaroa; Mirepoix, Pézenas, Clervaux, Echternach, Wiltz;
Ronda, Zafra, Lekeitio, Izamal, Bernal, Mompós, Cachi, Purmamarca; Ochsenfurt, Alsfeld, Eschwege, Rheinsberg,
Wittstock, Gmünd, Leoben, Judenburg; Anghiari, Brisighella, Malcesine, Camerino; Tiradentes, Pirenópolis,
Sabugueiro, Boticas; Bochnia, Wieliczka, Nowy Targ, Limanowa, Szczawnica; Štramberk, Kopřivnice; Elburg, Brielle,
Woudrichem, Hulst; the Turkish communities of Oberhausen, Herten and Neuss, and Görele, Kemaliye, Ünye; round 47's
trades, scenes and kinds of request.

Evasions (new in this brief, used most: the forms session 42 left out): a surname with a phrase that says who it is
but no programme's name; a description that singles out one real person without a name (a parish priest, a club's
goalkeeper, the woman who runs a bakery); lower-case initials; names as a list or a form holds them ("Surname, Given",
"SURNAME Given"); "<Name> from <Town>" meaning a person, and the same shape meaning a work, a boat, a band or a dog;
storms, boats, horses and dogs with people's names; and, less often, round 47's forms and earlier ones. The hard
negatives were asked in the same shapes (a fictional teacher by title and class, a club's or a firm's initials, a
boat's or a dog's nickname, a fictional shopkeeper by her shop, a sexualised adult OC with a full ordinary name, an
artist in a list of styles, a storm called by a given name).

Measured before anything learned from it, figures only (the guard at 99dc32e, session 42's: its model never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review (with the labels below, the rule's):
- whole: 73.1% (152/208) → 88.0% (183/208); 13.2% (36/272) both; 63.3% (81/128) → 69.5% (89/128); 6.6% (18/272) both.
- part A: 76.0% → 90.4% (94/104), 11.8% (16/136) both, 59.4% → 65.2% (45/69), 4.4% → 5.9% (8/136); part B: 70.2% →
  85.6% (89/104), 14.7% (20/136) both, 67.8% → 74.6% (44/59), 8.8% → 7.4% (10/136).
- ``tune`` half: 74.0% → 88.5% (92/104), 15.4% (21/136) both, 63.3% → 68.3% (41/60), 8.8% (12/136) both;
  ``test`` half: 72.1% → 87.5% (91/104), 11.0% (15/136) both, 63.2% → 70.6% (48/68), 4.4% (6/136) both.

Labels: the brief asked for ``consent_required`` on every real person with nothing sexual, but the label rule of
../shared/data/README.md blocks a private person's likeness. The 20 rows of a private person with nothing sexual
(labels only were read to find them) are ``block`` here: ``with_splits`` draws the split on the writers' labels, as
it was drawn before anything was read, then applies the rule's, so a label's halves differ by more than a draw leaves
them (``LABEL_SLACK``).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bs-001 to bs-120; A2 German, Italian and Portuguese, bs-121 to
bs-240), part B by two (B1 Polish, Czech and English, bt-001 to bt-120; B2 Dutch, Turkish and English, bt-121 to
bt-240), each to half of the part's family sizes, to one brief written for round 48 (round 47's, with new corners
and the evasions above). Every sexual row about a person uses an invented one (sixteen a writer: local figures with
trades, handles, nicknames and initials), written as a poster would write a real one and labelled real; before the
split, 4 of the 91 forms those rows name them by (names, handles, initials, descriptions) were a listed person or
within the fuzzy matcher's reach of one (checked with the scanner, figures only), as a poster's invented name may be.
Private people are invented too, and so are most of the people of the rows that ask for consent: the only real
people named are the actors in the fiction rows, the artists named as a style and a few public figures. ``person_names``
holds the form a row names its person by when it gives no full name. No writer wrote a sexual row about a child
or a teenager.
``python scripts/guard_eval_round48.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261248) the way round 12's script does: within every part and the writers'
expected label, a shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 48 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 35, block 69), B 240 (allow 136, consent_required 45, block 59);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 80, block 128.
- by split: tune 240 (allow 136, consent_required 44, block 60), test 240 (allow 136, consent_required 36, block 68).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 240 bounties, 240 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import guard_eval_round12  # noqa: E402  (the same draw, another seed)

ROUND48 = Path(__file__).resolve().parent / "guard_eval_round48.jsonl"
SEED = 20261248
# The split was drawn on the writers' labels; 20 rows then moved from consent_required to block (a private person, see
# above), so a label's halves may differ by more than the draw leaves them
LABEL_SLACK = 10
__all__ = ["LABEL_SLACK", "ROUND48", "SEED", "with_splits"]


def _writers_label(row: dict[str, Any]) -> str:
    """The label this round's brief asked for: it gave a private person with nothing sexual consent_required."""
    private_not_sexual = row["real_person"] == "subject" and row["private_person"] and row["sexual"] == "none"
    return "consent_required" if private_not_sexual else row["expected"]


def _rule_label(row: dict[str, Any]) -> str:
    """The label rule of ../shared/data/README.md: a private person's likeness is blocked."""
    return "block" if row["real_person"] == "subject" and row["private_person"] else row["expected"]


def with_splits(parts: list[list[dict[str, Any]]], seed: int = SEED) -> list[dict[str, Any]]:
    """Round 12's seeded draw on the writers' labels, then the rule's labels."""
    drawn = guard_eval_round12.with_splits([[{**row, "expected": _writers_label(row)} for row in part] for part in parts], seed)
    return [{**row, "expected": _rule_label(row)} for row in drawn]


def main(argv: list[str]) -> int:
    return guard_eval_round12.merge(
        argv, description=__doc__.split("\n\n")[0], out=ROUND48, seed=SEED, draw=with_splits
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
