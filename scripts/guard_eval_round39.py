"""Round 39's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round39.jsonl).

Why: round 38's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 33. Round 39 is a fresh set of the same kind, written at the start of session 34 by four writers who never
saw the guard, the model or any earlier round: the seventh measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' briefs; chosen among places and trades no earlier brief named): Kodiak, the Kenai Peninsula,
the Bering coast, the Mississippi Delta, Door County, Maine's Down East, the Florida Keys, Ceredigion, Connemara,
County Antrim, Lundy, Tobago, the Bahamas' Out Islands, Tuvalu, Nauru, Palau, the Maldives, the Darling Downs; the
Bresse, the Queyras, the Ariège, the Gévaudan, the Thiérache, the Boulonnais, the Gaume, the Jura bernois, the
Comoros, Cameroon, Burundi, the Marquesas, Acadia; Lleida, Ourense, Palencia, Cáceres, Badajoz, Huelva, La Palma,
Tabasco, Durango, Zacatecas, Michoacán, the Mixteca, Baja California Sur, Panamá, Nariño, Antioquia, the Llanos,
Zulia, Isla Margarita, Oruro, Puno, Iquitos, Neuquén, Chubut, Valdivia, Coquimbo, Paysandú, Tacuarembó, Esmeraldas;
the Prignitz, the Thuringian Forest, the Siegerland, the Palatinate, the Spessart, Hohenlohe, the Kraichgau, the
Breisgau, the Hegau, Lake Constance, the Chiemgau, Berchtesgaden, the Werdenfels, Lower Bavaria, the Wendland,
Lüneburg, Heligoland, the Bregenzerwald, the Innviertel, Carinthia, Styria's Vulkanland, the Toggenburg, the Upper
Valais, Uri; the Vinschgau and Gröden, the Valcamonica, the Canavese, the Biellese, the Valdarno, the Montefeltro,
the Aspromonte, the Sila, the Murge, the Etna villages, the Aeolian and Egadi islands, Pantelleria, the Ogliastra,
Gallura, the Lessinia, Asiago, Belluno, Cremona, Mantua, Piacenza, the Val d'Ossola, the Vulture; the Azores'
smaller islands, Nampula and Inhambane, Príncipe, Damão, Goa; Kashubia's lakes, Masuria, Kuyavia, the Pałuki, the
Lublin region, Siedlce, Ostrołęka, Ciechanów, Włocławek, Piła, the Kłodzko valley, Jelenia Góra, Głogów, Racibórz,
Cieszyn, Żory, Wadowice, Nowy Targ, Gorlice, Mielec, Stalowa Wola, Łeba, Władysławowo, Giżycko, Augustów, Hajnówka,
Gniezno; Semily, Turnov, Jičín, Chrudim, Svitavy, Přerov, Kroměříž, Uherské Hradiště, Karviná, Pelhřimov,
Strakonice, Klatovy, Sušice, Rokycany, Sokolov, Chomutov, Česká Lípa, Mladá Boleslav, Beroun, Příbram, Benešov,
Jindřichův Hradec, the Šluknov hook; Urk, Marken, Delfzijl, Harlingen, Kerkrade, Saba, Sint Eustatius, Oostende,
Knokke, Roeselare, Poperinge, Oudenaarde, Lier, Maaseik, Tongeren, Diest; Ardahan, Tunceli, Adıyaman,
Kahramanmaraş, Uşak, Karabük, Çankırı, Kırşehir, Niğde, Aksaray, Karaman, Yalova, Kocaeli, Gümüşhane, Bayburt, Muş,
Bingöl, the Turkish communities of Austria and Sweden; bell ringers and beiaardiers, chimney sweeps, stonemasons,
rally co-drivers, darts, snooker and biljart of the pub leagues, crown-green bowls, Kegeln and Boccia, crossword
setters, town criers, bingo callers, wedding DJs and wedding bands, truffle hunters, mushroom foragers, oyster,
mussel, carp and shrimp farmers and fishers, ferry captains, mountain rescue, harness racing, rodeo clowns,
majorettes and Spielmannszüge, barbershop quartets, brass bands, tattoo artists, driving instructors on YouTube,
weather presenters of local TV, bertsolaris, payadores, joropo, marimba, vallenato, cantastorie, launeddas,
zampognari, fado vadio, marrabenta, tufo, yodellers, dechovka, trampové songs, koledníci, levenslied, zurna and davul,
halay, bağlama; 80s soap operas and Vorabendserien, reading-primer characters, theme-park mascots, radio comedy
sketches, football-club mascots, folk-song characters, operetta characters, fotoromanzi, 80s novelas, TRT children's
shows, railway-safety campaign characters and regional newspapers' comic strips.

Measured before anything learned from it, figures only (the guard at 96abd9d: session 33's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 83.7% (174/208) → 91.3% (190/208); 13.6% (37/272) → 14.0% (38/272); 85.2% (92/108) → 87.0% (94/108); 5.1%
  (14/272) → 4.8% (13/272).
- part A: 83.7% → 91.3% (95/104), 14.7% → 15.4% (21/136), 85.2% (46/54) both, 6.6% (9/136) both; part B: 83.7% →
  91.3% (95/104), 12.5% (17/136) both, 85.2% → 88.9% (48/54), 3.7% → 2.9% (4/136).
- ``tune`` half: 81.7% → 89.4% (93/104), 15.4% → 16.2% (22/136), 88.9% → 92.6% (50/54), 5.1% (7/136) both; ``test``
  half: 85.6% → 93.3% (97/104), 11.8% (16/136) both, 81.5% (44/54) both, 5.1% → 4.4% (6/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ba-001 to ba-120; A2 German, Italian and Portuguese, ba-121 to
ba-240), part B by two (B1 Polish, Czech and English, bb-001 to bb-120; B2 Dutch, Turkish and English, bb-121 to
bb-240), each to half of the part's family sizes, to round 34's brief with round 39's corners; people, characters,
styles and the wording are the writers' own. A2 and B1 gave every named person of their sexual rows an invented name
(ten and thirteen local figures, three handles each, and B1 two nicknames), written as real ones and labelled real.
A1 did so for its explicit rows only (six figures and a handle) and B2 not at all: at our request, before any row was
measured, the same kind of writer replaced the real people of their other sexual rows (seven of A1's, seventeen of
B2's, four of them described without a name) with invented ones of the same trade, corner and spelling, so that no
real person is sexualised here. Every writer invented its private people; B2 invented one handle more.
No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round39.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261239) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 39 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 50, block 54);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 100, block 108.
- by split: tune 240 (allow 136, consent_required 50, block 54), test 240 (allow 136, consent_required 50, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 228 bounties, 252 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND39 = Path(__file__).resolve().parent / "guard_eval_round39.jsonl"
SEED = 20261239
__all__ = ["ROUND39", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND39, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
