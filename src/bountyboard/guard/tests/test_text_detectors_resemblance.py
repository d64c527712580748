"""A demand that the picture look like someone ("Must look like him", "gezicht moet herkenbaar blijven"): a likeness
frame for every name shape, a moderator's case where no name is found, a refusal when sexual (session 35)."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import LIKENESS_CONTEXT, LIKENESS_CONTEXT_SEXUAL, Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.resemblance import SOURCE
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.fixture(scope="module")
def rules() -> TextScanner:
    """The rules alone: the demand decides without the learned reading."""
    return TextScanner(TextConfig(likeness_context=False))


def demands(scanner: TextScanner, text: str) -> bool:
    return any(s.kind is SignalKind.LIKENESS_INTENT and s.source == SOURCE for s in scanner.scan(text))


@pytest.mark.parametrize(
    "text",
    [
        "poster of our darts hero at the oche, must look like him",
        "keep the face recognisable, dwarf cleric",
        "en chevalier, il faut qu'on la reconnaisse tout de suite",
        "como bombero, que se parezca a él",
        "als Ritter, er muss erkennbar bleiben",
        "come cavaliere, deve somigliargli",
        "em cima de um trator, tem de ser parecido com ele",
        "jako rycerz, ma być rozpoznawalny",
        "jako rytíř, musí být poznat",
        "als ridder, gezicht moet herkenbaar blijven",
        "şövalye olarak, yüzü videolardaki gibi olsun",
    ],
)
def test_a_demand_for_a_recognisable_face_in_ten_languages(rules: TextScanner, text: str) -> None:
    assert demands(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "stadium at night, no real players recognisable, just silhouettes",
        "een blaaskapel met gekke hoeden, niemand herkenbaar",
        "kreskówkowy pszczelarz, nie ma być podobny do nikogo prawdziwego",
        "çay bahçesi, eski dergi çizgisine benzesin",  # a style it should look like
        "it should look like a watercolour",
    ],
)
def test_a_denied_demand_or_a_style_is_none(rules: TextScanner, text: str) -> None:
    assert not demands(rules, text), text


def test_the_demand_frames_a_name_shape_no_list_holds(rules: TextScanner) -> None:
    text = "kelby hardwick at the oche, darts, pub wall, 50 quid"
    assert Policy().decide(rules.scan(text)).decision is Decision.REVIEW
    assert Policy().decide(rules.scan(text + ", must look like him")).decision is Decision.CONSENT_REQUIRED


def test_without_a_name_a_moderator_decides_and_sexual_it_is_refused(rules: TextScanner) -> None:
    plain = Policy().decide(rules.scan("poster of our local darts hero throwing at the oche, must look like him"))
    assert plain.decision is Decision.REVIEW and plain.reasons[0].code == LIKENESS_CONTEXT
    sexual = Policy().decide(rules.scan("la chanteuse du bal, en lingerie sur le lit, sexy, il faut qu'on la reconnaisse"))
    assert sexual.decision is Decision.BLOCK and LIKENESS_CONTEXT_SEXUAL in {r.code for r in sexual.reasons}


def test_a_found_name_with_the_demand_beside_sexual_words_is_refused(scanner: TextScanner) -> None:
    text = "Kelby Hardwick im Bett, sexy, als Comicfigur, er muss erkennbar bleiben"
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK
