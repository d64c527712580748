"""The gazetteer's later files (Pantheon 2.0's people born 1920-1980, the monthly lists' recent stars):
what the loader adds, and as what (docs/decisions/0027)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text import shipped
from bountyboard.guard.text.famous import (
    SOURCE_FAMOUS,
    SOURCE_PANTHEON2,
    SOURCE_TRENDING,
    famous_people,
)
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.normalize import normalize_name
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def test_the_shipped_files_hold_what_the_readme_says() -> None:
    later = shipped.shipped_famous_people_2020()
    assert len(later) == 32_857
    assert ("Giorgia Meloni", "", "1977") in later
    assert all(1920 <= int(year) <= 1980 and not occupation for _, occupation, year in later)
    recent = shipped.shipped_trending_people()
    assert ("Lamine Yamal", "SOCCER PLAYER", "") in recent
    assert len(recent) > 450


def test_each_name_comes_from_the_first_file_that_holds_it(famous_people_loaded: dict[str, ListedName]) -> None:
    assert famous_people_loaded["donald tusk"].sources == [SOURCE_FAMOUS]  # in Pantheon 1.0 and 2.0: kept once
    assert famous_people_loaded["mateusz morawiecki"].sources == [SOURCE_PANTHEON2]
    assert famous_people_loaded["pau cubarsi"].sources == [SOURCE_TRENDING]
    assert "zendaya" not in famous_people_loaded  # Civitai's list already holds her
    assert "lamine yamal" not in famous_people_loaded  # so does ours (bountyboard/public_figures_extra.txt)


@pytest.mark.parametrize(
    ("name", "category", "may_be_artist"),
    [
        ("Mateusz Morawiecki", Category.PUBLIC, True),  # no occupation in Pantheon 2.0: a person, a style only when cited as one
        ("Andrej Babiš", Category.PUBLIC, True),
        ("Pau Cubarsí", Category.PUBLIC, False),
        ("Tadej Pogačar", Category.PUBLIC, False),
        ("Benny Safdie", Category.ARTIST, False),  # a film director in the monthly list: a style unless depicted
        ("Mackenyu", Category.PUBLIC, False),  # a recent one-word stage name
    ],
)  # fmt: skip
def test_kept_names_and_their_category(famous_people_loaded: dict[str, ListedName], name: str, category: Category, may_be_artist: bool) -> None:
    entry = famous_people_loaded[normalize_name(name)]
    assert (entry.category, entry.may_be_artist) == (category, may_be_artist)


def test_one_word_names_without_an_occupation_are_left_out(famous_people_loaded: dict[str, ListedName]) -> None:
    # "Quino" (Pantheon 2.0, born 1932) is a cartoonist's pen name: without an occupation it cannot be
    # told from a stage name, so no one-word name of that file is famous_people_loaded
    assert "quino" not in famous_people_loaded
    assert not any(" " not in e.key for e in famous_people_loaded.values() if e.sources == [SOURCE_PANTHEON2])


def test_undated_rows_count_as_modern_only_when_told() -> None:
    rows = (("Mackenyu", "ACTOR", ""),)
    kwargs = {
        "dictionary": shipped.shipped_dictionary_words(), "given_names": shipped.shipped_given_names(),
        "places": shipped.shipped_place_words(),
    }  # fmt: skip
    assert famous_people(rows, **kwargs) == []  # a one-word name of unknown era: too risky
    assert [e.key for e in famous_people(rows, undated_is_modern=True, **kwargs)] == ["mackenyu"]


@pytest.mark.parametrize(
    "text",
    [
        "Giorgia Meloni nuda sul letto, foto realistica",  # it
        "Lamine Yamal sin camiseta en la playa, solo en bañador, sexy",  # es
        "Mateusz Morawiecki nago w łóżku, realistyczne zdjęcie",  # pl
        "Andrej Babiš nahý v posteli, realistická fotka",  # cs
        "Pau Cubarsí nude in bed, realistic photo",  # en
        "Tadej Pogačar naakt in bed, realistische foto",  # nl
    ],
)
def test_people_of_the_later_files_are_found_in_every_language(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "rackham lerouge by jeremy lipking, egon schiele, gottfried helnwein",  # a list of styles
        "paisaje pintado por Gottfried Helnwein",
        "Gottfried Helnwein'den esinlenen bir manzara",  # tr: "inspired by"
    ],
)
def test_a_person_of_unknown_occupation_cited_as_a_style_is_a_style(scanner: TextScanner, text: str) -> None:
    kinds = {s.kind for s in scanner.scan(text) if s.label and "helnwein" in s.label.lower()}
    assert kinds == {SignalKind.STYLE_REFERENCE}
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


def test_a_person_of_unknown_occupation_depicted_is_a_person(scanner: TextScanner) -> None:
    signals = scanner.scan("a portrait photo of Liz Truss in a clown suit")
    assert any(s.kind is SignalKind.PERSON_NAME and s.label == "Liz Truss" for s in signals)
    assert Policy().decide(signals).decision is Decision.CONSENT_REQUIRED
