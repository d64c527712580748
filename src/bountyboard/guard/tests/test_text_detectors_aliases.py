"""One-word stage names and aliases beside a role: weak evidence (review), blocked with sexual words."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

SOURCE = "heuristic:alias-in-person-frame"


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def found(scanner: TextScanner, text: str) -> list[Signal]:
    return [s for s in scanner.scan(text) if s.source == SOURCE]


# Aliases made up for these tests.
@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("LoRA of brimzo, the streamer, face close-ups from her VODs", "brimzo"),
        ("the famous rapper tovaxi in the studio, portrait", "tovaxi"),
        ("LoRA de quelvo, la streameuse, gros plans", "quelvo"),
        ("la cantante yulexa en el escenario, foto de concierto", "yulexa"),
        ("il rapper drovik in studio, ritratto", "drovik"),
        ("raper zumbix na scenie, zdjęcie z koncertu", "zumbix"),
        ("zpěvačka lumira na pódiu, fotka z koncertu", "lumira"),
        ("de streamer kabrix achter zijn setup, portret", "kabrix"),
        ("ünlü şarkıcı nevrix sahnede, konser fotoğrafı", "nevrix"),
        ("die Sängerin vokalina auf der Bühne, Konzertfoto", "vokalina"),
    ],
)
def test_an_alias_beside_a_role_goes_to_a_moderator(scanner: TextScanner, text: str, alias: str) -> None:
    # Another name-shape rule may find the same word first ("cantante yulexa" in lower-case Spanish).
    signals = [s for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON]
    assert [s.text.lower().split()[-1] for s in signals] == [alias]
    assert Policy().decide(scanner.scan(text)).decision is Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "the streamer brimzo in lingerie, lewd",
        "la chanteuse quelvo nue, photo réaliste",
        "influencerka zumbix w bieliźnie, seksowna",
    ],
)
def test_an_alias_with_sexual_words_is_blocked(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "a singer on stage, concert photo, dramatic light",  # a role, then ordinary words
        "de streamer achter zijn setup, portret",  # Dutch words after the role
        "la cantante en el escenario, foto de concierto",
        "1girl, leaning forward, cityscape, night",  # "forward" is a sports role, not a stage-name role
        "anime girl, streamer setup, rgb lights",
        "LoRA de la streameuse, gros plans du visage",  # a French word after the role's comma
    ],
)
def test_a_role_without_an_alias_is_not_a_person(scanner: TextScanner, text: str) -> None:
    assert not found(scanner, text)
