"""The words around a listed name: a thing named after the person, the person depicted sexually, or one more item
of a list of styles."""

from __future__ import annotations

import re

import pytest

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.detectors.listed_context import (
    SexualWords,
    TagLists,
    named_after,
    style_cited,
)
from bountyboard.guard.text.normalize import normalize


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("la place ", " sous la neige"),  # fr
        ("la calle ", " nevada"),  # es
        ("ponte ", " ao por do sol"),  # pt
        ("ulica ", " noca"),  # pl
        ("namesti ", " v zime"),  # cs (folded)
        ("het ", " arena stadion"),  # nl
        ("the ", " international airport"),  # en, a qualifier between
        ("", " caddesi gece"),  # tr
        ("", " institut fur physik"),  # de
        ("", " belfast city airport, terminal"),  # session 22: the city's name between
        ("", " krakow lotnisko"),
    ],
)
def test_named_after(before: str, after: str) -> None:
    assert named_after(before, after)


# session 20: a statue of someone is their likeness, no thing named after them
@pytest.mark.parametrize(
    ("before", "after"),
    [("portrait of ", " as a knight"), ("", " im stil der simpsons"), ("", ""), ("", " statue concept, bronze"),
     ("", " at belfast airport, waving")],
)
def test_not_named_after(before: str, after: str) -> None:
    assert not named_after(before, after)


def _context(text: str, sexual_word: str) -> ScanContext:
    context = ScanContext(normalize(text))
    start = text.index(sexual_word)
    context.signals.append(
        Signal(kind=SignalKind.SEXUAL_EXPLICIT, source="test", text=sexual_word, span=(start, start + len(sexual_word)))
    )
    return context


def test_depicted_sexually_only_right_after_the_name() -> None:
    assert SexualWords(_context("Frida Kahlo nude on a bed", "nude")).right_after((0, 11))
    far = "Frida Kahlo painting a landscape of hills, a nude model far away"
    assert not SexualWords(_context(far, "nude")).right_after((0, 11))
    assert not SexualWords(_context("nude, Frida Kahlo", "nude")).right_after((6, 17))


@pytest.mark.parametrize(
    ("before", "cited"),
    [
        ("by ", True),
        ("by midjourney and ", True),  # an earlier item of the same list of styles
        ("art by alfons mucha, ", True),
        ("w stylu mehoffera i ", True),  # pl
        ("by mucha, klimt and ", True),
        ("portrait of ", False),
        ("photo of anna and ", False),
        ("", False),
    ],
)
def test_style_cited_before_a_name_or_its_list(before: str, cited: bool) -> None:
    assert style_cited(before) is cited


# Round 11: an unlisted name that is one more item of a run of bare names holding listed styles.
@pytest.mark.parametrize(
    ("text", "name", "cited"),
    [
        ("4k, frank frazetta, saul bass, john alvin, bill gold, richard amsel, ralph mcquarrie", "richard amsel", True),
        ("greg rutkowski, maria kowalczyk, artgerm, 8k", "maria kowalczyk", True),
        ("by greg rutkowski and artgerm and maria kowalczyk", "maria kowalczyk", True),
        # a name opening the prompt, styles only after it: the subject
        ("maria kowalczyk, greg rutkowski, artgerm", "maria kowalczyk", False),
        # one style before and something else after; an item with more words than the name
        ("greg rutkowski, maria kowalczyk, 8k, artgerm", "maria kowalczyk", False),
        ("greg rutkowski, artgerm, portrait of maria kowalczyk", "maria kowalczyk", False),
        # session 19: one listed style in a run of five bare names or more, the name not opening it
        ("app logo, design, maria kowalczyk, saul bass, rob janoff, ivan chermayeff, minimalist", "maria kowalczyk", True),
        ("maria kowalczyk, greg rutkowski, pastel, moody, dusk, minimalist", "maria kowalczyk", False),
        ("app logo, maria kowalczyk, saul bass, minimalist", "maria kowalczyk", False),
    ],
)
def test_a_name_in_a_run_of_listed_styles_is_one_more(text: str, name: str, cited: bool) -> None:
    styles = [(m.start(), m.end()) for m in re.finditer(r"frank frazetta|saul bass|ralph mcquarrie|greg rutkowski|artgerm", text)]
    start = text.index(name)
    assert TagLists(text).in_list_of_styles((start, start + len(name)), styles) is cited

