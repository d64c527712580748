"""Round 42's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round42.jsonl).

Why: round 41's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 36. Round 42 is a fresh set of the same kind, written at the start of session 37 by four writers who never
saw the guard, the model or any earlier round: the tenth measurement of the shipped model on writers none of its
training rows came from, taken before anything learned from it changed the guard.

Corners (the writers' brief; towns no earlier brief or row named, checked against rounds 12 to 41): Ludlow, Keswick,
Tuam, Clonakilty, Wagga Wagga, Mildura, Timaru, Kamloops, Thunder Bay, Yellowknife, Bozeman, Astoria, Bisbee;
Lannion, Paimpol, Quimperlé, Fécamp, Bayeux, Granville, Saumur, Verdun, Lourdes, Oloron-Sainte-Marie, Mauléon,
Bagnères-de-Bigorre, Delémont, Porrentruy, Rimouski, Bouaké; Tilcara, Ushuaia, Gaiman, Chiloé, Vilcabamba,
Quetzaltenango, Comitán, Álamos, Zacatecas, Cholula, Huasca, Albarracín, Ribadeo; Wolfenbüttel, Quedlinburg, Passau,
Deggendorf, Dillingen, Rottweil, Donaueschingen, Bludenz, Schaffhausen, Duisburg-Marxloh; Merano, Belluno, Cividale
del Friuli, Gorizia, Comacchio, Urbino, Sulmona, Oristano; Tavira, Benguela, Minas Gerais and Rio Grande do Sul;
Łeba, Suwałki, Augustów, Sejny, Pułtusk, Kłodzko, Bolesławiec, Jelenia Góra; Strakonice, Vimperk, Prachatice,
Chodsko, Slavonice; Veurne and the Westhoek, Friesland, Zeeland, Limburg; Bartın, Amasra, Beypazarı, the Turkish
communities of Belgium and Denmark; clockmakers, organ builders, saddlers, stonemasons, thatchers, coopers, potters,
lacemakers, chimney sweeps, wine growers, shepherds, harbour masters, tram and school-bus drivers, postwomen,
funeral directors, town criers, carnival princes and shooting-club kings, majorettes, choirs, ice hockey, handball,
water polo, speedway and motocross, ski jumping, biathlon, show jumping, cattle auctioneers, radio DJs, local news
anchors, bishops, mayors and councillors, market stalls, pharmacists, vets, dance teachers, tattoo artists and
local influencers; regional crime novels, puppet shows, comic albums, fotonovelas, animated adverts, fairy-tale
films, radio dramas, stage plays, ballads, mascots, children's magazines, school musicals, sitcoms, web series and
indie games.

Measured before anything learned from it, figures only (the guard at 2b1247e: session 36's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false positives,
block rate, legitimate rows sent to review:
- whole: 84.6% (176/208) → 91.3% (190/208); 6.2% (17/272) both; 93.5% (101/108) → 95.4% (103/108); 8.5% (23/272) →
  7.4% (20/272).
- part A: 85.6% → 92.3% (96/104), 5.9% (8/136) both, 92.6% → 94.4% (51/54), 8.8% → 8.1% (11/136); part B: 83.7% →
  90.4% (94/104), 6.6% (9/136) both, 94.4% → 96.3% (52/54), 8.1% → 6.6% (9/136).
- ``tune`` half: 86.5% → 93.3% (97/104), 3.7% (5/136) both, 92.6% (50/54) both, 7.4% → 6.6% (9/136); ``test``
  half: 82.7% → 89.4% (93/104), 8.8% (12/136) both, 94.4% → 98.1% (53/54), 9.6% → 8.1% (11/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bg-001 to bg-120; A2 German, Italian and Portuguese, bg-121 to
bg-240), part B by two (B1 Polish, Czech and English, bh-001 to bh-120; B2 Dutch, Turkish and English, bh-121 to
bh-240), each to half of the part's family sizes, to one brief written for round 42 (round 41's, with new corners,
trades and kinds of fiction). Every sexual row about a person uses an invented one (fourteen to sixteen a writer:
local figures with trades, handles, ring and stage names), written as a poster would write a real one and labelled
real; private people are invented too. People, characters, styles and the wording are the writers' own. No writer
wrote a sexual row about a child or a teenager. B2 took out, after writing, three authors its fiction rows named
beside their characters (neither depicted nor a style).
``python scripts/guard_eval_round42.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261242) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 42 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND42 = Path(__file__).resolve().parent / "guard_eval_round42.jsonl"
SEED = 20261242
__all__ = ["ROUND42", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND42, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
