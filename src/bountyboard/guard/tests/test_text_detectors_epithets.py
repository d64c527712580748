"""Someone singled out by a trait and what she does at a named place, with no name ("the redhead who pulls pints at
the Crown in Kettlesby"): weak evidence that blocks beside sexual words (session 45, round 50). Generic figures,
works, drawn media and texts with nothing sexual stay nobody's. Every place here is invented for these tests.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.epithets import SOURCE_EPITHET
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def epithets(scanner: TextScanner, text: str) -> list[str]:
    return [s.text or "" for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON and s.source == SOURCE_EPITHET]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("the redhead who pulls pints at the Crown in Kettlesby, in lingerie, realistic", "the redhead"),
        ("Esa pelirroja que vende fruta en el puesto de Tarrawong, en bikini, foto realista", "Esa pelirroja"),
        ("Ta wysoka, co sprzedaje bilety w kinie Orzeł w Kępinie, w bieliźnie, zdjęcie", "Ta wysoka"),
        ("Ta zrzavá, co prodává chleba v pekárně Klásek v Kettlesby, ve spodním prádle, fotka", "Ta zrzavá"),
        ("la mora che lavora al forno di Tarrawong, in lingerie sul letto, foto", "la mora"),
    ],
)
def test_a_trait_and_a_job_at_a_named_place_block_beside_sexual_words(scanner: TextScanner, text: str, who: str) -> None:
    assert epithets(scanner, text) == [who]
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "A woman who runs a bakery, in lingerie",  # no article that points: anyone
        "The red dress that she wears at Kettlesby, sexy",  # no verb of a job or a daily round
        "the redhead who pulls pints at the Crown in Kettlesby, watercolour portrait",  # nothing sexual
        "the redhead who works at the tavern, in lingerie",  # no place that names
        "the redhead who works at the Crown in Kettlesby, anime girl, in lingerie",  # a drawn medium
    ],
)
def test_generic_figures_plain_mentions_and_drawn_ones_are_nobody(scanner: TextScanner, text: str) -> None:
    assert epithets(scanner, text) == []
