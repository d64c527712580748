"""Round 35's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round35.jsonl).

Why: round 34's ``tune`` half became training data for the learned reading of the whole request (decision 0053) in
session 29. Round 35 is a fresh set of the same kind, written at the start of session 30 by four writers who never
saw the guard, the model or any earlier round: the third measurement of the shipped model on writers none of its
training rows came from, taken before anything in the guard changed.

Corners (the writers' briefs; chosen among places and trades the earlier briefs named least): Shetland, Orkney, the
Isle of Man, Cornwall's fishing towns, Fermanagh, Donegal, Prince Edward Island, Labrador, Montana, the Dakotas, New
Mexico, Alaska, the Northern Territory, Samoa, Tonga, Malawi, the Volta region, Namibia; the Morvan, the Jura, the
Berry, the Vendée, the Limousin, the Gers, the Périgord, Alsace, Mayotte, French Guiana, Tahiti, Gabon, Burkina Faso,
the Gaspésie, Abitibi; Extremadura, Asturias, Jaén, Huesca, Zamora, Ceuta, La Gomera, Chiloé, Misiones, Corrientes,
Santander, Chiapas, Sonora, Honduras, Nicaragua, Paraguay, Uruguay; Vorarlberg, the Tyrolean valleys, Mecklenburg,
the Uckermark, the Vogtland, the Erzgebirge, the Hunsrück, the Upper Palatinate, the Black Forest, Graubünden, the
Valais, South Westphalia; Friuli, Basilicata, Calabria, the Maremma, Umbria, the Bergamo valleys, the Gargano,
Cagliari, the Polesine, Lucca; the Alentejo, the Algarve, Madeira, Benguela, Mozambique, Macau, Maranhão, Minas
Gerais, Rio Grande do Sul, Paraíba, Amazonas; Upper Silesia, Masuria, Lublin, the Bieszczady, Łódź, Szczecin,
Rzeszów, Toruń, Zielona Góra, the Kurpie, Polish London; South Moravia, Slovácko, Plzeň, Český Krumlov, Liberec, the
Vysočina, Brno, Karlovy Vary; the Welsh valleys, Shropshire, Newcastle, Aberdeen, Iowa, Wisconsin, Minnesota, Maine,
Singapore, Hong Kong, Jamaica, Barbados, Uganda, Lagos; Zeeland, Groningen, Drenthe, Dutch and Belgian Limburg,
Ghent, Leuven, the Kempen, Aruba, Bonaire; Edirne, Çanakkale, Eskişehir, Konya, Kayseri, Sivas, Erzurum, Mardin,
Hatay, Muğla, Artvin, the diaspora in Austria and Belgium; Bristol, Liverpool, Glasgow, small-town Texas, Tennessee,
the Mississippi delta, the Upper Peninsula, British Columbia, the Yukon, New Zealand's West Coast, the Eastern Cape,
Ghana; lifeboat crews, sheep shearers, phone-in hosts, rally drivers, curling, darts, fell running, hurling, shinty,
circus families, lighthouse keepers, accordion players, vallenato, Schlager, ski jumpers, Schwingen, Fasnacht,
palio jockeys, cantastorie, forcados, sertanejo, repentistas, cimbálová muzika, disco polo, speedway, polka bands,
dancehall, cyclo-cross, pigeon racing, levenslied, aşıks, oil wrestling, gospel, highlife; radio soaps,
Franco-Belgian side characters, regional telenovelas, Hörspiele, fumetti, novelas, Czech and Polish bedtime
cartoons, Flemish youth series, Turkish series, webcomics and regional crime novels.

Measured before anything learned from it, figures only (the guard at 1e66985: session 29's model, which never saw a
row of it), the rules alone (``[text] likeness_context = false``) → the rules and the model; recall, false
positives, block rate, legitimate rows sent to review:
- whole: 84.1% (175/208) → 92.8% (193/208); 12.5% (34/272) both; 81.7% (89/109) both; 8.5% (23/272) → 6.2% (17/272).
- part A: 84.6% → 93.3% (97/104), 14.0% (19/136), 77.8% (42/54), 8.8% → 6.6% (9/136); part B: 83.7% → 92.3%
  (96/104), 11.0% (15/136), 85.5% (47/55), 8.1% → 5.9% (8/136).
- ``tune`` half: 83.8% → 93.3% (98/105), 9.6% (13/136), 80.0% (44/55), 10.3% → 8.1% (11/136); ``test`` half: 84.5% →
  92.2% (95/103), 15.4% (21/136), 83.3% (45/54), 6.6% → 4.4% (6/136).

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids as-001 to as-120; A2 German, Italian and Portuguese, as-121 to
as-240), part B by two (B1 Polish, Czech and English, at-001 to at-120; B2 Dutch, Turkish and English, at-121 to
at-240), each to half of the part's family sizes, to round 34's brief with round 35's corners; people, characters,
styles and the wording are the writers' own. No writer said it invented a public figure: each wrote the public people
of its rows, sexual ones included, from memory as people it believes real, as the requests this set stands for name
them; B1 invented the names of its private people. No writer wrote a sexual row about a child or a teenager.
``python scripts/guard_eval_round35.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261235) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 35 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 50, block 54), B 240 (allow 136, consent_required 49, block 55);
  each writer named the actor as the character in two fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 272, consent_required 99, block 109.
- by split: tune 241 (allow 136, consent_required 50, block 55), test 239 (allow 136, consent_required 49, block 54).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40; 227 bounties, 253 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND35 = Path(__file__).resolve().parent / "guard_eval_round35.jsonl"
SEED = 20261235
__all__ = ["ROUND35", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND35, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
