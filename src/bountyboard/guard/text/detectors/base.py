"""The one small interface every text detector implements, and the state one scan shares.

Like threatexchange's signal types: each detector is one class for one kind of evidence; it reads the
normalised text (and what earlier detectors found) and returns ``Signal``s. It never decides:
``guard.policy.Policy`` does. ``TextScanner`` runs the detectors in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import fiction_frames, frames, lexicons
from bountyboard.guard.text.gazetteer import ListedName, NameMatcher
from bountyboard.guard.text.normalize import NormalizedText
from bountyboard.guard.text.prompt_sections import PromptSections


@dataclass(frozen=True, slots=True)
class RegistryIndex:
    """Everything built from the registry, replaced as one object by ``set_protected_persons``."""

    matcher: NameMatcher
    handles: dict[str, ListedName]
    fuzzy_keys: list[str]
    fuzzy_entries: list[ListedName]


EMPTY_REGISTRY = RegistryIndex(NameMatcher([]), {}, [], [])

_LETTER_WORD = re.compile(r"(?<![\w'’@#])[a-z]{1,16}(?![\w'’])")
SEXUAL_KINDS = (SignalKind.SEXUAL_EXPLICIT, SignalKind.SEXUAL_SUGGESTIVE)
_STRONG_PERSON = (
    SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.SOCIAL_PROFILE, SignalKind.PRIVATE_PERSON_CUE,
)  # fmt: skip


def is_strong_person(signal: Signal) -> bool:
    """A listed or registered person, a profile, a private person, or a name shape a role corroborates."""
    return signal.kind in _STRONG_PERSON or (signal.kind is SignalKind.NER_PERSON and bool(signal.detail.get("corroborated")))


@dataclass(slots=True)
class ScanContext:
    """One scan: the text in all its views, the registry snapshot, and the signals found so far."""

    norm: NormalizedText
    registry: RegistryIndex = EMPTY_REGISTRY
    signals: list[Signal] = field(default_factory=list)
    # Original-text spans that a list already explains (a listed name, a brand, a character): the
    # name-shape detectors leave them alone.
    explained: list[tuple[int, int]] = field(default_factory=list)
    # The negative prompt's sections in the original text (``norm`` reads them blanked): what the picture must not
    # show, read only by ``NegativePromptDetector``.
    sections: PromptSections | None = None
    _names_fiction: bool | None = field(default=None, repr=False)
    _real_life: bool | None = field(default=None, repr=False)
    _fiction_framed: bool | None = field(default=None, repr=False)
    _letter_words: list[tuple[int, int, str]] | None = field(default=None, repr=False)

    @property
    def names_fiction(self) -> bool:
        """The text names a work of fiction (``fiction_frames.names_fiction``): searched once a scan, not once a
        detector (the name detectors ask it seven times)."""
        if self._names_fiction is None:
            self._names_fiction = fiction_frames.names_fiction(self.norm.words.text)
        return self._names_fiction

    @property
    def real_life(self) -> bool:
        """A photograph or a realistic render and no drawn medium (``frames.real_life``), read once a scan."""
        if self._real_life is None:
            self._real_life = frames.real_life(self.norm.words.text)
        return self._real_life

    @property
    def fiction_framed(self) -> bool:
        """A story's or a franchise's frame around the text (``fiction_frames.FICTIONAL_CONTEXT``,
        ``fiction_frames.fiction_frame``), which makes a shop's, a town's or a title's people anyone's: read once a scan
        for the detectors that read a person by where she is known from."""
        if self._fiction_framed is None:
            words_text = self.norm.words.text
            self._fiction_framed = bool(
                fiction_frames.FICTIONAL_CONTEXT.search(words_text) or fiction_frames.fiction_frame(words_text)
            )
        return self._fiction_framed

    @property
    def letter_words(self) -> list[tuple[int, int, str]]:
        """The ``names`` view's words of letters only, with their offsets in that view: read once a scan for
        the four naming systems' detectors."""
        if self._letter_words is None:
            self._letter_words = [(m.start(), m.end(), m.group(0)) for m in _LETTER_WORD.finditer(self.norm.names.text)]
        return self._letter_words

    def signal(self, view: str, start: int, end: int, kind: SignalKind, **kw: Any) -> Signal:
        """A signal for ``view.text[start:end]``, with its span mapped back to the original text."""
        span = getattr(self.norm, view).span(start, end)
        return Signal(kind=kind, text=self.norm.original[span[0] : span[1]], span=span, **kw)

    @property
    def has_sexual(self) -> bool:
        return any(s.kind in SEXUAL_KINDS for s in self.signals)

    @property
    def sexual_spans(self) -> list[tuple[int, int]]:
        return [s.span for s in self.signals if s.span and s.kind in SEXUAL_KINDS]

    @property
    def strong_person(self) -> bool:
        """A listed person, a profile, a private person or a described one: enough for the policy."""
        return any(is_strong_person(s) for s in self.signals)

    @property
    def taken(self) -> list[tuple[int, int]]:
        """Spans already explained or already reported as a person."""
        return self.explained + [
            s.span for s in self.signals if s.span and s.kind in (*_STRONG_PERSON, SignalKind.NER_PERSON)
        ]


