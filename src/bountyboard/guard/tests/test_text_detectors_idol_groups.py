"""A member of a real idol group, named by one word beside the group (detectors/idol_groups.py). The members'
names here are written for these tests; the groups are real."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

SOURCE = "heuristic:idol-group"


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def labels(scanner: TextScanner, text: str) -> list[str]:
    return [s.label or "" for s in scanner.scan(text) if s.source == SOURCE]


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("sorinne from blackpink, bikini, beach", "sorinne (blackpink)"),
        ("BLACKPINK Sorinne en lencería", "sorinne (blackpink)"),
        ("aespa's mirabel nackt", "mirabel (aespa)"),
        ("velouette (le sserafim), nuda", "velouette (le sserafim)"),
        ("tavira de NewJeans em lingerie", "tavira (newjeans)"),
        ("sb19 member kolvan w bieliźnie", "kolvan (sb19)"),
        ("AKB48 Harune nahá", "harune (akb48)"),
    ],
)
def test_a_member_beside_a_real_group_is_a_real_person_and_sexual_words_block(
    scanner: TextScanner, text: str, label: str
) -> None:
    assert labels(scanner, text) == [label]
    assert decide(scanner, text) is Decision.BLOCK


def test_a_member_without_sexual_words_needs_consent(scanner: TextScanner) -> None:
    assert labels(scanner, "sorinne from blackpink on stage, concert photo") == ["sorinne (blackpink)"]
    assert decide(scanner, "sorinne from blackpink on stage, concert photo") is Decision.CONSENT_REQUIRED
    # a comic's frame makes unlisted names characters, never a real group's member
    assert decide(scanner, "kolvan (sb19) como super-herói, estilo quadrinhos") is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nayelle from twice, bikini", ["nayelle (twice)"]),  # the phrase ends with the group
        ("TWICE Nayelle portrait", ["nayelle (twice)"]),  # capitals
        ("twice's nayelle, lingerie", ["nayelle (twice)"]),
        ("nayelle (twice) on stage", ["nayelle (twice)"]),
        ("she went to the gym twice a week, nina from twice a week", []),  # the word, not the group
        ("he won twice, then lost", []),
        ("winter twice, snowy village", []),  # a season, said twice
    ],
)
def test_a_group_named_with_a_word_counts_only_written_as_its_fans_write_it(
    scanner: TextScanner, text: str, expected: list[str]
) -> None:
    assert labels(scanner, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "blackpink concert outfit, anime girl, pink and black",
        "aespa style stage costume, cyberpunk",
        "newjeans members, bunny logo, y2k",
        "le sserafim nude",  # the sexual word is no member
        "ahri from k/da, bikini",  # a fictional band is no group of ours
        "girls dancing blackpink choreography, studio",  # a word beside the group, in a text not about idols
        "eine Flasche F.X. Pichler Grüner Veltliner auf einer Mauer",  # initials, not f(x) (session 31)
    ],
)
def test_words_beside_a_group_and_fictional_bands_are_no_members(scanner: TextScanner, text: str) -> None:
    assert labels(scanner, text) == []


def test_a_group_spelt_with_letters_counts_where_the_text_is_about_idols(scanner: TextScanner) -> None:
    assert labels(scanner, "sorinne of i.o.i, kpop idol, stage outfit") == ["sorinne (i o i)"]
