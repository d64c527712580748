"""The alternation grouped by first character matches exactly what the plain alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from bountyboard.guard.text import fiction_frames
from bountyboard.guard.text.alternation import first_characters, grouped_alternation, grouped_pattern
from bountyboard.guard.text.suggestive_context import all_patterns


def _plain(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in pattern.finditer(text)]


class TestFirstCharacters:
    @pytest.mark.parametrize(
        ("pattern", "expected"),
        [
            ("nightie", {"n"}),
            ("(?:see through|sheer|transparent)", {"s", "t"}),
            ("lap dance|(?:pole|strip) dancing", {"l", "p", "s"}),
            ("(?:(?:bent|leaning) over|on all fours)", {"b", "l", "o"}),
            ("(?:oiled|wet)s? look", {"o", "w"}),
            ("négligé", {"n"}),
        ],
    )
    def test_a_cue_of_letters_and_groups_starts_with_its_letters(self, pattern: str, expected: set[str]) -> None:
        assert first_characters(pattern) == expected

    @pytest.mark.parametrize(
        "pattern",
        [
            "(?:being )?licked",  # the group may match nothing
            "s?heer",  # an optional first letter
            "(?:a|b)+c",  # a repeated group
            "[a-z]+ in bed",  # a class
            r"\w*fotos",  # an escape
            "(?:|nude)",  # an empty branch
            "(?i)nude",  # a flag
            "nude|",  # an empty branch at the top
        ],
    )
    def test_any_other_shape_is_not_read(self, pattern: str) -> None:
        assert first_characters(pattern) is None

    def test_bars_inside_classes_and_escapes_split_nothing(self) -> None:
        assert first_characters(r"a[|]b|c\|d") == {"a", "c"}
        assert first_characters("(?:x[)]y|z)") == {"x", "z"}


class TestGroupedAlternation:
    def test_the_first_cue_that_matches_wins_as_in_the_plain_alternation(self) -> None:
        # "x?ab" is of no readable shape: it joins the "a" group before "abc", as it stands before it
        patterns = ["x?ab", "abc", "(?:ab|a)c"]
        grouped = re.compile(grouped_alternation(patterns))
        for text in ("abc", "xabc", "ac", "zz abc ac"):
            assert _matches(grouped, text) == _matches(_plain(patterns), text)
        assert _matches(grouped, "abc") == [((0, 2), "ab")]

    def test_a_character_no_known_cue_starts_with_still_reaches_the_other_cues(self) -> None:
        patterns = ["nude", r"\d+ ?yo", "topless"]
        grouped = re.compile(grouped_alternation(patterns))
        assert _matches(grouped, "nude, 18yo, topless") == [((0, 4), "nude"), ((6, 10), "18yo"), ((12, 19), "topless")]

    @pytest.mark.parametrize("tier", ["explicit", "suggestive", "mild"])
    def test_every_suggestive_tier_matches_the_same_spans_on_text_made_of_its_own_words(self, tier: str) -> None:
        patterns = [p.removeprefix(r"\b") for t, _lang, p in all_patterns() if t == tier]
        words = sorted({w for p in patterns for w in re.findall(r"[^\W\d_]+", p) if len(w) > 1})
        rng = random.Random(20261207)
        plain, grouped = _plain(patterns), re.compile(grouped_alternation(patterns))
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 40))) for _ in range(1500)]
        found = 0
        for text in texts:
            expected = _matches(plain, text)
            assert _matches(grouped, text) == expected, text
            found += len(expected)
        assert found > len(texts)  # the texts are dense with cues: the comparison is not of empty lists


class TestGroupedPattern:
    def test_the_fiction_cues_match_the_same_spans_grouped_as_written(self) -> None:
        # FICTIONAL_CONTEXT is compiled grouped (session 43); the written alternation compiled plain is the reference
        written = re.compile(rf"\b(?:{fiction_frames._FICTIONAL_CONTEXT_CUES})\b")
        words = sorted({w for w in re.findall(r"[^\W\d_]+", fiction_frames._FICTIONAL_CONTEXT_CUES) if len(w) > 1})
        rng = random.Random(20261243)
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 40))) for _ in range(1500)]
        found = 0
        for text in texts:
            expected = _matches(written, text)
            assert _matches(fiction_frames.FICTIONAL_CONTEXT, text) == expected, text
            found += len(expected)
        assert found > len(texts)

    def test_a_written_alternation_is_split_on_its_top_level_bars_only(self) -> None:
        assert re.fullmatch(grouped_pattern("ab|(?:c|d)e|f[|]g"), "de")
        assert re.fullmatch(grouped_pattern("ab|(?:c|d)e|f[|]g"), "f|g")
        assert not re.fullmatch(grouped_pattern("ab|(?:c|d)e|f[|]g"), "d")
