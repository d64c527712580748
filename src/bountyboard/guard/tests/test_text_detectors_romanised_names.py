"""Chinese, Korean, Vietnamese and Japanese names in Latin letters in free text (detectors/romanised_names.py)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision

SOURCE = "heuristic:pinyin-name"


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def labels(scanner: TextScanner, text: str, source: str = SOURCE) -> list[str]:
    return [s.label or "" for s in scanner.scan(text) if s.source == source]


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


KOREAN = "heuristic:korean-name"
VIETNAMESE = "heuristic:vietnamese-name"
JAPANESE = "heuristic:japanese-name"


# Korean names written for these tests, in every language of issue 8 around them and every spelling.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("kim seoyeon nude on a beach", "kim seoyeon"),
        ("Park Hye-rin en lingerie, chambre d'hôtel", "park hye rin"),
        ("choi jae won desnudo en la playa", "choi jae won"),
        ("Hye-rin Park nackt am Strand", "park hye rin"),
        ("jung minseo nuda in spiaggia", "jung minseo"),
        ("yoon chaeyeon de biquíni na praia", "yoon chaeyeon"),
        ("kang jieun w bieliźnie", "kang jieun"),
        ("lee seungwoo v plavkách", "lee seungwoo"),
        ("han soyeon in lingerie op bed", "han soyeon"),
        ("kwon hyewon bikinili, plajda", "kwon hyewon"),
    ],
)
def test_a_korean_family_name_and_given_name_beside_sexual_words_blocks_in_every_language(
    scanner: TextScanner, text: str, label: str
) -> None:
    assert labels(scanner, text, KOREAN) == [label]
    assert decide(scanner, text) is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("nguyen thi lan nude on a beach", "nguyen thi lan"),
        ("Trần Minh Thư en bikini", "tran minh thu"),
        ("Lan Nguyen in lingerie, hotel room", "nguyen lan"),
        ("Hồ Bảo Trâm desnuda", "ho bao tram"),
        ("Ho Ngoc Lan nackt", "ho ngoc lan"),
    ],
)
def test_a_vietnamese_name_beside_sexual_words_blocks(scanner: TextScanner, text: str, label: str) -> None:
    assert labels(scanner, text, VIETNAMESE) == [label]
    assert decide(scanner, text) is Decision.BLOCK


def test_a_japanese_name_counts_in_a_text_about_real_people_only(scanner: TextScanner) -> None:
    assert labels(scanner, "tanaka haruko, raw photo, dslr, nude", JAPANESE) == ["tanaka haruko"]
    assert decide(scanner, "tanaka haruko, raw photo, dslr, nude") is Decision.BLOCK
    assert labels(scanner, "nishikawa mitsuki, politician, giving a speech", JAPANESE) == ["nishikawa mitsuki"]
    # the same shape in a request about a drawing names a character as often as a person
    assert labels(scanner, "nishikawa mitsuki, cherry blossoms, watercolor", JAPANESE) == []


def test_korean_and_vietnamese_names_without_sexual_words_go_to_a_moderator(scanner: TextScanner) -> None:
    assert decide(scanner, "kim seoyeon, cyberpunk street, neon, rain") is Decision.REVIEW
    assert decide(scanner, "nguyen thi lan, ao dai, bicycle, film photo") is Decision.REVIEW


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("mature woman, haeundae beach, busan, topless, nsfw", KOREAN),  # a place before "beach"
        ("kimchi jjigae, bibimbap, hanok, hanbok, seoraksan, nude model", KOREAN),  # culture words and places
        ("park bench in a park, song bird, moon light", KOREAN),
        ("bull, by lee jung-seob, expressive brushstrokes", KOREAN),  # an artist cited as a style
        ("sung jin woo, solo leveling, shirtless", KOREAN),  # the work is named
        ("pham thu, manhwa style, lingerie", KOREAN),
        ("tran in a bikini, le mans, van dam", VIETNAMESE),
        ("vietnamese woman in a bikini, ha long bay", VIETNAMESE),
        ("a portrait in an artist's apartment, ikebana, sensual", JAPANESE),  # no name splits a word of a craft
        ("otel odasında iç çamaşırlı bir kadın, seksi", JAPANESE),
    ],
)
def test_places_culture_words_styles_and_fiction_are_no_names(scanner: TextScanner, text: str, source: str) -> None:
    assert labels(scanner, text, source) == []


def test_a_fan_zine_is_no_pinyin_name(scanner: TextScanner) -> None:
    # round 16: "fan zine" read as family name Fan, given name Zine
    assert decide(scanner, "want a watercolour of a launderette on a rainy street, for a soap fan zine") is Decision.ALLOW
