"""The lists shipped with the guard, read and normalised once per process (guard/data/README.md)."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy as np

from bountyboard.guard.errors import GuardError
from bountyboard.guard.text import lexicons
from bountyboard.guard.text.gazetteer import Category
from bountyboard.guard.text.normalize import fold, normalize_name, word_view

_DATA = "bountyboard.guard.data"

SOURCE_POI = "gazetteer:civitai-poi"
SOURCE_CELEB = "gazetteer:nsp-celeb"
SOURCE_EXTRA = "gazetteer:bountyboard"
# Bands whose members perform as themselves: people to the matchers, but their words are no given names or surnames
SOURCE_BANDS = "gazetteer:bountyboard-bands"
SOURCE_CONFIG = "gazetteer:config"
SOURCE_ARTIST = "gazetteer:nsp-artist"
SOURCE_DIRECTOR = "gazetteer:nsp-director"
SOURCE_FICTIONAL = "gazetteer:bountyboard-fictional"
SOURCE_NOT_PERSON = "gazetteer:bountyboard-not-people"
SOURCE_REGISTRY = "registry"
SOURCE_REGISTRY_FUZZY = "registry:fuzzy"

# Civitai list words too ambiguous to call explicit on their own ("oral history", "kick ass").
_CIVITAI_AMBIGUOUS = frozenset(
    {"oral", "ass", "bulge", "crotch", "piss", "peeing", "humping", "sucking", "sucks"}
)
_CIVITAI_EXPLICIT_TAGS = (
    "cum",
    "penis",
    "vagina",
    "anus",
    "sexual activity",
    "nudity",
    "partial nudity",
    "adult toys",
)
_CIVITAI_MINOR_STEMS = re.compile(r"loli|shota|jail.?bait|p(?:a)?edo|cunny")


@lru_cache(maxsize=1)
def shipped_names() -> tuple[tuple[str, str, Category, str], ...]:
    """(key, display, category, source) for every shipped list: read and normalised once per process."""
    rows: list[tuple[str, Category, str]] = []
    rows += [(n, Category.PUBLIC, SOURCE_POI) for n in json.loads(read_data("civitai/words-poi.json"))]
    rows += [(n, Category.PUBLIC, SOURCE_CELEB) for n in read_lines("nsp/celeb.txt")]
    rows += [(n, Category.PUBLIC, SOURCE_EXTRA) for n in read_lines("bountyboard/public_figures_extra.txt")]
    rows += [(n, Category.PUBLIC, SOURCE_BANDS) for n in read_lines("bountyboard/bands.txt")]
    rows += [(n, Category.ARTIST, SOURCE_ARTIST) for n in read_lines("nsp/artist.txt")]
    rows += [(n, Category.ARTIST, SOURCE_DIRECTOR) for n in read_lines("nsp/movie-director.txt")]
    rows += [
        (n, Category.FICTIONAL, SOURCE_FICTIONAL) for n in read_lines("bountyboard/fictional_characters.txt")
    ]
    rows += [(n, Category.NOT_PERSON, SOURCE_NOT_PERSON) for n in read_lines("bountyboard/not_people.txt")]
    return tuple((normalize_name(n), n.strip(), c, s) for n, c, s in rows)


def shipped_famous_people() -> tuple[tuple[str, str, str], ...]:
    """(name, occupation, birth year) of Pantheon 1.0's famous people (CC BY-SA 4.0, guard/data/pantheon/);
    ``text.famous`` decides which of them the scanner loads. Not cached: the scanner reads them once
    when it is built (once per process) and keeps only the entries it made of them (2.5 MB saved)."""
    return tuple(
        (fields[0], fields[1], fields[2])
        for fields in ((line.split("\t") + ["", ""])[:3] for line in read_lines("pantheon/famous_people.txt"))
    )


def shipped_open_characters() -> list[str]:
    """Fictional characters of Wikidata (CC0) and FiveThirtyEight's comic characters (CC BY 4.0),
    guard/data/characters/; ``text.context_lists`` decides which the scanner loads. Not cached: read once
    when the scanner is built."""
    return read_lines("characters/fictional_characters.txt")


def shipped_museum_artists() -> list[str]:
    """Artists of the MoMA, Tate and National Gallery of Art open data (CC0), guard/data/museums/."""
    return read_lines("museums/artists.txt")


def shipped_famous_people_2020() -> tuple[tuple[str, str, str], ...]:
    """(name, "", birth year) of Pantheon 2.0's people born 1920-1980 that Pantheon 1.0 lacks (CC BY-SA 4.0,
    guard/data/pantheon2/, gzip-compressed); no occupation: ``text.famous`` loads them as public figures."""
    return _famous_rows(read_gzip_lines("pantheon2/famous_people_2020.tsv.gz"))


def shipped_trending_people() -> tuple[tuple[str, str, str], ...]:
    """(name, occupation, "") of the recent famous people of Pantheon's monthly lists (guard/data/pantheon2/):
    the stars, athletes and politicians famous since 2013 that neither Pantheon file holds."""
    return _famous_rows(read_lines("pantheon2/trending_2026.txt"))


def shipped_notable_people_1981() -> tuple[tuple[str, str, str], ...]:
    """(name, domain of influence, birth year) of the best-known people born 1981-2008 of the cross-verified
    database of notable people (CC BY-SA 4.0, guard/data/bhht/), best known first; the domain ("Culture",
    "Sports/Games", "Leadership", ...) is no occupation: ``text.famous`` reads it."""
    return _famous_rows(read_lines("bhht/notable_people_1981.txt"))


@lru_cache(maxsize=1)
def shipped_well_known_people() -> tuple[tuple[str, int], ...]:
    """(name, rank) of the 5,000 best-known people born 1850-1980 by Pantheon 2.0's index (guard/data/pantheon2/),
    best known first: the people a prompt names by surname alone (decision 0032)."""
    rows = []
    for line in read_lines("pantheon2/well_known_2020.txt"):
        name, _year, rank = line.split("\t")
        rows.append((name, int(rank)))
    return tuple(rows)


def _famous_rows(lines: Iterable[str]) -> tuple[tuple[str, str, str], ...]:
    return tuple((f[0], f[1], f[2]) for f in ((line.split("\t") + ["", ""])[:3] for line in lines))


@lru_cache(maxsize=1)
def shipped_frequent_words() -> frozenset[str]:
    """Words once in 10,000 or more of French, Spanish, German, Italian, Portuguese, Polish, Czech, Dutch or
    Turkish, lower case with their accents (wordfreq 3.1.1, guard/data/wordfreq/; decision 0039)."""
    return frozenset(read_lines("wordfreq/frequent_words.txt"))


class HashedWords:
    """A large set of words kept as the sorted hashes of its words: the 257,000 vocabulary words take 2 MB here and
    38 MB as a frozenset (measured, decision 0056). Python's string hash is the same for the whole process, forked
    workers included, and with 64 bits a word no list holds passes for one about once in 10**13 lookups."""

    def __init__(self, words: Iterable[str]) -> None:
        self._hashes = np.unique(np.fromiter((hash(w) for w in words), dtype=np.int64))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = hash(word)
        index = int(np.searchsorted(self._hashes, key))
        return index < len(self._hashes) and int(self._hashes[index]) == key

    def __len__(self) -> int:
        return len(self._hashes)


@lru_cache(maxsize=1)
def shipped_vocabulary_words() -> HashedWords:
    """Words of six letters or more, once in a million words or more in one of the ten languages, English included,
    folded like the scanner's ``names`` view (wordfreq 3.1.1, guard/data/wordfreq/; decision 0056): a token that is
    one of them hides no given name and surname."""
    return HashedWords(read_gzip_lines("wordfreq/vocabulary_words.txt.gz"))


@lru_cache(maxsize=1)
def shipped_frequent_words_folded() -> frozenset[str]:
    """The same words folded like the scanner's ``names`` view ("karikatür" -> "karikatur"): for one-word tokens,
    which the detectors read folded."""
    return frozenset(normalize_name(w) for w in shipped_frequent_words())


@lru_cache(maxsize=1)
def shipped_common_words() -> frozenset[str]:
    return frozenset(
        normalize_name(w) for line in read_lines("bountyboard/common_words.txt") for w in line.split()
    )


@lru_cache(maxsize=1)
def shipped_given_names() -> frozenset[str]:
    return frozenset(
        normalize_name(w) for line in read_lines("bountyboard/given_names.txt") for w in line.split()
    )


@lru_cache(maxsize=1)
def shipped_forenames() -> frozenset[str]:
    """Popular given names of 106 countries (CC0, guard/data/popular_names/)."""
    return frozenset(normalize_name(w) for w in read_lines("popular_names/forenames.txt"))


@lru_cache(maxsize=1)
def shipped_faker_given_names() -> frozenset[str]:
    """The first names of Faker's person providers for the ten languages' locales (MIT, guard/data/faker/): names
    people are given in Turkey, Poland, the Czech lands, the Low Countries, the German, Italian, Portuguese, Spanish,
    French and English-speaking countries ("Erdal", "Fitnat", "Gerlinde", "Hugues"); folded, every word of a name."""
    return frozenset(w for line in read_lines("faker/given_names.txt") for w in normalize_name(line).split())


@lru_cache(maxsize=1)
def shipped_place_words() -> frozenset[str]:
    """Words of countries, regions and cities that are also given to babies (guard/data/bountyboard/place_words.txt)."""
    return frozenset(normalize_name(w) for line in read_lines("bountyboard/place_words.txt") for w in line.split())


@lru_cache(maxsize=4)
def shipped_ssa_given_names(min_babies: int = 100, *, words_too: bool = False) -> frozenset[str]:
    """The given names of the US Social Security baby-name data (public domain, guard/data/ssa/) given to at
    least ``min_babies`` children: a country of immigrants names its children from every language, so it
    knows "Terence", "Patricio", "Lilli" and "Tenzin" (38,000 names at 100, 7,000 at 2,000). Words of a
    dictionary ("Golden", "Love", "Author") and places ("Texas", "Paris") are left out unless ``words_too``:
    in this long tail they are more often the word than the name."""
    out = set()
    for line in read_lines("ssa/given_names.txt"):
        name, _, babies = line.partition("\t")
        if int(babies) >= min_babies:
            out.add(normalize_name(name))
    return frozenset(out) if words_too else frozenset(out) - shipped_dictionary_words() - shipped_place_words()


@lru_cache(maxsize=1)
def shipped_popular_surnames() -> frozenset[str]:
    """Popular surnames of 75 countries (CC0, guard/data/popular_names/): "Díaz", "Müller", "Soares"."""
    return frozenset(normalize_name(w) for w in read_lines("popular_names/surnames.txt"))


@lru_cache(maxsize=1)
def shipped_surnames() -> frozenset[str]:
    """The popular surnames plus listed people's last words."""
    listed = {k.split()[-1] for k, _, c, s in shipped_names() if c & Category.PUBLIC and " " in k and s != SOURCE_BANDS}
    return shipped_popular_surnames() | frozenset(listed)


