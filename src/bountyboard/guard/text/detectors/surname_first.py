"""A name written surname first, as forms, class lists and credits write it: "LEPERS Julien", "TOKGÖZ Merve",
"Nowak, Anna", "Poster – Niedermaier, Josef" (sessions 40 and 41), and with what the person does after a dash
("BRZEZIŃSKA Wiktoria – fryzjerka z Dębicy": session 43). Read by ``detectors.given_names``; split from it when that
module passed 600 lines.
"""

from __future__ import annotations

import re
from collections.abc import Container

from bountyboard.guard.text import name_words
from bountyboard.guard.text.detectors.hidden_names import WEAK
from bountyboard.guard.text.detectors.name_pairs import STRONG
from bountyboard.guard.text.name_words import NOT_NAME_WORDS
from bountyboard.guard.text.normalize import View

_CAPITALISED_WORD_NEXT = re.compile(rf"\s+[{name_words.UPPER}]")
# Where a field or a line starts: the text's start, a line's, a bracket, a dash, a colon, a bar, a sentence's end
_FIELD_START = re.compile(r"(?:^|[\n(|:–—-]|\.)[ \t]*$")
# ... and where it ends ("Niedermaier, Josef)", "Kara, Recep —"; not "Notizblock, Kamera um den Hals")
_FIELD_END = re.compile(r"[ \t]*(?:$|[\n)(|:;.,–—-])")
# ... and a dash setting what the person does after the name ("BRZEZIŃSKA Wiktoria – fryzjerka z Dębicy")
_DASH_ASIDE = re.compile(r"[ \t]+[–—-][ \t]+\w")


class SurnameFirst:
    """Reads whether a token and the next are a surname and a given name written in that order, and how strongly."""

    def __init__(
        self, *, given: Container[str], surnames: Container[str], common: Container[str], frequent_folded: Container[str],
        places: Container[str],
    ) -> None:
        self._given = given
        self._surnames = surnames
        self._common = common
        self._frequent_folded = frequent_folded
        self._places = places

    def strength(self, original: str, view: View, tokens: list[tuple[int, int, str]], index: int) -> str | None:
        """A surname, then a capitalised known given name and no capitalised word after it: the surname in capitals
        ("LEPERS Julien", "TOKGÖZ Merve"), or a known surname and a comma ("Nowak, Anna"), as forms, class lists and
        credits write a name (round 45's brief; not "NSFW Anna", "Paris, Hilton is a hotel", nor an unknown surname
        before a comma mid-sentence: "Halloran, Ruth" is a list as often as a name there). Weak, but strong as a
        field opens a line and a dash sets what the person does after it ("BRZEZIŃSKA Wiktoria – fryzjerka": round 48)."""
        if (form := self._form(original, view, tokens, index)) is None:
            return None
        given_end = view.span(tokens[index + 1][0], tokens[index + 1][1])[1]
        field = _FIELD_START.search(original, max(0, form - 16), form) and _DASH_ASIDE.match(original, given_end)
        return STRONG if field else WEAK

    def _form(self, original: str, view: View, tokens: list[tuple[int, int, str]], index: int) -> int | None:
        """Where a surname written first begins in the original text (``strength``), or None."""
        if index + 1 >= len(tokens) or tokens[index + 1][2] not in self._given or tokens[index + 1][2] in self._common:
            return None
        word = tokens[index][2]
        first, last = view.span(tokens[index][0], tokens[index][1])
        given_start, given_end = view.span(tokens[index + 1][0], tokens[index + 1][1])
        raw, given_raw, gap = original[first:last], original[given_start:given_end], original[last:given_start]
        if len(word) < 3 or word in NOT_NAME_WORDS or word in self._given or not given_raw.istitle():
            return None
        if _CAPITALISED_WORD_NEXT.match(original, given_end):
            return None  # "ANNA Maria Nowak", "SALE Anna Karenina": more name after, read by the pair rule
        if original.startswith(("'s", "’s"), given_end):
            return None  # "Tiramisu, Paula's recipe": a thing of hers, after a list's comma
        if raw.isupper() and gap == " ":
            return first
        if not raw.istitle() or gap != ", " or word in self._common:
            return None
        # ... or an unknown surname as a field or a line holds it alone, as a form or a title writes it ("Poster –
        # Niedermaier, Josef", "(Zubilewicz, Tomasz)": round 46); mid-sentence a comma lists things as often
        return first if word in self._surnames or (
            # a few characters back only: a search from the text's start would make a long list of names quadratic
            _FIELD_START.search(original, max(0, first - 16), first) is not None
            and _FIELD_END.match(original, given_end) is not None
            and word not in self._frequent_folded and word not in self._places
        ) else None  # fmt: skip
