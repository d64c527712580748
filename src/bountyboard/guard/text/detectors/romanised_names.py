"""East Asian names written in Latin letters, in any case: "li yitong nude on a beach", "kim jiwon as a knight",
"Nguyễn Thị Hoa", "zhuyilong, nude" (rounds 12 and 13, decisions 0035 and 0036).

No given-name list knows most Chinese, Korean or Vietnamese given names, and the name-shape rules need capitals
or a likeness frame. Each naming system's closed shape stands in for the list: a common family name and a given
name spelt as only that system spells it, which no dictionary of ours holds and no place is called. One
detector class, one instance a naming system (``NameSystem``: ``text/pinyin.py``, ``text/korean.py``,
``text/vietnamese.py``, ``text/romaji.py``). Three forms, all weak evidence (review, or a block with sexual words
near):

* family name first, any case ("li yitong", "park ji won", "nguyen thi hoa");
* given name first, as text written abroad puts it ("Yingsha Sun", "Ji-won Kim", "Hoa Nguyen"): the system
  says when that needs capitals;
* run together in lower case ("zhuyilong", "kimjiwon"), only with a sexual word near: alone, "zhangjiajie"
  and "xiaolongbao" (a place, a dumpling) have the same shape.

Nothing here counts in a text that names a work of fiction (``fiction_frames.names_fiction``), and a system whose
shape ordinary words and characters share too often (romaji) counts only in a text about real people.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, lexicons, roles
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex
from bountyboard.guard.text.gazetteer import NOT_A_PERSON, NameMatcher
from bountyboard.guard.text.normalize import View

_READ_OTHERWISE = (SignalKind.STYLE_REFERENCE, SignalKind.FICTIONAL_CHARACTER)
_WORDS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"^[ \t]?([a-z]+)")
_MIN_RUN_TOGETHER = 6
_PEOPLE_ROLES = roles.ROLE_WORDS | {"gravure", "seiyuu", "jav", "av", "talent", "tarento", "model", "idol"}
_NEAR_SEXUAL = 80


class NameSystem(Protocol):
    """One way of writing names in Latin letters. ``raw`` is the name as the writer wrote it (capitals,
    hyphens, diacritics), ``given`` the given name's words in the ``names`` view."""

    source: str
    max_given_words: int
    culture_words: frozenset[str]
    # Names whose shape ordinary words share too often to count everywhere (romaji): read only where the text is
    # about real people (a photograph, a role, sexual words).
    needs_real_people: bool

    def family_name(self, word: str) -> bool: ...

    def family_first(self, family: str, given: tuple[str, ...], raw: str) -> bool: ...

    def given_first(self, given: tuple[str, ...], family: str, raw: str) -> bool: ...

    def run_together(self, word: str) -> tuple[str, str] | None: ...


