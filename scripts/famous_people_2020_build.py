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

Also written: ``pantheon2/well_known_2020.txt``, the WELL_KNOWN best-known people born 1850-1980 by the
historical popularity index (the whole file, not only the people 1.0 lacks), as name<TAB>birth year<TAB>rank,
in rank order: the people whose surname alone names them in a prompt ("putin", "obama"; decision 0032).
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path
from typing import Any

SOURCE_SHA256 = "e6d88d88836392945e7752fb8ed5dcf2a59a627d13a4189367f21656f424798c"
DATA = Path(__file__).resolve().parent.parent / "src" / "bountyboard" / "guard" / "data"
OUT = DATA / "pantheon2" / "famous_people_2020.tsv.gz"
WELL_KNOWN_OUT = DATA / "pantheon2" / "well_known_2020.txt"
SINCE = 1920
WELL_KNOWN_SINCE = 1850
WELL_KNOWN = 5000
HEADER = (
    "# Pantheon 2.0 (HPI 2020, Datawheel, pantheon.world), CC BY-SA 4.0; people born 1920-1980 that "
    "Pantheon 1.0 lacks, from scripts/famous_people_2020_build.py: see NOTICE.\n"
    "# name<TAB>occupation (unknown)<TAB>birth year\n"
)
WELL_KNOWN_HEADER = (
    f"# Pantheon 2.0 (HPI 2020, Datawheel, pantheon.world), CC BY-SA 4.0; the {WELL_KNOWN} people born "
    f"{WELL_KNOWN_SINCE}-1980 with the highest index, from scripts/famous_people_2020_build.py: see NOTICE.\n"
    "# name<TAB>birth year<TAB>rank\n"
)


def read_frame(source: Path) -> Any:
    import rdata  # a build-time tool only

    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest}, expected {SOURCE_SHA256}")
    return rdata.read_rda(str(source))["hpi2020"]


def well_known(frame: Any) -> list[str]:
    """The WELL_KNOWN people born since WELL_KNOWN_SINCE with the highest index, best known first."""
    people = [
        (float(hpi), str(name).strip(), int(year))
        for name, year, hpi in zip(frame["name"], frame["birthyear"], frame["hpi"], strict=True)
        if year == year and int(year) >= WELL_KNOWN_SINCE and not any(c in str(name) for c in ",()\t")
    ]
    people.sort(key=lambda p: (-p[0], p[1]))
    return [f"{name}\t{year}\t{rank}" for rank, (_, name, year) in enumerate(people[:WELL_KNOWN], 1)]


def build(frame: Any) -> list[str]:
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
    frame = read_frame(Path(sys.argv[1]))
    lines = build(frame)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = (HEADER + "\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    print(f"{OUT}: {len(lines)} people, sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")
    ranked = well_known(frame)
    WELL_KNOWN_OUT.write_text(WELL_KNOWN_HEADER + "\n".join(ranked) + "\n", encoding="utf-8")
    print(f"{WELL_KNOWN_OUT}: {len(ranked)} people, sha256 {hashlib.sha256(WELL_KNOWN_OUT.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
