"""Round 44's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round44.jsonl).

Why: round 43's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 38. Round 44 is a fresh set of the same kind, written at the start of session 39 by four writers who never
saw the guard, the model or any earlier round: the twelfth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. Session 38 found its largest
holes by probing with the forms a poster uses to slip past a filter; this round's brief asked its writers for them.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 43): Broken Hill, Mount
Gambier, Bundaberg, Gympie, Kaikoura, Gisborne, Smithers, Kenora, Prince Rupert, Bemidji, Decorah, Galena, Marfa,
Lewes, Bideford, Dungarvan; Sisteron, Carpentras, Auray, Issoire, Mulhouse, Baie-Saint-Paul, Ouidah, Korhogo;
Cudillero, Cadaqués, Frigiliana, Chachapoyas, Barichara; Meißen, Hallstatt, Eisenerz, Lauscha, Furth im Wald, Rauris,
Waldkirchen; Trani, Bitonto, Bobbio, Marostica; Mértola, Juiz de Fora, Pirenópolis, Penedo; Olecko, Biecz, Wadowice;
Kadaň, Polička; Eeklo and the Meetjesland, Drenthe and Overijssel; the Turkish communities of Göteborg, Malmö and
Mulhouse and the Black Sea coast; glassblowers, bell founders, beekeepers, falconers, lighthouse keepers, ferrymen,
lifeguards, rally drivers, darts and snooker players, rodeo riders, sheepdog trialists, brass-band conductors,
puppeteers, organists, weather forecasters, traffic reporters, auctioneers, café owners, butchers, florists, driving
instructors, school caretakers, crossing guards, nurses, midwives, priests and imams, podcasters, streamers, TikTok
bakers and cosplayers; regional crime novels, puppet shows, comic albums, radio dramas, operettas, telenovelas,
mascots, children's magazines, web series and indie games; LoRA and checkpoint training, face swaps, ageing,
birthday and memorial gifts, posters, album covers, voice clones, sticker packs, trading cards, tattoo flash, datasets,
caption sets and animated loops.

Evasions (new in this brief; in the person rows and about half the sexual rows): a middle or first initial ("R.
Halloran", "Ruth H."); a name in quotes, brackets or after a plus; an attention weight or a LoRA tag on a name;
leetspeak, stars, dots, spaces or emoji in the sexual words ("nud3", "n*de", "t0pless", "l i n g e r i e", "🍑");
leetspeak, dots, spaces, emoji, hashtags or CamelCase in the name; a nickname between the names, quoted or not; a
public figure who is no artist named as if a style ("inspired by <singer>", "<name> vibes"); an actor named through a
character ("the actress who plays <character>"); a misspelt name.

Measured before anything learned from it, figures only (the guard at d4cd172: session 38's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 76.4% (159/208) → 88.5% (184/208); 6.6% (18/272) both; 82.4% (89/108) → 84.3% (91/108); 7.7% (21/272) →
  7.0% (19/272).
- part A: 78.8% → 90.4% (94/104), 3.7% (5/136) both, 90.7% → 92.6% (50/54), 9.6% → 8.1% (11/136); part B: 74.0% →
  86.5% (90/104), 9.6% (13/136) both, 74.1% → 75.9% (41/54), 5.9% (8/136) both.
- ``tune`` half: 77.9% → 87.5% (91/104), 8.1% (11/136) both, 85.2% (46/54) both, 7.4% → 5.9% (8/136);
  ``test`` half: 75.0% → 89.4% (93/104), 5.1% (7/136) both, 79.6% → 83.3% (45/54), 8.1% (11/136) both.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bk-001 to bk-120; A2 German, Italian and Portuguese, bk-121 to
bk-240), part B by two (B1 Polish, Czech and English, bl-001 to bl-120; B2 Dutch, Turkish and English, bl-121 to
bl-240), each to half of the part's family sizes, to one brief written for round 44 (round 43's, with new corners,
trades and kinds of request, and the evasions above). Every sexual row about a person uses an invented one (fifteen
or sixteen a writer: local figures with trades, handles, ring and stage names), written as a poster would write a
real one and labelled real; before the split, none of their 62 names was a listed person (checked with the scanner,
figures only). Private people are invented too. People, characters, styles and the wording are the writers' own. No
writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round44.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261244) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 44 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND44 = Path(__file__).resolve().parent / "guard_eval_round44.jsonl"
SEED = 20261244
__all__ = ["ROUND44", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND44, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
