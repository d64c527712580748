"""Pinyin's shape (text/pinyin.py): syllables, family names, and the given names only pinyin spells."""

from __future__ import annotations

import pytest

from bountyboard.guard.text import pinyin


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("xinyue", ("xin", "yue")),
        ("zhaoruoxi", ("zhao", "ruo", "xi")),
        ("xian", ("xian",)),  # the longest first syllable: "xian", not "xi|an"
        ("ouyangnana", ("ou", "yang", "na", "na")),
        ("banana", ("ba", "na", "na")),  # the vowel rule keeps "ban|an|a" out, the word still splits
        ("emma", None),
        ("lemon", None),
        ("tiananmen", None),  # pinyin writes "tian'anmen": a vowel inside a word needs the apostrophe
    ],
)
def test_a_word_splits_into_pinyin_syllables_or_does_not(word: str, split: tuple[str, ...] | None) -> None:
    assert pinyin.syllables(word) == split


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("liushuyao", ("liu", "shuyao")),
        ("liuzihan", None),  # "zi|han": z- and -an are romaji too ("kazuki", "hanako")
        ("zhaoxinyue", ("zhao", "xinyue")),
        ("ouyangxiaoqing", ("ouyang", "xiaoqing")),  # a compound family name
        ("hanfu", None),  # one syllable after the family name: clothing, not a name
        ("aizawa", None),  # Japanese romaji splits too, but has no syllable only pinyin spells
        ("shibari", None),
        ("monica", None),
        ("emmawatson", None),
    ],
)
def test_a_run_together_name_needs_a_family_name_and_a_given_name_only_pinyin_spells(
    word: str, expected: tuple[str, str] | None
) -> None:
    assert pinyin.family_first(word) == expected


def test_where_something_else_says_it_is_a_name_one_syllable_will_do() -> None:
    assert pinyin.family_first("chenyu") is None
    assert pinyin.family_first("chenyu", lenient=True) == ("chen", "yu")
    assert pinyin.family_first("wangshuyao", lenient=True) == ("wang", "shuyao")


@pytest.mark.parametrize(("word", "expected"), [("ruoxi", True), ("zihan", True), ("shuyao", True), ("luna", False), ("mare", False), ("lena", False), ("xi", False)])
def test_a_chinese_given_name_has_two_syllables_one_of_them_spelt_as_only_pinyin_spells(word: str, expected: bool) -> None:
    assert pinyin.chinese_given_name(word) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("liu", "zihan"), ("liu", "zihan")),
        (("amber", "chen", "yu"), ("chen", "yu")),  # written apart, one syllable will do
        (("zhaoxinyue",), ("zhao", "xinyue")),
        (("guo", "feng"), None),  # "GuoFeng": the Chinese-style checkpoint
        (("han", "fu"), None),
        (("taylor", "swift"), None),
        (("add", "detail"), None),
    ],
)
def test_a_file_names_words_hold_a_chinese_name_unless_they_spell_a_culture_word(
    words: tuple[str, ...], expected: tuple[str, str] | None
) -> None:
    assert pinyin.chinese_name(words) == expected


def test_the_syllable_table_and_the_family_names_are_what_pinyin_has() -> None:
    assert 400 <= len(pinyin.SYLLABLES) <= 420  # Hanyu Pinyin has about 410 toneless syllables
    assert {"zhuang", "nve", "er", "a"} <= pinyin.SYLLABLES
    assert pinyin.FAMILY_NAMES <= {s for s in pinyin.SYLLABLES} | {
        "".join(pair) for pair in [("ou", "yang"), ("si", "ma"), ("zhu", "ge"), ("shang", "guan"), ("si", "tu"),
                                   ("dong", "fang"), ("mu", "rong"), ("huang", "fu"), ("ling", "hu")]
    }  # fmt: skip
