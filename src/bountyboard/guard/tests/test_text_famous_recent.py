"""The gazetteer's people born 1981-2008 (guard/data/bhht/, the cross-verified database of notable people):
what the loader adds, as what, and which of its names it leaves out."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text import shipped
from bountyboard.guard.text.famous import (
    SOURCE_FAMOUS,
    SOURCE_NOTABLE,
    famous_people,
    notable_rows,
)
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.normalize import normalize_name
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.fixture(scope="module")
def word_lists() -> dict[str, frozenset[str]]:
    return {
        "dictionary": shipped.shipped_dictionary_words(),
        "given_names": shipped.shipped_given_names() | shipped.shipped_ssa_given_names(100),
        "places": shipped.shipped_place_words(),
    }


def test_the_shipped_file_holds_what_the_readme_says() -> None:
    rows = shipped.shipped_notable_people_1981()
    assert len(rows) == 734
    assert all(1981 <= int(year) <= 2008 for _, _, year in rows)
    assert rows[0] == ("Lady Gaga", "Culture", "1986")  # best known first
    assert ("Kylian Mbappé", "Sports/Games", "1998") in rows
    assert ("Chris Evans", "Culture", "1981") in rows  # "Chris_Evans_(actor)": no disambiguation
    assert ("Prince Harry", "Leadership", "1984") in rows  # "Prince_Harry,_Duke_of_Sussex"
    assert {domain for _, domain, _ in rows} <= {
        "Culture",
        "Sports/Games",
        "Leadership",
        "Discovery/Science",
        "Other",
    }


def test_the_file_adds_only_people_no_earlier_list_holds(famous_people_loaded: dict[str, ListedName]) -> None:
    added = [e for e in famous_people_loaded.values() if e.sources == [SOURCE_NOTABLE]]
    assert 200 <= len(added) <= 734
    assert famous_people_loaded["edward snowden"].sources == [SOURCE_NOTABLE]
    assert famous_people_loaded["lionel messi"].sources == [SOURCE_FAMOUS]  # Pantheon 1.0 holds him: kept once, from there


@pytest.mark.parametrize(
    ("name", "may_be_artist"),
    [
        ("Kevin De Bruyne", False),  # Sports/Games: an athlete, never a style
        ("Mo Farah", False),
        ("Edward Snowden", True),  # "Other": unknown, a style only when cited as one
        ("Eddie Redmayne", True),  # "Culture": an actor and a film director alike (Xavier Dolan, whom MoMA holds as an
        # artist, is one since round 21)
    ],
)
def test_the_domain_says_who_may_be_a_style(
    famous_people_loaded: dict[str, ListedName], name: str, may_be_artist: bool
) -> None:
    entry = famous_people_loaded[normalize_name(name)]
    assert (entry.category, entry.may_be_artist) == (Category.PUBLIC, may_be_artist)


def test_domains_that_rule_out_a_painter_become_occupations() -> None:
    rows = (("A B", "Sports/Games", "1990"), ("C D", "Culture", "1990"), ("E F", "Leadership", "1990"),
            ("G H", "Other", "1990"))  # fmt: skip
    assert [occupation for _, occupation, _ in notable_rows(rows)] == ["ATHLETE", "", "POLITICIAN", ""]


def test_one_word_names_are_stage_names_not_words_or_given_names(
    famous_people_loaded: dict[str, ListedName], word_lists: dict[str, frozenset[str]]
) -> None:
    assert famous_people_loaded["hardwell"].sources == [SOURCE_NOTABLE] and famous_people_loaded["hardwell"].capitalised_only
    assert famous_people_loaded["kygo"].sources == [SOURCE_NOTABLE]
    # in the file, but a word or a given name: "Logic" (rapper), "Rain" (singer), "Tyler", "Catherine"
    for left_out in ("logic", "rain", "tyler", "catherine", "meghan"):
        assert left_out not in famous_people_loaded or famous_people_loaded[left_out].sources != [SOURCE_NOTABLE]
    rows = notable_rows(
        (("Logic", "Culture", "1990"), ("Kygo", "Culture", "1991"), ("Pepe", "Sports/Games", "1983"))
    )
    assert [e.key for e in famous_people(rows, **word_lists)] == ["kygo"]


def test_names_made_of_dictionary_words_need_every_capital(famous_people_loaded: dict[str, ListedName]) -> None:
    assert famous_people_loaded["frank ocean"].capitalised_only
    assert famous_people_loaded["matt smith"].capitalised_only
    assert not famous_people_loaded["zayn malik"].capitalised_only


@pytest.mark.parametrize(
    "text",
    [
        "Edward Snowden nude in bed, realistic photo",  # en
        "Kevin De Bruyne sin camiseta en la playa, sexy",  # es
        "Eddie Redmayne naakt in bed, realistische foto",  # nl
        "Frank Ocean nude on the beach",
        "Hardwell shirtless on stage, sexy",
    ],
)
def test_people_born_since_1981_are_found(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert any(s.kind is SignalKind.PERSON_NAME and s.source == SOURCE_NOTABLE for s in signals)
    assert Policy().decide(signals).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "a frank ocean view at sunset, oil painting",  # words, not the singer
        "matt smith finish on a wooden table",
        "hardwell dam at night",  # a one-word stage name written without its capital
    ],
)
def test_their_names_written_as_words_are_words(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert not any(s.source == SOURCE_NOTABLE for s in signals)
    assert Policy().decide(signals).decision is Decision.ALLOW


def test_a_culture_figure_cited_as_a_style_is_a_style(scanner: TextScanner) -> None:
    signals = scanner.scan("cinematic film still, directed by Xavier Dolan, moody lighting")
    assert {s.kind for s in signals if s.label == "Xavier Dolan"} == {SignalKind.STYLE_REFERENCE}
    assert Policy().decide(signals).decision is Decision.ALLOW


def test_a_person_depicted_needs_consent(scanner: TextScanner) -> None:
    signals = scanner.scan("a portrait photo of Zayn Malik in a clown suit")
    assert any(s.kind is SignalKind.PERSON_NAME and s.source == SOURCE_NOTABLE for s in signals)
    assert Policy().decide(signals).decision is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize("name", ["Roger Deakins", "Ricardo Bofill", "Richard Avedon"])
def test_a_person_of_no_occupation_a_museum_holds_as_an_artist_is_an_artist(
    famous_people_loaded: dict[str, ListedName], name: str
) -> None:
    # round 21: Pantheon 2.0 gives no occupation; MoMA, the Tate or the National Gallery holds them as artists
    assert famous_people_loaded[normalize_name(name)].category is Category.ARTIST


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Ricardo Bofill, pastel colors, polkadots, minimal, vaporwave", Decision.ALLOW),  # cited as a style
        ("Roger Deakins as a lighthouse keeper, film still", Decision.CONSENT_REQUIRED),  # depicted
        ("Roger Deakins, nude, bedroom", Decision.BLOCK),
    ],
)
def test_a_museum_artist_is_a_style_unless_depicted(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision
