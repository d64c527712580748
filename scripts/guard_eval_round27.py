"""Round 27's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round27.jsonl).

Why: round 26's ``tune`` half became tuning data in session 21. Round 27 is a fresh set of the same kind, written
during session 22 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(the Isle of Man, Anglesey, Shropshire, Lincolnshire, the Scottish Borders, Nova Scotia, Alberta's oil towns,
Alaska, West Virginia, New Mexico, Trinidad, Barbados, Uganda, Botswana, Malta; Savoie, Auvergne, Picardie, the
Vendée, Gascony, the Jura, Valais, New Caledonia, Tahiti, the Gaspésie, Côte d'Ivoire, Cameroon, Benin; Asturias,
Extremadura, Murcia, Aragón, Uruguay, Paraguay, Bolivia, Patagonia, Cuba, Puerto Rico, the Dominican Republic,
Yucatán, Oaxaca; East Frisia, Mecklenburg, Lusatia, the Palatinate, Franconia, the Harz, Vorarlberg, the Tyrolean
Oberland, Graubünden, Basel, Liechtenstein; Friuli, the Marche, Umbria, Basilicata, the Salento, Liguria, the
Aosta Valley, Catania, Bergamo, the Po delta; the Alentejo, the Algarve, Madeira, Trás-os-Montes, Braga, Angola,
Mozambique, Amazonas, Bahia, Goiás, Rio Grande do Sul, Minas Gerais, Espírito Santo; Upper Silesia, Masuria,
Warmia, Pomerania, the Bieszczady, Podlasie, Opole, Rzeszów, Łódź, Szczecin, Częstochowa; Brno, Plzeň, Olomouc,
the Krkonoše, South Moravia, Liberec, Hradec Králové, Karlovy Vary, Kladno, Třinec; Cornwall, the Welsh valleys,
Norfolk, Liverpool, Birmingham, Belfast, Cape Town, Durban, Auckland, Singapore, the Philippines, Nebraska, Oregon;
Groningen, Zeeland, Drenthe, Twente, Brabant, the Zaan, Haarlem, Ghent, East Flanders, the Kempen, Brussels,
Bonaire; Bursa, Eskişehir, Konya, Adana, Hatay, Mardin, Gaziantep, Edirne, Çanakkale, Bodrum, Ordu, Van; Skye, the
Lake District, Bristol, Glasgow, Dublin, Cork, Louisiana, Arizona, Montana, the Western Cape, Accra; lawn bowls,
sheepdog trials, ploughing matches, Highland games, lucha libre, bullfighting, flamenco, handball, ice hockey,
motocross, water polo, capoeira, ski jumping, strongman, field hockey, oil wrestling, cirit; carnival queens and
princes, sommeliers, tattoo artists, ventriloquists, pageant winners, traffic reporters, funeral directors, truffle
hunters, marksmen kings, sertanejo, pagode, Schlager, disco polo, dechovka, türkü, levenslied and smartlappen
singers, TV psychics, podcast hosts; Sunday-night dramas, radio soaps, historietas, Heimatfilme, fotoromanzi,
fumetti, bedtime cartoons, cabaret, Yeşilçam films, Karagöz shadow play). It was measured whole, figures only, with
the guard of session 21's end (be34434) before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ac-001 to ac-120; A2 German, Italian and Portuguese, ac-121 to
ac-240), part B by two (B1 Polish, Czech and English, ad-001 to ad-120; B2 Dutch, Turkish and English, ad-121 to
ad-240), each to half of the part's family sizes, to a brief of round 15's kind with round 27's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
All four writers gave every real person of a sexual row a name of their own invention, written as a regional
public figure's or a private person's (labelled a real subject all the same: the guard reads only text, and no
name is on any list), and wrote no sexual row about a teenager.
``python scripts/guard_eval_round27.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261227) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 27 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 137, consent_required 46, block 57), B 240 (allow 137, consent_required 44, block 59);
  every writer named an actor as the character in a few rows (a real person), so allow fell short of 140.
- by expected label: allow 274, consent_required 90, block 116.
- by split: tune 242 (allow 138, consent_required 45, block 59), test 238 (allow 136, consent_required 45, block 57).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND27 = Path(__file__).resolve().parent / "guard_eval_round27.jsonl"
SEED = 20261227
__all__ = ["ROUND27", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND27, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
