"""Round 7 (decision 0031): a character sheet or a turnaround frames its unlisted names as characters,
unless a likeness is sought; sentences written for the test."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    "text",
    [
        "Mirela Vostani character sheet, front/side/back turnaround, flat colours",
        "fiche personnage de Mirela Vostani, vue de face et de dos",
        "hoja de personaje de Mirela Vostani, vista frontal y trasera",
        "karta postaci: Mirela Vostani, przód i tył",
    ],
)
def test_character_sheets_frame_characters(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Mirela Vostani character sheet, turnaround, 500 Buzz to whoever gets the likeness right",
        "Mirela Vostani character sheet, photorealistic, her face has to look like her",
    ],
)
def test_a_likeness_or_sexual_sheet_keeps_the_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is not Decision.ALLOW
