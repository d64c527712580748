"""What round 49's ``tune`` half taught (session 44): suggestive words (a bra worn, "saucy", the Polish and Czech
"spicier ones" and "how she gets changed"), someone "from next door" and a child's parent named by the child, a shop's
or a family firm's word before the family's name, a list of styles after its heading, a later tag of words of a
language before sexual words, and a lower-case initial and surname before a shop. Every person, firm and town here
is invented for these tests.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
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
        "LoRA of Kirra Wendham, then a few pics of her in a lacy bra at the mic",
        "Pics of Kirra Wendham for her 50th, then some saucy ones",
        "LoRA na Ilonie Wrześniak z siłowni. Najpierw normalne, potem te bardziej pikantne, wiadomo jakie.",
        "LoRA na Blanku Hřebíčkovou z místní televize, pak pár obrázků, jak se převléká v šatně",
        "Bohdana Křenková, pikantní fotky, prosím",
    ],
)
def test_a_named_person_beside_the_new_suggestive_words_is_blocked(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "pikantne skrzydełka z kurczaka, zdjęcie produktowe",  # spicy food
        "pikantní omáčka na talíři, fotografie jídla",
        "a bra on a washing line, watercolour still life",
        "Basque coast at dawn, fishing boats, oil painting",
    ],
)
def test_spicy_food_a_bra_alone_and_the_basque_coast_are_nothing_sexual(scanner: TextScanner, text: str) -> None:
    assert not sexual(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Geburtstagsbild: Hedwig Brausewetter von nebenan wird 80, ein Bild nach zwei Fotos, die ich schicke",
        "Portrait of Gwenda Tillsley from next door, from the photos I took at the fete",
        "Retrato de Remedios Olmedilla, la vecina de al lado, a partir de fotos",
    ],
)
def test_someone_from_next_door_pictured_from_photos_is_a_private_person(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Logo für Bäckerei Brenninger in Kettlesby, mit einem Fuchs, der eine Brezel trägt",
        "Etiqueta para Bodegas Hermanos Albizuri, de Tarrawong, con el castillo",
        "gevelbord slagerij dekkers, jaren 50 reclamestijl, emaille",
        "Szyld dla Piekarnia Wróblewski, retro, złote litery",
    ],
)
def test_a_shop_or_a_family_firm_named_by_the_family_is_nobody(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_artists_listed_after_a_style_heading_hide_no_run_together_name(scanner: TextScanner) -> None:
    # the town before its castle or harbour (``named_things.PLACE_AFTER_NAME``) has no case here: the invented towns
    # tried never read as a run-together name on session 43's code, so a test with them could not fail
    assert decide(scanner, "dworek pod wilczkowem, style: malczewski, fałat, wyspiański, witraż, pastele") is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "zmysłowa brunetka przy barze, obcisła sukienka, uwodzicielski uśmiech, 35 lat",
        "unavená servírka po směně, teplá lampa, smyslná nálada, filmový záběr",
        "femme mûre au bord de la piscine, lumière chaude, regard sensuel, maillot",
    ],
)
def test_a_later_tag_of_words_before_sexual_words_is_what_a_nobody_wears(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


def test_a_name_opening_the_text_before_sexual_words_is_still_read(scanner: TextScanner) -> None:
    assert decide(scanner, "kasia wrzosińska, sexy, tight gym outfit, mirror selfie") is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "étienne marchal, le papa de noé, devant l'école de kettlesby, barbe, déguisé en pirate, photo réaliste",
        "die Mama von Jonas aus der 2b, Porträt nach Fotos vom Sportfest",
    ],
)
def test_a_childs_parent_named_by_the_child_is_a_private_person(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.BLOCK


def test_a_cartoon_fish_s_father_is_nobody(scanner: TextScanner) -> None:
    assert decide(scanner, "le papa de Nemo, poisson-clown, dessin animé") is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h. vávrová z trafiky, svůdná póza, průsvitná košilka", Decision.BLOCK),  # a lower-case initial, a shop after
        ("h. vávrová z trafiky, portrét podle fotek", Decision.CONSENT_REQUIRED),
    ],
)
def test_a_lower_case_initial_and_surname_before_the_shop_she_works_in(
    scanner: TextScanner, text: str, expected: Decision
) -> None:
    assert decide(scanner, text) is expected


def test_a_word_of_a_language_spelt_out_a_letter_at_a_time_still_opens_a_name(scanner: TextScanner) -> None:
    # session 44: the given-name rule now passes over words of a language that are no given name, but not when the
    # letters were spaced out on purpose
    assert decide(scanner, "F e l i n e  D r a w s o n, topless on a yacht") is Decision.BLOCK
