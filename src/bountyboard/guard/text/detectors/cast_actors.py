"""An actor cast as a character in a text about a work of fiction: "Flikken Maastricht fanart / Angela Schijf als
Eva van Dongen, in zwarte lingerie", "Rebrow z Watahy – fanart / Chcę Leszka Lichotę jako Wiktora Rebrowa".

A text that names a work (fan art, a series) makes the other name detectors read its unlisted names as characters
(``fiction_frames.names_fiction``), and that is right for the characters. But a name cast "as", "als", "jako" another
capitalised name (or "in der Rolle von", "w roli" it; in Turkish "X'i Y rolünde", "X Y olarak") is the one who plays
the part: an actor's likeness in the character's costume (round 20; decision 0041; session 24). Only in such texts,
and never where the text says its people are invented ("my OC Mara as Sailor Moon"): other texts reach the
given-name and name-shape rules, which read the cast frame already.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import fiction_frames, frames
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.name_words import (
    CAST_AFTER_THE_ROLE,
    CAST_AS,
    CAST_IN_THE_ROLE,
    NAME_WORD,
    PARTICLES,
)
from bountyboard.guard.text.normalize import fold

SOURCE_CAST_ACTOR = "heuristic:cast-actor"
_ACTOR = rf"(?<![\w'’])(?P<name>{NAME_WORD}(?: (?:(?:van|de|der|den|von|da|di|del|le|la|dos|das) )?{NAME_WORD}){{1,2}})"
_CHARACTER = rf"(?P<character>{NAME_WORD})"
# Two or three capitalised words (particles between), a cast word, an article at most, a capitalised name; or, in
# Turkish, the name (its case ending kept: "Saat'i"), the character and the cast word ("Beren Saat'i Atiye rolünde").
_CASTS = (
    re.compile(
        rf"{_ACTOR}\s+(?:{CAST_AS}|(?i:{CAST_IN_THE_ROLE}))\s+(?:(?:the|de|la|le|el|il|o|a|der|die|het)\s+)?{_CHARACTER}"
    ),
    re.compile(rf"{_ACTOR}\s+{_CHARACTER}\s+{CAST_AFTER_THE_ROLE}\b"),
)
_CASE_ENDING = re.compile(r"['’][^\W\d_]{1,4}$")  # "Saat'i": the name without its Turkish case ending
_INVENTED_PEOPLE = re.compile(rf"\b(?:oc|ocs|my oc|original character|own character|{frames.INVENTED})\b")


class CastActorDetector:
    name = "cast-actors"

    def __init__(self, *, given_names: frozenset[str], common_words: frozenset[str]) -> None:
        self._given = given_names
        self._common = common_words  # a dictionary and the nine languages' frequent words: "Wielka Sala"

    def detect(self, context: ScanContext) -> list[Signal]:
        if not context.names_fiction or _INVENTED_PEOPLE.search(context.norm.words.text):
            return []
        original = context.norm.original
        taken = SpanIndex(context.taken)
        out: list[Signal] = []
        for m in (m for cast in _CASTS for m in cast.finditer(original)):
            words = [_CASE_ENDING.sub("", w) for w in fold(m.group("name")).text.split() if w not in PARTICLES]
            start = m.start("name")
            if words and words[0] not in self._given and len(words) == 3:
                # "Chcę Leszka Lichotę": a sentence's capitalised first word before the name
                start = m.start("name") + m.group("name").index(" ") + 1
                words = words[1:]
            ending = _CASE_ENDING.search(m.group("name"))
            span = (start, m.end("name") - (len(ending.group(0)) if ending else 0))
            if taken.overlaps(*span) or len(words) < 2:
                continue  # a listed character or person, or one word
            given, surname = words[0], words[-1]
            character = fold(m.group("character")).text
            if (character in self._common and character not in self._given) or fiction_frames.FICTIONAL_CONTEXT.fullmatch(character):
                continue  # "Pippi Langstrumpf als Fanart", "X as Queen": cast as a thing or a word, no character
            if given not in self._given and (given in self._common or surname in self._common):
                continue  # "Wielka Sala jako", "Old Town as": words, not a name ("Angela Schijf" keeps a known given name)
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source=SOURCE_CAST_ACTOR, score=0.8, text=original[span[0] : span[1]],
                    span=span, label=original[span[0] : span[1]],
                    detail={"given_name": given, "surname": surname, "corroborated": True, "cast_as": m.group("character")},
                )
            )  # fmt: skip
        return out
