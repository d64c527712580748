"""How strongly two words read as a name (text/detectors/name_pairs.py), against small word lists of its own:
what the lists know decides, not the shipped data."""

from __future__ import annotations

import pytest

from bountyboard.guard.text.detectors.hidden_names import WEAK
from bountyboard.guard.text.detectors.name_pairs import STRONG, NamePairs


@pytest.fixture(scope="module")
def pairs() -> NamePairs:
    return NamePairs(
        given=frozenset({"anna", "orla", "kingston", "grace", "jean", "marc", "fernando"}),
        rare=frozenset({"kingston"}),
        surnames=frozenset({"nowak", "berger", "fernando"}),
        common=frozenset({"grace", "hall", "red", "dress"}),
        frequent=frozenset({"vieux", "berger"}),
        frequent_folded=frozenset({"vieux", "berger"}),
        places=frozenset({"jamaica", "buenos", "aires"}),
    )


def read(pairs: NamePairs, text: str, *, caps: bool = False) -> str | None:
    given, surname = text.split()
    return pairs.read(text, (0, len(text)), given.lower(), surname.lower(), caps=caps)


def test_a_known_given_name_and_a_known_surname_are_strong(pairs: NamePairs) -> None:
    assert read(pairs, "anna nowak") == STRONG
    assert read(pairs, "Anna Nowak", caps=True) == STRONG


def test_a_long_tail_given_name_before_a_place_is_no_name(pairs: NamePairs) -> None:
    assert read(pairs, "kingston jamaica") is None
    assert read(pairs, "kingston drunevar") == WEAK  # a long-tail given name before a word no list holds


def test_two_place_words_are_a_place(pairs: NamePairs) -> None:
    assert read(pairs, "buenos aires") is None
    assert read(pairs, "Buenos Aires", caps=True) is None


def test_a_word_that_is_a_given_name_before_a_word_is_no_name(pairs: NamePairs) -> None:
    assert read(pairs, "grace hall") is None


def test_gerunds_and_turkish_case_endings_are_inflected_words(pairs: NamePairs) -> None:
    assert pairs.inflected("quemando")
    assert pairs.inflected("odasinda")
    assert not pairs.inflected("fernando")  # a gerund's ending, but a name the lists know
    assert read(pairs, "orla quemando") is None


def test_two_common_given_names_joined_are_one_given_name(pairs: NamePairs) -> None:
    assert pairs.double_given_name("jean", "marc")
    assert not pairs.double_given_name("kingston", "marc")  # a long-tail first half


def test_a_weighted_name_is_told_from_a_noun_and_its_adjective(pairs: NamePairs) -> None:
    assert pairs.weighted_name("orla drunevar")
    assert not pairs.weighted_name("red dress")  # English words
    assert not pairs.weighted_name("anna detallada")  # a Romance adjective last, no surname
    assert not pairs.weighted_name("drunevar kelmoor")  # no given name or surname the lists know


def test_a_frequent_word_that_is_no_given_name_before_its_adjective_is_words(pairs: NamePairs) -> None:
    def words(raw: str, given: str, *, sexual_text: bool = False, opens_line: bool = True) -> bool:
        return pairs.words_of_a_language(
            raw, given, strength=WEAK, caps=False, sexual_text=sexual_text, opens_line=opens_line
        )

    # session 21: "casa excavada", "personagens gerados": a noun and its adjective, whatever surname the second ends as
    assert words("vieux excavada", "vieux")
    assert words("vieux berger", "vieux")
    # ... not a given name before it ("anna detallada" is read by the other rules), nor an unknown word
    assert not words("anna excavada", "anna")
    assert not words("drunevar excavada", "drunevar")
    assert not words("vieux kelmoor", "vieux")
    # session 26: inside a line, outside sexual text, a frequent word before a word no name list holds is two words
    assert words("vieux kelmoor", "vieux", opens_line=False)
    assert not words("vieux kelmoor", "vieux", opens_line=False, sexual_text=True)
    # session 38: in sexual text, two frequent words no name list holds are still words ("salotto parigino, corsetto");
    # a surname among them keeps the pair a possible name ("vieux berger"), and so does a word no list holds
    italian = NamePairs(
        given=frozenset({"anna"}), rare=frozenset(), surnames=frozenset({"berger"}), common=frozenset(),
        frequent=frozenset({"salotto", "parigino", "vieux", "berger"}),
        frequent_folded=frozenset({"salotto", "parigino", "vieux", "berger"}), places=frozenset(),
    )
    sexual = {"strength": WEAK, "caps": False, "sexual_text": True, "opens_line": True}
    assert italian.words_of_a_language("salotto parigino", "salotto", **sexual)
    assert not italian.words_of_a_language("vieux berger", "vieux", **sexual)
    assert not words("vieux berger", "vieux", sexual_text=True)


