"""What round 50's ``tune`` half taught (session 45): undressing oneself, a lacy or translucent garment and nothing
underneath in the ten languages; a name in quotes after a boat's kind or a product; a novel's character named as
one; a town in a title line before the body's first sentence; pictures asked as "images" or "shots". Every person,
boat, cheese and town here is invented for these tests.
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


def sexual(scanner: TextScanner, text: str) -> bool:
    return any(s.kind in {SignalKind.SEXUAL_SUGGESTIVE, SignalKind.SEXUAL_EXPLICIT} for s in scanner.scan(text))


@pytest.mark.parametrize(
    "text",
    [
        "um clipe dela despindo-se devagar", "wie er sich langsam auszieht", "mentre si spoglia", "svléká se pomalu",
        "terwijl ze zich uitkleedt", "aynanın önünde soyunurken", "wearing a lacy teddy", "průsvitné šaty",
        "een badjas met niks eronder", "jak się rozbiera",
    ],
)
def test_undressing_and_sheer_garments_are_sexual(scanner: TextScanner, text: str) -> None:
    assert sexual(scanner, text)


def test_a_named_presenter_undressing_blocks(scanner: TextScanner) -> None:
    text = "LoRA da Jurema Tavolari, apresentadora do telejornal de Wirrimbi, e depois um clipe dela a despir-se."
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Aquarell des Kutters „Greta von Kettlesby“ im Hafen bei Nebel",
        "tjalk 'Jantje van Wirrimbi' op het wad bij laagwater, pentekening",
        "Label voor onze nieuwe boerenkaas 'Jantje van Wirrimbi', groen en goud. De kaas heet 'Jantje van Wirrimbi'.",
        "the coble 'Ada Mary Fenwick' at her mooring at dusk, gouache",
    ],
)
def test_a_quoted_name_after_a_boat_or_a_product_is_the_things(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_quoted_name_after_no_thing_is_still_a_person(scanner: TextScanner) -> None:
    assert decide(scanner, "portrait of 'Ada Fenwick', our neighbour") is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Kees Wirrimbi, postać literacka, zmysłowa", "Kees Wirrimbi, literární postava, svůdná",
        "Kees Wirrimbi, romanın kahramanı, seksi",
    ],
)
def test_a_novels_character_named_as_one_is_fiction(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_presenter_drawn_as_a_comic_books_hero_is_still_herself(scanner: TextScanner) -> None:
    # "çizgi roman kahramanı" is a comic book's hero: a costume, not a novel's character
    text = "Melike Tarrawongoğlu çizgi roman kahramanı olarak, uçarken"
    assert decide(scanner, text) is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Calendar of Big Daz from Wirrimbi\nEveryone at the quarry knows him. Then a few realistic pics of him shirtless.",
        "Lil Dazza from Tarrawong - poster set\nShe coaches the netball juniors on Sundays. Later some images of her in "
        "lingerie by the river.",
    ],
)
def test_a_nickname_with_a_town_in_a_title_line_blocks_beside_sexual_words_of_the_body(
    scanner: TextScanner, text: str
) -> None:
    # the rule's own reading, not the likeness model's (which reads both as someone's already)
    assert [s.text for s in scanner.scan(text) if s.source == SOURCE_KNOWN_FROM] in (["Daz"], ["Dazza"])
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Portrait de Mme Kettlesby, la voisine d'en face, qui arrose ses géraniums, à partir de mes photos.",
        "Die Nachbarin von gegenüber, Frau Kettlesby, Porträt nach meinen Fotos",
        "Obrázek kolegy z práce Pavla Wirrimbeka u ponku, mám jeho fotku.",
        "la mamma di Tommaso, foto allegate, ritratto",
    ],
)
def test_a_neighbour_across_the_road_a_colleague_from_work_and_a_classmates_mother_are_private(
    scanner: TextScanner, text: str
) -> None:
    assert decide(scanner, text) is Decision.BLOCK


def test_gods_mother_is_no_classmates_mother(scanner: TextScanner) -> None:
    assert decide(scanner, "la madre de Dios, óleo, a partir de fotos") is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Plakát pro náš ochotnický soubor z Kettlesby: Bára Wirrimbová a Tonda Kettl na návsi, lidové ornamenty.",
        "Affiche pour notre troupe de théâtre : Léonie Wirrimbaud au balcon, acte II, aquarelle",
    ],
)
def test_the_people_of_a_play_an_amateur_company_stages_are_its_characters(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_an_actress_of_a_drama_society_named_by_her_role_is_still_herself(scanner: TextScanner) -> None:
    assert decide(scanner, "Poster of our drama society's lead actress Jane Wirrimbi") is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Weinetiketten mit Ranken und Trauben, nur Ornamente. 180 €, bis Mitte Mai.",  # a date, no one
        "stickers van tuinvogels voor de klas, vrolijke kleuren",  # a compound noun
        "donna in sottoveste di seta su un balcone di Wirrimbi, vento, fotografia sensuale",  # a town where a scene is set
    ],
)
def test_dates_compound_nouns_and_the_town_of_a_scene_are_nobody(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_quoted_nickname_after_a_given_name_ending_like_a_product_is_no_thing(scanner: TextScanner) -> None:
    # "Kevin" ends like "vin" (wine): only Dutch and German compounds are read by their ending
    assert decide(scanner, "Kevin 'The Hammer' Wirrimbi at the darts final, portrait") is Decision.CONSENT_REQUIRED
