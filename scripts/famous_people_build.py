"""Write the guard's public-figure gazetteer from Pantheon 1.0 (guard/data/pantheon/, decisions/0022).

    python scripts/famous_people_build.py PANTHEON_TSV

PANTHEON_TSV is Pantheon 1.0's ``pantheon.tsv`` (11,341 people present in more than 25 Wikipedia
language editions; Yu et al. 2016, doi:10.1038/sdata.2015.75), as shipped unchanged in
aohrn/in3120-2024@e208453e2334f082ff5cdb3f8f2ce9d08424b860:data/pantheon.tsv (sha256
e90cd5145958ffea11d26f909c89a2cf2f8d40c382c14bb22d11f2ec1e232433). The script checks that digest,
keeps three columns (name, occupation, birth year), drops the rows whose name is not a name a poster
writes (a comma or brackets: "Albert I, Duke of Prussia") and sorts by name. Which rows the scanner
uses, and how, is decided at load time (``guard/text/famous.py``), so the file stays the source's
own data, trimmed. CC BY-SA 4.0 like its source: ``guard/data/pantheon/LICENSE`` and ``NOTICE``.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

SOURCE_SHA256 = "e90cd5145958ffea11d26f909c89a2cf2f8d40c382c14bb22d11f2ec1e232433"
OUT = Path(__file__).resolve().parent.parent / "src" / "bountyboard" / "guard" / "data" / "pantheon" / "famous_people.txt"
HEADER = (
    "# Pantheon 1.0 (Yu et al. 2016, doi:10.1038/sdata.2015.75), CC BY-SA 4.0; trimmed by "
    "scripts/famous_people_build.py: see NOTICE.\n# name<TAB>occupation<TAB>birth year\n"
)


def build(source: Path) -> list[str]:
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest}, expected {SOURCE_SHA256}")
    rows = csv.DictReader(raw.decode("utf-8").splitlines(), delimiter="\t")
    kept = {
        (row["name"].strip(), row["occupation"].strip(), _year(row["birthyear"]))
        for row in rows
        if row["name"].strip() and not any(c in row["name"] for c in ",()\t")
    }
    return [f"{name}\t{occupation}\t{year}" for name, occupation, year in sorted(kept)]


def _year(raw: str) -> str:
    """ "1237?" and "530s" are 1237 and 530; "Unknown" is left empty."""
    year = raw.strip().rstrip("?s")
    return year if year.lstrip("-").isdigit() else ""


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    lines = build(Path(sys.argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} people, sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
