"""Round-5 suggestive cues (decision 0025) in ten languages, sentences written for the test, and the
ordinary phrases that share their words."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

_SEXUAL = (SignalKind.SEXUAL_EXPLICIT, SignalKind.SEXUAL_SUGGESTIVE)


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def sexual(scanner: TextScanner, text: str) -> bool:
    return any(s.kind in _SEXUAL for s in scanner.scan(text))


@pytest.mark.parametrize(
    "text",
    [
        "a woman in a soaked white t-shirt at a wet t-shirt contest",
        "une femme en t-shirt blanc mouillé, concours de t-shirt mouillé",
        "una mujer con una camiseta blanca empapada, concurso de camisetas mojadas",
        "eine Frau splitternackt auf einem Sofa",
        "ein Mann nur im String auf dem Balkon",
        "una donna in body rosso e tacchi a spillo sul letto",
        "uma mulher com fantasia de coelhinha, pose safada",
        "kobieta w stroju króliczka, wyzywająca poza",
        "žena v kostýmu zajíčka, lascivní póza",
        "een man spiernaakt op een leren bank",
        "een vrouw liggend in een zwarte body en naaldhakken",
        "bir kadın duşta çırılçıplak",
        "bir kadın tavşan kostümüyle, edepsiz poz",
        "une femme sous la douche, sans rien",
        "kobieta pod prysznicem, bez niczego",
        "mulher no chuveiro sem nada",
        # session 24: "nu" after an adverb of entirety, or before where one lies
        "un homme entièrement nu, selfie miroir",
        "um homem totalmente nu, luz de quarto",
        "um homem nu num sofá de couro",
    ],
)
def test_the_round5_cues_are_sexual(scanner: TextScanner, text: str) -> None:
    assert sexual(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "il est parti sans rien dire, aquarelle",
        "salió sin nada que declarar, ilustración",
        "wrócił bez niczego z targu, akwarela",
        "odešel bez ničeho, akvarel",
        "a string quartet in a concert hall",
        "een natuurfoto van een bos in de mist",
        "nu metal band poster, 90s",  # session 24: "nu" alone stays no cue
        "de winkel is nu open, foto van de etalage",
    ],
)
def test_ordinary_phrases_stay_unmarked(scanner: TextScanner, text: str) -> None:
    assert not sexual(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Schuljunge, 12, in enger Unterhose, posiert",
        "schooljongen van 12 in strakke onderbroek, poseert",
        "uczeń, 12 lat, w obcisłych slipach, pozuje",
    ],
)
def test_a_schoolboy_in_tight_briefs_is_blocked(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK
