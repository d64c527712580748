"""Round 32's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round32.jsonl).

Why: round 31's ``tune`` half became tuning data in session 26. Round 32 is a fresh set of the same kind, written
during session 27 by writers who never saw the guard or any earlier round, sent to corners no earlier writer used
(Snowdonia, St Ives, the Lake District, Jersey and Guernsey, Newfoundland, Saskatchewan, Tasmania, Fiji, Trinidad,
Montego Bay, Zambia, Botswana; Finistère, Corsica, the Jura, Nancy, the Croix-Rousse, Marseille's Panier, Réunion,
Martinique, Guadeloupe, Dakar, Kinshasa, Liège, Lausanne; Vigo, Zaragoza, La Rioja, Cantabria, Almería, Lanzarote,
Guayaquil, Santiago de Cuba, Puerto Rico, Guatemala, El Salvador, Costa Rica, Valparaíso, Mendoza, Patagonia; Sylt,
Saxon Switzerland, Freiburg, Gelsenkirchen, Lower Bavaria, the Eifel, Lusatia, Carinthia, the Pinzgau, Burgenland,
Appenzell, the Bernese Oberland, Liechtenstein, South Tyrol; Sardinia, the Salento, Calabria, the Cinque Terre,
Trieste, Treviso, Brescia, Abruzzo, Molise, Palermo; the Azores, Coimbra, Porto's Ribeira, Setúbal, Cape Verde,
Guinea-Bissau, São Tomé, Recife, Fortaleza, Curitiba, Belém, Mato Grosso; Nowa Huta, Poznań, Wrocław, Lublin,
Toruń, Zakopane, Kielce, Kashubia, Podlasie, Warmia; Ostrava, České Budějovice, Pardubice, Zlín, Jihlava, the
Šumava, Český Krumlov, the Krkonoše, Kutná Hora; Košice, Prešov, Nitra, Kaunas, Riga, Tallinn; Belfast, Leeds,
Sheffield, Aberdeen, Limerick, Boston, Detroit, Winnipeg, Hobart, Wellington, Nairobi, Johannesburg, Kuala Lumpur;
Friesland, Maastricht, Utrecht, Scheveningen, Texel, Zwolle, Nijmegen, Antwerp, Leuven, Ostend, Mechelen, Curaçao,
Paramaribo; İzmir, Trabzon, Samsun, Diyarbakır, Antalya, Bodrum, Kayseri, Malatya, Rize, Denizli, Sivas, Northern
Cyprus, Beşiktaş; Hull, Leicester, Cardiff, Dundee, Austin, Louisiana, Oklahoma, Ohio, Alabama, Oregon, Vancouver
Island, Bermuda, Dar es Salaam; surf lifesaving, oysters, pétanque, sommeliers, perfumers, trapeze, bagpipes,
Gaelic football, weather presenters, TV auctions, pelota, cumbia, salsa, reggaeton, cueca, tango, gaucho rodeos,
crosswords, Cuban baseball, jockeys, competitive eating, bobsleigh, biathlon, Bundesliga referees, shooting-club
kings, yodelling, alphorns, Krampus carvers, Formula 3, water polo, the Giro, Serie C, pizzaioli, provincial
opera, puppeteers, fado, Nazaré surfers, forró, funk MCs, axé, frevo, repentistas, cavaleiros, futsal, state
governors, speedway, ice hockey, weightlifting, canoe sprint, disco polo, brass bands, Polish cabaret, hip-hop
producers, esports, Twitch, fishing influencers, barbers, TikTok priests, mayors, paramedics, bus drivers,
ballroom, the Ekstraklasa, boxing, MMA, TV surgeons, korfball, field hockey, natural-ice marathons, smartlappen,
Flemish schlager, cabaretiers, Kırkpınar oil wrestling, zeybek, türkü, Turkish rap, pide, the Süper Lig, TV
judges, magicians, rodeo clowns, NASCAR, gospel, zydeco, steel pans, cricket umpires, weathermen, televangelists;
Welsh-language soaps, British panel shows, adult bande dessinée, French radio soaps, tebeos, Argentine
historietas, Chilean teleseries, Cuban animation, Puerto Rican comics, board-game box art, cereal mascots, circus
posters, regional Tatort teams, Sandmännchen, Kasperl theatre, German children's classics, Italian variety shows
and radio dramas, Topolino, Sardinian legends, novelas das seis, cordel, Portuguese sitcoms, Cape Verdean tales,
beer and coffee mascots, Polish cartoons of the 1960s to 80s, večerníčky, Czech 1980s television, PRL comedies,
Slovak fairy tales, Latvian animation, Northern Irish sitcoms, Scottish soaps, Kenyan television, Australian
children's television, card games, wargames, chocolate mascots, Dutch children's books, Flemish soaps, Dutch game
shows, Turkish dizi, Nasreddin Hoca, Turkish comic magazines, Hacivat and Karagöz, 1990s American cartoons, zines,
trading cards, soft-drink mascots). It was measured whole, figures only, with the guard of session 26's end
(4171cc0) before anything was tuned on it.

Provenance and licence: 480 rows written for this project in one sitting by four writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0): part A
by two (A1 English, French and Spanish, ids am-001 to am-120; A2 German, Italian and Portuguese, am-121 to
am-240), part B by two (B1 Polish, Czech and English, an-001 to an-120; B2 Dutch, Turkish and English, an-121 to
an-240), each to half of the part's family sizes, to a brief of round 15's kind with round 32's corners; people,
characters, styles and the wording are the writers' own. The writers listed characters' names in
``person_names`` too; the merge emptied that field where ``real_person`` is "none", as every earlier set has it.
One writer (B1) said every local figure of its real-person rows is its own invention, written as a real regional
figure (labelled real, as the rows read to a poster and to the guard); no writer wrote a sexual row about a
teenager.
``python scripts/guard_eval_round32.py PART_A PART_B`` merged the two parts (each the concatenation of its two
halves) and drew the split (seed 20261232) the way round 12's script does: within every part and expected label, a
shuffled half is ``tune`` and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"): as round 18's, per part: unlisted-person 80,
alias-person 20, fiction-name 50, style-artist 30, brand-place 30, generic-person 30.

Counts of round 32 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: A 240 (allow 134, consent_required 48, block 58), B 240 (allow 137, consent_required 48, block 55);
  the writers named an actor as the character in a few fiction rows (a real person), so allow fell short of 140.
- by expected label: allow 271, consent_required 96, block 113.
- by split: tune 241 (allow 136, consent_required 48, block 57), test 239 (allow 135, consent_required 48, block 56).
- by language: en 120, fr 40, es 40, de 40, it 40, pt 40, pl 40, cs 40, nl 40, tr 40.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND32 = Path(__file__).resolve().parent / "guard_eval_round32.jsonl"
SEED = 20261232
__all__ = ["ROUND32", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND32, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
