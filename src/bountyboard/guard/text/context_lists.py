"""The long open lists of fictional characters and museum artists (guard/data/characters/, museums/;
docs/decisions/0026): which of their names the scanner loads, and on what condition.

Tens of thousands of names drawn from Wikidata, comic wikis and museum catalogues are also the names of
real people, so none of them is trusted alone (``ListedName.needs_context``):

* a **character** vetoes a person only in a text that is not sexual (no list says which characters are
  children: "Butters Stotch v tangách" stays what the name-shape detectors make of it), that seeks no
  likeness and says nothing is real, and that names no role or band ("LoRA of X", "X, photoreal", "X the
  sitcom actress" leave the name to the name-shape detectors, as if no list held it); a character whose
  name opens with a known given name ("Joyce Byers") asks more: no photograph or selfie anywhere and no
  "portrait of" before it (real people share such names: of the 1,340 invented person names of the
  evaluation sets, five are characters of these lists);
* an **artist** is a style only beside a style cue in one of the ten languages ("in the style of X",
  "dipinta come X", "X tarzında"); anywhere else the name is left to the name-shape detectors.

What is never loaded:

* a name another list already decides (a listed public figure, an artist, a hand-listed character or
  thing): "Abraham Lincoln" and "Elvis Presley" are characters of some universe, and stay people;
* a character named like an ordinary person, a known given name followed by a common surname ("Rachel
  Johnson", "Anthony Davis", "Natalie Wood"): such names belong to too many real people for a list of
  minor characters to veto them;
* a title before a bare surname or given name ("Doctor Fisher", "Captain Rex" is kept);
* a one-word name that is a word (a day or a month too), a given name, a surname or a place, or shorter than
  five letters;
* names joining two characters ("Richard and Mary Parker") or naming a relation ("Finnick's son").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from bountyboard.guard.text import korean, pinyin
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.normalize import normalize_name
from bountyboard.guard.text.romaji import romaji_word

SOURCE_OPEN_CHARACTERS = "gazetteer:open-characters"
# A character whose name opens with a known given name ("Joyce Byers"): the name-shape detectors would read
# it as a person, and so would anyone; it vetoes only in a text that is plainly not about a photograph.
SOURCE_OPEN_CHARACTERS_NAME_LIKE = "gazetteer:open-characters:name-like"
SOURCE_MUSEUM_ARTISTS = "gazetteer:museum-artists"

_ONE_WORD_MIN = 5
_TITLES = frozenset(
    """captain doctor dr mr mrs ms miss mister lord lady king queen prince princess president general colonel
    major sergeant lieutenant professor uncle aunt sir saint st father mother sister brother officer agent
    detective inspector judge senator governor mayor""".split()
)
_PARTICLES = frozenset({"of", "the", "de", "da", "di", "del", "van", "von", "der", "den", "le", "la", "du", "y", "e"})
_JOINED = re.compile(r"\b(?:and|und|et|y|e)\b|'s\b|’s\b")
_LETTERS = re.compile(r"[^a-z]")
# The English dictionary holds no proper nouns, so a character called "Friday" (Robinson Crusoe's) passed as a
# distinctive word and every "by Friday if possible" named him (session 38)
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split()
)


def open_characters(
    rows: Iterable[str],
    *,
    decided: frozenset[str],
    dictionary: frozenset[str],
    given_names: frozenset[str],
    surnames: frozenset[str],
    places: frozenset[str],
) -> list[ListedName]:
    """``rows`` are the names of ``characters/fictional_characters.txt``; ``decided`` the keys another list
    already holds (public figures, artists, hand-listed characters and things)."""
    out: list[ListedName] = []
    for name in rows:
        key = normalize_name(name)
        words = key.split()
        if not words or key in decided or words[0] == "the" or _JOINED.search(name.lower()):
            continue
        if len(words) == 1:
            if not _distinctive_word(key, dictionary=dictionary, given_names=given_names, surnames=surnames, places=places):
                continue
        elif words[0] in given_names and words[-1] in surnames:
            continue  # an ordinary person's name: "Rachel Johnson"
        elif words[0] in _TITLES and len(words) == 2 and (words[1] in surnames or words[1] in given_names):
            continue  # "Doctor Fisher", "Uncle Ben"
        name_like = len(words) > 1 and words[0] in given_names
        source = SOURCE_OPEN_CHARACTERS_NAME_LIKE if name_like else SOURCE_OPEN_CHARACTERS
        out.append(_entry(key, name, Category.FICTIONAL, source, dictionary))
    return out


def museum_artists(
    rows: Iterable[str],
    *,
    decided: frozenset[str],
    dictionary: frozenset[str],
    given_names: frozenset[str],
    surnames: frozenset[str],
    places: frozenset[str],
) -> list[ListedName]:
    """``rows`` are the names of ``museums/artists.txt``. An artist another list holds keeps that list's
    reading: a public figure who also painted stays a person when not named as a style."""
    out: list[ListedName] = []
    for name in rows:
        key = normalize_name(name)
        words = key.split()
        if not words or key in decided:
            continue
        if len(words) == 1 and not _distinctive_word(
            key, dictionary=dictionary, given_names=given_names, surnames=surnames, places=places
        ):
            continue
        out.append(_entry(key, name, Category.ARTIST, SOURCE_MUSEUM_ARTISTS, dictionary))
    return out


def family_name_first(entries: Iterable[ListedName], *, decided: frozenset[str]) -> list[ListedName]:
    """Every listed character with an East Asian name, also in the order Japan, Korea and China write it and
    booru tags keep: "ayanami rei" for "Rei Ayanami", "sung jin woo" for "Jin-Woo Sung" (round 13). Without it
    the name-shape detectors read "ayanami rei nude" as an unlisted person. Only names every word of which has a
    romaji, pinyin or Korean syllable shape turn round: "griffin peter" is nobody's way of writing Peter Griffin."""
    out: list[ListedName] = []
    for entry in entries:
        words = entry.key.split()
        if not entry.category & Category.FICTIONAL or not 2 <= len(words) <= 3 or not all(map(_east_asian, words)):
            continue
        key = " ".join((words[-1], *words[:-1]))
        if key not in decided:
            out.append(dataclasses.replace(entry, key=key))
    return out


def _east_asian(word: str) -> bool:
    return romaji_word(word) or korean.name_syllables(word) is not None or pinyin.syllables(word) is not None


def _entry(key: str, name: str, category: Category, source: str, dictionary: frozenset[str]) -> ListedName:
    words = key.split()
    # "Black Canary", "Poison Ivy": a name made of words is a name only written with capitals; so is any
    # one-word name.
    capitalised_only = len(words) == 1 or all(w in dictionary or w in _PARTICLES for w in words)
    return ListedName(
        key=key, display=name.strip(), category=category, sources=[source],
        capitalised_only=capitalised_only, needs_context=True,
    )  # fmt: skip


def _distinctive_word(
    key: str, *, dictionary: frozenset[str], given_names: frozenset[str], surnames: frozenset[str], places: frozenset[str]
) -> bool:
    plain = _LETTERS.sub("", key)
    return (
        len(plain) >= _ONE_WORD_MIN
        and plain == key
        and key not in _CALENDAR_WORDS
        and not any(w in dictionary or w in given_names or w in surnames or w in places for w in (key, plain))
    )
