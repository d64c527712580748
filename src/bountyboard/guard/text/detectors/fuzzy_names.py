"""Misspelt listed names: "nathalie portman", "angeline jolie", "gordon ramsey", "iosif stalin".

Anchored on the surname: a word no dictionary holds is compared (rapidfuzz) with the last words of the
listed public figures and artists that share its first letter; a close surname is then checked with
the whole name (its last two words, or its first and last: "Tayyip Erdogan", "Recep Erdogan"). A
surname that only one listed person has ("stalin") needs less of the given name, read through a
transliteration fold ("Iosif"/"Joseph", "Wladimir"/"Vladimir"). Artist veto: when the closest name
is an artist (or an artist is as close), the hit is a style reference ("by greg rutkowsky"), unless
the artist is the subject of a sexual depiction ("frida kalho nude"). Exact hits are the listed-name
detector's; this one only looks at words that nothing explains yet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.listed_context import SexualWords, named_after, style_cited
from bountyboard.guard.text.gazetteer import Category, ListedName

_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_SURNAME = 4  # "ramsey": shorter surnames are too easy to hit by chance
_SURNAME_RATIO = 80.0
_NAME_RATIO = 86.0
# With a surname written exactly and held by one listed person only, the given name may be a
# transliteration ("iosif" for "joseph"): the folded given names must be this close.
_DISTINCT_SURNAME_MIN = 5
_GIVEN_RATIO = 60.0
_GIVEN_FOLDED_RATIO = 70.0
SOURCE_FUZZY = "gazetteer:fuzzy"
_PERSON_BITS = (Category.PUBLIC | Category.ARTIST).value
_FICTIONAL_BIT = Category.FICTIONAL.value
_CAST_AFTER = re.compile(r"^(?:'s|s)?\s*(?:as|en|als|como|come|jako|dressed as|verkleed als)\s")
_CACHE_SIZE = 50_000
# Regnal and religious names ("Alexander II of Russia", "Alexander the Great") have no surname.
_NO_SURNAME = re.compile(r"\b(?:of|the)\b|\b[ivxl]+$")
_FOLD = (("sch", "sh"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("w", "v"), ("j", "i"), ("y", "i"), ("q", "k"),
         ("c", "k"), ("z", "s"), ("x", "ks"), ("e", "i"))  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
# Short words inside names ("Vicente del Bosque", "Vasco da Gama"): never a given name on their own.
_PARTICLES = frozenset("de del della da di do dos das du des van von der den ten ter le la el al y e zu".split())


class FuzzyNameDetector:
    name = "fuzzy-listed-names"

    def __init__(self, names: Iterable[ListedName], dictionary: frozenset[str]) -> None:
        self._dictionary = dictionary
        # Buckets by length and by the first two or the last two letters: a misspelling keeps one end and
        # is at most a letter longer or shorter, so a word meets a few dozen surnames, not all of them.
        buckets: dict[tuple[str, int], list[tuple[str, ListedName]]] = defaultdict(list)
        people_by_surname: dict[str, set[str]] = defaultdict(set)
        partials: dict[str, ListedName] = {}
        for entry in names:
            words = entry.key.split()
            if len(words) < 2 or len(words[-1]) < _MIN_SURNAME or _NO_SURNAME.search(entry.key):
                continue
            category = int(entry.category)  # a plain int: IntFlag operators cost microseconds each
            if not category & _PERSON_BITS or category & _FICTIONAL_BIT:
                continue
            surname = words[-1]
            people_by_surname[surname].add(entry.key)
            if len(words) >= 3:  # "tayyip erdogan", "recep erdogan": two of three words, written exactly
                for partial in (f"{words[0]} {surname}", f"{words[-2]} {surname}"):
                    if words[-2] not in _PARTICLES:
                        partials.setdefault(partial, entry)
            buckets[(surname[:2], len(surname))].append((surname, entry))
            buckets[("$" + surname[-2:], len(surname))].append((surname, entry))
        self._partials = partials
        self._surnames = {key: [s for s, _ in rows] for key, rows in buckets.items()}
        self._entries = {key: [e for _, e in rows] for key, rows in buckets.items()}
        self._cache: dict[str, tuple[ListedName, ...]] = {}
        # Surnames one listed person has, long enough and no word: "stalin", "hoeness", not "smith".
        self._distinct = frozenset(
            s for s, keys in people_by_surname.items() if len(keys) == 1 and len(s) >= _DISTINCT_SURNAME_MIN
        ) - dictionary

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
        sexual = SexualWords(context)
        for index in range(1, len(tokens)):
            start, _, first = tokens[index - 1]
            _, end, surname = tokens[index]
            if len(surname) < _MIN_SURNAME or len(first) < 2:
                continue
            if first in _PARTICLES:  # "el bosque" is no misspelt "Del Bosque"; "carice van houtten" is
                if index < 2 or tokens[index - 2][2] in _PARTICLES:
                    continue
                start, first = tokens[index - 2][0], f"{tokens[index - 2][2]} {first}"
            span = view.span(start, end)
            if taken.overlaps(*span):
                continue
            # A surname that is also a word or a given name ("Erdoğan") counts only written exactly,
            # with a given name of the listed person's: "Tayyip Erdoğan" for "Recep Tayyip Erdoğan".
            if surname in self._dictionary:
                partial = self._partials.get(f"{first} {surname}")
                best = (100.0, partial) if partial is not None else None
            else:
                best = self._closest(first, surname)
            if best is None:
                continue
            score, entry = best
            before = text[max(0, start - 48) : start]
            after = text[end : end + 40]
            if named_after(before, after):
                continue  # "Ponte Vasco da Gama", "Marie Curie Institute": a thing named after them
            kind = self._kind(sexual, entry, span, before, after)
            out.append(
                Signal(
                    kind=kind, source=SOURCE_FUZZY, score=round(score / 100, 3), text=context.norm.original[span[0] : span[1]],
                    span=span, label=entry.display, detail={"fuzzy": True, "lists": list(entry.sources)},
                )
            )  # fmt: skip
        return out

    @staticmethod
    def _kind(sexual: SexualWords, entry: ListedName, span: tuple[int, int], before: str, after: str) -> SignalKind:
        """The listed-name detector's rule: an artist is a style unless depicted (a likeness frame or a
        sexual word right after); a public figure is a person unless cited as the author of a style."""
        artist = bool(entry.category & Category.ARTIST)
        style = (style_cited(before) if artist else bool(frames.STYLE_BEFORE.search(before))) or bool(
            frames.STYLE_AFTER.match(after) or (artist and frames.STYLE_VERB_AFTER.match(after))
        )
        # A misspelt artist is depicted only when plainly cast ("portrait of frida kalho", "X as a queen"),
        # not when a tag follows it ("daniel gerhartz detailed portrait" is the painter's style).
        likeness = bool(frames.LIKENESS_BEFORE.search(before)) or (
            bool(_CAST_AFTER.match(after)) if artist else bool(frames.LIKENESS_AFTER.match(after) or frames.ACTION_AFTER.match(after))
        )
        if artist and entry.category & Category.PUBLIC:
            as_style = style  # listed as both: a person unless cited as a style
        elif artist:
            as_style = style or not (likeness or sexual.right_after(span))
        else:
            as_style = not likeness and bool(frames.STYLE_BEFORE.search(before))
        return SignalKind.STYLE_REFERENCE if as_style else SignalKind.PERSON_NAME

    def _closest(self, first: str, surname: str) -> tuple[float, ListedName] | None:
        """The listed name closest to "first surname", with its ratio; None when none is close enough."""
        written = f"{first} {surname}"
        best: tuple[float, ListedName] | None = None
        for entry in self._close_surnames(surname):
            words = entry.key.replace(".", " ").split()  # "john a. macdonald": initials are words
            if entry.key == written:
                continue  # an exact name the listed-name detector already judged (its capitals rule)
            # (listed form, its given name): the whole name, first and last word, last two words
            pairs = [(" ".join(words), words[0]), (f"{words[0]} {words[-1]}", words[0])]
            if words[-2] not in _PARTICLES and len(words[-2]) > 1:  # not "a. macdonald", "del bosque"
                pairs.append((" ".join(words[-2:]), words[-2]))
            given_written = first.split()[0]
            whole = max(
                (fuzz.ratio(written, pair) for pair, given in pairs if fuzz.ratio(given_written, given) >= _GIVEN_RATIO),
                default=0.0,
            )  # "kyle thompson" is no "lea thompson": the given names must be alike too
            if whole < _NAME_RATIO and surname == words[-1] and surname in self._distinct and first not in self._dictionary:
                # "iosif stalin": one listed person has this surname; the given name is a transliteration
                given = fold_transliteration(first.split()[0])
                if fuzz.ratio(given, fold_transliteration(words[0])) >= _GIVEN_FOLDED_RATIO:
                    whole = max(whole, _NAME_RATIO)
            if whole >= _NAME_RATIO and (best is None or whole > best[0] or (
                whole == best[0] and entry.category & Category.ARTIST
            )):  # fmt: skip
                best = (whole, entry)
        return best


def fold_transliteration(word: str) -> str:
    """One spelling for the usual transliterations of a given name: "joseph", "iosif", "josef" -> "iosif"."""
    for written, folded in _FOLD:
        word = word.replace(written, folded)
    return _DOUBLED.sub(r"\1", word)

