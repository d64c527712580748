"""The open lists of fictional characters and museum artists, trusted only in context (decision 0026).

Characters and artists are real entries of the shipped lists (Wikidata, FiveThirtyEight's comic characters,
the MoMA, Tate and National Gallery of Art open data); the people beside them are made up for these tests,
except the public figures of the gazetteer, named to show that a shared surname does not make them fiction.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text import shipped
from bountyboard.guard.text.context_lists import (
    SOURCE_MUSEUM_ARTISTS,
    SOURCE_OPEN_CHARACTERS,
    SOURCE_OPEN_CHARACTERS_NAME_LIKE,
    family_name_first,
    museum_artists,
    open_characters,
)
from bountyboard.guard.text.detectors.style_artists import SOURCE_STYLE_FUZZY
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

KNOWN = {
    "dictionary": frozenset({"black", "canary", "case", "word"}),
    "given_names": frozenset({"rachel", "joyce", "sam", "ben"}),
    "surnames": frozenset({"johnson", "fisher", "smith"}),
    "places": frozenset({"paris"}),
}


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


def kinds(scanner: TextScanner, text: str) -> dict[SignalKind, set[str]]:
    out: dict[SignalKind, set[str]] = {}
    for signal in scanner.scan(text):
        out.setdefault(signal.kind, set()).add(signal.source)
    return out


# -- what the loaders keep ------------------------------------------------------------------------


def test_the_shipped_files_hold_thousands_of_names_of_many_works() -> None:
    characters = shipped.shipped_open_characters()
    artists = shipped.shipped_museum_artists()
    assert len(characters) > 40_000
    assert len(artists) > 25_000
    assert {"Joyce Byers", "Kyle Broflovski", "Boba Fett", "Gaara"} <= set(characters)
    assert {"Hendrik Willem Mesdag", "Ignacio Zuloaga", "Toshi Yoshida"} <= set(artists)


def test_a_character_another_list_decides_is_left_to_it() -> None:
    loaded = open_characters(["Abraham Lincoln", "Boba Fett"], decided=frozenset({"abraham lincoln"}), **KNOWN)
    assert [e.key for e in loaded] == ["boba fett"]


def test_ordinary_names_titles_and_joined_names_are_not_loaded() -> None:
    rows = ["Rachel Johnson", "Doctor Fisher", "Uncle Ben", "Richard and Mary Parker", "Finnick's son", "The Key"]
    assert open_characters(rows, decided=frozenset(), **KNOWN) == []


def test_one_word_characters_must_be_distinctive() -> None:
    rows = ["Gaara", "Paris", "Case", "Sam", "Fisher", "Kira"]  # a place, a word, a given name, a surname, short
    assert [e.key for e in open_characters(rows, decided=frozenset(), **KNOWN)] == ["gaara"]
    # session 38: the dictionary holds no proper nouns, so a day or a month is read as the word it is ("by Friday")
    assert open_characters(["Friday", "September"], decided=frozenset(), **KNOWN) == []


def test_name_like_characters_are_tagged_and_every_entry_needs_context() -> None:
    loaded = {e.key: e for e in open_characters(["Joyce Byers", "Boba Fett", "Black Canary"], decided=frozenset(), **KNOWN)}
    assert loaded["joyce byers"].sources == [SOURCE_OPEN_CHARACTERS_NAME_LIKE]
    assert loaded["boba fett"].sources == [SOURCE_OPEN_CHARACTERS]
    assert loaded["black canary"].capitalised_only
    assert all(e.needs_context and e.category is Category.FICTIONAL for e in loaded.values())


def test_museum_artists_are_artists_that_need_a_style_cue() -> None:
    loaded = museum_artists(["Ignacio Zuloaga", "Frida Kahlo", "Paris"], decided=frozenset({"frida kahlo"}), **KNOWN)
    assert [(e.key, e.category, e.sources, e.needs_context) for e in loaded] == [
        ("ignacio zuloaga", Category.ARTIST, [SOURCE_MUSEUM_ARTISTS], True)
    ]


# -- characters -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kyle Broflovski eating pizza on a rooftop",
        "Kyle Broflovski mange une pizza sur un toit",
        "Boba Fett bebiendo café en un bar",
        "Boba Fett trinkt Kaffee in einer Bar",
        "Gaara medita nel deserto al tramonto",
        "Jim Hopper lendo o jornal na cozinha",
        "Jim Hopper czyta gazetę w kuchni",
        "Butters Stotch a Kyle Broflovski se hádají v kuchyni",
        "Kyle Broflovski drinkt koffie in een eetcafé",
        "Jim Hopper mutfakta gazete okuyor",
    ],
)
def test_a_listed_character_in_a_plain_scene_is_allowed(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW
    assert SignalKind.FICTIONAL_CHARACTER in kinds(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "LoRA of Kyle Broflovski, the real one",
        "Boba Fett, photorealistic portrait, dslr",
        "dataset de Jim Hopper pour un LoRA",
        "Jim Hopper, der Schauspieler, im Café",
        "a selfie of Jim Hopper at the beach",
        "portrait of Jim Hopper in a red coat",
    ],
)
def test_a_character_name_where_a_real_person_is_sought_is_not_vetoed(scanner: TextScanner, text: str) -> None:
    found = kinds(scanner, text)
    assert SignalKind.FICTIONAL_CHARACTER not in found
    assert decide(scanner, text) is not Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Jim Hopper nackt im Bett",
        "Kyle Broflovski nago pod prysznicem",
        "Boba Fett desnudo en la ducha",
    ],
)
def test_sexual_text_keeps_the_name_shape_reading(scanner: TextScanner, text: str) -> None:
    assert SignalKind.FICTIONAL_CHARACTER not in kinds(scanner, text)
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "Dennis Hopper nackt im Bett",  # Jim Hopper is a character; Dennis Hopper a listed actor
        "Britney Spears in a thong on the beach",  # Lucy Spears is a character
        "Jennifer Connelly nue sous la douche",  # Ted Connelly is a character
    ],
)
def test_a_real_person_sharing_a_surname_with_a_character_stays_a_person(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.BLOCK
    assert SignalKind.PERSON_NAME in kinds(scanner, text)


def test_a_one_word_character_after_a_given_name_is_a_surname(scanner: TextScanner) -> None:
    # "Skinner" is a character of the open list; "Dana Skinner" a person
    assert decide(scanner, "Dana Skinner drinking coffee, mirror selfie") is Decision.CONSENT_REQUIRED
    assert decide(scanner, "Skinner drinking coffee in a diner, comic panel") is Decision.ALLOW


# -- artists ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a harbour at dusk in the style of Hendrik Willem Mesdag",
        "un port au crépuscule à la manière de Hendrik Willem Mesdag",
        "la casa de mi abuela pintada como Ignacio Zuloaga",
        "ein Hafen in der Dämmerung, gemalt wie Ignacio Zuloaga",
        "la casa di mia nonna dipinta come Ignacio Zuloaga",
        "um porto ao entardecer no estilo de Toshi Yoshida",
        "port o zmierzchu w stylu Toshi Yoshida",
        "přístav za soumraku, namalovaný jako Toshi Yoshida",
        "een haven in de schemering, in de stijl van Toshi Yoshida",
        "Hendrik Willem Mesdag tarzında alacakaranlıkta bir liman",
    ],
)
def test_a_museum_artist_beside_a_style_cue_is_a_style(scanner: TextScanner, text: str) -> None:
    found = kinds(scanner, text)
    assert SignalKind.STYLE_REFERENCE in found
    assert SignalKind.NER_PERSON not in found
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "a harbour at dusk in the style of hendrik willem mesdak",
        "portada de novela, pintada a la manera de zuloga",
        "Hendrik Wilem Mesdag tarzında bir liman",
        "ein Hafen, gemalt wie Ignacio Zuluaga",
    ],
)
def test_a_misspelt_artist_beside_a_style_cue_is_a_style(scanner: TextScanner, text: str) -> None:
    sources = kinds(scanner, text).get(SignalKind.STYLE_REFERENCE, set())
    assert SOURCE_STYLE_FUZZY in sources


def test_the_style_cue_is_no_part_of_a_name(scanner: TextScanner) -> None:
    # "nonna dipinta" was read as a lower-case given name and surname
    assert decide(scanner, "la casa di mia nonna dipinta come carl spitzweg") is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ignacio Zuloaga in the shower, nude, photo", Decision.BLOCK),
        ("portrait of Anna Kowalczyk painted like Ignacio Zuloaga", Decision.CONSENT_REQUIRED),
        ("photo of Toshi Yoshida at the beach", Decision.CONSENT_REQUIRED),
    ],
)
def test_an_artist_without_a_style_cue_or_a_person_beside_one_is_still_a_person(
    scanner: TextScanner, text: str, expected: Decision
) -> None:
    assert decide(scanner, text) is expected


def test_no_misspelt_artist_without_a_cue(scanner: TextScanner) -> None:
    assert SOURCE_STYLE_FUZZY not in kinds(scanner, "Ignacio Zuluaga at the beach").get(SignalKind.STYLE_REFERENCE, set())


@pytest.mark.parametrize("text", ["Toshi Yoshida look, beach photo", "Toshi Yosida vibes, beach photo"])
def test_a_look_after_an_open_list_artist_is_no_style(scanner: TextScanner, text: str) -> None:
    # "X look" may be a person's look: only the plain style words follow a name of the long open lists
    assert SignalKind.STYLE_REFERENCE not in kinds(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "oil on canvas, by j. c. leyendecker and edmund blair leighton",  # a given name opening a longer name
        "painted by zuloga blanco, at dusk",  # a word no dictionary holds follows: the start of a longer name
    ],
)
def test_one_misspelt_word_is_a_surname_only_alone(scanner: TextScanner, text: str) -> None:
    styles = [s for s in scanner.scan(text) if s.kind is SignalKind.STYLE_REFERENCE and s.source == SOURCE_STYLE_FUZZY]
    assert all(" " in (s.text or "") or "." in (s.text or "") for s in styles)


def test_east_asian_characters_are_also_listed_family_name_first() -> None:
    entries = [
        ListedName("rei ayanami", "Rei Ayanami", Category.FICTIONAL),
        ListedName("jin woo sung", "Jin-Woo Sung", Category.FICTIONAL),
        ListedName("peter griffin", "Peter Griffin", Category.FICTIONAL),  # nobody writes "griffin peter"
        ListedName("mika tanaka", "Mika Tanaka", Category.PUBLIC),  # people are not turned round
        ListedName("asuka langley soryu", "Asuka Langley Soryu", Category.FICTIONAL),
    ]
    turned = family_name_first(entries, decided=frozenset())
    assert [(e.key, e.display) for e in turned] == [("ayanami rei", "Rei Ayanami"), ("sung jin woo", "Jin-Woo Sung")]
    assert family_name_first(entries[:1], decided=frozenset({"ayanami rei"})) == []  # another list decides it


def test_a_listed_character_written_family_name_first_is_that_character(scanner: TextScanner) -> None:
    signals = scanner.scan("ayanami rei nude, plugsuit")
    assert [s.label for s in signals if s.kind is SignalKind.FICTIONAL_CHARACTER] == ["rei ayanami"]
    assert Policy().decide(signals).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 16: a museum artist as a tag of its own, in a text that names a painting medium, is a style
        ("harbour at dusk, norman gorbaty, thick outlines, oil on canvas", Decision.ALLOW),
        ("port au crépuscule, (norman gorbaty:1.2), huile sur toile", Decision.ALLOW),
        # no medium, sexual words, or a model of the person: the name stays a name
        ("harbour at dusk, norman gorbaty, thick outlines", Decision.CONSENT_REQUIRED),
        ("norman gorbaty, nude, oil on canvas", Decision.BLOCK),
        ("lora of norman gorbaty, oil painting", Decision.CONSENT_REQUIRED),
    ],
)
def test_a_museum_artist_tagged_beside_a_painting_medium_is_a_style(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 23: "like" a museum artist, in a text about a painting's kind, brushwork or medium, is their manner
        ("Natura morta con bottiglie e vasi in toni grigi e rosa, come Norman Gorbaty. 4 varianti.", Decision.ALLOW),
        ("still life with dusty bottles, like Norman Gorbaty", Decision.ALLOW),
        ("paesaggi alpini, pennellate filamentose come Norman Gorbaty", Decision.ALLOW),
        ("přístav za soumraku, akvarel, jako Norman Gorbaty", Decision.ALLOW),
        # no painting named, a likeness sought, or sexual words: the name stays a name
        ("a harbour at dusk, like Norman Gorbaty", Decision.CONSENT_REQUIRED),
        ("a woman who looks like Norman Gorbaty, oil painting", Decision.CONSENT_REQUIRED),
        ("nude still life, like Norman Gorbaty", Decision.BLOCK),
    ],
)
def test_a_museum_artist_like_whom_a_painting_is_made_is_a_style(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 34: an art movement, a printing technique or an art photographer's process says the same as a medium,
        # with a weight of two decimals ("1.25") or none
        ("pascoli alpini, (norman gorbaty:1.1), divisionismo, luce d'alta quota", Decision.ALLOW),
        ("einsames Haus am Deich, (Norman Gorbaty:1.25), Neue Sachlichkeit", Decision.ALLOW),
        ("campagna nella nebbia, (norman gorbaty:1.3), fotografia analogica", Decision.ALLOW),
        ("(Norman Gorbaty:1.2), kids playing in a street, raw expressive oil paint", Decision.ALLOW),
        # no movement or medium, a likeness sought, or sexual words: the name stays a name
        ("einsames Haus am Deich, (Norman Gorbaty:1.25)", Decision.CONSENT_REQUIRED),
        ("portrait of (norman gorbaty:1.2), divisionismo", Decision.CONSENT_REQUIRED),
        ("(norman gorbaty:1.2), nude, surrealism", Decision.BLOCK),
    ],
)
def test_a_museum_artist_tagged_beside_an_art_movement_is_a_style(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected
