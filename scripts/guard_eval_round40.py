"""Round 40's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round40.jsonl).

Why: round 39's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 34. Round 40 is a fresh set of the same kind, written at the start of session 35 by four writers who never
saw the guard, the model or any earlier round: the eighth measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' brief; chosen among places and trades no earlier brief named, towns more than regions this
time): Nantucket, Martha's Vineyard, the Black Hills, the Texas Hill Country, the Shenandoah valley, Maryland's
Eastern Shore, Dartmoor, Dingle, Sligo, Wexford, Rarotonga, Niue, Antigua, Tristan da Cunha; the Perche, the Aubrac,
the Vercors, the Chartreuse, the Bigorre, the Rouergue, the Lubéron, the Artois, the Dordogne, the Doubs, Hainaut,
Bénin, Haïti, Tchad, New Caledonia; Guanajuato, Tamaulipas, Cauca, Chocó, Táchira, Ayacucho, Cajamarca, Manabí,
Galápagos, Encarnación, Alicante, Castellón, Burgos, Segovia, Guadalajara, Granada, Málaga; Ostfriesland, the
Vogelsberg, the Münsterland, the Oberpfalz, the Montafon, Husum, Flensburg, Wismar, Stralsund, Görlitz, Bautzen,
Plauen, Meißen, Coburg, Bamberg, Passau, Straubing, Kempten, Lindau, Rottweil, Offenburg, Heilbronn, Trier, Fulda,
Detmold, Emden, Goslar, Quedlinburg, Villach, Lienz, Kufstein, Steyr, Bad Ischl, Davos, Thun, Zermatt, Solothurn,
Herisau; Trapani, Ragusa, Siracusa, Agrigento, Messina, Nuoro, Sassari, Oristano, Alghero, the Sulcis, Crotone,
Cosenza, Tropea, Potenza, Brindisi, Taranto, Foggia, Campobasso, Pescara, Teramo, L'Aquila, Ascoli, Macerata, Urbino,
Pesaro, Bologna, Livorno, Arezzo, Grosseto, Spoleto, Viterbo, Procida, Amalfi, Salerno, Novara, Vercelli, Cuneo,
Sondrio, Lecco, Varese, Trento, Merano, Verona, Vicenza, Padova, Rovigo, Burano, Gorizia, Udine; Chaves, Guarda,
Covilhã, Aveiro, Peniche, Óbidos, Évora, Beja, Sines, Tavira, Olhão, Funchal, Porto Santo, Ponta Delgada, Terceira,
Faial, Mindelo, Fogo, Quelimane, Tete, Pemba, Huambo, Lubango, Florianópolis, Gramado, Blumenau, Campinas, Niterói,
Petrópolis, Ouro Preto, Paraty; Kołobrzeg, Świnoujście, Piotrków Trybunalski, Sieradz, Skierniewice, Sejny,
Bielsko-Biała, Szklarska Poręba, Karpacz, Nysa, Rybnik, Jastrzębie-Zdrój, Zabrze, Tychy; Mariánské Lázně, Nymburk,
Louny, Žatec, Vyškov, Mikulov, Valtice, Lednice; Enschede, Hengelo, Apeldoorn, Sittard, Helmond, Zierikzee,
Middelburg, Vlissingen, Enkhuizen, Edam, Zaandam, Dokkum, Brugge, Geel, Aarschot, Antwerpen, Zottegem; Kırıkkale,
Şırnak, Alanya, Fethiye, Ayvalık, Cunda, the Turkish communities of Belgium and Denmark; dry-stone wallers, jai alai
and pelota, charros and escaramuzas, bandoneón, sardana and castells, Fallas artists, Guggenmusik, ice-cream makers,
notaries, buskers and living statues, parkour and BMX, kitesurf and windsurf, arm wrestling, pole vault, javelin and
hammer, teleshopping presenters, tram, taxi and bus drivers, postmen, milkmen and dairy farmers, zookeepers,
taxidermists, piano tuners, sign painters, calligraphers, tea masters, winemakers and olive growers, local radio
hosts, carnival princes and queens, church choirs, allotment gardeners, lifeboat crews; local soaps and sitcoms,
regional crime series, radio plays, regional newspapers' comic strips, children's TV puppets, advertising
characters, school-reader characters, operetta and zarzuela roles, telenovelas, Turkish TV series, Flemish youth
series, Czech fairy-tale films and Polish cartoons.

Measured before anything learned from it, figures only (the guard at aafe9ce: session 34's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 83.2% (173/208) → 91.3% (190/208); 11.4% (31/272) both; 88.9% (96/108) → 89.8% (97/108); 9.6% (26/272) →
  8.8% (24/272).
- part A: 84.6% → 93.3% (97/104), 13.2% (18/136) both, 85.2% → 87.0% (47/54), 10.3% → 9.6% (13/136); part B: 81.7%
  → 89.4% (93/104), 9.6% (13/136) both, 92.6% (50/54) both, 8.8% → 8.1% (11/136).
- ``tune`` half: 83.7% → 93.3% (97/104), 9.6% (13/136) both, 85.2% → 87.0% (47/54), 10.3% (14/136) both; ``test``
  half: 82.7% → 89.4% (93/104), 13.2% (18/136) both, 92.6% (50/54) both, 8.8% → 7.4% (10/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids bc-001 to bc-120; A2 German, Italian and Portuguese, bc-121 to
bc-240), part B by two (B1 Polish, Czech and English, bd-001 to bd-120; B2 Dutch, Turkish and English, bd-121 to
bd-240), each to half of the part's family sizes, to one brief written for round 40 (round 34's, with the label
rule, the families and the new corners, and from this round on a hard limit: every sexual row about a named or
described real person uses an invented one, written as a poster would write a real one and labelled real, so no
rewriting step was needed). People, characters, styles and the wording are the writers' own. Every writer invented
the people of its sexual rows (fifteen or sixteen each: local figures with trades, handles, ring names and
nicknames) and its private people. A1 also invented the people of its non-sexual rows (eighteen local figures and
five aliases), to avoid mistakes about real people; B2 invented four of its own. The real people named are the
actors cast as characters, the artists named as styles, and A2's, B1's and B2's public figures in non-sexual
rows. No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round40.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261240) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 40 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
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

ROUND40 = Path(__file__).resolve().parent / "guard_eval_round40.jsonl"
SEED = 20261240
__all__ = ["ROUND40", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND40, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