class RomanisedNameDetector:
    def __init__(
        self, system: NameSystem, gazetteer: NameMatcher, *, common_words: frozenset[str], places: frozenset[str],
        frequent_words: frozenset[str] = frozenset(),
    ) -> None:
        self.name = f"{system.source.rsplit(':', 1)[-1]}s"  # "pinyin-names", "korean-names"
        self._system = system
        self._gazetteer = gazetteer  # its open character list counts here without context ("sun wukong")
        self._common = common_words
        self._places = places
        self._frequent = frequent_words  # folded words of the nine languages besides English ("kimseye": decision 0039)

    def detect(self, context: ScanContext) -> list[Signal]:
        system = self._system
        if context.names_fiction or (system.needs_real_people and not self._about_real_people(context)):
            return []
        names = context.norm.names
        text = names.text
        original = context.norm.original
        near = Near(context.sexual_spans)
        words = context.letter_words
        found: list[tuple[int, int, str, tuple[str, ...]]] = []
        is_family = [system.family_name(w) for _, _, w in words]  # one look-up a word, the cheap test first
        most = system.max_given_words + 1
        for index, (start, _, word) in enumerate(words):
            if not any(is_family[index : index + most]) or len(run := _run(words, index, most, text)) < 2:
                continue
            if is_family[index]:
                for size in range(len(run), 1, -1):  # the longest given name first: "nguyen thi hoa"
                    given = tuple(w for _, _, w in run[1:size])
                    if self._given(given) and system.family_first(word, given, _raw(original, names, run[:size])):
                        found.append((start, run[size - 1][1], word, given))
                        break
            for size in range(len(run), 1, -1):
                if not is_family[index + size - 1]:
                    continue
                given = tuple(w for _, _, w in run[: size - 1])
                if self._given(given) and system.given_first(given, run[size - 1][2], _raw(original, names, run[:size])):
                    found.append((start, run[size - 1][1], run[size - 1][2], given))
                    break
        for start, end, word in words:  # run together: only beside a sexual word, the cheap test first
            if len(word) >= _MIN_RUN_TOGETHER and near(*names.span(start, end), _NEAR_SEXUAL):
                split = system.run_together(word)
                if split and not self._known(word) and word not in self._frequent:
                    found.append((start, end, split[0], (split[1],)))
        if not found:
            return []
        found = _first_of_overlapping(found)
        # a name another detector read as a style or a character ("ayayami kojima", a misspelt artist) stays that
        taken = SpanIndex(context.taken + [s.span for s in context.signals if s.span and s.kind in _READ_OTHERWISE])
        drawn = frames.drawn_fiction(context.norm.words.text)
        out: list[Signal] = []
        for start, end, family, given in found:
            span = names.span(start, end)
            label = " ".join((family, *given))
            before, after = text[max(0, start - 40) : start], text[end : end + 30]
            if taken.overlaps(*span) or any(
                self._listed_otherwise(n) for n in (label, " ".join((*given, family)), family + "".join(given))
            ):
                continue  # a listed artist or character stays what its list and the context make of it
            if (
                frames.STYLE_BEFORE.search(before)  # "by lee jung-seob": an artist cited as a style
                or frames.STYLE_AFTER.match(after)
                # one word before a place noun is the place ("haeundae beach"); "Sin Min-a beach LoRA" is a person
                or (" " not in text[start:end] and (head := _NEXT_WORD.match(after)) and head.group(1) in lexicons.NOT_PERSON_HEADS)
            ):
                context.explained.append(span)  # and no later name-shape rule reads a person into it
                continue
            detail: dict[str, Any] = {"family_name": family, "given_name": " ".join(given)}
            if drawn:
                detail["drawn_medium"] = True
            elif near(*span, _NEAR_SEXUAL):
                detail["sexual_context"] = True
            out.append(context.signal("names", start, end, SignalKind.NER_PERSON, source=system.source, score=0.5,
                label=label, detail=detail))  # fmt: skip
        return out

    @staticmethod
    def _about_real_people(context: ScanContext) -> bool:
        return context.real_life or context.has_sexual or not _PEOPLE_ROLES.isdisjoint(_WORDS.findall(context.norm.words.text))

    def _given(self, given: tuple[str, ...]) -> bool:
        joined = "".join(given)
        return not (self._known(joined) or any(w in self._system.culture_words for w in given))

    def _known(self, word: str) -> bool:
        """A word of a dictionary, a place, or a culture word: no name."""
        return word in self._common or word in self._places or word in self._system.culture_words

    def _listed_otherwise(self, name: str) -> bool:
        """A character, an artist or a thing of any list, even one that counts only in context."""
        return any(
            hit.start == 0 and hit.end == len(name) and hit.entry.category & NOT_A_PERSON for hit in self._gazetteer.find(name)
        )


def _run(words: list[tuple[int, int, str]], index: int, most: int, text: str) -> list[tuple[int, int, str]]:
    """Up to ``most`` words from ``index`` on, each one space after the last."""
    run = [words[index]]
    for following in words[index + 1 : index + most]:
        if following[0] != run[-1][1] + 1 or text[run[-1][1]] != " ":
            break
        run.append(following)
    return run


def _first_of_overlapping(found: list[tuple[int, int, str, tuple[str, ...]]]) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """One name a stretch of text: "Ji won Kim" is not also "won kim"."""
    kept: list[tuple[int, int, str, tuple[str, ...]]] = []
    for name in sorted(found, key=lambda f: (f[0], -f[1])):
        if not kept or name[0] >= kept[-1][1]:
            kept.append(name)
    return kept


def _raw(original: str, names: View, run: list[tuple[int, int, str]]) -> str:
    start, end = names.span(run[0][0], run[-1][1])
    return original[start:end]

