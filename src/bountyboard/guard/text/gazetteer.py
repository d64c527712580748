"""Name matching: one Aho-Corasick automaton over normalised names, with word-boundary checks.

Each listed name is stored under its normalised key (``normalize.normalize_name``) and, for names
of several words, also under the words run together ("emmawatson", which is what spaced-out or
dotted letters collapse to). People's two-word names are also stored in reverse order ("watson
emma", a common evasion); such a hit is marked ``reordered`` and the scanner only keeps it when
both words are capitalised in the input. Overlapping hits are resolved longest first, so "Washington
Monument" hides "washington" and "Emma Watson" is one hit, not "emma" plus "watson".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntFlag

import ahocorasick

from bountyboard.guard.text.normalize import normalize_name, padded, padded_key


class Category(IntFlag):
    PUBLIC = 1  # a public figure: depicting them needs their consent
    ARTIST = 2  # an artist, photographer or director: a style unless depicted
    FICTIONAL = 4  # a fictional character
    NOT_PERSON = 8  # a brand, place or object named after a person
    PROTECTED = 16  # someone in the likeness registry


# A listed name in one of these is no person to depict: a style, a character, a brand or a place.
NOT_A_PERSON = Category.ARTIST | Category.FICTIONAL | Category.NOT_PERSON

# Names that may be written surname first as an evasion: people, never artists (a style tag) or things.
_REORDERABLE = Category.PUBLIC | Category.PROTECTED

_REORDERABLE_BITS = _REORDERABLE.value
_NEVER_REORDERED_BITS = (Category.FICTIONAL | Category.NOT_PERSON | Category.ARTIST).value

# A one-word name this short must be capitalised in the input ("Drake", not "a drake").
_SHORT_SINGLE_WORD = 6


@dataclass(slots=True)
class ListedName:
    key: str
    display: str
    category: Category
    sources: list[str] = field(default_factory=list)
    person_id: str | None = None  # registry entries only
    verified: bool = False
    # Every word must be written with a capital: names made of ordinary words ("Will Smith", "Ice
    # Cube") and one-word stage names from the public-figure gazetteer ("Avicii", "Pelé").
    capitalised_only: bool = False
    # From a long open list whose names real people also bear (guard/text/context_lists.py): the entry
    # counts only with the context its kind needs (a character with nothing that seeks a likeness, an
    # artist beside a style cue); otherwise the name is left to the name-shape detectors.
    needs_context: bool = False
    # A public figure whose occupation the source does not give (Pantheon 2.0): a person, except where
    # cited as a style the way an artist is, in a list of styles too ("by egon schiele gottfried helnwein").
    may_be_artist: bool = False
    # The initial of a public figure's given name and their surname ("E. Watson", "T. Swift": session 39), made by
    # ``NameMatcher`` for every such figure sharing both; it matches only where the initial is followed by its dot.
    initial: bool = False

    @property
    def needs_capital(self) -> bool:
        return self.capitalised_only or (
            " " not in self.key and len(self.key) <= _SHORT_SINGLE_WORD and "." not in self.display
        )


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int  # offsets into the view the matcher ran on
    end: int
    entry: ListedName
    reordered: bool = False  # matched "Watson Emma" for "Emma Watson"


class NameMatcher:
    """Immutable after construction: safe to share between threads."""

    def __init__(self, names: Iterable[ListedName]) -> None:
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, ListedName] = {}
        for name in names:
            if not name.key or len(name.key) < 2:
                continue
            current = entries.get(name.key)
            if current is None:
                entries[name.key] = name
                continue
            # The same name from several lists: one entry with every category and source.
            current.category |= name.category
            current.sources.extend(s for s in name.sources if s not in current.sources)
            current.capitalised_only = current.capitalised_only and name.capitalised_only
            current.needs_context = current.needs_context and name.needs_context
            if name.person_id is not None and current.person_id is None:
                current.person_id, current.verified = name.person_id, name.verified
        for key, entry in entries.items():
            # Run-together keys ("emmawatson") catch evasions of people; the open lists' vetoes need none.
            joined = key.replace(" ", "")
            initials = joined_initials(padded_key(key)) if not entry.needs_context else ""
            for variant in {
                padded_key(key), padded_key(joined) if len(joined) >= 8 and not entry.needs_context else "", initials,
                dotted_initials(padded_key(key)),
            }:
                if variant.strip() and self._automaton.get(variant, None) is None:
                    self._automaton.add_word(variant, (len(variant), entry, False))
        # The given name's initial and the surname, after every real key, so it never hides a name; one entry for every
        # public figure sharing both, with all their categories ("J. Smith" is an artist's too, so no person's)
        by_initial: dict[str, ListedName] = {}
        for key, entry in entries.items():
            if entry.needs_context or not (variant := initial_and_surname(key)):
                continue
            if (shared := by_initial.get(variant)) is None:
                words = key.split()
                by_initial[variant] = ListedName(
                    key=variant.strip(), display=f"{words[0][0].upper()}. {words[-1].title()}", category=entry.category,
                    sources=[f"initial:{s}" for s in entry.sources], capitalised_only=entry.capitalised_only, initial=True,
                )
            else:
                shared.category |= entry.category
        for variant, shared in by_initial.items():
            if shared.category & Category.PUBLIC and self._automaton.get(variant, None) is None:
                self._automaton.add_word(variant, (len(variant), shared, False))
        for key, entry in entries.items():  # after every real key, so a reversed one never hides a name
            words = key.split()
            category = int(entry.category)  # a plain int: IntFlag operators cost microseconds each
            if len(words) == 2 and min(map(len, words)) >= 3 and category & _REORDERABLE_BITS and not (
                category & _NEVER_REORDERED_BITS
            ):
                variant = padded_key(f"{words[1]} {words[0]}")
                if self._automaton.get(variant, None) is None:
                    self._automaton.add_word(variant, (len(variant), entry, True))
        self.size = len(entries)
        if self.size:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[NameHit]:
        """Whole-word hits in ``text`` (a ``names`` view), as offsets into it."""
        if not self.size:
            return []
        # Keys and text are space-padded: a hit is bounded by non-word characters by construction.
        return [
            NameHit(end_index - length + 1, end_index - 1, entry, reordered)
            for end_index, (length, entry, reordered) in self._automaton.iter(padded(text))
            if not entry.initial or text[end_index - length + 2 : end_index - length + 3] == "."
        ]


def joined_initials(padded: str) -> str:
    """The padded key with its initials written together ("george rr martin", "jrr tolkien", "jk rowling"),
    as prompts write them; "" when the name has no run of two initials or more."""
    words = padded.split()
    out: list[str] = []
    run = ""
    for word in [*words, ""]:
        if len(word) == 1:
            run += word
            continue
        if run:
            out.append(run)
        run = ""
        if word:
            out.append(word)
    if out == words or len(out) < 2:
        return ""
    return f" {' '.join(out)} "


def dotted_initials(padded: str) -> str:
    """The padded key as a text with a dot after each initial pads it ("samuel l. jackson" is " samuel l  jackson ":
    ``padded`` keeps offsets, so the dot stays a space); "" when the name has no initial before its last word. Without
    it "John F. Kennedy nude" named nobody (session 38)."""
    words = padded.split()
    if len(words) < 2 or len(words[-1]) < 3 or not any(len(word) == 1 for word in words[:-1]):
        return ""  # "J.W", a character's initials, is no name with an initial
    return " " + "".join(word + ("  " if len(word) == 1 else " ") for word in words[:-1]) + words[-1] + " "


def initial_and_surname(key: str) -> str:
    """The padded key of a given name's initial and the surname, as a text with a dot after the initial pads it ("emma
    watson" -> " e  watson "); "" for one word, an initial already, or a surname too short to single anyone out."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 2 or len(words[-1]) < 4 or not words[0][0].isalpha():
        return ""
    return f" {words[0][0]}  {words[-1]} "


def listed(name: str, category: Category, source: str) -> ListedName:
    return ListedName(key=normalize_name(name), display=name.strip(), category=category, sources=[source])


def resolve_overlaps(hits: Iterable[NameHit]) -> list[NameHit]:
    """Keep the longest hit where hits overlap; registry entries win a tie. Sorted by position."""
    protected = int(Category.PROTECTED)
    ranked = sorted(hits, key=lambda h: (-(h.end - h.start), 0 if int(h.entry.category) & protected else 1))
    # The kept hits never overlap, so sorted by start their ends are sorted too: a new hit need only be
    # checked against its two neighbours, found by bisection (not against every kept hit: a 1 MB text of
    # names holds 40,000 hits).
    starts: list[int] = []
    taken: list[NameHit] = []
    for hit in ranked:
        index = bisect_right(starts, hit.start)
        if index > 0 and taken[index - 1].end > hit.start:
            continue
        if index < len(taken) and taken[index].start < hit.end:
            continue
        starts.insert(index, hit.start)
        taken.insert(index, hit)
    return taken
