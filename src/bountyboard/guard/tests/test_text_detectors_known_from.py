"""A given name alone, with where the poster knows the person from: a shop, a workplace, a platform or a town ("Emma
from the gym", "kuba z kępiny", "tomek z youtube"): weak evidence that blocks beside sexual words, asks for consent
beside a platform, and pictures a private person from photographs beside a workplace; works, characters,
drawn media and words stay nobody (session 44, written from the forms session 43 left out, before round 49 was read).

Every person and every town here is invented for these tests.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.known_from import SOURCE_KNOWN_FROM
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


def known_from(scanner: TextScanner, text: str) -> list[str]:
    return [s.text or "" for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON and s.source == SOURCE_KNOWN_FROM]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emma from the gym, sexy, in leggings", "Emma"),
        ("nadia from accounts in lingerie, 8k", "nadia"),  # a lower-case text
        ("Julie from Wirrimbi in lingerie", "Julie"),  # a town no list holds
        ("kuba z kępiny bez koszulki", "kuba"),  # a town in a Polish case, lower-case
        ("Ola z siłowni, zdjęcia w bieliźnie", "Ola"),  # "from the gym"
        ("Anke uit Tarrawong in lingerie", "Anke"),
        ("Carla aus Kettlesby in Unterwäsche, Fotos", "Carla"),
        ("Kettlesby'deki Elif bikinili fotoğrafları", "Elif"),  # Turkish sets the place first
        ("Tony from the bakery, naked", "Tony"),  # session 41's shop, read here since session 44
    ],
)
def test_a_given_name_with_where_the_poster_knows_them_from_blocks_beside_sexual_words(
    scanner: TextScanner, text: str, name: str
) -> None:
    assert known_from(scanner, text) == [name]
    assert decide(scanner, text) is Decision.BLOCK


def test_a_given_name_on_a_platform_is_a_creator_whose_consent_is_asked(scanner: TextScanner) -> None:
    assert known_from(scanner, "tomek z youtube jako rycerz") == ["tomek"]
    assert decide(scanner, "tomek z youtube jako rycerz") is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        "Dawn from the office, a portrait from the photos I took at the party",
        "LoRA of Nadia z siłowni, zdjęcia w załączniku",
    ],
)
def test_a_given_name_from_a_workplace_pictured_from_photos_is_a_private_person(
    scanner: TextScanner, text: str
) -> None:
    assert known_from(scanner, text)
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Elara from Starfall Chronicles in lingerie",  # a work's title continues
        "Anna from Frozen in a bikini",  # a word: a film
        "Rose from the ashes, sexy phoenix woman",  # a word opening a sentence
        "sexy Lara from the tavern, fantasy elf",  # a fiction frame
        "my OC Nadia from Wirrimbi, anime girl, bikini",  # a drawn medium
        "Julie from Wirrimbi, a children's story about a girl and her kite, watercolour",
        "Kobieta z Kępiny w bikini",  # "a woman": no given name
        "Julie from Wirrimbi sent me her kite design",  # nothing sexual, no photographs, no platform
        "Maria from Tarrawong, portrait from photos",  # a town counts beside sexual words only
        "kat brennock from harbourside, low-cut top, seductive look",  # a full name: the name-pair rules read it
        "Lena z hry Dark Harbor, nahá",  # "from the game"
        "Marta de Lucena en bikini, óleo",  # a surname's particle, no town
    ],
)
def test_works_words_characters_and_plain_mentions_are_nobody(scanner: TextScanner, text: str) -> None:
    assert known_from(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "daz from wirrimbi, naked in a hot tub",  # a nickname no language holds, opening the line
        "kalender: ecki vom freibad, oben ohne",
        # session 45, before round 50 was read: inside a capitalised sentence, and after an adjective
        "Need nude pics of daz from Tarrawong, the one who drives the school bus.",
        "Lingerie pics of Big Daz from Wirrimbi please",
        "lingerie set of old kez from kettlesby",
    ],
)
def test_a_nickname_opening_a_tag_stands_where_a_given_name_would(scanner: TextScanner, text: str) -> None:
    assert known_from(scanner, text)
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "bloke from the pub, shirtless",  # a word for a person, no nickname
        "elf from rivendell, nude",  # a word of a language
        "Sexy pics of emma from wirrimbi in prose that writes Emma",  # a given name in lower case in a capitalised line
        "a tall man in a grey coat, from the series, walking past the chemist from Wirrimbi",
    ],
)
def test_words_for_people_and_words_of_a_language_are_no_nickname(scanner: TextScanner, text: str) -> None:
    assert known_from(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "margaux prévost de twitch en armure de chevalière, fan art, style anime",  # drawn: a creator still
        "Jarmila Nováková z YouTube jako víla",
    ],
)
def test_a_full_name_on_a_platform_is_a_creator_whose_consent_is_asked(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED
