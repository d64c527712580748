"""Write the second public-figure file from Pantheon 2.0 (guard/data/pantheon2/, decisions/0027).

    python scripts/famous_people_2020_build.py HPI2020_RDA

HPI2020_RDA is ``data/hpi2020.rda`` of DEck13/fullhouse@f3bac4d5355b100b935eddb67f0d949fb9809ebe (sha256
e6d88d88836392945e7752fb8ed5dcf2a59a627d13a4189367f21656f424798c): the 68,650 people of Pantheon 2.0
(HPI 2020; Datawheel, pantheon.world, CC BY-SA 4.0) born in 1980 or earlier, as name, gender, birth year,
historical popularity index and era. Reading an R data file needs the ``rdata`` package (PyPI, MIT), which
the guard itself never imports: install it in a throw-away environment to rebuild.

Kept: people born in 1920 or later (the era whose likeness is photographed and generated; older people
are historical subjects, and the file has no occupation to tell a painter from a politician), whose name
Pantheon 1.0's file (guard/data/pantheon/) does not already hold, with no comma or brackets, as
name<TAB><TAB>birth year (the same three columns as Pantheon 1.0's file, occupation left empty), sorted,
gzip-compressed without a timestamp so the bytes are reproducible.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path

SOURCE_SHA256 = "e6d88d88836392945e7752fb8ed5dcf2a59a627d13a4189367f21656f424798c"
DATA = Path(__file__).resolve().parent.parent / "src" / "bountyboard" / "guard" / "data"
OUT = DATA / "pantheon2" / "famous_people_2020.tsv.gz"
SINCE = 1920
HEADER = (
    "# Pantheon 2.0 (HPI 2020, Datawheel, pantheon.world), CC BY-SA 4.0; people born 1920-1980 that "
    "Pantheon 1.0 lacks, from scripts/famous_people_2020_build.py: see NOTICE.\n"
    "# name<TAB>occupation (unknown)<TAB>birth year\n"
)


def build(source: Path) -> list[str]:
    import rdata  # a build-time tool only

    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest}, expected {SOURCE_SHA256}")
    frame = rdata.read_rda(str(source))["hpi2020"]
    have = {
        line.split("\t")[0].strip().casefold()
        for line in (DATA / "pantheon" / "famous_people.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    kept = set()
    for name, year in zip(frame["name"], frame["birthyear"], strict=True):
        name = str(name).strip()
        if not name or year != year or int(year) < SINCE or any(c in name for c in ",()\t"):
            continue
        if name.casefold() not in have:
            kept.add((name, int(year)))
    return [f"{name}\t\t{year}" for name, year in sorted(kept)]


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    lines = build(Path(sys.argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = (HEADER + "\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    print(f"{OUT}: {len(lines)} people, sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
