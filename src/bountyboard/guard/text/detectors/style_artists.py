"""Misspelt artists named as a style: "pintada a la manera de zuloga", "im Stil von Zdenek Burain",
"hendrik willem mesdak tarzında" (decision 0026).

Only where a style cue stands right before the words, or (Turkish) right after them, in one of the ten
languages: there a name is a style reference far more often than a person, and a close spelling of a listed
artist settles it. Words the exact matcher already explained are skipped. A window of one to three words is
compared with the listed artists' names of as many words (one word: their surnames), in a bucket of names
whose last word starts with the same two letters, so a scan compares a few hundred names, not 30,000.
The words and the cue are recorded in ``context.explained``: the name-shape detectors then do not read
them as a person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import fuzz, process

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.listed_context import STYLE_WORD_AFTER, style_cited, style_cue
from bountyboard.guard.text.gazetteer import Category, ListedName

SOURCE_STYLE_FUZZY = "gazetteer:style-fuzzy"
# A cheap first look: no style word anywhere, nothing to do (the cues themselves are in ``frames``).
_ANY_CUE = re.compile(
    r"\b(?:by|after|style|stil|stile|stijl|stylu|stylem|estilo|manner|maniere|maniera|manera|maneira|manier|"
    r"painted|drawn|peint|peinte|dessine|pintad[oa]|dibujad[oa]|gemalt|gezeichnet|dipint[oaie]|disegnat[oaie]|"
    r"desenhad[oa]|namalowan\w|narysowan\w|namalovan\w|nakreslen\w|malovan\w|geschilderd|getekend|nach|tipo|"
    r"facon|homage|hommage|homenaje|homenagem|omaggio|hold|pocta|eerbetoon|tribute|inspired|inspire|inspirado|"
    r"inspiriert|ispirato|inspirowan\w|inspirovan\w|geinspireerd|gibi|anisina|uslubuyla|uslubunda|tarzinda)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 48
_AFTER_REACH = 6  # "Mesdag'ın tarzında", "Klimt-style"
_MAX_WORDS = 3
_ONE_WORD_MIN = 6  # "zuloga": shorter surnames are too close to too many words
_MIN_RATIO = {1: 86.0, 2: 86.0, 3: 88.0}


class StyleArtistDetector:
    name = "style-artists"

    def __init__(
        self, artists: Iterable[ListedName], dictionary: frozenset[str], given_names: frozenset[str] = frozenset()
    ) -> None:
        self._dictionary = dictionary
        self._given_names = given_names  # a lone given name is no misspelt surname ("by edmund blair leighton")
        # (words, first two letters of the last word) -> keys, and key -> entry
        self._buckets: dict[tuple[int, str], list[str]] = defaultdict(list)
        self._entries: dict[str, ListedName] = {}
        for entry in artists:
            if not entry.category & Category.ARTIST or entry.category & (Category.PUBLIC | Category.PROTECTED):
                continue
            words = entry.key.split()
            if not words or len(words) > _MAX_WORDS:
                continue
            self._add(" ".join(words), entry)
            surname = words[-1]
            if len(words) > 1 and len(surname) >= _ONE_WORD_MIN and surname not in dictionary:
                self._add(surname, entry)  # "zuloga" for Ignacio Zuloaga

    def _add(self, key: str, entry: ListedName) -> None:
        if key in self._entries:
            return
        self._entries[key] = entry
        self._buckets[(len(key.split()), key.split()[-1][:2])].append(key)

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        names = norm.names.text
        cues = [m.start() for m in _ANY_CUE.finditer(names)]
        if not cues:
            return []
        tokens = [(m.start(), m.end()) for m in _WORD.finditer(names)]
        # a cue word within reach before a window's first word or right after its last, before any regex runs
        near_before = [_cue_between(cues, start - _REACH, start) for start, _ in tokens]
        near_after = [_cue_between(cues, end, end + _AFTER_REACH) for _, end in tokens]
        if not any(near_before) and not any(near_after):
            return []
        window = _Windows(names, tokens, near_before, near_after)
        taken = SpanIndex(context.explained + [s.span for s in context.signals if s.span and _names_someone(s)])
        out: list[Signal] = []
        # only windows with a cue beside them: starts after a cue, or up to two words before one
        starts = sorted(
            {i for i, near in enumerate(near_before) if near}
            | {i for j, near in enumerate(near_after) if near for i in range(max(0, j - _MAX_WORDS + 1), j + 1)}
        )
        done = 0  # tokens before this one belong to a window already reported
        for i in starts:
            if i < done:
                continue
            found = self._at(window, i, taken, norm.names.span)
            if found is None:
                continue
            size, entry = found
            start, end = tokens[i][0], tokens[i + size - 1][1]
            out.append(
                context.signal("names", start, end, SignalKind.STYLE_REFERENCE, source=SOURCE_STYLE_FUZZY,
                               label=entry.display, detail={"lists": list(entry.sources), "fuzzy": True})
            )  # fmt: skip
            context.explained.append(norm.names.span(start, end))
            before = names[max(0, start - _REACH) : start]
            if cue := style_cue(before):
                offset = start - len(before)
                context.explained.append(norm.names.span(offset + cue[0], offset + cue[1]))
            done = i + size
        return out

    def _at(
        self, window: _Windows, i: int, taken: SpanIndex, span_of: Callable[[int, int], tuple[int, int]]
    ) -> tuple[int, ListedName] | None:
        """The longest window of words starting at token ``i`` that is a listed artist, misspelt, beside a
        style cue: (words, entry)."""
        tokens = window.tokens
        for size in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            j = i + size - 1
            if not (window.near_before[i] or window.near_after[j]):
                continue
            words = [window.names[s:e] for s, e in tokens[i : j + 1]]
            if all(w in self._dictionary for w in words) or (size == 1 and not self._lone_surname(window, i)):
                continue
            if taken.overlaps(*span_of(tokens[i][0], tokens[j][1])):
                continue
            if not (window.cited_before(i) or window.cued_after(j)):
                continue
            bucket = self._buckets.get((size, words[-1][:2]))
            if not bucket:
                continue
            match = process.extractOne(" ".join(words), bucket, scorer=fuzz.ratio, score_cutoff=_MIN_RATIO[size])
            if match is not None:
                return size, self._entries[match[0]]
        return None

    def _lone_surname(self, window: _Windows, i: int) -> bool:
        """One word may be a misspelt surname ("zuloga") when it is long enough, no given name, and the last
        word of its name: a word after it that no dictionary holds makes it the start of a longer name."""
        tokens, names = window.tokens, window.names
        word = names[tokens[i][0] : tokens[i][1]]
        if len(word) < _ONE_WORD_MIN or word in self._given_names:
            return False
        if i + 1 < len(tokens) and tokens[i + 1][0] - tokens[i][1] <= 1:
            following = names[tokens[i + 1][0] : tokens[i + 1][1]]
            return following in self._dictionary or following in _CONNECTORS
        return True


_CONNECTORS = frozenset("and und et y e i ve en og och".split())


class _Windows:
    """The tokens of one scan and their style cues, each regex run at most once per token."""

    __slots__ = ("_after", "_before", "names", "near_after", "near_before", "tokens")

    def __init__(
        self, names: str, tokens: list[tuple[int, int]], near_before: list[bool], near_after: list[bool]
    ) -> None:
        self.names, self.tokens, self.near_before, self.near_after = names, tokens, near_before, near_after
        self._before: dict[int, bool] = {}
        self._after: dict[int, bool] = {}

    def cited_before(self, i: int) -> bool:
        if i not in self._before:
            start = self.tokens[i][0]
            self._before[i] = self.near_before[i] and style_cited(self.names[max(0, start - _REACH) : start])
        return self._before[i]

    def cued_after(self, j: int) -> bool:
        if j not in self._after:
            end = self.tokens[j][1]
            after = self.names[end : end + _REACH]
            self._after[j] = self.near_after[j] and bool(frames.STYLE_VERB_AFTER.match(after) or STYLE_WORD_AFTER.match(after))
        return self._after[j]


def _cue_between(cues: list[int], low: int, high: int) -> bool:
    """A cue word starts in [low, high] (``cues`` sorted)."""
    index = bisect_left(cues, low)
    return index < len(cues) and cues[index] <= high


def _names_someone(signal: Signal) -> bool:
    return signal.kind in (
        SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.STYLE_REFERENCE,
        SignalKind.FICTIONAL_CHARACTER, SignalKind.SOCIAL_PROFILE,
    )  # fmt: skip
