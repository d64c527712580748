"""Write the guard's character and artist name lists from openly licensed sources (guard/data/README.md,
docs/decisions/0026).

    python scripts/fiction_artists_build.py characters UNIVERSES_CSV MARVEL_CSV DC_CSV
    python scripts/fiction_artists_build.py artists MOMA_CSV TATE_CSV NGA_CSV

characters:
  UNIVERSES_CSV: a Wikidata query result (CC0) of every instance of a fictional character (Q95074 or a
    subclass) that has a fictional universe (P1080), English labels, as shipped in
    geru-scotland/lore-nexus@ac9dbd170e9c83f69077003a0593ff1fcf858224:
    dataset/preprocessing/apis/wikidata/raw_data/wikidata-universes.csv.
  MARVEL_CSV, DC_CSV: FiveThirtyEight's comic characters (CC BY 4.0, from the Marvel and DC fandom wikis),
    fivethirtyeight/data@fcf572c4fba05a42f1f34f415bd5e6dc389efd68:comic-characters/{marvel,dc}-wikia-data.csv.
artists:
  MOMA_CSV: MuseumofModernArt/collection@8d8b7e6be0f7b49f79231cf97ed4f1e303c6d2f9:Artists.csv (CC0; the last
    version before the file moved to Git LFS).
  TATE_CSV: tategallery/collection@a51d8afc988ed083557e2950f4d0b644e7719f4a:artist_data.csv (CC0).
  NGA_CSV: NationalGalleryOfArt/opendata@e98485bc94f93f465f28378dfda4aea2ca09a8f7:data/constituents.csv (CC0).

The script checks each source's digest and keeps names only (one a line, sorted, no duplicates): no
descriptions, dates or identifiers. Which names the scanner loads, and how, is decided at load time
(``guard/text/character_list.py`` and ``guard/text/artist_list.py``).
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "bountyboard" / "guard" / "data"
SOURCES = {
    "universes": "ad92b5b1055f573118962d2d77c8fb04b30cb7cd7a874dd19e4af2e607c55a29",
    "marvel": "f30f02ab3575aa145fe32dc0709b7931d72a664de0557150abc43a25113f8277",
    "dc": "a0d4823d79efd6bc12cc21d6e628e7027e179aabb480de85dfc3f59c14ee78a1",
    "moma": "3d238c4b38e9b76f67893bd30289b050087ad526837fa8f3a1cda0f96dd90b84",
    "tate": "b4a3cb051fe6ee93073e8a57ab600c449c37f64d9ea8135efb15d56e76299be2",
    "nga": "a19ce4ca3d65991b7b6e0778b79e6122f68c6cae2c9d2844f483ce1e9a83935d",
}
# A label that is no name a poster writes: a bare Wikidata id, digits, a universe in brackets.
_QID = re.compile(r"^Q\d+$")
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_COMIC_NAME = re.compile(r"^(?P<alias>[^(]+?)\s*(?:\((?P<real>[^)]*)\))?$")
_NOT_A_NAME = re.compile(r"[\d@#/:;&+=_\[\]{}<>|\\]")
# Comic wiki brackets that name a universe or an era, not the character's own name.
_UNIVERSE = re.compile(r"earth|new earth|universe|golden age|silver age|pre-crisis|post-crisis", re.IGNORECASE)
# Museum constituents that are not one artist: workshops, schools, companies, "after", "follower of".
_NOT_ONE_ARTIST = re.compile(
    r"\b(?:school|workshop|studio|studios|atelier|company|co\.|inc\.?|ltd\.?|gmbh|ag|group|collective|"
    r"family|brothers|anonymous|unknown|after|follower|circle|manner|attributed|various|publisher|press|"
    r"editions?|gallery|museum|society|associates|architects|design|office|bureau)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 5


def read_source(path: Path, name: str) -> str:
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCES[name]:
        raise SystemExit(f"{path}: sha256 {digest}, expected {SOURCES[name]} ({name})")
    return raw.decode("utf-8-sig")


def clean(name: str) -> str:
    """One name as a poster would write it, or "" when the label is not one."""
    name = _BRACKETS.sub("", name.replace('\\"', '"')).strip().strip("'\"").strip()
    name = re.sub(r"\s+", " ", name)
    if not name or _QID.match(name) or _NOT_A_NAME.search(name) or not name[0].isupper():
        return ""
    if len(name) < 3 or len(name.split()) > _MAX_WORDS:
        return ""
    return name


def characters(universes: Path, marvel: Path, dc: Path) -> list[str]:
    names = {clean(row["itemLabel"]) for row in csv.DictReader(read_source(universes, "universes").splitlines())}
    for path, source in ((marvel, "marvel"), (dc, "dc")):
        for row in csv.DictReader(read_source(path, source).splitlines()):
            found = _COMIC_NAME.match(row["name"].replace('\\"', '"').strip())
            if found is None:
                continue
            names.add(clean(found.group("alias")))
            real = found.group("real") or ""
            if real and not _UNIVERSE.search(real):
                names.add(clean(real))  # "Spider-Man (Peter Parker)": both are his names
    return sorted(names - {""})


def artists(moma: Path, tate: Path, nga: Path) -> list[str]:
    names: set[str] = set()
    for row in csv.DictReader(read_source(moma, "moma").splitlines()):
        if row["Gender"].strip():  # MoMA leaves the gender of companies and groups empty
            names.add(_artist(row["DisplayName"]))
    for row in csv.DictReader(read_source(tate, "tate").splitlines()):
        surname, comma, given = row["name"].partition(",")
        if comma:  # "Abakanowicz, Magdalena"; the rows without a comma are schools and groups
            names.add(_artist(f"{given.strip()} {surname.strip()}"))
    for row in csv.DictReader(read_source(nga, "nga").splitlines()):
        if row["artistofngaobject"] == "1" and row["constituenttype"] == "individual":
            names.add(_artist(row["forwarddisplayname"]))
    return sorted(names - {""})


def _artist(name: str) -> str:
    name = clean(name)
    return "" if not name or _NOT_ONE_ARTIST.search(name) else name


def main() -> None:
    if len(sys.argv) != 5 or sys.argv[1] not in {"characters", "artists"}:
        raise SystemExit(__doc__)
    paths = [Path(p) for p in sys.argv[2:]]
    if sys.argv[1] == "characters":
        out = DATA / "characters" / "fictional_characters.txt"
        lines = characters(*paths)
        header = (
            "# Fictional characters: Wikidata (CC0) and FiveThirtyEight's comic characters (CC BY 4.0); built by\n"
            "# scripts/fiction_artists_build.py, names only: see NOTICE.\n"
        )
    else:
        out = DATA / "museums" / "artists.txt"
        lines = artists(*paths)
        header = (
            "# Artists of the MoMA, Tate and National Gallery of Art open data (CC0); built by\n"
            "# scripts/fiction_artists_build.py, names only.\n"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} names, sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main()
