"""How a text's letters are cased, as the name detectors read it: whether a line is written in lower case (tag
soup, chat), where a sentence opens, the parts of a CamelCase word, and whether spelt-out letters can be a name.

Capitals are evidence of a name only where the writer uses them: a lower-case line's names are lower case, and a
sentence's first word is capitalised whatever it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bountyboard.guard.text import name_words

_VOWELS = frozenset("aeiouy")


_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{6,}")


def pronounceable(word: str) -> bool:
    """Spelt-out letters that can be a name: more than a fifth of a name's letters are vowels ("cletorivas" 4 of
    10, "edelgardschulz" 4 of 14) and no six consonants run together; random letters of a scrambled prompt
    ("v l b q k h w a h d z p e v q": 3 of 15, "vlbqkhw") are not."""
    letters = [c for c in word if c.isalpha()]
    vowels = sum(c in _VOWELS for c in letters)
    return bool(letters) and vowels * 100 > len(letters) * 21 and not _CONSONANT_RUN.search(word)


_LINE = re.compile(r"[^\n]*")
# the capitals of a photographic prompt's tags
_ACRONYM = re.compile(r"\b(?:RAW|NSFW|SFW|HDR|DSLR|UHD|HD|[48]K)\b")
_line_cache: dict[str, tuple[list[int], list[bool], list[bool]]] = {}


def lower_case_line(original: str, span: tuple[int, int], *, strict: bool = False) -> bool:
    """The line around ``span`` writes no word with a capital, but for the first word of a sentence and
    acronyms ("LoRA", "SDXL", "D&D"): prompt tag soup ("portrait of jane doe, 8k") or a request typed in
    lower case ("Need angela rainer for my D&D campaign").

    ``strict``: no capital letter at all, but for a photographic prompt's tags ("RAW photo", "NSFW", "8K"): a
    prompt's tags, not a writer's capitals.

    The lines of the text being scanned are read once (a long text has thousands of candidates)."""
    lines = _line_cache.get(original)
    if lines is None:
        found = [
            (m.start(), not _capitalised_word(m.group(0)), not any(c.isupper() for c in _ACRONYM.sub("", m.group(0))))
            for m in _LINE.finditer(original)
        ]
        lines = ([s for s, _, _ in found], [lower for _, lower, _ in found], [none for _, _, none in found])
        _line_cache.clear()  # one text at a time: the cache only spans one scan
        _line_cache[original] = lines
    index = max(bisect_right(lines[0], span[0]) - 1, 0)
    return lines[2][index] if strict else lines[1][index]


_LINE_WORD = re.compile(r"[^\W\d_]+")
# The next word on the same line is capitalised (matched where a word ends)
NEXT_CAPITALISED = re.compile(rf"[ \t]+[{name_words.UPPER}]")
# Text before a word that opens a sentence, a line, a bracket or a list item (searched on the text before it)
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;(\[\"“”«»]|\s[-–—*•])[\s\"“”'(\[]*$")


def _capitalised_word(line: str) -> bool:
    """A word written Capitalised (a capital, then lower case) that does not open a sentence."""
    for match in _LINE_WORD.finditer(line):
        word = match.group(0)
        if len(word) > 1 and word[0].isupper() and word[1:].islower() and not SENTENCE_OPEN.search(line[: match.start()]):
            return True
    return False


def camel_parts(raw: str) -> list[str]:
    """"DurukŞener" -> ["Duruk", "Şener"]: split before every capital letter (any script)."""
    parts: list[str] = []
    for char in raw:
        if char.isupper() or not parts:
            parts.append(char)
        else:
            parts[-1] += char
    return [p for p in parts if p.isalpha()]
