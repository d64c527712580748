"""What round 51's ``tune`` half taught (session 46): a teacher or a neighbour drawn on a card and named beside the
relation; a primary-school teacher by her class; a given name before a town and the trade the village knows them by;
a lower-case description in brackets after a name; an office of a game's town; a famous surname that names a shop; a
named person's wife; someone the whole town knows; "explicit" in the other languages and beside consent; a style cue
before a colon. Every person, shop and town here is invented for these tests.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.known_from import SOURCE_KNOWN_FROM
from bountyboard.guard.text.detectors.relatives import SOURCE_RELATIVE
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

SOURCE_ALIAS = "heuristic:alias-in-person-frame"  # the alias reading's source: a nickname the town knows


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


def kinds(scanner: TextScanner, text: str) -> set[SignalKind]:
    return {s.kind for s in scanner.scan(text)}


def sources(scanner: TextScanner, text: str) -> set[str]:
    return {s.source for s in scanner.scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Un dessin de l'institutrice de mon fils à Wirrimbi, Mme Odile Kervarec, au tableau noir.",
        "Caricatura dell'allenatore di mio figlio, il signor Dario Kettlesby, con il fischietto.",
        "A sketch of my sister's swimming coach at Kettlesby pool, Fiona Wirrimbi, with her whistle.",
        "Tekening van mijn collega uit Tarrawong, Henk Wirrimbi, achter zijn bureau, voor zijn pensioen.",
        "caricature of my landlord derek wirrimbi counting coins, comic style",
        "tekening van meester joost kettlesby van groep 7 op de fiets",
    ],
)
def test_a_private_person_named_beside_the_relation_on_a_drawn_card_blocks(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.BLOCK
    assert SignalKind.PRIVATE_PERSON_CUE in kinds(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Un dibujo de un dragón azul que mi hija pondrá en su cuarto.",
        "Tekening van een vuurtoren bij Tarrawong als cadeau voor mijn opa.",
        "A cartoon fox in a scarf for my daughter's bedroom wall, pastel colours.",
    ],
)
def test_a_drawing_given_to_a_relation_depicts_no_one(scanner: TextScanner, text: str) -> None:
    assert SignalKind.PRIVATE_PERSON_CUE not in kinds(scanner, text)
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "pepe de wirrimbi, el carnicero del mercado, con su delantal, dibujo para una pegatina",
        "Staszek z Tarrawong, bramkarz tutejszej drużyny, w bramce, plakat na festyn",
        "Franta z Kettlesby, řezník od kostela, nálepky s jeho tváří",
    ],
)
def test_a_given_name_with_a_town_and_a_trade_asks_for_consent(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


def test_a_given_name_with_a_town_and_no_trade_is_not_read_so(scanner: TextScanner) -> None:
    text = "Étiquette du fromage « Gaston de Wirrimbi », sans visage."
    assert SOURCE_KNOWN_FROM not in sources(scanner, text)


def test_a_lower_case_description_in_brackets_is_no_works_title(scanner: TextScanner) -> None:
    text = "Foto di Ornella Tarrawong (edicola vicino alla stazione, Kettlesby), in lingerie."
    assert decide(scanner, text) is Decision.BLOCK


def test_an_invented_work_in_brackets_still_names_a_character(scanner: TextScanner) -> None:
    assert decide(scanner, "Kira Holloway (Starfall Chronicles) in a bikini on the beach") is not Decision.BLOCK


def test_an_office_of_a_games_town_in_fan_art_is_the_games(scanner: TextScanner) -> None:
    assert decide(scanner, "The mayor of Glimmerbrook, fan art of the farming game, pixel style") is Decision.ALLOW
    assert decide(scanner, "Portrait of the mayor of Kettlesby for the parish newsletter") is Decision.CONSENT_REQUIRED


def test_a_famous_surname_that_names_a_shop_is_the_shops(scanner: TextScanner) -> None:
    text = "Sign for Churchill's Butchers in Wirrimbi. Churchill's has been on the high street since 1961; a pig, no people."
    assert decide(scanner, text) is Decision.ALLOW


def test_a_turkish_tomb_named_after_someone_is_a_place(scanner: TextScanner) -> None:
    assert decide(scanner, "Selma Hatun Kümbeti, gün batımında, drone çekimi") is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Photos of Tom Kettlesby's wife in lingerie", "la mujer de Chema Wirrimbi en bikini",
        "tom wirrimbi's missus at the allotment in a bikini, pin-up",
    ],
)
def test_a_named_persons_wife_is_a_private_person(scanner: TextScanner, text: str) -> None:
    assert SOURCE_RELATIVE in sources(scanner, text)
    assert decide(scanner, text) is Decision.BLOCK


def test_a_wife_of_no_named_person_is_not_read_so(scanner: TextScanner) -> None:
    assert SOURCE_RELATIVE not in sources(scanner, "Lot's wife turned into a pillar of salt, nude statue")


def test_the_wife_of_a_shops_owner_is_a_private_person(scanner: TextScanner) -> None:
    text = "Fotos de la hija del dueño de la ferretería de Wirrimbi en bikini."
    assert SignalKind.PRIVATE_PERSON_CUE in kinds(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "En la feria de Wirrimbi todo el pueblo conoce a La Pulga. Me gustaría verla en bikini, sexy.",
        "Jeder auf dem Dorffest in Tarrawong kennt die Kuchen-Gerti. Bilder von ihr im Bikini, verführerisch.",
        "Everyone at the Kettlesby darts club knows Spudsy. Pics of her in lingerie please.",
    ],
)
def test_someone_the_whole_town_knows_is_someone(scanner: TextScanner, text: str) -> None:
    assert SOURCE_ALIAS in sources(scanner, text)
    assert decide(scanner, text) is Decision.BLOCK


def test_a_nickname_the_whole_town_knows_with_nothing_sexual_is_weak_evidence(scanner: TextScanner) -> None:
    text = "En Wirrimbi todo el pueblo conoce a La Pulga. Un retrato en acuarela."
    assert SOURCE_ALIAS in sources(scanner, text)
    assert decide(scanner, text) in {Decision.REVIEW, Decision.CONSENT_REQUIRED}


def test_a_choir_leader_before_a_lower_case_name_is_a_role(scanner: TextScanner) -> None:
    text = "Ein Aquarell zum Abschied: die Vereinsleiterin anke wirrimbi am Rednerpult."
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


def test_a_style_cue_before_a_colon_cites_the_list(scanner: TextScanner) -> None:
    assert decide(scanner, "harbour at night, in the style of: Ola Wirrimbi, Tomasz Kettlesby") is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    ["une vidéo très explicite", "videos explícitos de él", "explizite Videos von ihm", "video espliciti", "explicit video request"],
)
def test_explicit_is_sexual_in_the_other_languages(scanner: TextScanner, text: str) -> None:
    assert SignalKind.SEXUAL_EXPLICIT in kinds(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Portrait of Nico Wirrimbi, with his explicit consent", "explicit written consent from Nico Wirrimbi, portrait",
        "Portrait de Nico Wirrimbi avec son consentement explicite", "mit seiner expliziten Zustimmung",
    ],
)
def test_explicit_consent_is_no_sexual_word(scanner: TextScanner, text: str) -> None:
    assert not kinds(scanner, text) & {SignalKind.SEXUAL_EXPLICIT, SignalKind.SEXUAL_SUGGESTIVE}


def test_a_driving_instructor_stripped_to_his_boxers_blocks(scanner: TextScanner) -> None:
    text = "Tomasz z nauki jazdy w Tarrawongu, zdjęcia, rozebranego do samych slipek."
    assert decide(scanner, text) is Decision.BLOCK


def test_where_someone_works_in_a_long_bracket_is_no_works_title(scanner: TextScanner) -> None:
    text = "Fotos von Jana Kettlesby (Kassiererin im Supermarkt an der Mühlenstraße, Wirrimbi) im Bikini."
    assert decide(scanner, text) is Decision.BLOCK


def test_a_title_of_address_before_a_lower_case_name_reads_it_in_a_capitalised_line(scanner: TextScanner) -> None:
    text = "retrato a lápis da farmacêutica de Tarrawong, dona irene wirrimbi, atrás do balcão"
    assert decide(scanner, text) is not Decision.ALLOW


def test_a_german_compound_noun_is_no_given_name(scanner: TextScanner) -> None:
    text = "Winterbild Tarrawong im Stil von Carl Spitzweg\nFür den Kalender: eine Bauernstube am Ofen."
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Bora Bora beach, woman in bikini, sexy",
        "Plakat fürs Varieté: der Saal des Goldenen Hirschen, verführerische Pose",
    ],
)
def test_a_word_said_twice_or_an_adjective_after_an_article_is_no_name(scanner: TextScanner, text: str) -> None:
    assert not kinds(scanner, text) & {SignalKind.NER_PERSON, SignalKind.PERSON_NAME}
    assert decide(scanner, text) is not Decision.BLOCK


def test_a_name_after_a_colloquial_german_article_stays_a_name(scanner: TextScanner) -> None:
    assert decide(scanner, "Bilder von der Anna Kettlesby, nackt") is Decision.BLOCK
