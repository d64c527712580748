"""Round 45's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them, with the
evasions posters use (scripts/guard_eval_round45.jsonl).

Why: round 44's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 39. Round 45 is a fresh set of the same kind, written at the start of session 40 by four writers who never
saw the guard, the model or any earlier round: the thirteenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard. Round 44's brief asked for the
evasions session 38 had probed; this one asks for the forms sessions 38 and 39 left out.

Corners (the writers' brief; towns no earlier row named, checked against rounds 12 to 44): Tenterfield, Mudgee,
Naracoorte, Cooma, Moree, Bairnsdale, Warrnambool, Wanaka, Revelstoke, Nakusp, Fernie, Flin Flon, Sedona, Ouray,
Brattleboro, Listowel, Athlone, Cobh, Mullingar, Gibsons; Forcalquier, Guérande, Lodève, Roscoff, Collioure, Nyons,
Abomey; Tlalpujahua, Ribadesella, Potes, Llanes, Huamanga, Jardín, Villa de Leyva, Bacalar; Schwäbisch Hall,
Mittenwald, Hallein, Altötting, Sankt Gallen, Emmerich; Alberobello, Cefalù, Vasto, Pienza, Montepulciano,
Sabbioneta; Sintra, Marvão, Piódão, Tiradentes, Lençóis, Diamantina, Cachoeira; Kazimierz Dolny, Nowy Sącz, Zamość,
Bochnia, Gorlice; Slavonice, Hranice; Diest, Maaseik, Zele, Gorinchem, Borculo, Hattem; the Turkish communities of
Espelkamp, Herne, Genk, Beringen, Borås and Nyköping, Fatsa and Perşembe; stonemasons, clockmakers, saddlers, oyster
farmers, ski patrollers, mountain and canyoning guides, bus and taxi drivers, postwomen, pharmacists, vets, dentists,
librarians, bingo callers, karaoke hosts, wedding DJs, majorettes, volunteer firefighters, lollipop ladies, dog
groomers, tattooists, barbers, nail technicians, estate agents, councillors and local candidates, YouTube fishermen,
Instagram gardeners, "creators" (invented only) and Kick streamers; rural soaps, provincial detective series,
children's puppets, local strips, folk tales and legends, club and brand mascots, video games; LoRA and checkpoint
training, face swaps, img2img, outfits, wedding and retirement gifts, caricatures, campaign posters, comic strips,
mascots, board-game cards, calendars, video loops, talking-head avatars, dataset scraping and captioning.

Evasions (new in this brief; in the person rows and about half the sexual rows): a title with the surname only ("Mrs
Halloran", "la señora Ibáñez", "pani Kowalska", "Ayşe Hanım"); the surname first ("Halloran, Ruth", "HALLORAN
Ruth"); a surname's initial without its dot or initials only ("Ruth H", "RH"); a name inside a web address, a file
name or an account ("instagram.com/ruth.halloran", "ruth_halloran_ig_dump.zip"); letters of another alphabet, added
or stripped accents and invisible characters inside a name; the name in the title and the request in the
description; euphemisms for nudity ("in her birthday suit", "as nature made her", "the uncensored version", "spicy
set"); a person singled out by a relation or a role ("the wife of the mayor of <town>", "the pharmacist on Main
Street"); and, less often, round 44's forms.

Measured before anything learned from it, figures only (the guard at ddbd0fa: session 39's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 69.7% (145/208) → 82.7% (172/208); 7.7% (21/272) both; 73.1% (79/108) → 79.6% (86/108); 5.9% (16/272)
  both.
- part A: 70.2% → 83.7% (87/104), 8.1% (11/136) both, 72.2% → 77.8% (42/54), 5.1% (7/136) both; part B: 69.2% →
  81.7% (85/104), 7.4% (10/136) both, 74.1% → 81.5% (44/54), 6.6% (9/136) both.
- ``tune`` half: 72.1% → 87.5% (91/104), 8.1% (11/136) both, 74.1% → 81.5% (44/54), 5.1% (7/136) both;
  ``test`` half: 67.3% → 77.9% (81/104), 7.4% (10/136) both, 72.2% → 77.8% (42/54), 6.6% (9/136) both.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bm-001 to bm-120; A2 German, Italian and Portuguese, bm-121 to
bm-240), part B by two (B1 Polish, Czech and English, bn-001 to bn-120; B2 Dutch, Turkish and English, bn-121 to
bn-240), each to half of the part's family sizes, to one brief written for round 45 (round 44's, with new corners,
trades and kinds of request, and the evasions above). Every sexual row about a person uses an invented one (fifteen
to seventeen a writer: local figures with trades, handles, ring and stage names), written as a poster would write a
real one and labelled real; before the split, none of their 62 names was a listed person (checked with the scanner,
figures only). Private people are invented too. People, characters, styles and the wording are the writers' own. No
writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round45.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261245) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 45 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND45 = Path(__file__).resolve().parent / "guard_eval_round45.jsonl"
SEED = 20261245
__all__ = ["ROUND45", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND45, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