def test_a_word_of_a_language_before_a_given_name_is_no_surname_written_first(pairs: NamePairs) -> None:
    # session 21: "Fatemi Paolo Sottocorona", "Couverture Paul et Virginie": the sentence's first word, then a given name
    assert read(pairs, "Vieux Anna", caps=True) is None
    # ... but a given name that is a surname too may be one ("Boca Rosa" is someone)
    assert read(pairs, "Vieux Fernando", caps=True) is not None
    # ... unless a second given name is joined to it: two people named by their given names (session 23)
    text = "Vieux Fernando et Virginie"
    assert pairs.read(text, (0, 14), "vieux", "fernando", caps=True) is None
    text = "Vieux Fernando et la mer"
    assert pairs.read(text, (0, 14), "vieux", "fernando", caps=True) is not None


def test_a_long_tail_given_name_after_a_word_given_name_may_be_a_surname(pairs: NamePairs) -> None:
    # session 21: "mark selby", "nick saban": a common given name that is a word, then a long-tail given name
    assert read(pairs, "grace kingston") == WEAK
    text = "grace-kingston"  # a brand's hyphen ("harley-davidson")
    assert pairs.read(text, (0, len(text)), "grace", "kingston", caps=False) is None
    text = "grace kingston dress, pastel tea room"  # before a noun it is a thing's name ("sweet lolita dress")
    assert pairs.read(text, (0, 14), "grace", "kingston", caps=False) is None


def test_a_word_of_a_language_before_a_place_is_no_name(pairs: NamePairs) -> None:
    # session 26: "Eski İstanbul", old Istanbul; "vieux" is frequent, "jamaica" a place
    assert read(pairs, "Vieux Jamaica", caps=True) is None
    assert read(pairs, "Orla Jamaica", caps=True) is not None  # a known given name before a place keeps its reading


def test_a_czech_superlative_is_no_given_name(pairs: NamePairs) -> None:
    # session 26: "sloup Nejsvětější Trojice", the Holy Trinity column
    text = "Nejsvětější Trojice"
    assert pairs.read(text, (0, len(text)), "nejsvetejsi", "trojice", caps=True) is None


def test_a_known_given_name_and_an_unknown_word_opening_a_line_are_its_subject() -> None:
    """Round 41: "lisa leblanc assise sur une galerie à Rosaireville": the pair opens the prompt in lower case,
    whatever capitals later tags copy; a word of the vocabulary after a long-tail name ("casara friulana") is none."""
    pairs = NamePairs(
        given=frozenset({"lisa", "anais", "casara"}), rare=frozenset({"anais", "casara"}),
        surnames=frozenset({"leblanc"}), common=frozenset(), frequent=frozenset({"lisa"}),
        frequent_folded=frozenset({"lisa"}), places=frozenset(), vocabulary=frozenset({"friulana"}),
    )
    text = "lisa leblanc assise sur une galerie à Rosaireville, banjo"
    assert pairs.read(text, (0, 12), "lisa", "leblanc", caps=False) is not None
    text = "anais kelvarios meteo cahors tele locale, nue, devant la carte du Lot, NSFW"
    assert pairs.read(text, (0, 15), "anais", "kelvarios", caps=False) is not None
    text = "casara friulana con le lentiggini, forme di Montasio"
    assert pairs.read(text, (0, 15), "casara", "friulana", caps=False) is None
    text = "Un banjo, et lisa leblanc assise, Rosaireville"  # inside a line with capitals: no subject's place
    assert pairs.read(text, (12, 24), "lisa", "leblanc", caps=False) is None
