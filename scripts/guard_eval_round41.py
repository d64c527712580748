"""Round 41's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round41.jsonl).

Why: round 40's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 35. Round 41 is a fresh set of the same kind, written at the start of session 36 by four writers who never
saw the guard, the model or any earlier round: the ninth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard.

Corners (the writers' brief; towns no earlier brief named, checked against rounds 12 to 40): Kilkenny, Tralee,
Westport, Kinsale, Whitby, Hexham, Oban, Tobermory, Kirkwall, Bendigo, Ballarat, Dunedin, Whanganui, Tofino,
Lunenburg, Moncton, Beaufort, Galveston, Natchez, Asheville, Paducah, Duluth, Acadiana; Aurillac, Millau, Rodez,
Figeac, Cahors, Dole, Pontarlier, Laval, Vannes, Quimper, Lorient, Saint-Malo, Dinan, Tournai, Bouillon, Arlon,
Jacmel, Ziguinchor, Lomé, Cotonou, Papeete, Nouméa; Taxco, Mazatlán, Mérida, Popayán, Mompox, Cartagena,
Ponferrada, Linares, Úbeda, Jerez, Tarifa; Celle, Hameln, Cuxhaven, Aurich, Norden, Jever, Eckernförde, Güstrow,
Neubrandenburg, Pirna, Zittau, Annaberg-Buchholz, Bayreuth, Landshut, Rosenheim, Traunstein, Memmingen, Biberach,
Tuttlingen, Lörrach, Konstanz, the Kaiserstuhl, Feldkirch, Leoben, Judenburg, Spittal an der Drau, Bellinzona,
Lugano; Otranto, Gallipoli, Sciacca, Marsala, Cefalù, Modica, Noto, Caltanissetta, Lanciano, Chieti, Isernia, Rieti,
Terni, Orvieto, Chiusi, Carrara, Sarzana, Chiavari, Imperia, Bormio, Feltre, Bassano del Grappa, Cesena, Faenza;
Lamego, Tomar, Elvas, Portimão, Horta, Tarrafal, Namibe, Joinville, Caxias do Sul, Cuiabá; Malbork, Kashubia,
Mazury; Litomyšl, Telč, the Vysočina; Kampen, Harderwijk, Tiel, Gouda, Schiedam, Ronse; Safranbolu, Datça, Çeşme,
the Turkish communities of Austria and Sweden; cheesemongers, farriers, glassblowers, luthiers, bell ringers,
lighthouse keepers, ferry captains, fishmongers, oyster farmers, beekeepers, truffle hunters, falconers, sheepdog
trials, darts and snooker, bowls and pétanque, rowing, curling and ice-stock, cyclo-cross, rally and stock-car,
weather presenters, auctioneers, driving instructors, hairdressers and barbers, bakers, butchers, school
caretakers, crossing guards, lifeguards, park rangers, mountain guides, cable-car operators, fairground showmen,
brass bands, accordion orchestras, drag artists, stand-up comedians, podcasters, TikTok craftspeople, local
politicians and parish priests; regional soaps and police series, radio serials, newspaper comic strips, mascots
and advertising characters, picture books and TV puppets, school readers, operettas, folk tales and legends,
telenovelas, Turkish dizis, Dutch and Flemish youth series, Czech and Polish cartoons, small studios' video games.

Measured before anything learned from it, figures only (the guard at b5d191f: session 35's model, which never saw a
row of it, and two rules from round 40's ``tune`` rows written before this set arrived), the rules alone
(``[text] likeness_context = false``) → the rules and the model; recall, false positives, block rate, legitimate
rows sent to review:
- whole: 76.9% (160/208) → 91.3% (190/208); 10.3% (28/272) both; 79.6% (86/108) → 80.6% (87/108); 8.5% (23/272) →
  7.7% (21/272).
- part A: 78.8% → 91.3% (95/104), 11.8% (16/136) both, 83.3% (45/54) both, 8.1% (11/136) both; part B: 75.0% →
  91.3% (95/104), 8.8% (12/136) both, 75.9% → 77.8% (42/54), 8.8% → 7.4% (10/136).
- ``tune`` half: 75.0% → 89.4% (93/104), 11.8% (16/136) both, 74.1% → 75.9% (41/54), 9.6% → 8.1% (11/136); ``test``
  half: 78.8% → 93.3% (97/104), 8.8% (12/136) both, 85.2% (46/54) both, 7.4% (10/136) both.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids be-001 to be-120; A2 German, Italian and Portuguese, be-121 to
be-240), part B by two (B1 Polish, Czech and English, bf-001 to bf-120; B2 Dutch, Turkish and English, bf-121 to
bf-240), each to half of the part's family sizes, to one brief written for round 41 (round 40's, with new corners,
trades and kinds of fiction, and one more rule: the people of non-sexual consent rows are real local and national
figures, not invented ones, since round 40's A1 had invented them all). Every sexual row about a person uses an
invented one (fifteen or sixteen a writer: local figures with trades, handles, drag and radio names), written as a
poster would write a real one and labelled real; private people are invented too. People, characters, styles and
the wording are the writers' own. No writer wrote a sexual row about a child or a teenager. B2's first run stopped
before writing a row and was started again with the same brief.
``python scripts/guard_eval_round41.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261241) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 41 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND41 = Path(__file__).resolve().parent / "guard_eval_round41.jsonl"
SEED = 20261241
__all__ = ["ROUND41", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND41, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
