"""The surname-alone detector: the best-known people named by their surname only (decision 0032)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.surnames import SOURCE_SURNAME, well_known_surnames
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def surname_hits(scanner: TextScanner, text: str) -> list[str]:
    return [s.label or "" for s in scanner.scan(text) if s.source == SOURCE_SURNAME]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("khrushchev riding a bear, oil painting", "Nikita Khrushchev"),
        ("satanic hitler", "Adolf Hitler"),
        ("portrait of obama as a pharaoh, gold leaf", "Barack Obama"),
        ("bush as a soyjack, digital art, comic", "George W. Bush"),  # a word too: cast at the start
        ("a sketch of Cage in the rain, ink", "Nicolas Cage"),  # a word too: capitalised in a lower-case sentence
        ("gorbachev als Ritter in glänzender Rüstung", "Mikhail Gorbachev"),
        ("obama como astronauta, foto realista", "Barack Obama"),
        ("merkel jako królowa, obraz olejny", "Angela Merkel"),
        ("berlusconi en chevalier, peinture à l'huile", "Silvio Berlusconi"),
        ("mussolini, yağlı boya portre", "Benito Mussolini"),
        # round 10: right after what someone does to it
        ("vintage photograph of doc savage punching hitler clear detail", "Adolf Hitler"),
        ("a brown bear hugging putin warmly, watercolor", "Vladimir Putin"),
        # a weighted quality tag beside a weighted surname makes no list of weighted artists
        ("(masterpiece:1.2), (putin:1.2), riding a bear", "Vladimir Putin"),
        # round 11: a verb's third-person present after it ("bathes" -> "bathing", "cries" -> "crying")
        ("putin bathes in a pool with bears", "Vladimir Putin"),
        ("yeltsin punishes sinners in hell, scary color art", "Boris Yeltsin"),
        ("obama cries at the podium, photo", "Barack Obama"),
        # round 11: a rare baby name is no given name ("Stalin" was given to about a hundred American babies)
        ("stalin riding a bear, propaganda poster", "Joseph Stalin"),
        ("churchill as a bulldog, oil painting", "Winston Churchill"),
    ],
)
def test_a_best_known_surname_alone_is_that_person(scanner: TextScanner, text: str, person: str) -> None:
    assert person in surname_hits(scanner, text)
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


def test_a_list_of_surnames_names_each_person_even_the_words(scanner: TextScanner) -> None:
    hits = surname_hits(scanner, "photo of putin, trump, obama and bush having a lightsaber battle")
    assert {"Vladimir Putin", "Donald Trump", "Barack Obama", "George W. Bush"} <= set(hits)


def test_a_surname_alone_with_sexual_words_blocks(scanner: TextScanner) -> None:
    assert Policy().decide(scanner.scan("putin shirtless in bed, sensual lighting")).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "1 7 year old anime goth girl, black hair, long bob cut",  # a word that modifies the next
        "Guinness pint on a pub counter, advert",  # capitalised at the start, then a noun
        "luminous fish entering through the window",  # a word, doing something, after an adjective
        "Deep waters erased the valley from existence",
        "potato coming home in a street with a bag of gold",
        "octane render, houdini rendering, trending on artstation",  # the 3D software
        "a knight by greg rutkowski and mucha, stalin era architecture",  # style, then a modifier
        "un pescador viejo remendando redes, blanco y negro",  # a popular surname and a word
        "in the style of kees van dongan and even amundsen, oil",  # an unlisted artist in a style list
        "(ultra-detailed:1.1), (even amundsen:1.1), (witkacy:1.3), a grandmother knitting",
        "Sam Porter Bridges como cavaleiro medieval",  # part of a longer capitalised name
        "krenz cushart, wlop, a girl in a garden",  # part of an unlisted name
        "the putin foundation building at night",  # a thing named after the person
        "a trump card on a green table",  # the word, in a noun phrase
        "a knight holding trump cards, oil painting",  # a word after an action is still the word
        "octane render, houdini rendering engine, volumetric",  # an -ing noun before it is no action
        # round 10: after a verb whose object is someone's work, the surname is the work
        "a man reading hemingway by the fire",
        "an orchestra playing debussy at dusk",
        "a pianist performing rachmaninoff",
        # round 11: a plural noun after it is no verb; a word of another language is no surname
        "obama portraits on a gallery wall, oil",
        "einstein paintings on a wall",
        "un vecchio pescatore che ripara le reti, bianco e nero",
        "carpe diem tattoo, black ink",
    ],
)
def test_words_styles_and_longer_names_stay_alone(scanner: TextScanner, text: str) -> None:
    assert surname_hits(scanner, text) == []


def test_a_surname_in_a_style_list_is_no_person(scanner: TextScanner) -> None:
    signals = scanner.scan("a castle in the style of kubrick and chaplin, wide shot")
    assert not [s for s in signals if s.source == SOURCE_SURNAME]


def test_the_candidates_leave_out_given_names_places_vetoed_and_regnal_names() -> None:
    people = [
        ("Vladimir Putin", 1), ("John F. Kennedy", 2), ("Elizabeth II", 3), ("Pope Francis", 4), ("Charles de Gaulle", 5),
        ("Greg Rutkowski", 6), ("Ivy Paris", 7), ("Tom Cruise Jr.", 8), ("Someone Putin", 9), ("Nobody Late", 11),
    ]  # fmt: skip
    found = well_known_surnames(
        people, top=10, given_names=frozenset({"kennedy"}), places=frozenset({"paris"}),
        vetoed=frozenset({"rutkowski"}),
    )  # fmt: skip
    assert found == {"putin": "Vladimir Putin", "cruise": "Tom Cruise Jr."}


def test_the_surname_signal_is_a_person_name_with_its_reason(scanner: TextScanner) -> None:
    (signal,) = [s for s in scanner.scan("khrushchev riding a bear") if s.source == SOURCE_SURNAME]
    assert signal.kind is SignalKind.PERSON_NAME
    assert signal.text == "khrushchev" and signal.span == (0, 10)
    assert signal.detail == {"surname_alone": True}


def test_a_surname_a_list_holds_alone_is_that_list_s_person(scanner: TextScanner) -> None:
    """Civitai's list holds "Putin" and "Trump" alone, capitalised; acting in lower case they are found there
    (round 10), and the surname detector leaves a name another list explains."""
    for text, person in (("putin riding a bear, oil painting", "Putin"), ("trump as a soyjack, comic", "Trump")):
        signals = scanner.scan(text)
        assert [(s.label or "").lower() for s in signals if s.kind is SignalKind.PERSON_NAME] == [person.lower()]
        assert Policy().decide(signals).decision is Decision.CONSENT_REQUIRED


# Round 12.
def test_a_chinese_order_name_gives_no_surname_its_given_name_is_the_last_word() -> None:
    people = [("Hua Guofeng", 1), ("Deng Xiaoping", 2), ("Vladimir Putin", 3)]
    found = well_known_surnames(people, top=10, given_names=frozenset(), places=frozenset(), vetoed=frozenset())
    assert found == {"putin": "Vladimir Putin"}


def test_a_surname_followed_by_a_franchise_in_brackets_is_the_character(scanner: TextScanner) -> None:
    assert surname_hits(scanner, "absurdres, kafka (honkai: star rail), purple hair, nude") == []
    assert Policy().decide(scanner.scan("absurdres, kafka (honkai: star rail), purple hair, nude")).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 20: after a preposition of place, a famous surname alone is the place it names (Aragon, the poet)
        ("un titiritero genérico, plaza de pueblo en Aragón, niños mirando de espaldas", Decision.ALLOW),
        ("obama in Lincoln memorial", Decision.CONSENT_REQUIRED),  # Obama is still there; Lincoln is the place
    ],
)
def test_a_surname_alone_after_a_preposition_of_place_is_the_place(
    scanner: TextScanner, text: str, expected: Decision
) -> None:
    assert Policy().decide(scanner.scan(text)).decision is expected


def test_an_article_before_a_famous_surname_is_no_preposition_of_place(scanner: TextScanner) -> None:
    """Review of round 20: English "a" stays an article ("a putin lookalike"), never a place's preposition."""
    assert Policy().decide(scanner.scan("a putin lookalike at a party")).decision is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize("text", ["in the style of J. Borges, woodcut, cordel cover", "gravura no estilo de J. Borges, sertão"])
