"""Chinese names in pinyin, in any case: "li yitong nude on a beach", "wang yibo as a knight", "Yingsha Sun",
"zhuyilong, nude" (round 12, decision 0035).

No given-name list knows most Chinese given names, and the name-shape rules need capitals or a likeness frame.
Pinyin's closed shape stands in for the list (``text/pinyin.py``): a common family name and a two-syllable given
name spelt as only pinyin spells ("yitong", "liying"; not "luna", "mare"), which no dictionary of ours holds and
no place is called. Three forms, all weak evidence (review, or a block with sexual words near):

* family name first, two words, any case ("li yitong");
* given name first, both capitalised, as English text writes Chinese names ("Yingsha Sun");
* run together in lower case ("zhuyilong"), only with a sexual word near: alone, "zhangjiajie" and
  "xiaolongbao" (a place, a dumpling) have the same shape.

One-syllable given names ("yang mi", "jing tian") are left to the lists: "yin yang", "feng shui" and "wu xia" have
the same shape. Nothing here counts in a text that names a work of fiction (``frames.FICTIONAL_CONTEXT``).
"""

from __future__ import annotations

import re
from typing import Any

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, pinyin
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex
from bountyboard.guard.text.gazetteer import NOT_A_PERSON, NameMatcher

_WORD = re.compile(r"(?<![\w'’@#])[a-z]{2,16}(?![\w'’])")
_MIN_RUN_TOGETHER = 6
_NEAR_SEXUAL = 80


class ChineseNameDetector:
    name = "chinese-names"

    def __init__(self, gazetteer: NameMatcher, *, common_words: frozenset[str], places: frozenset[str]) -> None:
        self._gazetteer = gazetteer  # its open character list counts here without context ("sun wukong")
        self._common = common_words
        self._places = places

    def detect(self, context: ScanContext) -> list[Signal]:
        if context.names_fiction:
            return []
        names = context.norm.names
        text = names.text
        original = context.norm.original
        near = Near(context.sexual_spans)
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        found: list[tuple[int, int, str, str]] = []
        for (start, first_end, first), (second_start, end, second) in zip(words, words[1:], strict=False):
            if second_start != first_end + 1 or text[first_end] != " ":
                continue  # two neighbouring words, one space apart
            if first in pinyin.FAMILY_NAMES and self._given(second):
                found.append((start, end, first, second))
            elif second in pinyin.FAMILY_NAMES and self._given(first) and _capitalised(original, names.span(start, end)):
                found.append((start, end, second, first))
        for start, end, word in words:  # run together: only beside a sexual word, the cheap test first
            if len(word) >= _MIN_RUN_TOGETHER and near(*names.span(start, end), _NEAR_SEXUAL):
                split = pinyin.family_first(word)
                if split and not self._known(word):
                    found.append((start, end, *split))
        if not found:
            return []
        taken = SpanIndex(context.taken)
        drawn = frames.drawn_medium(context.norm.words.text)
        out: list[Signal] = []
        for start, end, family, given in found:
            span = names.span(start, end)
            before, after = text[max(0, start - 40) : start], text[end : end + 30]
            if taken.overlaps(*span) or self._listed_otherwise(f"{family} {given}") or self._listed_otherwise(family + given):
                continue
            if frames.STYLE_BEFORE.search(before) or frames.STYLE_AFTER.match(after):
                continue  # "by huang guangjian": an artist cited as a style
            detail: dict[str, Any] = {"family_name": family, "given_name": given}
            if drawn:
                detail["drawn_medium"] = True
            elif near(*span, _NEAR_SEXUAL):
                detail["sexual_context"] = True
            out.append(context.signal("names", start, end, SignalKind.NER_PERSON, source="heuristic:pinyin-name",
                score=0.5, label=f"{family} {given}", detail=detail))  # fmt: skip
        return out

    def _given(self, word: str) -> bool:
        return pinyin.chinese_given_name(word) and not self._known(word)

    def _known(self, word: str) -> bool:
        """A word of a dictionary, a place, or a culture word: no name."""
        return word in self._common or word in self._places or word in pinyin.CULTURE_WORDS

    def _listed_otherwise(self, name: str) -> bool:
        """A character, an artist or a thing of any list, even one that counts only in context."""
        return any(
            hit.start == 0 and hit.end == len(name) and hit.entry.category & NOT_A_PERSON for hit in self._gazetteer.find(name)
        )


def _capitalised(original: str, span: tuple[int, int]) -> bool:
    words = original[span[0] : span[1]].split()
    return len(words) == 2 and all(w[:1].isupper() for w in words)
