"""Someone the whole town knows, by a name or a nickname: "everyone at the Crown knows Spud", "en la feria todo el
pueblo conoce a La Pulga", "jeder auf dem Dorffest kennt die Kuchen-Gerti" (session 46, learned from round 51's
``tune`` half).

A poster who says everyone knows the person vouches that she is real and local, whatever the name looks like: a
nickname with an article, a hyphenated one, a word of a language. The reading is weak evidence (a ``ner_person`` that
blocks beside sexual words), read in sexual text only and never in a work's frame or a drawn medium, on a capitalised
word no earlier rule took (a character, a listed name).
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal
from bountyboard.guard.text import frames, name_words
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex, weak_name_signals
from bountyboard.guard.text.normalize import fold

SOURCE_KNOWN_BY_ALL = "heuristic:known-by-all"
_NAME = rf"(?P<name>[{name_words.UPPER}][^\W\d_]+(?:-[^\W\d_]+)?)"
_SOME_WORDS = r"(?:\s+[^\W\d_]+){0,6}?"
# Who knows the person, the verb, and the article a nickname may take, in nine languages (written with accents;
# Turkish puts the person before the verb, "herkes X'i tanır", and is left out)
_KNOWN_BY_ALL = re.compile(
    r"(?i:\b(?:everyone|everybody|the whole (?:town|village|street|pub)|we all|you all|all of us)"
    + _SOME_WORDS + r"\s+knows?\s+(?:the\s+|our\s+)?"
    r"|\b(?:tout le monde|tout le village|toute la ville)" + _SOME_WORDS + r"\s+conna[iî]t\s+(?:la\s+|le\s+|l['’])?"
    r"|\b(?:todos|todo el mundo|todo el pueblo)" + _SOME_WORDS + r"\s+(?:conocemos|conoce|conocen)\s+a\s+(?:la\s+|el\s+)?"
    r"|\b(?:jeder|alle|ganz\s+[^\W\d_]+|wer\b[^.!?\n]{0,60}?,)" + _SOME_WORDS + r"\s+kenn(?:t|en)\s+(?:die\s+|den\s+|der\s+)?"
    r"|\b(?:tutti|tutto il paese|tutta la città)" + _SOME_WORDS + r"\s+conosc(?:e|ono|iamo)\s+(?:la\s+|il\s+|l['’])?"
    r"|\b(?:todo mundo|todos|toda a (?:vila|cidade|aldeia))" + _SOME_WORDS + r"\s+conhece(?:m|mos)?\s+(?:a\s+|o\s+)?"
    r"|\b(?:wszyscy|cała wieś|całe miasto)" + _SOME_WORDS + r"\s+znaj[aą]\s+"
    r"|\b(?:všichni|celé město|celá vesnice)" + _SOME_WORDS + r"\s+zn(?:ají|á)\s+"
    r"|\b(?:iedereen|het hele dorp)" + _SOME_WORDS + r"\s+kent\s+(?:de\s+|het\s+)?)"
    + _NAME
)


class KnownByAllDetector:
    name = "known-by-all"

    def __init__(self, *, places: frozenset[str] = frozenset()) -> None:
        self._places = places  # "tout le monde connaît la Bretagne": a place everyone knows

    def detect(self, context: ScanContext) -> list[Signal]:
        if not context.sexual_spans:
            return []  # read in sexual text only: a local figure with nothing sexual is the other rules' and the model's
        original = context.norm.original
        found = [m.span("name") for m in _KNOWN_BY_ALL.finditer(original)]
        if not found or context.names_fiction or context.fiction_framed or frames.drawn_medium(context.norm.words.text):
            return []
        taken = SpanIndex(context.taken)
        out: list[Signal] = []
        for start, end in found:
            if taken.overlaps(start, end) or fold(original[start:end]).text in self._places:
                continue
            out += weak_name_signals(
                source=SOURCE_KNOWN_BY_ALL, name=original[start:end], span=(start, end),
                detail={"given_name": True, "sexual_context": True},
            )
        return out