def test_a_style_cue_reaches_a_surname_past_an_initial(scanner: TextScanner, text: str) -> None:
    # round 21: "de J. Borges" is the woodcut artist's manner, not the writer (a listed surname alone)
    assert surname_hits(scanner, text) == []


def test_a_word_its_accent_shows_is_no_famous_surname(scanner: TextScanner) -> None:
    # round 21: Czech "léto" (summer) is no "Leto"; the surname written plainly still counts where a person goes
    assert surname_hits(scanner, "Karlovo náměstí, bazilika v dálce, léto, fotorealistické, sytě modré nebe") == []


def test_a_word_surname_as_the_object_of_a_doing_is_that_person(scanner: TextScanner) -> None:
    # session 19: "robocop detaining trump," is Trump; a card game's trump and a work verb's object are not
    assert surname_hits(scanner, "robocop detaining trump, detailed")
    assert surname_hits(scanner, "a hand holding trump cards, poker table") == []
    assert surname_hits(scanner, "two friends playing trump, card table, cosy") == []


@pytest.mark.parametrize(
    "text",
    [
        # session 21: a thing's determiner before a word that is a famous surname, and words that are mostly words
        "a cartoon of a waitress who runs the Ruby, a diner on the prairie",
        "pit village at dusk, miners walking home, lamp light, charcoal",
        "a sticker of a detective saying now we're sucking diesel, cartoon",
        "Gaming-Zimmer mit LEDs, Schreibtisch, Neonlicht, fotorealistisch",
    ],
)
def test_a_famous_surname_that_is_a_thing_here_is_no_one(scanner: TextScanner, text: str) -> None:
    assert surname_hits(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # session 32: famous surnames that are first a word of one of the nine languages, used as that word
        "natura morta con pesci, conchiglie e una piuma, olio su tela",
        "Skizze einer Mühle am Bach, Holzbrücke, Wiesen im Sommer",
        "viale al tramonto, aiuole, palme, cielo arancione, fotografia",
        "affiche rétro pour la fête de la citrouille, pas loin du Berry, aucun personnage",
        "hérons dans les marais au petit matin, brume, photographie",
    ],
)
def test_a_famous_surname_that_is_a_word_of_another_language_is_that_word(scanner: TextScanner, text: str) -> None:
    assert surname_hits(scanner, text) == []


@pytest.mark.parametrize("text", ["bach as a rapper, photo", "a cartoon of Pesci eating spaghetti", "pesci riding a horse"])
def test_such_a_surname_used_as_a_name_is_still_that_person(scanner: TextScanner, text: str) -> None:
    assert surname_hits(scanner, text)


def test_a_famous_surname_after_an_indefinite_article_in_lower_case_is_a_thing(scanner: TextScanner) -> None:
    """Session 34: "a pavlova piled with passionfruit" is the dessert named after the dancer."""
    assert surname_hits(scanner, "a pavlova piled with passionfruit and mango on a farmhouse table") == []
    assert surname_hits(scanner, "portrait of pavlova dancing, oil on canvas") == ["Anna Pavlova"]


def test_a_size_between_the_article_and_the_surname_keeps_it_a_thing(scanner: TextScanner) -> None:
    # session 37: "a big pavlova", "a tall pavlova"; a word that describes a person does not ("a young putin")
    assert surname_hits(scanner, "a big pavlova with kiwifruit on a picnic rug, food photography") == []
    assert surname_hits(scanner, "a tall homemade pavlova, summer christmas table") == []
    assert surname_hits(scanner, "a young pavlova dancing on stage, oil painting") == ["Anna Pavlova"]
