"""The cast-actor detector: in a text about a work of fiction, a name cast "as" another capitalised name is the
actor who plays the part (invented actors and characters)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.detectors.cast_actors import SOURCE_CAST_ACTOR
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def cast(scanner: TextScanner, text: str) -> list[str]:
    return [s.text or "" for s in scanner.scan(text) if s.source == SOURCE_CAST_ACTOR]


@pytest.mark.parametrize(
    ("text", "actor", "decision"),
    [
        ("Kelvport fanart\nAngela Vexmoor als Eva van Torrel, in zwarte lingerie op een hotelbed", "Angela Vexmoor",
         Decision.BLOCK),
        ("Wataha – fanart\nChcę Leszka Vexmoora jako Wiktora Torrela, bez koszulki. Może być trochę pikantnie.",
         "Leszka Vexmoora", Decision.BLOCK),
        ("fan art of the series Kelvport: Marta Vexmoor as Ines Torrel on the harbour, watercolour", "Marta Vexmoor",
         Decision.CONSENT_REQUIRED),
        # "in the role of" before the character; in Turkish the character and the cast word after the name, whose
        # case ending is not the name's (session 24)
        ("Kelvport fanart\nOrla Vexmoor in der Rolle von Ines Torrel, Filmplakat", "Orla Vexmoor",
         Decision.CONSENT_REQUIRED),
        ("Kelvport fanart: Orla Vexmoor w roli Kasi, plakat", "Orla Vexmoor", Decision.CONSENT_REQUIRED),
        ("Kelvport dizisi fan art: Orla Vexmoor'u Ines rolünde, iç çamaşırıyla yatakta", "Orla Vexmoor",
         Decision.BLOCK),
    ],
)  # fmt: skip
def test_an_actor_cast_as_a_character_in_fan_art_is_a_person(
    scanner: TextScanner, text: str, actor: str, decision: Decision
) -> None:
    assert cast(scanner, text) == [actor]
    assert Policy().decide(scanner.scan(text)).decision is decision


@pytest.mark.parametrize(
    "text",
    [
        "fan art of my OC Mara Vexmoor as Sailor Moon, pastel colours",  # the text says its people are invented
        "Pippi Langstrumpf als Fanart, Comicstil",  # cast as a word, no character
        "fanart: Harry Potter as Hermione Granger, watercolour",  # a listed character
        "Angela Vexmoor als Eva van Torrel, schilderij",  # no work named: the given-name rule's case, not this one's
        "Kelvport dizisi fan art: Kötü Kedi Şerafettin olarak, sticker",  # words before the character, no given name
    ],
)
def test_no_cast_actor_without_a_work_or_for_invented_people_and_words(scanner: TextScanner, text: str) -> None:
    assert cast(scanner, text) == []
