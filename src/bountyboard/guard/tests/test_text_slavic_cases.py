"""Polish and Czech given names in their cases (round 21), and places in a case (session 17): the forms, what is
left out, and the names found."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.text.shipped import shipped_slavic_given_names
from bountyboard.guard.text.slavic_cases import case_forms, place_in_a_case, slavic_given_name_forms
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    ("name", "form"),
    [("natalia", "natalii"), ("aleksandra", "aleksandry"), ("jana", "janou"), ("piotr", "piotra"),
     ("petr", "petrem"), ("marek", "markowi"), ("tomek", "tomka"), ("ondrej", "ondreje")],
)  # fmt: skip
def test_the_usual_case_forms(name: str, form: str) -> None:
    assert form in case_forms(name)


def test_words_and_short_frequent_words_are_left_out() -> None:
    forms = slavic_given_name_forms(
        ["marek", "vita", "krzysztof"], dictionary=frozenset({"vitae"}), frequent=frozenset({"marka", "krzysztofa"})
    )
    assert "marka" not in forms  # a brand, in Polish: a short frequent word
    assert "krzysztofa" in forms  # frequency lists hold names' forms too: a long one stays
    assert "vita" not in forms and "markowi" in forms


def test_the_shipped_polish_and_czech_names_are_read_from_their_sections() -> None:
    names = shipped_slavic_given_names()
    assert {"agnieszka", "krzysztof", "jiri", "zdenek"} <= names
    assert "mehmet" not in names and "giulia" not in names


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Zrobi ktoś fotki natalii i aleksandry kelvermoor nago na ściance? nsfw", Decision.BLOCK),
        ("potřebuju portrét s petrem kelvermoorem na lodi, akvarel", Decision.CONSENT_REQUIRED),
    ],
)
def test_declined_names_in_lower_case(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


def test_a_word_that_is_a_case_form_of_a_name_names_nobody(scanner: TextScanner) -> None:
    # "marka" (a brand) is also Marek's genitive: no rule reads a person in it. Session 38's model scores the text
    # 0.81, just over its review bar (0.8), so a moderator may look (decision 0062); nothing is asked or refused.
    signals = scanner.scan("marka samochodu na plakacie, czerwony lakier, studio")
    assert not [s for s in signals if s.kind in (SignalKind.NER_PERSON, SignalKind.PERSON_NAME)]
    assert Policy().decide(signals).decision in (Decision.ALLOW, Decision.REVIEW)


@pytest.mark.parametrize(
    ("before", "first", "second", "place"),
    [
        # session 17: after a preposition of place, an adjective in a case makes two capitalised words a place
        ("cerkiewka w ", "beskidzie", "niskim", True),
        ("zamek na ", "gornym", "slasku", True),
        ("spacer nad ", "jeziorem", "bialym", True),
        # ... not after "po" or "przy": "po Janie Kowalskim" is after him
        ("portret po ", "janie", "kowalskim", False),
        ("zdjecie przy ", "marcie", "kowalskiej", False),
        ("chata v ", "ceskem", "raji", True),
        # ... not without the preposition, nor after "z" or "s" (with someone)
        ("portret ", "olgierda", "kelvermoorskiego", False),
        ("zdjecie z ", "olgierdem", "kelvermoorem", False),
        ("w ", "olgierd", "kelvermoor", False),
    ],
)
def test_a_place_in_a_case(before: str, first: str, second: str, place: bool) -> None:
    assert place_in_a_case(before, first, second) is place


@pytest.mark.parametrize(
    "text",
    ["cerkiewka w Beskidzie Niskim, akwarela", "zamek na Górnym Śląsku, akwarela", "chata v Českém Ráji, akvarel"],
)
def test_a_place_in_a_case_is_no_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text", ["strażak w kasku ochronnym, fotografia", "kaski motocyklowe na półce, zdjęcie produktowe"]
)
def test_a_helmet_is_no_declined_short_given_name(scanner: TextScanner, text: str) -> None:
    # review of session 17: "Kaśka" was left out, whose cases are Polish helmets
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text", ["wykres kursu franka szwajcarskiego, infografika", "witka wierzbowa w wazonie, martwa natura"]
)
def test_a_currency_or_a_twig_is_no_declined_short_given_name(scanner: TextScanner, text: str) -> None:
    # review of session 17: "Franek" and "Witek" were left out, whose cases are the Swiss franc and a twig
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW
