"""Add-on models named in a prompt (text/extra_networks.py): the tag forms, and the words of a file name."""

from __future__ import annotations

import pytest

from bountyboard.guard.text.extra_networks import extra_networks, stem_of, words_of


def test_every_tag_form_is_read_with_the_file_names_span() -> None:
    text = "1girl, <lora:liuZihan_v10:0.7> <lyco:folder/chenYu.safetensors:1>, <hypernet:inkwash:0.5> embedding:EasyNegative"
    found = extra_networks(text)
    assert [n.name for n in found] == ["liuZihan_v10", "chenYu", "inkwash", "EasyNegative"]
    assert [text[slice(*n.span)] for n in found] == ["liuZihan_v10", "folder/chenYu.safetensors", "inkwash", "EasyNegative"]


def test_a_tag_without_a_weight_or_with_spaces_is_read_too() -> None:
    assert [n.name for n in extra_networks("< LORA : zhaoXinyue >, <lora:ruoxi>")] == ["zhaoXinyue", "ruoxi"]


def test_text_that_only_looks_like_a_tag_is_not_one() -> None:
    assert extra_networks("a <b>bold</b> portrait, lora: none, email me at lora:x") == []


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("liuZihanChinese_v10", ("liu", "zihan")),  # the nationality and the version are the uploader's
        ("sxz-ana-de-armas", ("sxz", "ana", "de", "armas")),
        ("juZihanv1", ("ju", "zihan")),  # a version written onto the name
        ("dingzhenlora_v1", ("dingzhen",)),  # "lora" written onto it; lower-case letters stay one word
        ("koreanDollLikeness_v15", ("doll",)),
        ("add_detail", ("add", "detail")),
        ("EPOCH-000010", ()),
    ],
)
def test_a_file_names_words_drop_what_the_uploader_adds(name: str, words: tuple[str, ...]) -> None:
    assert words_of(name) == words


@pytest.mark.parametrize(
    ("name", "stem"),
    [("kmb4pp3_v3", "kmb4pp3"), ("ggadot_lora", "ggadot"), ("xx0lena-000010", "xx0lena"), ("sxz-tzuyu_v1", None), ("v2", None)],
)
def test_a_file_names_stem_keeps_its_digits_and_exists_only_when_one_piece_is_left(name: str, stem: str | None) -> None:
    assert stem_of(name) == stem
