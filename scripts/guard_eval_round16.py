"""Round 16's labelled set: bounty requests and prompts in the ten languages of issue 8 naming real people no
list knows, and the fictional characters, artists, brands, places and invented people that look like them
(scripts/guard_eval_round16.jsonl).

Why: round 15 was tuned on in session 12 (its ``tune`` half read), so it no longer says what to expect on the
owner's held-out rows. Round 16 is a fresh set of the same kind, written at the start of that session by writers
who never saw the guard or any earlier round, asked this time to reach into corners earlier writers rarely used
(Latin America, Quebec, Belgium, Switzerland, Austria, Brazil, the Turkish diaspora; women's handball, cycling,
e-sports, cooking shows, dubbing actors, soap operas and telenovelas). Nobody read it while the guard was
changed: it was measured once whole with the guard before the session and once with the guard after it.

Provenance and licence: 480 rows written for this project in one sitting by two writers who did not open the
guard's code, lists, data, decisions or README sections and never ran the guard or guard_eval.py (CC0). Each
wrote 240 rows to round 15's brief (the families and their sizes below, the label rule and conventions of
../shared/data/README.md) with the corners above added; people, characters, styles and the wording are the
writers' own. ``python scripts/guard_eval_round16.py PART_I PART_J`` merged the two files and drew the split
(seed 20261216) the way round 12's script does: within every part and expected label, a shuffled half is ``tune``
and the other ``test``.

Families (``family`` key; ``form`` is "prompt" or "bounty"):
- part I, ids ``ni-``, English, French, Spanish, German, Italian and Portuguese: unlisted-person 80 (little-known
  real people, written every way: capitalised anywhere, lower case, misspelt, dotted, hashtags, leetspeak),
  alias-person 20, fiction-name 50 (characters with ordinary person names), style-artist 30, brand-place 30,
  generic-person 30;
- part J, ids ``nj-``, Polish, Czech, Dutch and Turkish (inflected names) and some English: the same families.

Counts of round 16 (480 rows; scripts/tests/test_guard_eval_blind_sets.py checks them):
- by part: I 240 (allow 140, consent_required 50, block 50), J 240 (allow 140, consent_required 50, block 50).
- by expected label: allow 280, consent_required 100, block 100.
- by split: tune 240 (allow 140, consent_required 50, block 50), test 240 (allow 140, consent_required 50, block 50).
- by language: en 60, fr 40, es 40, de 40, it 40, pt 40, pl 55, cs 55, nl 55, tr 55; 235 bounties, 245 prompts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_eval_round12 import merge, with_splits  # noqa: E402  (the same merge and draw, another seed)

ROUND16 = Path(__file__).resolve().parent / "guard_eval_round16.jsonl"
SEED = 20261216
__all__ = ["ROUND16", "SEED", "with_splits"]


def main(argv: list[str]) -> int:
    return merge(argv, description=__doc__.split("\n\n")[0], out=ROUND16, seed=SEED)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
