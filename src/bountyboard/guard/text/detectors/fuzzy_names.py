"""Misspelt listed names: "nathalie portman", "angeline jolie", "gordon ramsey", "iosif stalin".

Anchored on the surname: a word no dictionary holds is compared (rapidfuzz) with the last words of the
listed public figures and artists that share its first letter; a close surname is then checked with
the whole name. Artist veto: when the closest name is an artist (or an artist is as close), the hit
is a style reference ("by greg rutkowsky"), never a person. Exact hits are the listed-name detector's;
this one only looks at words that nothing explains yet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.gazetteer import Category, ListedName

_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_SURNAME = 4  # "ramsey": shorter surnames are too easy to hit by chance
_SURNAME_RATIO = 80.0
_NAME_RATIO = 86.0
SOURCE_FUZZY = "gazetteer:fuzzy"
_CACHE_SIZE = 50_000


class FuzzyNameDetector:
    name = "fuzzy-listed-names"

    def __init__(self, names: Iterable[ListedName], dictionary: frozenset[str]) -> None:
        self._dictionary = dictionary
        # Buckets by length and by the first two or the last two letters: a misspelling keeps one end and
        # is at most a letter longer or shorter, so a word meets a few dozen surnames, not all of them.
        buckets: dict[tuple[str, int], list[tuple[str, ListedName]]] = defaultdict(list)
        for entry in names:
            words = entry.key.split()
            if len(words) < 2 or len(words[-1]) < _MIN_SURNAME:
                continue
            if not entry.category & (Category.PUBLIC | Category.ARTIST) or entry.category & Category.FICTIONAL:
                continue
            surname = words[-1]
            buckets[(surname[:2], len(surname))].append((surname, entry))
            buckets[("$" + surname[-2:], len(surname))].append((surname, entry))
        self._surnames = {key: [s for s, _ in rows] for key, rows in buckets.items()}
        self._entries = {key: [e for _, e in rows] for key, rows in buckets.items()}
        self._cache: dict[str, tuple[ListedName, ...]] = {}

    def _close_surnames(self, surname: str) -> tuple[ListedName, ...]:
        """Listed people whose surname is close to ``surname``; remembered (bounded) because the same
        words come back in text after text."""
        found = self._cache.get(surname)
        if found is None:
            keys = [(end, len(surname) + d) for end in (surname[:2], "$" + surname[-2:]) for d in (-1, 0, 1)]
            rows: dict[int, ListedName] = {}
            for key in keys:
                if key not in self._surnames:
                    continue
                entries = self._entries[key]
                for _, _score, at in process.extract(
                    surname, self._surnames[key], scorer=fuzz.ratio, score_cutoff=_SURNAME_RATIO, limit=8
                ):
                    rows[id(entries[at])] = entries[at]
            found = tuple(rows.values())
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()  # bounded: hostile input cannot grow it forever
            self._cache[surname] = found
        return found

    def detect(self, context: ScanContext) -> list[Signal]:
        view = context.norm.names
        text = view.text
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        taken = SpanIndex(
            context.explained + [s.span for s in context.signals if s.span and s.kind is not SignalKind.NER_PERSON]
        )
        out: list[Signal] = []
        for index in range(1, len(tokens)):
            start, _, first = tokens[index - 1]
            _, end, surname = tokens[index]
            if len(surname) < _MIN_SURNAME or surname in self._dictionary or len(first) < 2:
                continue
            span = view.span(start, end)
            if taken.overlaps(*span):
                continue
            written = f"{first} {surname}"
            best: tuple[float, ListedName] | None = None
            for entry in self._close_surnames(surname):
                listed = " ".join(entry.key.split()[-2:])
                if listed == written:
                    continue  # an exact name the listed-name detector already judged (its capitals rule)
                whole = fuzz.ratio(written, listed)
                if whole >= _NAME_RATIO and (best is None or whole > best[0] or (
                    whole == best[0] and entry.category & Category.ARTIST
                )):  # fmt: skip
                    best = (whole, entry)
            if best is None:
                continue
            score, entry = best
            before = text[max(0, start - 48) : start]
            after = text[end : end + 40]
            style = bool(frames.STYLE_BEFORE.search(before) or frames.STYLE_AFTER.match(after))
            artist = bool(entry.category & Category.ARTIST)
            kind = SignalKind.STYLE_REFERENCE if artist or style and not entry.category & Category.PUBLIC else (
                SignalKind.PERSON_NAME
            )  # fmt: skip
            if artist and not style and entry.category & Category.PUBLIC:
                kind = SignalKind.PERSON_NAME  # listed as both: a person unless cited as a style
            out.append(
                Signal(
                    kind=kind, source=SOURCE_FUZZY, score=round(score / 100, 3), text=context.norm.original[span[0] : span[1]],
                    span=span, label=entry.display, detail={"fuzzy": True, "lists": list(entry.sources)},
                )
            )  # fmt: skip
        return out