@lru_cache(maxsize=1)
def shipped_dictionary_words() -> frozenset[str]:
    """Common words: ours in ten languages and lower-case English words (SCOWL, guard/data/scowl/)."""
    return shipped_common_words() | frozenset(read_lines("scowl/english_words.txt"))


def read_data(path: str) -> str:
    try:
        return resources.files(_DATA).joinpath(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # a broken install: say which file
        raise GuardError(f"cannot read shipped list {path}: {exc}", code="data_missing") from exc


# The headers of given_names.txt over its Polish and Czech lines
_SLAVIC_HEADER = re.compile(r"^#\s*(?:pl\b|cs / sk|Polish|Czech)")


@lru_cache(maxsize=1)
def shipped_slavic_given_names() -> frozenset[str]:
    """The Polish and Czech given names of bountyboard/given_names.txt (the lines under their language's header),
    folded: the names whose cases ``slavic_cases`` forms."""
    names: set[str] = set()
    take = False
    for line in read_data("bountyboard/given_names.txt").splitlines():
        if line.startswith("#"):
            take = bool(_SLAVIC_HEADER.match(line))
        elif take:
            names.update(normalize_name(w) for w in line.split())
    return frozenset(names)


def read_lines(path: str) -> list[str]:
    return [
        line.strip() for line in read_data(path).splitlines() if line.strip() and not line.startswith("#")
    ]



def read_gzip_lines(path: str) -> list[str]:
    """``read_lines`` of a gzip-compressed list (the large public-figure file ships compressed)."""
    try:
        text = gzip.decompress(resources.files(_DATA).joinpath(path).read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise GuardError(f"cannot read shipped list {path}: {exc}", code="data_missing") from exc
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]

def lexicon_key(term: str) -> str:
    return " ".join(word_view(fold(term)).text.split())


@lru_cache(maxsize=1)
def shipped_terms() -> tuple[tuple[str, str, str], ...]:
    """(key, tier, source) for the sexual and minor lexicons, ours and Civitai's."""
    rows: list[tuple[str, str, str]] = []
    for tier, terms in (
        ("explicit", lexicons.EXPLICIT),
        ("suggestive", lexicons.SUGGESTIVE),
        ("mild", lexicons.MILD),
        ("minor", lexicons.MINOR),
    ):
        rows += [(t, tier, "lexicon:bountyboard") for t in terms]
    rows += [
        (t, "explicit", "lexicon:civitai")
        for t in civitai_plain(json.loads(read_data("civitai/words-nsfw-prompt.json")))
    ]
    tags: dict[str, list[str]] = json.loads(read_data("civitai/prompt-tags.json"))
    for tag in _CIVITAI_EXPLICIT_TAGS:
        rows += [(t, "explicit", "lexicon:civitai") for t in civitai_plain(tags.get(tag, []))]
    for tag in ("underwear", "bikini", "swimsuit"):
        rows += [
            (t, "suggestive" if tag == "underwear" else "mild", "lexicon:civitai")
            for t in civitai_plain(tags.get(tag, []))
        ]
    blocklist: list[str] = json.loads(read_data("civitai/blocklist.json"))
    rows += [(t, "minor", "lexicon:civitai") for t in blocklist if _CIVITAI_MINOR_STEMS.search(t)]
    return tuple((lexicon_key(t), tier, src) for t, tier, src in rows)


def civitai_plain(terms: Iterable[str]) -> list[str]:
    """Civitai's entries that are plain words (some are regex fragments), minus ambiguous ones."""
    return [t for t in terms if re.fullmatch(r"[\w '\-]+", t) and t.lower() not in _CIVITAI_AMBIGUOUS]


@lru_cache(maxsize=1)
def harmful_combinations() -> tuple[re.Pattern[str], ...]:
    """Civitai's minor-harm combinations ("child abuse", "abused minor"), JavaScript /.../i literals."""
    out: list[re.Pattern[str]] = []
    for row in json.loads(read_data("civitai/harmful-combinations.extracted.json")):
        if row.get("type") != "minor":
            continue
        literal = str(row["pattern"])
        body = literal[1 : literal.rindex("/")]
        out.append(re.compile(body, re.IGNORECASE))
    return tuple(out)


def compile_any(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))
