"""Write the gazetteer's file of famous people born 1981-2008 (guard/data/bhht/) from the cross-verified
database of notable people (Laouenan et al. 2022), as its authors' own datascape ships its best-known part.

    python scripts/notable_people_1981_build.py TOP_CSV_GZ

TOP_CSV_GZ is ``data/top.csv.gz`` of medialab/bhht-datascape@eddce7f6d1eaca45bd5a2b6c4509963897455748 (the
gh-pages branch of the Sciences Po medialab's site for the database; sha256
dcd097f25efa8d1b0be32c0c1e9ed7d8c2943f291c551f4333a312d400d85ec3): 14,730 people of the database, among
them its 10,000 best known by the database's visibility ranking (Wikipedia editions, article length, links
and readers, 2015-2018), as wikidata code, English Wikipedia title, gender, birth, death, ranking,
citizenship, domain of influence (level 1: Culture, Sports/Games, Leadership, Discovery/Science, Other)
and region. The site writes the list from the database's ranking (``scripts/aggregate.py``: a person ranked
10,000 or better, or born by 500). Licence: the site's "License & funding" says the data comes from
Wikipedia (CC BY-SA) and Wikidata (CC0) and that the database is published under Creative Commons
Attribution-ShareAlike; the Scientific Data paper (doi:10.1038/s41597-022-01369-4) and its Dataverse
deposit are CC BY 4.0. The adaptation is CC BY-SA 4.0, which both allow (guard/data/bhht/NOTICE).

Kept: every person born 1981-2008 (all 734 of them rank within the database's 10,000 best known: the
file holds no one less known born in those years, and a cut lower would drop stars of 2018 such as
"Lorde" or "Kylian Mbappé"), with the Wikipedia title made a name (underscores to spaces, the
disambiguation in brackets and the title after a comma dropped: "Chris_Evans_(actor)" -> "Chris Evans",
"Prince_Harry,_Duke_of_Sussex" -> "Prince Harry"), as name<TAB>domain<TAB>birth year<TAB>rank, best known
first (ties by name), so the bytes are reproducible.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
import sys
from pathlib import Path

SOURCE_SHA256 = "dcd097f25efa8d1b0be32c0c1e9ed7d8c2943f291c551f4333a312d400d85ec3"
DATA = Path(__file__).resolve().parent.parent / "src" / "bountyboard" / "guard" / "data"
OUT = DATA / "bhht" / "notable_people_1981.txt"
SINCE, UNTIL = 1981, 2008
HEADER = (
    "# Cross-verified database of notable people (Laouenan et al. 2022), adapted under CC BY-SA 4.0: people born "
    f"{SINCE}-{UNTIL} of its best known, from scripts/notable_people_1981_build.py: see NOTICE.\n"
    "# name<TAB>domain of influence<TAB>birth year<TAB>rank by the database's visibility index\n"
)
_BRACKETS = re.compile(r"\s*\([^)]*\)")


def read_rows(source: Path) -> list[dict[str, str]]:
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest}, expected {SOURCE_SHA256}")
    return list(csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8"))))


def title_to_name(title: str) -> str:
    """A Wikipedia title as the name a prompt writes: no disambiguation, no title after a comma."""
    name = _BRACKETS.sub("", title.replace("_", " ")).split(",")[0]
    return " ".join(name.split())


def build(rows: list[dict[str, str]]) -> list[str]:
    kept = []
    for row in rows:
        birth = row["birth"].strip()
        if not birth.lstrip("-").isdigit() or not SINCE <= int(birth) <= UNTIL:
            continue
        name = title_to_name(row["name"])
        if name and "\t" not in name:
            kept.append((float(row["ranking"]), name, row["occupation"].strip(), int(birth)))
    kept.sort(key=lambda p: (p[0], p[1]))
    return [f"{name}\t{domain}\t{year}\t{rank:g}" for rank, name, domain, year in kept]


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    lines = build(read_rows(Path(sys.argv[1])))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} people, sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
