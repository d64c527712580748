"""Round 34's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round34.jsonl).

Why: round 33's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 28. Round 34 is a fresh set of the same kind, written at the start of session 29 by four writers who never
saw the guard, the model or any earlier round: the second measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' briefs; chosen among places and trades the earlier briefs named least): the Faroe Islands,
the Outer Hebrides, Northumberland, Lincolnshire, Norfolk, Kent, County Clare, Kerry, Saskatchewan, Nova Scotia,
Vermont, Idaho, Wyoming, Adelaide, Otago, Vanuatu, Zambia, Botswana; Picardy, the Ardennes, the Cévennes, Savoie, the
Landes, Charente, Nantes, Lorraine, Martinique, Guadeloupe, the Casamance, New Caledonia, Saint-Pierre-et-Miquelon;
La Rioja, Cantabria, Soria, Teruel, Almería, Melilla, Salta, Tucumán, Patagonia, Cusco, Oaxaca, Yucatán, El Salvador,
Costa Rica; East Frisia, the Harz, the Spreewald, Lusatia, the Saarland, Upper Franconia, the Allgäu, Burgenland,
Liechtenstein, the Emmental, Schaffhausen; the Marche, Molise, the Cilento, Lampedusa, the Langhe, Ferrara, Parma,
Rimini, Aosta; the Minho, Trás-os-Montes, the Beira, Setúbal, Guinea-Bissau, São Tomé, Timor, Pará, Santa Catarina,
Goiás; Kraków's districts, Podlasie, Warmia, Opole, Kielce, the Beskids, Kociewie, Polish Chicago; Třebíč, Hradec
Králové, Pardubice, the Jeseníky, Valašsko, Chodsko, the Krkonoše; the Scottish Borders, Cumbria, Somerset, the
Midlands, West Virginia, Kentucky, Arkansas, Alberta's oil towns, Western Australia's mining towns, Malta; Twente, the
Achterhoek, the Veluwe, Flevoland, the Wadden islands, Brabant, the Westhoek, Brussels' communes, Suriname, Sint
Maarten; Ordu, Giresun, Sinop, Kastamonu, Bolu, Afyon, Denizli, Malatya, Van, Kars, Tekirdağ, the Turkish diaspora;
Lancashire, Ontario's small towns, Georgia (US), the Carolinas, Queensland's outback, Trinidad, Guyana, Kenya's
coast; auctioneers, weather presenters, orchestra conductors, village mayors, parish priests, union leaders,
rodeo, lacrosse, squash, bowls, esports casters, chess commentators, speedrunners, niche YouTubers, TikTok farmers,
magicians, tattoo artists, barbers, TV bakers, jota, cumbia, marinera, lucha libre, Schützenfest kings, brass
bands, Volksmusik, alpine guides, pizzaiuoli, bocce, forró, pimba, motoball, tractor pulling, bluegrass, bingo
callers, pantomime dames, natural-ice skating, fierljeppen, carillon players, smartlappen, türkü, muhtars,
NASCAR local drivers, calypso, soca; audio dramas, 90s cartoons, cereal mascots, provincial soaps, fumetti
sidekicks, novelas das seis, Czech fairy-tale films, Sinterklaas-journaal, webtoons, regional crime novels.

Measured before anything learned from it, figures only (the guard at 4a70717: session 28's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 82.7% (172/208) → 88.9% (185/208); 8.8% (24/272) both; 86.1% (93/108) both; 7.7% (21/272) → 5.5% (15/272).
- part A: 79.8% → 87.5% (91/104), 11.0% (15/136), 88.9% (48/54), 6.6% → 5.1% (7/136); part B: 85.6% → 90.4%
  (94/104), 6.6% (9/136), 83.3% (45/54), 8.8% → 5.9% (8/136).
- ``tune`` half: 80.8% → 88.5% (92/104), 10.3% (14/136), 83.3% (45/54), 10.3% → 7.4% (10/136); ``test`` half: 84.6% →
  89.4% (93/104), 7.4% (10/136), 88.9% (48/54), 5.1% → 3.7% (5/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids aq-001 to aq-120; A2 German, Italian and Portuguese, aq-121 to
aq-240), part B by two (B1 Polish, Czech and English, ar-001 to ar-120; B2 Dutch, Turkish and English, ar-121 to
ar-240), each to half of the part's family sizes, to round 33's brief with round 34's corners; people, characters,
styles and the wording are the writers' own. Three writers (A1, B1, B2) said that every person named in their
sexual real-person rows is their own invention, written as a real regional figure (labelled real, as the rows read
to a poster and to the guard), so that no real person is sexualised; A2 said none of its named figures is
invented: its sexual rows name private people it made up and public people it believes real, as the requests this
set stands for do. No writer wrote a sexual row about a child
or a teenager.
``python scripts/guard_eval_round34.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261234) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 34 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 50, block 54);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 100, block 108.
- by split: tune 240 (allow 136, consent_required 50, block 54), test 240 (allow 136, consent_required 50, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 230 bounties, 250 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND34 = Path(__file__).resolve().parent / "guard_eval_round34.jsonl"
SEED = 20261234
__all__ = ["ROUND34", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND34, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
