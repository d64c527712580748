"""Round 24's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round24.jsonl).

Why: round 23's ``tune`` half became tuning data in session 18. Round 24 is a fresh set of the same kind, written
during session 19 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Orkney, Skye, Cork, Galway, Belfast, Cardiff, the Yukon, Manitoba, Montana, Idaho, New Mexico, Cajun Louisiana,
Samoa, Vanuatu, Papua New Guinea, Ghana, Malawi; Lorraine, Finistère, the French Basque Country, Réunion,
Martinique, Guadeloupe, French Guiana, Senegal, the Saguenay, Wallonia, Geneva; Galicia, Cantabria, Navarre, the
Canary Islands, Cádiz, Honduras, Nicaragua, El Salvador, Costa Rica, Panama, Maracaibo, Medellín, Equatorial Guinea;
the Saarland, Mecklenburg, Saxony-Anhalt, the Eifel, the Black Forest, Vorarlberg, Carinthia, South Tyrol,
Liechtenstein, Bern, Lucerne; Sardinia, Calabria, Basilicata, Friuli, Trentino, Molise, the Marche, Ticino,
Naples, Palermo; the Azores, Madeira, the Alentejo, Viseu, Cape Verde, Angola, Mozambique, Pará, Amazonas, Rio
Grande do Sul, Goiás, Pernambuco, Ceará; Lublin, Rzeszów, Olsztyn, Opole, Szczecin, Kashubia, the Podhale, Bytom,
Łódź, Zamość, Gdynia; Ostrava, Olomouc, Zlín, Liberec, Jihlava, Český Krumlov, Plzeň, Karlovy Vary, Hradec
Králové, Žižkov, Wallachia; Yorkshire, Cumbria, Norfolk, Tyneside, the Midlands, Lancashire; Sneek, Heerlen,
Rotterdam-Zuid, Almere, Den Helder, Antwerp, Belgian Limburg, Ostend, Kortrijk, Hasselt, Suriname, Curaçao,
Aruba; Trabzon, Rize, Samsun, Sinop, Kayseri, Sivas, Malatya, Diyarbakır, Muğla, İzmir, Northern Cyprus, the
Turks of Germany; New Zealand, Queensland, Perth, Adelaide; rowing, curling, hurling, Gaelic football, rugby
league, netball, rodeo, surf lifesaving, pelota, biathlon, ski jumping, luge, bobsleigh, rally, kickboxing,
strongmen, bocce, water polo, speed skating, korfball, cyclocross, chess, poker, MMA; lighthouse keepers, oyster
farmers, cheesemongers, sommeliers, florists, magicians, circus artists, puppeteers, yodellers, accordionists,
carnival princes, fado, capoeira, forró and sertanejo singers, evangelical pastors, levenslied and arabesk
singers, saz players, kebab masters, flower auctioneers, club presidents, imams, talent-show judges,
dating-show contestants, DIY and car YouTubers, farm influencers; radio plays, puppet shows, Krimis, Heimatfilme,
fotoromanzi, cordel, Brazilian novelas, Polish and Czech fairy-tale films and serials, British soaps, Flemish
soaps, Turkish dizi, advertising mascots). It was measured whole, figures only, with the guard of session 18's
end (a1311bd) and with session 19's guard before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids ya-001 to ya-120; A2 German, Italian and Portuguese, ya-121 to
ya-240), part B by two (B1 Polish, Czech and English, yb-001 to yb-120; B2 Dutch, Turkish and English, yb-121 to
yb-240), each to half of the part's family sizes, to a brief of round 15's kind with round 24's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
``python scripts/guard_eval_round24.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261224) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 24 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 136, consent_required 44, block 60), B 240 (allow 137, consent_required 50, block 53);
  writers A2, B1 and B2 named an actor as the character in a few rows (a real person), so allow fell short of 140.
- by expected label: allow 273, consent_required 94, block 113.
- by split: tune 241 (allow 137, consent_required 47, block 57), test 239 (allow 136, consent_required 47, block 56).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND24 = Path(__file__).resolve().parent / "guard_eval_round24.jsonl"
SEED = 20261224
__all__ = ["ROUND24", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND24, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