class SpanIndex:
    """Answers "does any of these spans overlap [start, end)?" in O(log n), so that a detector stays
    linear on a long text with thousands of findings (a 1 MB request must not take minutes)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._ends: list[int] = []  # running maximum of the ends, in start order
        for _, end in ordered:
            self._ends.append(max(end, self._ends[-1]) if self._ends else end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self._starts, end)  # spans that start before ``end``
        return index > 0 and self._ends[index - 1] > start


class Near:
    """Is a sexual word next to a name? True when a span starts within ``reach`` of the name's end or
    ends within ``reach`` of its start (the name-shape rules' test), in O(log n)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        listed = list(spans)
        self._starts = sorted(s for s, _ in listed)
        self._ends = sorted(e for _, e in listed)

    def __call__(self, start: int, end: int, reach: int) -> bool:
        return _any_within(self._starts, end - reach, end + reach) or _any_within(self._ends, start - reach, start + reach)


def _any_within(points: list[int], low: int, high: int) -> bool:
    index = bisect_left(points, low)
    return index < len(points) and points[index] <= high


class Detector(Protocol):
    """One kind of evidence. ``detect`` only reads ``context`` (and shared, immutable state)."""

    name: str

    def detect(self, context: ScanContext) -> list[Signal]: ...


def negated(words: str, start: int) -> bool:
    """One of the two words right before ``start``, in the same clause, is a negation ("no nudity", "sin ropa").
    A negation stops at its clause: "no clothes, nude" and "nua no balneário, nsfw" (Portuguese "no" is "in the")
    negate nothing after the comma (session 30)."""
    clause = frames.CLAUSE_END.split(words[max(0, start - 24) : start])[-1]
    return any(w in lexicons.NEGATORS for w in clause.split()[-2:])


def bare_body_part(words: str, start: int, end: int) -> bool:
    """The nude word opening or closing ``words[start:end]`` bares only feet, hands or a head ("pieds nus dans la
    garrigue", "nackte Füße"): no nudity."""
    first, _, _ = words[start:end].partition(" ")
    last = words[start:end].rsplit(" ", 1)[-1]
    if first in lexicons.NUDE_WORDS and lexicons.BARE_PART_BEFORE.search(words, max(0, start - 12), start):
        return True
    return last in lexicons.NUDE_WORDS and lexicons.BARE_PART_AFTER.match(words[end : end + 16]) is not None


def weak_name_signals(
    *, source: str, name: str, span: tuple[int, int], detail: dict[str, Any], framed: bool = False,
    private: bool = False,
) -> list[Signal]:
    """A name's weak evidence (``ner_person``, score 0.5, its ``detail`` for the policy), with a likeness intent on it
    when a likeness frame holds it and a private-person cue when the text pictures a private person by it: what the
    title, shop and initials readings emit alike."""
    out = [Signal(kind=SignalKind.NER_PERSON, source=source, score=0.5, text=name, span=span, label=name, detail=detail)]
    if framed:
        out.append(Signal(kind=SignalKind.LIKENESS_INTENT, source=source, text=name, span=span, label=name))
    if private:
        out.append(Signal(kind=SignalKind.PRIVATE_PERSON_CUE, source=source, text=name, span=span, label=name))
    return out


def dedupe(signals: list[Signal]) -> list[Signal]:
    seen: set[tuple[SignalKind, tuple[int, int] | None]] = set()
    out: list[Signal] = []
    for signal in signals:
        key = (signal.kind, signal.span)
        if key not in seen:
            seen.add(key)
            out.append(signal)
    return out
