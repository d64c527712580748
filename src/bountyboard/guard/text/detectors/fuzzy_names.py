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
from bountyboard.guard.text import lexicons
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.gazetteer import Category, ListedName

_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_SURNAME = 4  # "ramsey": shorter surnames are too easy to hit by chance
_SURNAME_RATIO = 80.0
_NAME_RATIO = 86.0
SOURCE_FUZZY = "gazetteer:fuzzy"


class FuzzyNameDetector:
    name = "fuzzy-listed-names"

    def __init__(self, names: Iterable[ListedName], dictionary: frozenset[str]) -> None:
        self._dictionary = dictionary
        by_letter: dict[str, list[tuple[str, ListedName]]] = defaultdict(list)
        for entry in names:
            words = entry.key.split()
            if len(words) < 2 or len(words[-1]) < _MIN_SURNAME:
                continue
            if not entry.category & (Category.PUBLIC | Category.ARTIST) or entry.category & Category.FICTIONAL:
                continue
            by_letter[words[-1][0]].append((words[-1], entry))
        self._surnames = {letter: [s for s, _ in rows] for letter, rows in by_letter.items()}
        self._entries = {letter: [e for _, e in rows] for letter, rows in by_letter.items()}

    def detect(self, context: ScanContext) -> list[Signal]:
        view = context.norm.names
        text = view.text
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        taken = context.explained + [s.span for s in context.signals if s.span and s.kind is not SignalKind.NER_PERSON]
        out: list[Signal] = []
        for index in range(1, len(tokens)):
            start, _, first = tokens[index - 1]
            _, end, surname = tokens[index]
            if len(surname) < _MIN_SURNAME or surname in self._dictionary or len(first) < 2:
                continue
            candidates = self._surnames.get(surname[0])
            if not candidates:
                continue
            span = view.span(start, end)
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            written = f"{first} {surname}"
            best: tuple[float, ListedName] | None = None
            entries = self._entries[surname[0]]
            for _, _score, at in process.extract(
                surname, candidates, scorer=fuzz.ratio, score_cutoff=_SURNAME_RATIO, limit=8
            ):
                entry = entries[at]
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
            style = bool(lexicons.STYLE_BEFORE.search(before) or lexicons.STYLE_AFTER.match(after))
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
