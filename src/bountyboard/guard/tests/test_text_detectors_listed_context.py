"""The words around a listed name: a thing named after the person, or the person depicted sexually."""

from __future__ import annotations

import pytest

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.detectors.listed_context import SexualWords, named_after, style_cited
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
    ],
)
def test_named_after(before: str, after: str) -> None:
    assert named_after(before, after)


@pytest.mark.parametrize(("before", "after"), [("portrait of ", " as a knight"), ("", " im stil der simpsons"), ("", "")])
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
