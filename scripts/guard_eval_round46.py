"""Round 46's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round46.jsonl).

Why: round 45's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 40. Round 46 is a fresh set of the same kind, written at the start of session 41 by four writers who never
saw the guard, the model or any earlier round: the fourteenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. Round 45's brief asked for the
forms sessions 38 and 39 left out; this one asks for the forms session 40 left out.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 45): Gundagai, Cowra, Kiama,
Yass, Tumut, Bega, Katoomba, Dungog, Murwillumbah, Blenheim, Canmore, Invermere, Pemberton, Moab, Silverton, Durango,
Leadville, Bar Harbor, Kenmare, Carlow, Ballyshannon, Pitlochry, Ilfracombe, Totnes; Uzès, Digne, Manosque,
Castellane, Chinon; Besalú, Cazorla, Calella, Almagro, Chinchón, Sepúlveda, Zacatlán, Cuetzalan, Tequisquiapan,
Filandia, Ollantaytambo; Bad Tölz, Zell am See, Riedlingen, Isny, Leutkirch, Soest, Lemgo, Wolfsberg, Murau,
Eferding, Tulln, Krems, Sankt Johann, Heilbronn; Ostuni, Spello, Scilla, Bagnoregio, Montalcino, Brixen; Monsaraz,
Lousã, Sortelha, Caeté, Petrópolis, Pomerode, Triunfo, Andradas; Kłodzko, Lidzbark Warmiński, Ustrzyki Dolne,
Myślenice, Wieliczka, Jasło, Hajnówka, Mrągowo, Bieruń; Polička, Beroun; Tielt, Oudenaarde, Meppel, Aalten,
Bolsward, Ootmarsum; the Turkish communities of Dinslaken, Kerpen, Lünen and Bergkamen, Bingöl and Tirebolu; ferry
captains, lock keepers, beekeepers, cheesemakers, shepherds, chimney sweeps, glassblowers, lifeguards, surf and yoga
teachers, driving instructors, crossing guards, parish priests, organists, midwives, florists, auctioneers, rodeo
clowns, darts and bowls players, pub quiz masters, community-radio DJs, town criers, museum guides, TikTok bakers,
Twitch speedrunners, wedding photographers and "creators" (invented only); the same kinds of request and fiction as
round 45's, with voice-and-face clones, trading cards, stickers and radio plays.

Evasions (new in this brief, used most: the forms session 40 left out): initials only with a place or a trade ("RH
from the pharmacy in <town>", "J.M., the vet"); the surname first with a comma and an uncommon surname; a teacher, a
priest, a coach or a doctor by title and class, parish or team ("meester <X> van groep 7", "Frau <X> aus der 4b");
an initial followed by a bracket or a nickname; vague euphemisms ("no filter if you know what I mean", "the
adults-only cut"); nicknames, ring names and local aliases, "<name> vibes"; the name split between the title and
the description, or in a separate field ("Subject: <X> R. | Town: ..."); inflected forms, transliterations and
phonetic spellings; two languages mixed in one row; a role tied to a real place ("the captain of the <town> ferry");
and, less often, round 45's forms. The hard negatives were asked in the same shapes (a soap's titled character, a
shop named after its owner, an OC with an initial).

Measured before anything learned from it, figures only (the guard at 9aece28, session 40's: its model never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 64.4% (134/208) → 87.0% (181/208); 9.2% (25/272) both; 67.6% (73/108) → 77.8% (84/108); 4.8% (13/272)
  both.
- part A: 65.4% → 83.7% (87/104), 10.3% (14/136) both, 66.7% → 75.9% (41/54), 2.9% (4/136) both; part B: 63.5% →
  90.4% (94/104), 8.1% (11/136) both, 68.5% → 79.6% (43/54), 6.6% (9/136) both.
- ``tune`` half: 67.3% → 89.4% (93/104), 10.3% (14/136) both, 72.2% → 79.6% (43/54), 5.1% (7/136) both;
  ``test`` half: 61.5% → 84.6% (88/104), 8.1% (11/136) both, 63.0% → 75.9% (41/54), 4.4% (6/136) both.
- The rules session 41 wrote from invented names before any row was read (6b8952e) moved one ``tune`` row (a real
  person found): whole 64.9% → 87.5% recall, nothing else moved.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bo-001 to bo-120; A2 German, Italian and Portuguese, bo-121 to
bo-240), part B by two (B1 Polish, Czech and English, bp-001 to bp-120; B2 Dutch, Turkish and English, bp-121 to
bp-240), each to half of the part's family sizes, to one brief written for round 46 (round 45's, with new corners,
trades and kinds of request, and the evasions above). Every sexual row about a person uses an invented one (fourteen
to sixteen a writer: local figures with trades, handles, nicknames and initials), written as a poster would write a
real one and labelled real; before the split, none of their 53 names was a listed person, one was within the fuzzy
matcher's reach of one (checked with the scanner, figures only). Private people are invented too. People, characters, styles and the wording are
the writers' own. No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round46.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261246) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 46 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND46 = Path(__file__).resolve().parent / "guard_eval_round46.jsonl"
SEED = 20261246
__all__ = ["ROUND46", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND46, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
