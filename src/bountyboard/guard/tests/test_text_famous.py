"""The public-figure gazetteer (Pantheon 1.0): what the loader keeps, and as what."""

from __future__ import annotations

import pytest

from bountyboard.guard.text import shipped
from bountyboard.guard.text.famous import SOURCE_FAMOUS, famous_people, one_word_name_kept
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.normalize import normalize_name


@pytest.fixture(scope="module")
def loaded() -> dict[str, ListedName]:
    return {e.key: e for e in _famous(shipped.shipped_famous_people())}


def _famous(rows: tuple[tuple[str, str, str], ...], listed_elsewhere: frozenset[str] = frozenset()) -> list[ListedName]:
    return famous_people(
        rows,
        dictionary=shipped.shipped_dictionary_words(),
        given_names=shipped.shipped_given_names() | shipped.shipped_forenames() | shipped.shipped_ssa_given_names(100),
        places=shipped.shipped_place_words(),
        listed_elsewhere=listed_elsewhere,
    )  # fmt: skip


def test_the_shipped_file_holds_the_trimmed_pantheon_rows() -> None:
    rows = shipped.shipped_famous_people()
    assert len(rows) == 11_137
    assert ("Uli Hoeneß", "BUSINESSPERSON", "1952") in rows
    assert all(len(row) == 3 and row[0] and "," not in row[0] for row in rows)


def test_every_loaded_name_is_tagged_with_its_source(loaded: dict[str, ListedName]) -> None:
    assert len(loaded) > 10_000
    assert all(e.sources == [SOURCE_FAMOUS] for e in loaded.values())


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Uli Hoeneß", Category.PUBLIC),
        ("Angela Merkel", Category.PUBLIC),
        ("Joseph Stalin", Category.PUBLIC),
        ("Recep Tayyip Erdoğan", Category.PUBLIC),
        ("Lech Wałęsa", Category.PUBLIC),
        ("Václav Havel", Category.PUBLIC),
        ("Frida Kahlo", Category.ARTIST),  # a painter: a style unless depicted
        ("Caravaggio", Category.ARTIST),  # an old master's one name is kept as a style
        ("Avicii", Category.PUBLIC),  # a stage name of someone born after 1800
        ("Ronaldinho", Category.PUBLIC),
        ("Tarkan", Category.PUBLIC),
    ],
)
def test_kept_names_and_their_category(loaded: dict[str, ListedName], name: str, category: Category) -> None:
    assert loaded[normalize_name(name)].category is category


@pytest.mark.parametrize(
    "name",
    [
        "Madonna", "Prince", "Sting", "Seal", "Rihanna", "Shakira",  # words or given names: too ordinary alone
        "Caligula", "Nero",  # ancient one-word names: characters of films and games as often
        "John the Baptist", "Moses",  # religious figures before 1500
        "The Rock", "The Edge",  # "The Rock formation", "The Edge of Tomorrow"
        "Deco", "Petit",  # ordinary words in Portuguese and French
    ],
)  # fmt: skip
def test_ordinary_or_religious_names_are_left_out(loaded: dict[str, ListedName], name: str) -> None:
    assert normalize_name(name) not in loaded


@pytest.mark.parametrize(("name", "expected"), [("Will Smith", True), ("Faith Hill", True), ("Uli Hoeneß", False)])
def test_names_made_of_words_must_be_capitalised(loaded: dict[str, ListedName], name: str, expected: bool) -> None:
    assert loaded[normalize_name(name)].capitalised_only is expected


def test_one_word_names_need_a_capital(loaded: dict[str, ListedName]) -> None:
    assert loaded["avicii"].needs_capital and loaded["ronaldinho"].needs_capital


def test_a_name_another_list_holds_is_left_to_that_list() -> None:
    rows = (("Coco Chanel", "FASHION DESIGNER", "1883"), ("Angela Merkel", "POLITICIAN", "1954"))
    kept = _famous(rows, listed_elsewhere=frozenset({"coco chanel"}))
    assert [e.key for e in kept] == ["angela merkel"]


def test_one_word_rule_needs_a_known_recent_birth_year() -> None:
    words = frozenset({"deco"})
    assert one_word_name_kept("avicii", 1989, dictionary=words, given_names=frozenset(), places=frozenset())
    assert not one_word_name_kept("avicii", None, dictionary=words, given_names=frozenset(), places=frozenset())
    assert not one_word_name_kept("ahab", -900, dictionary=words, given_names=frozenset(), places=frozenset())
    assert one_word_name_kept("hokusai", 1760, dictionary=words, given_names=frozenset(), places=frozenset(), since=None)


@pytest.mark.parametrize("name", ["M.I.A.", "Maniche", "Zucchero", "Feist", "Doda", "Hadise", "Dunga"])
def test_stage_names_that_are_words_of_the_ten_languages_are_left_out(loaded: dict[str, ListedName], name: str) -> None:
    """ "Zucchero a velo" (it), "Maniche lunghe" (it), "feist" (de), "doda" (pl), "hadise" (tr), and
    "M.I.A.", which reads "Mia" once its dots are gone."""
    assert normalize_name(name) not in loaded
