"""The fuzzy detector: misspelt listed names, anchored on the surname, with an artist veto."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.fuzzy_names import SOURCE_FUZZY
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("nathalie portman as a queen", "natalie portman"),
        ("angeline jolie, oil portrait", "angelina jolie"),
        ("gordon ramsey cooking in a castle kitchen", "gordon ramsay"),
        ("Scarlet Johanson als Ritterin", "scarlett johansson"),
        ("retrato de Penelope Cruze en Madrid", "penelope cruz"),
    ],
)
def test_a_misspelt_public_figure_is_that_person(scanner: TextScanner, text: str, listed: str) -> None:
    hits = [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]
    assert [(s.kind, s.label.lower() if s.label else None) for s in hits][:1] == [(SignalKind.PERSON_NAME, listed)]
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


def test_a_misspelt_name_with_sexual_words_blocks(scanner: TextScanner) -> None:
    assert Policy().decide(scanner.scan("sophia vergara nude on the beach")).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    ["castle at dusk by greg rutkowsky", "Paisaje al estilo de greg rutkowsky, óleo", "poster, alfons mucah style"],
)
def test_a_misspelt_artist_stays_a_style(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert any(s.kind is SignalKind.STYLE_REFERENCE and s.source == SOURCE_FUZZY for s in signals) or not [
        s for s in signals if s.source == SOURCE_FUZZY
    ]
    assert Policy().decide(signals).decision is Decision.ALLOW


@pytest.mark.parametrize("text", ["a cat named Portmann sleeping", "Emma Watson as Hermione", "portrait of a jolly baker"])
def test_no_fuzzy_hit_for_words_exact_names_or_single_words(scanner: TextScanner, text: str) -> None:
    assert [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY] == []
