"""Text normalisation with an offset map back to the original text.

Two views of one input are built:

* ``base``: NFKC, case folding, diacritics removed, Cyrillic/Greek look-alikes mapped to Latin,
  zero-width and soft-hyphen characters dropped. Lexicons (sexual, minor, private-person cues,
  profile links) match on it.
* ``words``: ``base`` with ``. - _`` between letters read as spaces (``see-through``).
* ``names``: ``base`` plus the evasions people use to slip a name past a filter: leetspeak inside
  words (``3mma W4tson``), letters joined by ``. - _`` (``emma_watson``, ``Billie.Eilish``),
  spaced-out letters (``E m m a  S t o n e``, ``E.m.m.a``) and a quoted nickname between two names
  (``Zenon „Zenek” Martyniuk``). Name matchers run on it.

Every view keeps ``offsets[i]`` = the index in the original text of the character that produced
``view[i]``, so a match in any view maps back to a span of the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Look-alikes that NFKC leaves alone (they are distinct letters, not compatibility forms).
_HOMOGLYPHS = {
    # Cyrillic (lower case: folding runs first)
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "і": "i", "ї": "i", "ј": "j", "к": "k",
    "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ʏ": "y",
    # Latin letters NFKD does not split
    "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k", "μ": "u",
    "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
}  # fmt: skip

_INVISIBLE = {
    "\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\ufeff", "\ufe0e", "\ufe0f",
}  # fmt: skip

# Leetspeak digits/symbols, applied only inside tokens that also hold letters ("W4tson", not "3,000").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# Only tokens holding a leet character reach the (Python) callback; it checks for a letter too.
_LEET_TOKEN = re.compile(r"(?<![0-9a-z@$])(?=[0-9a-z@$]*[013457@$])[0-9a-z@$]+")
_HAS_LETTER = re.compile(r"[a-z]")
# An exclamation mark between two letters stands for an "i" ("ç!plak", "n!pples": session 39); ending a word it is
# punctuation, so it is no leet character of the tokens above.
_BANG_FOR_I = re.compile(r"(?<=[^\W\d_])!(?=[^\W\d_])")
# A number closing a word after three letters or more is one people append to a name
# ("emma_watson99", "lea1989"), not leetspeak, when it has a digit leetspeak never uses (2, 6, 8, 9)
# or three digits or more; "már10" and "l00" stay leetspeak. Name matchers read it as blanks.
_APPENDED_NUMBER = re.compile(r"(?<=[a-z]{3})(?:[0-9]*[2689][0-9]*|[0-9]{3,})(?![0-9a-z])")
# A letter-joining separator between two letters or digits becomes a space: "emma_watson", "lea-seydoux".
_JOINER = re.compile(r"(?<=[^\W_])[._\-·•*+~](?=[^\W_])|_")
# Three or more single letters separated by single spaces: "e m m a" (a double space ends the run).
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W_](?: [^\W_](?![^\W_])){2,}")
# Two or more single digits separated by single spaces: Lexica's prompts space out numbers ("5 0 cent", "2 1 savage",
# "1 9 5 0 s"); a name holding a number reads whole again (round 11).
_SPACED_DIGITS = re.compile(r"(?<![^\W_])\d(?: \d(?![^\W_]))+")

_WIDE_SPACE = re.compile(r"\s{2,}")
# A nickname in quotes between a given name and a surname ("Zenon „Zenek” Martyniuk", 'Bartłomiej "Gruszka"
# Gruszecki'): name matchers read the name without it (session 35); a quoted word elsewhere stays. Up to three words
# since session 38: 'Dwayne "The Rock" Johnson nude' had named nobody.
_QUOTED_NICKNAME = re.compile(
    r"(?<=[^\W\d_]{2}) [\"“„«‘'] ?[^\W\d_]{2,15}(?: [^\W\d_]{1,15}){0,2} ?[\"”“»’'] (?=[^\W\d_]{2})"
)

_fold_cache: dict[str, str] = {}


def _fold_char(char: str) -> str:
    folded = _fold_cache.get(char)
    if folded is None:
        if char in _INVISIBLE:
            folded = ""
        else:
            composed = unicodedata.normalize("NFKC", char).casefold()
            stripped = "".join(
                c for c in unicodedata.normalize("NFKD", composed) if not unicodedata.combining(c)
            )
            folded = "".join(_HOMOGLYPHS.get(c, c) for c in stripped)
            if not folded and composed and not all(unicodedata.combining(c) for c in composed):
                folded = composed
            # a lone combining mark is a diacritic written apart (decomposed input, or Turkish "İ"
            # lower-cased to "i" + U+0307: "i̇stanbul"): dropped like any diacritic
        if len(_fold_cache) < 100_000:  # bounded: hostile input cannot grow it forever
            _fold_cache[char] = folded
    return folded


@dataclass(frozen=True, slots=True)
class View:
    text: str
    offsets: tuple[int, ...] | None  # None: identity (view[i] came from original[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original-text span [start, end) of ``text[start:end]``."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    base: View  # folded; URLs and handles keep their dots and underscores here
    words: View  # base with letter-joining separators as spaces: lexicons match here
    names: View


def fold(text: str) -> View:
    """NFKC + case folding + diacritics + homoglyphs + invisible characters, with offsets."""
    if text.isascii():  # the common case: nothing to fold but case, and the offsets are the identity
        return View(text.lower(), None)
    pieces = [_fold_char(c) for c in text]
    folded = "".join(pieces)
    if len(folded) == len(text) and all(len(p) == 1 for p in pieces):
        return View(folded, None)
    offsets: list[int] = []
    for index, piece in enumerate(pieces):
        offsets.extend([index] * len(piece))
    return View(folded, tuple(offsets))


# ... and a decade as German and Turkish write it ("70er", "70ler", "80lerin": session 20)
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:d|k|p|s|mm|yo|px|fps|th|st|nd|rd|x|er|ern|ler|lar|lerin|larin|li|lik)")
# ... and a size, "100x70", "1920x1080" (session 23: "Druk 100x70" read as a name)
_DIMENSIONS = re.compile(r"\d+x\d+(?:x\d+)?(?:cm|mm|px|in)?")


def _deleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if not _HAS_LETTER.search(token) or _NUMBER_WITH_UNIT.fullmatch(token) or _DIMENSIONS.fullmatch(token):
        return token  # "3,000", "16": numbers, not leetspeak; "3d", "4k", "35mm", "90s": a number and its unit
    if token.startswith("@"):  # a handle's "@" is a marker, not an "a"
        return "@" + token[1:].translate(_LEET)
    plain = token.translate(_LEET)
    if plain[:1] == "8" and len(plain) >= 5 and plain[1:].isalpha():
        return "b" + plain[1:]  # "8u3n4v3ntur4": an 8 opening a leet word is a B ("8k", "80s" are no words)
    return plain


def name_view(base: View, original: str | None = None) -> View:
    """The view name matchers use; see the module docstring. With the ``original`` text, a quoted nickname is read
    out only between capitalised words ("Dwayne "The Rock" Johnson"), never after a lower-case one ('photo of
    "Rihanna" nude': session 38)."""
    text = _APPENDED_NUMBER.sub(lambda m: " " * len(m.group(0)), base.text)  # same length
    text = _LEET_TOKEN.sub(_deleet, text)  # same length: offsets unchanged
    if "!" in text:
        text = _BANG_FOR_I.sub("i", text)  # same length
    text = _JOINER.sub(" ", text)  # same length
    runs = [m.span() for m in _SPACED_LETTERS.finditer(text)]
    runs += [m.span() for m in _SPACED_DIGITS.finditer(text) if not any(s <= m.start() < e for s, e in runs)]
    gaps = [m.span() for m in _WIDE_SPACE.finditer(text)]
    nicknames = [m.span() for m in _QUOTED_NICKNAME.finditer(text) if original is None or _between_capitals(m, base, original)]
    if not runs and not gaps and not nicknames:
        return View(text, base.offsets)
    keep = [True] * len(text)
    for start, end in runs:
        between = list(range(start + 1, end, 2))  # the single spaces between the letters
        if any(base.text[index] != " " for index in between):
            # Letters joined by dots: a lone letter a real space sets apart at either end is a word of its
            # own ("J.o.l.a.n.t.a M.a.d.u.r.a w stylu": the Polish "w" is no letter of the name).
            while len(between) > 1 and base.text[between[-1]] == " " and base.text[between[-2]] == " ":
                between.pop()
            if between and base.text[between[-1]] == " ":
                between.pop()
            while len(between) > 1 and base.text[between[0]] == " " and base.text[between[1]] == " ":
                between.pop(0)
            if between and base.text[between[0]] == " ":
                between.pop(0)
        for index in between:
            keep[index] = False
    for start, end in gaps:
        for index in range(start + 1, end):  # "emma  stone": one space is enough
            keep[index] = False
    for start, end in nicknames:
        for index in range(start + 1, end):  # the space before the nickname stays
            keep[index] = False
    old = base.offsets if base.offsets is not None else range(len(text))
    kept_text = "".join(c for c, k in zip(text, keep, strict=True) if k)
    kept_offsets = tuple(o for o, k in zip(old, keep, strict=True) if k)
    return View(kept_text, kept_offsets)


def _between_capitals(nickname: re.Match[str], base: View, original: str) -> bool:
    """The words either side of a quoted nickname open with capitals in the original text."""
    text = base.text
    before = nickname.start()
    while before > 0 and text[before - 1].isalpha():
        before -= 1
    after = nickname.end()
    first, second = base.span(before, before + 1)[0], base.span(after, after + 1)[0]
    return original[first : first + 1].isupper() and original[second : second + 1].isupper()


def word_view(base: View) -> View:
    return View(_JOINER.sub(" ", base.text), base.offsets)


_NON_WORD = re.compile(r"[\W_]")


def padded(text: str) -> str:
    """Every non-word character as a space, one space added at each end (same offsets, shifted by one).

    Matchers store their keys the same way (``padded_key``), so a key can only match whole words:
    the word-boundary check costs nothing at match time.
    """
    return " " + _NON_WORD.sub(" ", text) + " "


def padded_key(key: str) -> str:
    return " " + " ".join(_NON_WORD.sub(" ", key).split()) + " "


def normalize(text: str) -> NormalizedText:
    base = fold(text)
    return NormalizedText(original=text, base=base, words=word_view(base), names=name_view(base, text))


def normalize_name(name: str) -> str:
    """The key a listed name is stored under: the same pipeline as ``names``, spaces squeezed."""
    return " ".join(name_view(fold(name)).text.split())
