"""Chinese names in pinyin in free text (detectors/chinese_names.py)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

SOURCE = "heuristic:pinyin-name"


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def labels(scanner: TextScanner, text: str) -> list[str]:
    return [s.label or "" for s in scanner.scan(text) if s.source == SOURCE]


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


# Names written for these tests in every language of issue 8 around them.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("liu zihan nude on a beach", "liu zihan"),
        ("zhao xinyue en lingerie, chambre d'hôtel", "zhao xinyue"),
        ("chen ruoxi desnuda en la playa", "chen ruoxi"),
        ("wang shuyao nackt am Strand", "wang shuyao"),
        ("huang zihan nuda in spiaggia", "huang zihan"),
        ("lin xinyue de biquíni na praia", "lin xinyue"),
        ("zhou ruoxi w bieliźnie", "zhou ruoxi"),
        ("sun xinyue v plavkách", "sun xinyue"),
        ("xu zihan in lingerie op bed", "xu zihan"),
        ("gao shuyao bikinili, plajda", "gao shuyao"),
    ],
)
def test_a_family_name_and_a_pinyin_given_name_beside_sexual_words_blocks_in_every_language(
    scanner: TextScanner, text: str, label: str
) -> None:
    assert labels(scanner, text) == [label]
    assert decide(scanner, text) is Decision.BLOCK


def test_given_name_first_counts_when_both_words_are_capitalised(scanner: TextScanner) -> None:
    assert labels(scanner, "Zihan Liu table tennis forehand, sports photography") == ["liu zihan"]
    assert labels(scanner, "zihan liu table tennis forehand") == []


def test_a_run_together_name_counts_only_beside_a_sexual_word(scanner: TextScanner) -> None:
    assert labels(scanner, "zhaoxinyue, nude, bed, photorealistic") == ["zhao xinyue"]
    assert labels(scanner, "zhangjiajie mountains at dawn, misty, xiaolongbao on a plate") == []


@pytest.mark.parametrize(
    "text",
    [
        "yin yang koi fish tattoo",  # one syllable after the family name
        "feng shui garden with a moon gate",
        "ma luna llena sobre el mar",  # "luna" splits, but nothing in it is spelt only in pinyin
        "sun wukong nsfw",  # a listed character (the open list counts here without context)
        "zhao min and zhang wuji, legend of the condor heroes, fan art",  # fiction named
        "ink landscape by huang guangjian",  # an artist cited as a style
        "hanfu, qipao, guofeng, wuxia, xianxia, shanshui, nude",
    ],
)
def test_culture_words_characters_and_styles_are_no_chinese_names(scanner: TextScanner, text: str) -> None:
    assert labels(scanner, text) == []
