"""The fuzzy detector: misspelt listed names, anchored on the surname, with an artist veto."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.fuzzy_names import SOURCE_FUZZY, fold_transliteration
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


@pytest.mark.parametrize(
    "text",
    [
        "a cat named Portmann sleeping", "Emma Watson as Hermione", "portrait of a jolly baker",
        # round 15: an article opens a noun phrase, whatever listed name it is one letter from
        "een verzonnen boer bij een molen, schilderijachtig", "woman in downtown Los Angelas, 50mm photo",
    ],
)
def test_no_fuzzy_hit_for_words_exact_names_or_single_words(scanner: TextScanner, text: str) -> None:
    assert [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY] == []


# -- the public-figure gazetteer (Pantheon 1.0), misspelt in the ten languages -----------------------


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("iosif stalin as a cyborg, oil painting", "joseph stalin"),  # en: a transliterated given name
        ("Zinedine Zidan en chevalier médiéval", "zinedine zidane"),  # fr
        ("vicente del bosqe como astronauta", "vicente del bosque"),  # es: a name with a particle
        ("Uli Hoenes im Stil der Simpsons", "uli hoeneß"),  # de: ß written s, no likeness frame
        ("Silvio Berluscon come imperatore romano", "silvio berlusconi"),  # it
        ("Amália Rodriges cantando fado", "amália rodrigues"),  # pt
        ("Robert Lewandowsky jako rycerz", "robert lewandowski"),  # pl
        ("Vaclav Havell jako astronaut", "václav havel"),  # cs: diacritics stripped and a slip
        ("Marco van Bastem als astronaut", "marco van basten"),  # nl
        ("Orhan Pamukk astronot olarak", "orhan pamuk"),  # tr
        ("Tayyip Erdogan sultan olarak", "recep tayyip erdogan"),  # two of three names
    ],
)
def test_a_misspelt_famous_person_in_any_language(scanner: TextScanner, text: str, listed: str) -> None:
    hits = [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]
    assert [(s.kind, (s.label or "").lower()) for s in hits] == [(SignalKind.PERSON_NAME, listed)]
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text", ["Orhan Pamukk yatakta çıplak, gerçekçi fotoğraf", "frida kalho nude on a bed", "Uli Hoenes nackt im Bett"]
)
def test_a_misspelt_famous_person_with_sexual_words_is_blocked(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "in the style of frida kalho",
        "Berglandschaft im Stil von Frida Kalho",
        "scary stories by alvin schwartz",  # close to a listed physicist, cited as an author
    ],
)
def test_a_misspelt_name_cited_as_a_style_stays_allowed(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert all(s.kind is SignalKind.STYLE_REFERENCE for s in signals if s.source == SOURCE_FUZZY)
    assert Policy().decide(signals).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "una niña en el bosque encantado",  # "el bosque" is no misspelt Vicente del Bosque
        "pastel de nata num pires de porcelana",  # "de porcelana" is no Francisco de Orellana
        "kyle thompson photography",  # the given names must be alike too: no Lea Thompson
        "la place Charles de Gaule sous la neige",  # a square named after him
        "at mcdonald's drive-through at night",  # an initial is no given name: no John A. Macdonald
    ],
)
def test_no_fuzzy_person_from_particles_other_given_names_or_places(scanner: TextScanner, text: str) -> None:
    assert [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY and s.kind is SignalKind.PERSON_NAME] == []


@pytest.mark.parametrize(("given", "other"), [("iosif", "joseph"), ("josef", "joseph"), ("wladimir", "vladimir")])
def test_transliterations_fold_to_one_spelling(given: str, other: str) -> None:
    assert fold_transliteration(given) == fold_transliteration(other)


@pytest.mark.parametrize("text", ["tommy angelo, mafia game, 1930s", "a chef named gordon, ramsey kitchen"])
def test_two_items_of_a_list_are_no_misspelt_name(scanner: TextScanner, text: str) -> None:
    # round 16: "angelo, mafia" was read as "Ángel Di María" and "gordon, ramsey" as Gordon Ramsay
    assert [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY] == []


def test_a_saints_town_is_no_part_of_a_listed_name() -> None:
    # round 19: "san juan" is a town, not the last two words of "Antonia San Juan"; her whole name still counts
    scanner = TextScanner()
    assert Policy().decide(scanner.scan("rum bottle on a beach bar in san juan, palm trees, 8k")).decision is Decision.ALLOW
    assert Policy().decide(scanner.scan("antonia san juan in a red dress, photo")).decision is Decision.CONSENT_REQUIRED
    # nor is "san marino" a misspelt "Dan Marino"
    assert Policy().decide(scanner.scan("bambino che mangia un gelato in piazza a san marino, acquerello")).decision is (
        Decision.ALLOW
    )


@pytest.mark.parametrize(
    "text",
    [
        # round 20: a given name of its own before a listed surname is someone else ("Daniel" is no misspelt
        # "Ángel Cabrera"), unlike a slip or a spelling of the listed given name (the tests above)
        "liquid art, by Jose Daniel Cabrera Pena and Leonid Kozienko concept art",
        "portrait of daniel cabrera as a knight, oil painting",
        # session 19: the feminine given name of a listed man's masculine one, or the reverse, is another person's
        # ("Francisca" is no misspelt "Francesco Montenegro", "Aída" no "Adam Garcia"); "angeline jolie" still is
        "retrato de francisca montenegro como reina, óleo",
        "aída garcía tocando la guitarra en un bar, ilustración",
    ],
)
def test_another_given_name_before_a_listed_surname_is_no_misspelling(scanner: TextScanner, text: str) -> None:
    assert not [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]


def test_no_misspelling_is_guessed_where_the_text_wants_the_characters_not_the_actors(scanner: TextScanner) -> None:
    # session 17: "Frank Bomans" of a Flemish soap is no misspelt "Frank Borman" when the actors are ruled out
    text = "Frank Bomans en Marianne Bastiaens in bed na een ruzie, tekenstijl. Geen acteurs, alleen de personages."
    assert not [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]
    # ... unless the text seeks a real look all the same
    assert Policy().decide(scanner.scan("Scarlet Johanson nude, not the actress, photorealistic")).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # session 18: two frequent words in lower case are a phrase of a language, no misspelt listed name
        "una donna in abito rosso che balla sotto la pioggia, olio su tela",
        "Zwart-wit portretten van vissers, harde zwart-wit, diepe rimpels",
        # session 24: an Italian preposition joined to its article, though "alla" is a given name too
        "Santuzza disperata davanti alla chiesa la mattina di Pasqua, manifesto liberty",
    ],
)
def test_two_frequent_words_in_lower_case_are_no_misspelt_name(scanner: TextScanner, text: str) -> None:
    assert not [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]


def test_a_given_name_like_a_preposition_before_no_word_is_still_a_misspelt_name(scanner: TextScanner) -> None:
    assert [s for s in scanner.scan("alla pugachova sul palco, foto") if s.source == SOURCE_FUZZY]


def test_capitalised_frequent_words_may_still_be_a_misspelt_name(scanner: TextScanner) -> None:
    # "Rock Johnson": both words are frequent somewhere, but capitalised in a sentence they name someone
    assert Policy().decide(scanner.scan("in-game screenshot of Dwayne The Rock Johnson in Fortnite")).decision is not (
        Decision.ALLOW
    )


def test_a_conjunction_is_no_given_name(scanner: TextScanner) -> None:
    # session 19: "coke cans and mcdonalds boxes" is no misspelt "Ian McDonald"
    text = "film still of agents searching boxes filled with coke cans and mcdonalds boxes"
    assert not [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]


def test_a_given_name_is_no_misspelt_half_of_a_hyphenated_surname(scanner: TextScanner) -> None:
    # session 20: "marcel froidevaux" read as the artist François Marcela-Froideval ("marcela froideval", the
    # surname's two halves) and passed as a style; the first half written as it is still counts ("lena meyer landrutt")
    text = "marcel froidevaux maire de saignelegier, au marché-concours, foule, photo reportage"
    assert [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY] == []
    assert Policy().decide(scanner.scan("lena meyer landrutt als ägyptische Königin, Gemälde")).decision is Decision.CONSENT_REQUIRED


def test_a_misspelt_name_ruled_out_is_nobody(scanner: TextScanner) -> None:
    # session 22: "not gurmit singh" names a near listed person only to say the caricature is not of them
    text = "kelvar drune cartoon version, yellow boots, hdb void deck singapore, not gurmit singh, original caricature"
    assert not [s for s in scanner.scan(text) if s.detail.get("fuzzy")]
    assert [s for s in scanner.scan("gurmit singh cartoon version, yellow boots, hdb void deck") if s.detail.get("fuzzy")]


def test_another_given_name_before_a_listed_middle_name_and_surname_is_someone_else(scanner: TextScanner) -> None:
    # session 37: "Owain Wyn Evans" (a weather presenter) is not the artist Cerith Wyn Evans cited as a style
    text = "Owain Wyn Evans drumming in front of the weather map, cartoon, must be recognisable"
    assert not [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY]
    assert Policy().decide(scanner.scan(text)).decision is not Decision.ALLOW


def test_a_slip_in_each_word_finds_a_surname_written_as_a_word(scanner: TextScanner) -> None:
    # session 23: "kiera knightly" is Keira Knightley, although "knightly" is a word; one slip alone is not enough
    found = [s.label for s in scanner.scan("kiera knightly in a bikini on a yacht, sexy") if s.kind is SignalKind.PERSON_NAME]
    assert found == ["keira knightley"]
    assert not [s for s in scanner.scan("a knightly kiera in armour, oil painting") if s.kind is SignalKind.PERSON_NAME]


def test_a_word_that_is_never_a_name_opens_no_misspelt_name(scanner: TextScanner) -> None:
    # session 35: "alter köhler" (an old charcoal burner) is no misspelt listed person
    signals = scanner.scan("alter köhler namens sepp im wald, rauchender meiler, dokumentarfoto")
    assert not any(s.source == SOURCE_FUZZY for s in signals)
    assert Policy().decide(signals).decision is Decision.ALLOW
