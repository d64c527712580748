"""The shipped frequent-word list is what scripts/frequent_words_build.py makes of the pinned wordfreq."""

from __future__ import annotations

from labelled_sets import load_script


def test_the_shipped_list_is_the_build_of_wordfreq_3_1_1() -> None:
    build = load_script("frequent_words_build")
    assert build.OUT.read_text(encoding="utf-8") == build.build()


def test_the_list_holds_words_of_the_nine_languages_and_not_english_only_words() -> None:
    words = set(load_script("frequent_words_build").OUT.read_text(encoding="utf-8").split())
    assert {"fotografia", "exposição", "vieux", "karikatür", "hodina"} <= words
    assert "photography" not in words and "weather" not in words


def test_the_shipped_vocabulary_is_the_build_of_wordfreq_3_1_1() -> None:
    build = load_script("frequent_words_build")
    assert build.VOCABULARY_OUT.read_bytes() == build.build_vocabulary()
