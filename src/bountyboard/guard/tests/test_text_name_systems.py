"""The shapes of Korean, Vietnamese and Japanese names in Latin letters (text/korean.py, text/vietnamese.py,
text/romaji.py): what each naming system says of a word or a pair, before any detector reads it. Pinyin's are in
test_text_pinyin.py."""

from __future__ import annotations

import pytest

from bountyboard.guard.text import korean, romaji, vietnamese
from bountyboard.guard.text.korean import KoreanNames
from bountyboard.guard.text.romaji import JapaneseNames
from bountyboard.guard.text.vietnamese import VietnameseNames


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("jiwon", ("ji", "won")),
        ("hyekyo", ("hye", "kyo")),
        ("seoyeon", ("seo", "yeon")),
        ("chaeyoung", ("chae", "young")),
        ("smith", None),
        ("lemon", None),
    ],
)
def test_a_word_splits_into_korean_name_syllables_or_does_not(word: str, split: tuple[str, ...] | None) -> None:
    assert korean.name_syllables(word) == split


@pytest.mark.parametrize(
    ("parts", "hyphenated", "expected"),
    [
        (("jiwon",), False, True),
        (("ji", "won"), False, True),  # "Ji-won" or "ji won": the names view reads the hyphen as a space
        (("minho",), False, False),  # min|ho: nothing in it only Korean spells
        (("mina",), False, False),
        (("min", "a"), True, True),  # "Min-a": only Korean names are written so
        (("ji",), False, False),  # one syllable
        (("jiwonseo",), False, False),  # three
        (("hana",), False, False),
    ],
)
def test_a_korean_given_name_is_two_syllables_one_spelt_as_only_korean_spells_or_hyphenated(
    parts: tuple[str, ...], hyphenated: bool, expected: bool
) -> None:
    assert korean.given_name(parts, hyphenated=hyphenated) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("kimjiwon", ("kim", "jiwon")), ("parkseoyeon", ("park", "seoyeon")), ("kimchi", None), ("parking", None)],
)
def test_a_run_together_korean_name_is_a_family_name_and_a_given_name(word: str, expected: tuple[str, str] | None) -> None:
    assert korean.family_first(word) == expected


def test_given_name_first_needs_capitals_only_after_a_family_name_that_is_also_a_word() -> None:
    names = KoreanNames()
    assert names.given_first(("jiwon",), "kim", "jiwon kim")
    assert not names.given_first(("jiwon",), "park", "jiwon park")  # "park" is a word in lower case
    assert names.given_first(("jiwon",), "park", "Jiwon Park")


@pytest.mark.parametrize(
    ("family", "given", "raw", "expected"),
    [
        ("nguyen", ("thi", "lan"), "nguyen thi lan", True),
        ("pham", ("thu",), "pham thu", True),
        ("ho", ("ngoc", "lan"), "Ho Ngoc Lan", True),  # a common word as family name: a capitalised middle name
        ("ho", ("ngoc", "lan"), "ho ngoc lan", False),
        ("le", ("van",), "Lê Văn", True),  # or a diacritic
        ("le", ("mans",), "Le Mans", False),
        ("tran", ("in", "a"), "tran in a", False),  # the words around a name are no syllables of it
        ("nguyen", ("street",), "nguyen street", False),
    ],
)
def test_a_vietnamese_name_is_a_family_name_and_syllables_kept_apart_from_ordinary_words(
    family: str, given: tuple[str, ...], raw: str, expected: bool
) -> None:
    assert VietnameseNames().family_first(family, given, raw) is expected


def test_a_vietnamese_name_written_abroad_needs_a_family_name_no_other_language_has() -> None:
    names = VietnameseNames()
    assert names.given_first(("lan",), "nguyen", "Lan Nguyen")
    assert not names.given_first(("lan",), "do", "Lan Do")
    assert names.given_first(("lan",), "do", "Lan Đỗ")
    assert vietnamese.syllable("nguyen") and vietnamese.syllable("thuy") and not vietnamese.syllable("street")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ayanami", True), ("shinjiro", True), ("hokkaido", True), ("matcha", True), ("smith", False), ("griffin", False)],
)
def test_a_romaji_word_is_a_run_of_morae(word: str, expected: bool) -> None:
    assert romaji.romaji_word(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("tanaka", True),  # a common family name
        ("hamabe", True),  # two parts: hama + be
        ("nishikawa", True),
        ("ikebana", False),
        ("nase", False),  # no one-mora first part: "na" + "se" would make Czech "naše" a name
        ("sabana", False),
        ("walker", False),
    ],
)
def test_a_japanese_family_name_is_common_or_made_of_two_parts(word: str, expected: bool) -> None:
    assert romaji.family_name(word) is expected


def test_japanese_names_are_read_only_about_real_people_and_split_only_on_a_common_family_name() -> None:
    names = JapaneseNames()
    assert names.needs_real_people
    assert names.family_first("tanaka", ("haruko",), "tanaka haruko")
    assert not names.family_first("tanaka", ("yamada",), "tanaka yamada")  # two family names: a firm, a place
    assert names.run_together("tanakaharuko") == ("tanaka", "haruko")
    assert names.run_together("ikebana") is None
    assert names.run_together("kameraya") is None
