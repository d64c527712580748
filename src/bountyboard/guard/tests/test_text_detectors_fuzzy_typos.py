"""Typing slips in listed names (docs/decisions/0027): swapped, doubled and dropped letters, phonetic
spellings of other languages, and surnames that are ordinary words."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.fuzzy_names import SOURCE_FUZZY, typo_close
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("donlad", "donald"),  # two letters swapped
        ("vinnicius", "vinicius"),  # a letter doubled
        ("emanuel", "emmanuel"),  # a doubled letter written once
        ("frenky", "frenkie"),  # the same sounds in another spelling
        ("wladimir", "vladimir"),
        ("pual", "paul"),
    ],
)
def test_one_slip_or_a_phonetic_spelling_is_close(written: str, listed: str) -> None:
    assert typo_close(written, listed)


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("ronald", "donald"),  # another letter in its place: a name of its own
        ("tom", "tim"),  # too short for a slip
        ("odnald", "donald"),  # the first letter is never the slip's
        ("donnlad", "donald"),  # two slips
    ],
)
def test_other_names_and_two_slips_are_not_close(written: str, listed: str) -> None:
    assert not typo_close(written, listed)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("realistyczne zdjęcie donlad tusk na targu", "Donald Tusk"),  # pl: a word surname, a slip in the given name
        ("Iames Dean als Cowboy, Filmstill", "James Dean"),  # de: the given name's first letter transliterated
        ("donlad trupm jako astronauta, realistyczne zdjęcie", "Donald Trump"),  # a slip in each word
        ("portrait réaliste de chris pual", "Chris Paul"),  # fr: a swap in a four-letter surname
        ("Vinnicius Júnior comemorando, foto realista", "Vinícius Júnior"),  # pt: a doubled letter
        ("retrato realista de Robert Lewandowsky", "Robert Lewandowski"),  # es: y for i
        ("gerçekçi portre, angela merkle", "Angela Merkel"),  # tr
        ("realistisch portret van glen jonhson", "Glen Johnson"),  # nl: a surname thirty people share
    ],
)
def test_a_slipped_name_is_found_in_every_language(scanner: TextScanner, text: str, listed: str) -> None:
    hits = [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY and s.kind is SignalKind.PERSON_NAME]
    assert [s.label.lower() for s in hits if s.label] == [listed.lower()]
    assert Policy().decide(scanner.scan(text)).decision is Decision.CONSENT_REQUIRED


def test_a_slipped_name_with_sexual_words_blocks(scanner: TextScanner) -> None:
    assert Policy().decide(scanner.scan("donlad tusk nago w łóżku, realistyczne zdjęcie")).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "an elephant tusk on the table, still life photo",  # a word surname alone
        "Ronald Tusk on a horse, oil painting",  # another given name, not a slip of Donald
        "un bosque encantado, pintado por rubens",  # "un" is no slip of "Juan" (Juan Almeida Bosque)
        "the dean of the faculty in his office, oil painting",
        "a sales meeting in a glass office, stock photo",
    ],
)
def test_a_word_surname_without_a_slipped_given_name_finds_nobody(scanner: TextScanner, text: str) -> None:
    assert not [s for s in scanner.scan(text) if s.source == SOURCE_FUZZY and s.kind is SignalKind.PERSON_NAME]
