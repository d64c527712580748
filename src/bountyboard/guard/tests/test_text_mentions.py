"""``text_could_name``: the re-scan's pre-check never says no to a text a full scan could find the
person in (exact, disguised or misspelt), and says no to texts without any of their words."""

from __future__ import annotations

import pytest

from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.mentions import text_could_name

LEA = ProtectedPerson("p1", names=("Lea Moreau",), aliases=("Leamo",), handles=("@lea.moreau.fit",))
AOC = ProtectedPerson("p2", names=("Alexandria Ocasio",))


@pytest.mark.parametrize("text", [
    "Lea Moreau at the beach", "L3a M0reau at the beach", "l e a  m o r e a u at the beach",
    "leamo on a bike", "Laa Moreu at the beach", "see instagram.com/lea.moreau.fit/",
])
def test_a_text_that_names_her_in_any_spelling_could_name_her(text: str) -> None:
    assert text_could_name(text, [LEA])


def test_a_name_misspelt_in_every_word_still_could_name_her() -> None:
    assert text_could_name("Alexandrya Ocasyo in a red dress", [AOC])


@pytest.mark.parametrize("text", ["A red fox in watercolour, autumn forest.", "", "a knight in armour"])
def test_a_text_with_none_of_their_words_cannot(text: str) -> None:
    assert not text_could_name(text, [LEA, AOC])
