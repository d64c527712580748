"""Add-on models named after a person (detectors/extra_networks.py)."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    # the rules alone: the learned reading of the whole request (decision 0053) has its own tests
    return TextScanner(TextConfig(likeness_context=False))


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


def model_signals(scanner: TextScanner, text: str) -> list[tuple[str, str]]:
    return [(s.source, s.label or "") for s in scanner.scan(text) if "model" in s.detail]


def test_a_listed_persons_model_in_camel_case_is_that_person(scanner: TextScanner) -> None:
    text = "1girl, <lora:sxzAnaDeArmas_v3:0.8>, red dress, studio"
    assert [label for _, label in model_signals(scanner, text)] == ["ana de armas"]
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED
    assert decide(scanner, "<lora:sxzAnaDeArmas_v3:0.8>, nude") is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("masterpiece, 1girl, nude, <lora:liuZihanChinese_v10:0.7>", "liu zihan"),
        ("<lora:amberChenYu_v1:0.8>, 1girl, lingerie", "chen yu"),  # written apart: one syllable will do
        ("<lora:zihanLiuZihan_lzhv1:0.7>, nude", "liu zihan"),
    ],
)
def test_a_chinese_name_in_a_models_name_blocks_a_sexual_prompt(scanner: TextScanner, text: str, label: str) -> None:
    assert ("heuristic:model-name-pinyin", label) in model_signals(scanner, text)
    assert decide(scanner, text) is Decision.BLOCK


def test_a_chinese_name_in_a_models_name_is_reviewed_in_a_prompt_that_is_not_sexual(scanner: TextScanner) -> None:
    assert decide(scanner, "<lora:liuZihanChinese_v10:0.7>, red carpet, evening gown") is Decision.REVIEW


def test_a_models_name_read_as_a_trigger_token_finds_the_person(scanner: TextScanner) -> None:
    assert [label for _, label in model_signals(scanner, "<lora:ggadot_lora:0.8>, desert, armor")] == ["gal gadot"]


def test_a_given_name_and_an_unknown_word_count_in_a_realistic_prompt_only(scanner: TextScanner) -> None:
    # round 20: an invented name (Mia Khalifa, the example before, is a listed person now)
    realistic = "RAW photo, (photorealistic:1.4), <lora:miaVexmoor-000020:0.8>, nude"
    assert ("heuristic:model-name-given-surname", "mia vexmoor") in model_signals(scanner, realistic)
    assert decide(scanner, realistic) is Decision.BLOCK
    assert decide(scanner, "anime, cel shading, <lora:marinKowalczykowa_v1:0.8>, nude") is Decision.ALLOW


def test_a_given_name_alone_in_a_photograph_goes_to_a_moderator_even_when_sexual(scanner: TextScanner) -> None:
    text = "RAW color photo, professional nude photograph of ((<lora:maja:1>)) a 30 year old woman"
    assert ("heuristic:model-name-given", "maja") in model_signals(scanner, text)
    assert decide(scanner, text) is Decision.REVIEW  # an invented "AI model" persona is named the same way


@pytest.mark.parametrize(
    "text",
    [
        "<lora:huTao_v2:0.8>, 1girl, nude",  # a listed character
        "<lora:huaMulan_v1:0.8>, armor, great wall",  # a character by one long word of the file name
        "<lora:GuoFeng3:1>, hanfu, 1girl, lingerie",  # a culture word
        "<lora:add_detail:0.5>, raw photo, woman",
        "<lora:bustCupCumInBetweenBooba_v10:0.6>, nude",  # a one-word name among others is no person's model
        "<lora:weiWuxian_v1:0.8>, genshin impact, kissing",  # a franchise named: a character
        "1girl, <lora:koreanDollLikeness_v15:0.2>, lingerie, raw photo",  # a face blend, nobody
    ],
)
def test_style_character_and_culture_models_name_nobody(scanner: TextScanner, text: str) -> None:
    assert not [s for s in scanner.scan(text) if s.kind in (SignalKind.PERSON_NAME, SignalKind.NER_PERSON)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 19: a real idol group's name in the file's name makes the other word a member
        ("<lora:twiceKelvra-000008:0.75>, nsfw, topless, bedroom, soft light", Decision.BLOCK),
        ("<lora:kelvraBlackpink_v2:0.8>, stage outfit, concert lights", Decision.CONSENT_REQUIRED),
        ("<lora:kelvraTobarro_nogizaka:0.8>, kimono, cherry blossoms, kyoto", Decision.CONSENT_REQUIRED),
    ],
)
def test_a_group_members_model_is_a_real_person(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected


def test_two_unknown_words_make_a_persons_model_in_a_realistic_prompt(scanner: TextScanner) -> None:
    # session 19: "suzuHirose", "kaykaiSalaider": two halves no dictionary holds, in a photograph or a realistic render
    assert decide(scanner, "<lora:zelvoKravix_v3:0.7>, lace lingerie, hotel room, (photorealistic:1.3)") is Decision.BLOCK
    assert decide(scanner, "<lora:zelvoKravix_v3:0.7>, hanbok, palace garden, raw photo") is Decision.REVIEW
    # ... not in a drawn prompt, and not a concept's model: sexual words or two dictionary words run together
    assert decide(scanner, "<lora:zelvoKravix_v3:0.7>, anime, 1girl, lingerie") is Decision.ALLOW
    assert decide(scanner, "blonde woman on a desk, <lora:SideAnal:1>, analog photograph") is not Decision.REVIEW
    assert not model_signals(scanner, "a photo of a woman, <lora:epiNoiseoffset_v2:1>, realistic, dslr")


def test_a_concepts_camel_case_model_is_no_hidden_name(scanner: TextScanner) -> None:
    # session 19: the name detectors after this one read "PovBlowjob" and "FilmVelvia2" as a given name and a surname
    text = "a woman on a sofa, analog photo, <lora:PovBlowjob:1> <lora:FilmVelvia2:0.4>"
    assert not [s for s in scanner.scan(text) if s.kind is SignalKind.NER_PERSON]
    # ... a known given name run into a surname stays theirs to read
    assert decide(scanner, "1girl, topless, short shorts, <lora:MilaKelvermoor_2.0:0.9>") is Decision.BLOCK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 26: a word no dictionary holds and a public role, the file's only words
        ("iditarod finish, sled dogs steaming, night, aurora, <lora:vrendel_musher:0.7>", Decision.REVIEW),
        ("<lora:kelvrix_rapper:0.8>, shirtless, nsfw, hotel room", Decision.BLOCK),
        # ... not a word of a dictionary beside the role
        ("<lora:anime_singer:0.7>, concert stage, colourful lights", Decision.ALLOW),
    ],
)
def test_a_name_and_a_role_in_a_models_name_is_someone(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "<lora:ruthhalloran:0.7> portrait, studio light",  # one lower-case word: a given name and a surname run together
        "<lora:ruthhalloran_v2:0.8> portrait",
        "<lora:damonheta_darts:0.9>, at the oche, pub lights",  # invented; the file's words split the same way
    ],
)
def test_a_given_name_run_into_a_surname_in_a_models_name_asks_for_consent(scanner: TextScanner, text: str) -> None:
    # session 39, found by probing: the tag stood where no likeness frame did, so the run-together name named nobody
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text", ["<lora:epinoiseoffset:1> portrait of a woman", "<lora:detailtweaker:1>, a woman in a garden",
             "<lora:flatcolor:1> woman reading"],
)  # fmt: skip
def test_a_concepts_one_word_model_is_still_nobody(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW
