"""The public-figure gazetteer: which of its people the scanner loads, and as what
(docs/decisions/0022-public-figure-gazetteer.md, 0027-recent-public-figures-and-typos.md). Four files, read
in this order, a name kept from the first that holds it: Pantheon 1.0 (guard/data/pantheon/, 11,137 people
with an occupation and a birth year), Pantheon 2.0's people born 1920-1980 that 1.0 lacks (guard/data/pantheon2/,
no occupation: all public figures), the recent famous people of Pantheon's monthly lists (an occupation,
no birth year: all born since 1800, the stage names of today's stars among them: "Zendaya", "D4vd"), and the
best-known people born 1981-2008 of the cross-verified database of notable people (guard/data/bhht/, a birth
year and a domain of influence, not an occupation: "Culture" holds singers and painters alike, so its people
are public figures that a style cue can still cite as a style; athletes and leaders are people only).

* Visual artists (painters, sculptors, photographers, comic artists, architects, designers, film
  directors) are ``ARTIST``: named as a style they stay a style ("in the style of Caravaggio"); named
  as the subject of a likeness or a sexual depiction they are a person. Everyone else is ``PUBLIC``.
* Religious figures born before 1500 or in an unknown year (prophets, apostles, saints: "Moses",
  "John the Baptist") are left out: they are painted as religious subjects, not as people whose
  likeness anyone could consent to.
* A one-word name is kept only for an artist (a style: "Caravaggio") or someone born in 1800 or later (stage and ring names: "Avicii",
  "Pelé", "Björk"), only when it is no dictionary word, known given name or place ("Prince",
  "Madonna", "Rihanna" as a given name, "Seal", "Sting"), four letters or more, and not one of the
  ordinary words below; it must be written with a capital. Ancient one-word names ("Nero",
  "Caligula") are a different risk: characters of films and games as often as the historical person.
* A name made only of dictionary words ("Will Smith", "Ice Cube", "Jack Black") must be written with
  every word capitalised; a name starting with "The" ("The Rock", "The Edge") is left out.
* A name that a shipped list already holds as a fictional character or a thing is left to that list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bountyboard.guard.text import shipped
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.normalize import normalize_name

SOURCE_FAMOUS = "gazetteer:pantheon"
SOURCE_PANTHEON2 = "gazetteer:pantheon2"
SOURCE_TRENDING = "gazetteer:pantheon-trending"
SOURCE_NOTABLE = "gazetteer:bhht"

ARTIST_OCCUPATIONS = frozenset(
    {
        "PAINTER", "ARTIST", "SCULPTOR", "PHOTOGRAPHER", "COMIC ARTIST", "ARCHITECT", "DESIGNER",
        "FASHION DESIGNER", "GAME DESIGNER", "FILM DIRECTOR",
    }
)  # fmt: skip
# The cross-verified database's domains of influence that say what a person is not: no painter among its
# athletes, leaders or scientists. "Culture" and "Other" stay unknown (an empty occupation).
_NOTABLE_DOMAINS = {"Sports/Games": "ATHLETE", "Leadership": "POLITICIAN", "Discovery/Science": "SCIENTIST"}
_RELIGIOUS = "RELIGIOUS FIGURE"
_RELIGIOUS_BEFORE = 1500
_ONE_WORD_SINCE = 1800
_ONE_WORD_MIN = 4
# One-word names of the list that are ordinary words in one of the ten languages or a famous work:
# "Deco" (art deco), "Petit" (French), "Grafite" (Portuguese), "Maniche" and "Zucchero" (Italian:
# sleeves, sugar), "Feist" (German: plump), "Doda" (Polish: adds), "Hadise" (Turkish: incident),
# "Dunga" (Dopey, the dwarf, in Portuguese and Italian), "Moby" (Moby Dick), "Dido" (the queen of
# Carthage), "Falco" (the falcon genus).
_ORDINARY_ONE_WORD = frozenset(
    "deco petit grafite maniche zucchero feist doda hadise dunga moby dido falco".split()
)
_NOT_LETTER = re.compile(r"[^a-z]")
_PARTICLES = frozenset({"of", "the", "de", "da", "di", "del", "van", "von", "der", "den", "le", "la", "du", "y", "e"})


def famous_people(
    rows: Iterable[tuple[str, str, str]],
    *,
    dictionary: frozenset[str],
    given_names: frozenset[str],
    places: frozenset[str],
    listed_elsewhere: frozenset[str] = frozenset(),
    source: str = SOURCE_FAMOUS,
    undated_is_modern: bool = False,
    one_word: bool = True,
    museum_artists: frozenset[str] = frozenset(),
) -> list[ListedName]:
    """``rows`` are (name, occupation, birth year) lines of one of the gazetteer's files; ``listed_elsewhere``
    the keys another list already holds (a character, a thing, or a person of an earlier file); ``museum_artists``
    the keys a museum's collection holds as artists, which make a row of no occupation an artist (round 21:
    "Ricardo Bofill", "Roger Deakins": a style where named as one, a person where depicted);
    ``undated_is_modern`` says a row without a birth year is someone born since 1800 (the monthly lists
    are of living or recently dead people); ``one_word`` False leaves out one-word names (a file without
    occupations cannot tell a stage name from a cartoonist's pen name: "Quino" is a style)."""
    out: list[ListedName] = []
    for name, occupation, year_text in rows:
        key = normalize_name(name)
        words = key.split()
        if not words or key in listed_elsewhere:
            continue
        year = int(year_text) if year_text.lstrip("-").isdigit() else None
        if year is None and undated_is_modern:
            year = _ONE_WORD_SINCE
        if occupation == _RELIGIOUS and (year is None or year < _RELIGIOUS_BEFORE):
            continue
        if words[0] == "the":
            continue
        artist = occupation in ARTIST_OCCUPATIONS or (not occupation and key in museum_artists)
        category = Category.ARTIST if artist else Category.PUBLIC
        display = name.strip()
        if len(words) == 1:
            if not one_word:
                continue
            # an old master's one name ("Caravaggio", "Hokusai") is a style, kept whatever the year
            since = None if category is Category.ARTIST else _ONE_WORD_SINCE
            if not one_word_name_kept(
                key, year, dictionary=dictionary, given_names=given_names, places=places, since=since
            ):
                continue
            # "deadmau5", written in lower case by its owner, is no word anyone else uses
            capitalised_only = display[:1].isupper()
        else:
            capitalised_only = all(w in dictionary or w in _PARTICLES for w in words)
        out.append(
            ListedName(key=key, display=display, category=category, sources=[source],
                       capitalised_only=capitalised_only, may_be_artist=not occupation)
        )  # fmt: skip
    return out


def one_word_name_kept(
    key: str,
    year: int | None,
    *,
    dictionary: frozenset[str],
    given_names: frozenset[str],
    places: frozenset[str],
    since: int | None = _ONE_WORD_SINCE,
) -> bool:
    """A one-word name is a distinctive stage name, not a word, a given name or a place ("M.I.A." is
    "Mia", a given name, once its dots are gone)."""
    letters = key.replace(" ", "")
    plain = _NOT_LETTER.sub("", key)
    return (
        (since is None or (year is not None and year >= since))
        and len(plain) >= _ONE_WORD_MIN
        and letters.isascii()
        and not any(w in dictionary or w in given_names or w in places or w in _ORDINARY_ONE_WORD for w in (key, plain))
    )


def notable_rows(rows: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The cross-verified database's rows as (name, occupation, birth year): a domain that rules out a
    visual artist becomes an occupation, "Culture" and "Other" an unknown one."""
    return [(name, _NOTABLE_DOMAINS.get(domain, ""), year) for name, domain, year in rows]


def load_famous_people(names: Iterable[ListedName]) -> list[ListedName]:
    """The gazetteer's four files, as the scanner loads them beside the other shipped ``names``: Pantheon
    1.0 leaves to other lists only their characters and things (an artist list may also hold a famous
    painter); the later files add only people no list holds yet, so a name keeps its first category."""
    dictionary = shipped.shipped_dictionary_words()
    given_names = shipped.shipped_given_names() | shipped.shipped_forenames() | shipped.shipped_ssa_given_names(100)
    places = shipped.shipped_place_words()
    keys = {n.key: n.category for n in names}
    not_people = frozenset(k for k, c in keys.items() if c & (Category.FICTIONAL | Category.NOT_PERSON))
    out = famous_people(
        shipped.shipped_famous_people(), dictionary=dictionary, given_names=given_names, places=places,
        listed_elsewhere=not_people,
    )  # fmt: skip
    museum = frozenset(normalize_name(n) for n in shipped.shipped_museum_artists())
    for rows, source, undated_is_modern, one_word in (
        (shipped.shipped_famous_people_2020(), SOURCE_PANTHEON2, False, False),
        (shipped.shipped_trending_people(), SOURCE_TRENDING, True, True),
        # a domain for every row, a birth year of 1981 or later: one-word stage names ("Avicii", "Lorde")
        # are kept under the same rules as the monthly lists'
        (notable_rows(shipped.shipped_notable_people_1981()), SOURCE_NOTABLE, False, True),
    ):
        held = frozenset(keys) | {e.key for e in out}
        out += famous_people(
            rows, dictionary=dictionary, given_names=given_names, places=places, listed_elsewhere=held,
            source=source, undated_is_modern=undated_is_modern, one_word=one_word, museum_artists=museum,
        )  # fmt: skip
    return out
