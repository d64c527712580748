"""Policy.decide on recorded signals (as the text, image and model-file scanners emit them)."""

from __future__ import annotations

import inspect

import pytest

from bountyboard.guard.config import GuardConfig, TextConfig
from bountyboard.guard.errors import GuardError
from bountyboard.guard.policy import Policy, sexual_level
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision, Rating

K = SignalKind

# Recorded signals, shaped as the scanners emit them.
TAYLOR = Signal(K.PERSON_NAME, "gazetteer:civitai-poi", text="Taylor Swift", span=(0, 12), label="taylor swift")
NUDE = Signal(K.SEXUAL_EXPLICIT, "lexicon:bountyboard", text="nude", span=(13, 17), label="nude")
LINGERIE = Signal(K.SEXUAL_SUGGESTIVE, "lexicon:bountyboard", text="lingerie", label="lingerie")
BIKINI = Signal(K.SEXUAL_SUGGESTIVE, "lexicon:bountyboard", text="bikini", label="bikini", detail={"level": "mild"})
AGE_15 = Signal(K.MINOR_CUE, "pattern:stated_age", text="15yo", label="stated_age")
CHILD = Signal(K.MINOR_CUE, "lexicon:bountyboard", text="child", label="child")
LOLI = Signal(K.MINOR_CUE, "lexicon:bountyboard", text="loli", label="loli", detail={"sexualised": True})
IN_BED = Signal(K.SEXUAL_SUGGESTIVE, "lexicon:bountyboard", text="in bed", label="in bed", detail={"childhood": "scene"})
PACIFIER = Signal(K.SEXUAL_SUGGESTIVE, "lexicon:bountyboard", text="pacifier", label="pacifier", detail={"childhood": "thing"})
SCHOOLGIRL_COSTUME = Signal(K.MINOR_CUE, "lexicon:bountyboard", text="schoolgirl", label="schoolgirl", detail={"costume": True})
CHILD_HARM = Signal(K.MINOR_CUE, "lexicon:civitai-harmful-combinations", label="minor_harm", detail={"harm": True})
MY_EX = Signal(K.PRIVATE_PERSON_CUE, "lexicon:private-relation", text="my ex", label="my ex")
PROFILE = Signal(K.SOCIAL_PROFILE, "pattern:profile", text="@sofia.glow", label="@sofia.glow")
SELF = Signal(K.LIKENESS_INTENT, "lexicon:self-likeness", label="self", detail={"subject": "self"})
LEA = Signal(K.PROTECTED_PERSON, "registry", label="Lea Moreau", person_id="p-lea", detail={"verified": True})
LEA_UNVERIFIED = Signal(K.PROTECTED_PERSON, "registry", label="Lea Moreau", person_id="p-lea", detail={"verified": False})
FACE_LEA = Signal(K.FACE, "yunet+sface", box=(10, 10, 80, 80), person_id="p-lea", score=0.7, detail={"verified": True})
FACE_UNKNOWN = Signal(K.FACE, "yunet+sface", box=(10, 10, 80, 80), score=0.95)
WEAK = Signal(K.NER_PERSON, "heuristic:name-shape", 0.6, text="Manon Bresch", span=(0, 12), label="Manon Bresch", detail={"given_name": True})
WEAK_FRAME = Signal(K.LIKENESS_INTENT, "pattern:likeness-frame", text="Manon Bresch", span=(0, 12), label="Manon Bresch")
CORROBORATED = Signal(
    K.NER_PERSON, "heuristic:name-shape", 0.8, text="Peso Pluma", span=(0, 10), label="Peso Pluma",
    detail={"given_name": False, "corroborated": True},
)  # fmt: skip
STYLE = Signal(K.STYLE_REFERENCE, "gazetteer:nsp-artist", label="Greg Rutkowski")
TIFA = Signal(K.FICTIONAL_CHARACTER, "gazetteer:bountyboard-fictional", label="Tifa Lockhart")


def nudity(label: str) -> Signal:
    return Signal(K.NUDITY, "nudenet-320n", score=0.8, box=(0, 0, 50, 50), label=label)


def decide(*signals: Signal, consented: frozenset[str] = frozenset()) -> tuple[Decision, list[str]]:
    verdict = Policy().decide(signals, consented_person_ids=consented)
    return verdict.decision, [r.code for r in verdict.reasons]


class TestDecide:
    # -- nothing to say ---------------------------------------------------------------------------

    def test_no_signals_allow_at_pg(self) -> None:
        verdict = Policy().decide([])
        assert (verdict.decision, verdict.rating, verdict.reasons) == (Decision.ALLOW, Rating.PG, ())

    def test_style_reference_is_allowed_with_a_reason(self) -> None:
        assert decide(STYLE) == (Decision.ALLOW, ["style_reference"])

    def test_fictional_adults_sexual_content_is_allowed_and_rated_x(self) -> None:
        verdict = Policy().decide([TIFA, NUDE])
        assert (verdict.decision, verdict.rating) == (Decision.ALLOW, Rating.X)
        assert {r.code for r in verdict.reasons} == {"sexual_content", "fictional_character"}

    # -- floor: real person + sexual --------------------------------------------------------------

    def test_public_figure_and_explicit_text_block(self) -> None:
        decision, codes = decide(TAYLOR, NUDE)
        assert decision is Decision.BLOCK and codes[0] == "real_person_sexual"

    def test_public_figure_and_mild_swimwear_block(self) -> None:
        assert decide(TAYLOR, BIKINI)[0] is Decision.BLOCK

    def test_social_profile_and_suggestive_block(self) -> None:
        assert "real_person_sexual" in decide(PROFILE, LINGERIE)[1]

    def test_matched_face_and_exposed_nudity_block(self) -> None:
        verdict = Policy().decide([FACE_LEA, nudity("FEMALE_BREAST_EXPOSED")])
        assert verdict.decision is Decision.BLOCK
        assert verdict.reasons[0].code == "real_person_sexual"
        assert verdict.reasons[0].person_ids == ("p-lea",)

    def test_consent_never_lifts_the_sexual_floor(self) -> None:
        decision, codes = decide(LEA, NUDE, consented=frozenset({"p-lea"}))
        assert decision is Decision.BLOCK and "real_person_sexual" in codes

    def test_self_likeness_and_sexual_block(self) -> None:
        assert decide(SELF, NUDE)[0] is Decision.BLOCK

    # -- floor: minors ----------------------------------------------------------------------------

    def test_minor_and_sexual_block(self) -> None:
        assert decide(AGE_15, LINGERIE) == (Decision.BLOCK, ["minor_sexual", "sexual_content"])

    def test_minor_and_image_nudity_block(self) -> None:
        assert "minor_sexual" in decide(CHILD, nudity("BUTTOCKS_EXPOSED"))[1]

    def test_sexualised_minor_word_blocks_alone(self) -> None:
        assert decide(LOLI) == (Decision.BLOCK, ["minor_sexual"])

    def test_minor_harm_blocks(self) -> None:
        assert decide(CHILD_HARM) == (Decision.BLOCK, ["minor_harm"])

    def test_non_sexual_minor_is_allowed(self) -> None:
        assert decide(CHILD) == (Decision.ALLOW, [])

    # -- beside a child, the childhood cues (text/childhood.py) ---------------------------------------

    def test_a_childhood_thing_beside_a_child_is_not_sexual(self) -> None:
        verdict = Policy().decide([CHILD, PACIFIER])
        assert (verdict.decision, verdict.rating, verdict.reasons) == (Decision.ALLOW, Rating.PG, ())

    def test_a_childhood_scene_beside_a_child_goes_to_review(self) -> None:
        assert decide(CHILD, IN_BED) == (Decision.REVIEW, ["minor_scene"])

    def test_a_childhood_cue_with_anything_sexual_still_blocks(self) -> None:
        assert decide(CHILD, IN_BED, BIKINI)[0] is Decision.BLOCK
        assert "minor_sexual" in decide(CHILD, PACIFIER, LINGERIE)[1]

    def test_a_childhood_cue_beside_a_named_person_keeps_its_weight(self) -> None:
        assert decide(TAYLOR, CHILD, PACIFIER)[0] is Decision.BLOCK
        assert decide(WEAK, CHILD, IN_BED)[0] is Decision.BLOCK

    def test_a_childs_costume_keeps_the_cues_weight(self) -> None:
        assert decide(SCHOOLGIRL_COSTUME, PACIFIER) == (Decision.BLOCK, ["minor_sexual", "sexual_content"])

    def test_without_a_child_the_childhood_cues_are_sexual(self) -> None:
        assert decide(TAYLOR, IN_BED)[0] is Decision.BLOCK
        assert decide(IN_BED) == (Decision.ALLOW, ["sexual_content"])

    # -- floor: private people --------------------------------------------------------------------

    def test_private_person_blocks_without_sexual_content(self) -> None:
        assert decide(MY_EX) == (Decision.BLOCK, ["private_person"])

    def test_private_person_and_sexual_blocks_on_both_floors(self) -> None:
        codes = decide(MY_EX, NUDE)[1]
        assert {"real_person_sexual", "private_person"} <= set(codes)

    # -- consent ----------------------------------------------------------------------------------

    def test_public_figure_needs_consent(self) -> None:
        assert decide(TAYLOR) == (Decision.CONSENT_REQUIRED, ["real_person_consent"])

    def test_social_profile_needs_consent(self) -> None:
        assert decide(PROFILE)[0] is Decision.CONSENT_REQUIRED

    def test_self_likeness_needs_consent(self) -> None:
        assert decide(SELF)[0] is Decision.CONSENT_REQUIRED

    def test_verified_protected_person_needs_consent_with_person_id(self) -> None:
        verdict = Policy().decide([LEA])
        assert verdict.decision is Decision.CONSENT_REQUIRED
        assert verdict.reasons[0].person_ids == ("p-lea",)

    def test_consented_person_without_sexual_content_is_allowed(self) -> None:
        assert decide(LEA, FACE_LEA, consented=frozenset({"p-lea"})) == (Decision.ALLOW, ["consent_on_file"])

    def test_consent_for_someone_else_does_not_count(self) -> None:
        assert decide(LEA, consented=frozenset({"p-other"}))[0] is Decision.CONSENT_REQUIRED

    def test_unverified_registry_match_goes_to_review(self) -> None:
        assert decide(LEA_UNVERIFIED) == (Decision.REVIEW, ["protected_person_unverified"])

    def test_unmatched_face_is_not_a_real_person(self) -> None:
        assert decide(FACE_UNKNOWN) == (Decision.ALLOW, [])

    # -- the weak name shape never blocks ---------------------------------------------------------

    def test_name_shape_in_a_frame_asks_for_consent(self) -> None:
        assert decide(WEAK, WEAK_FRAME) == (Decision.CONSENT_REQUIRED, ["possible_real_person"])

    def test_name_shape_in_a_frame_without_a_known_given_name_asks_for_consent(self) -> None:
        weak = Signal(K.NER_PERSON, "heuristic:name-shape", 0.4, text="Khvicha K", span=(0, 9), detail={"given_name": False})
        frame = Signal(K.LIKENESS_INTENT, "pattern:likeness-frame", text="Khvicha K", span=(0, 9))
        assert decide(weak, frame) == (Decision.CONSENT_REQUIRED, ["possible_real_person"])

    def test_corroborated_name_shape_needs_consent_like_a_listed_name(self) -> None:
        assert decide(CORROBORATED) == (Decision.CONSENT_REQUIRED, ["real_person_consent"])

    def test_corroborated_name_shape_and_sexual_content_block(self) -> None:
        assert decide(CORROBORATED, LINGERIE)[0] is Decision.BLOCK
        assert "real_person_sexual" in decide(CORROBORATED, LINGERIE)[1]

    def test_name_shape_without_a_frame_goes_to_review(self) -> None:
        assert decide(WEAK) == (Decision.REVIEW, ["possible_real_person"])

    def test_name_shape_and_sexual_content_goes_to_review_not_block(self) -> None:
        assert decide(WEAK, NUDE)[0] is Decision.REVIEW

    def test_name_shape_a_likeness_frame_holds_blocks_with_sexual_content_however_far(self) -> None:
        # "LoRA of Neeve X ... a few sets of her with nothing on": the frame says whom the sexual words are about (round 47)
        assert decide(WEAK, WEAK_FRAME, NUDE) == (Decision.BLOCK, ["possible_real_person_sexual", "sexual_content"])

    def test_name_shape_a_likeness_frame_holds_in_a_drawn_medium_is_a_character(self) -> None:
        drawn = Signal(K.NER_PERSON, "heuristic:name-shape", 0.4, text="Manon Bresch", span=(0, 12), label="Manon Bresch",
                       detail={"given_name": True, "drawn_medium": True})  # fmt: skip
        assert decide(drawn, WEAK_FRAME, NUDE)[0] is not Decision.BLOCK

    # -- files, banks, failures -------------------------------------------------------------------

    def test_hash_match_blocks_naming_the_bank(self) -> None:
        verdict = Policy().decide([Signal(K.HASH_MATCH, "pdq", label="stopncii")])
        assert verdict.decision is Decision.BLOCK
        assert verdict.reasons[0].code == "hash_match" and "stopncii" in verdict.reasons[0].detail

    def test_unsafe_file_blocks(self) -> None:
        assert decide(Signal(K.UNSAFE_FILE, "modelfile:pickle", label="pickle")) == (Decision.BLOCK, ["unsafe_file"])

    def test_scan_error_fails_closed_to_review(self) -> None:
        assert decide(Signal(K.SCAN_ERROR, "nudenet-320n", label="timeout")) == (Decision.REVIEW, ["scan_error"])

    def test_the_strongest_reason_wins(self) -> None:
        decision, codes = decide(Signal(K.SCAN_ERROR, "x"), TAYLOR, MY_EX)
        assert decision is Decision.BLOCK and codes[0] == "private_person"

    # -- reasons are machine-readable -------------------------------------------------------------

    def test_reasons_carry_code_sentence_and_evidence(self) -> None:
        verdict = Policy().decide([TAYLOR, NUDE])
        first = verdict.to_json()["reasons"][0]
        assert first["code"] == "real_person_sexual"
        assert first["decision"] == "block"
        assert "taylor swift" in first["detail"]
        assert {e["kind"] for e in first["evidence"]} == {"person_name", "sexual_explicit"}


class TestSexualLevel:
    @pytest.mark.parametrize(
        ("label", "rating"),
        [
            ("FEMALE_GENITALIA_EXPOSED", Rating.X), ("MALE_GENITALIA_EXPOSED", Rating.X),
            ("FEMALE_BREAST_EXPOSED", Rating.X), ("BUTTOCKS_EXPOSED", Rating.X), ("ANUS_EXPOSED", Rating.X),
            ("FEMALE_BREAST_COVERED", Rating.R), ("BUTTOCKS_COVERED", Rating.R),
            ("FEMALE_GENITALIA_COVERED", Rating.R), ("MALE_BREAST_EXPOSED", Rating.PG13),
        ],
    )  # fmt: skip
    def test_nudenet_classes(self, label: str, rating: Rating) -> None:
        assert sexual_level(nudity(label)) is rating

    @pytest.mark.parametrize("label", ["FACE_FEMALE", "FEET_EXPOSED", "BELLY_EXPOSED", "ARMPITS_EXPOSED"])
    def test_non_sexual_nudenet_classes(self, label: str) -> None:
        assert sexual_level(nudity(label)) is None

    def test_text_tiers(self) -> None:
        assert [sexual_level(s) for s in (NUDE, LINGERIE, BIKINI, TAYLOR)] == [Rating.X, Rating.R, Rating.PG13, None]


class TestFloorsCannotBeConfigured:
    def test_policy_takes_no_settings(self) -> None:
        assert list(inspect.signature(Policy).parameters) == []

    def test_a_policy_section_in_the_config_is_rejected(self) -> None:
        with pytest.raises(GuardError) as caught:
            GuardConfig.from_dict({"policy": {"real_person_sexual": "allow"}})
        assert caught.value.code == "config_invalid"

    def test_an_unknown_text_setting_is_rejected(self) -> None:
        with pytest.raises(GuardError):
            GuardConfig.from_dict({"text": {"allow_real_person_sexual": True}})

    def test_the_loosest_text_settings_still_block_the_floors(self) -> None:
        loose = GuardConfig.from_dict({"text": {"ner": False, "fuzzy_min_ratio": 100}}).text
        scanner = TextScanner(loose)
        for text in ("Taylor Swift nude", "NSFW 15yo anime girl", "My ex, photos attached, make her nude"):
            assert Policy().decide(scanner.scan(text)).decision is Decision.BLOCK, text

    def test_extra_lists_only_add(self) -> None:
        scanner = TextScanner(TextConfig(extra_fictional_characters=("Taylor Swift",)))
        # Same-length hits merge: a name on both lists is still a public figure.
        assert Policy().decide(scanner.scan("Taylor Swift nude")).decision is Decision.BLOCK


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner(TextConfig())


class TestDecideOnNamesTheListsMiss:
    """``Policy.decide`` on scanned text: one-word and lower-case names in sexual or LoRA frames."""

    @staticmethod
    def decision(scanner: TextScanner, text: str) -> tuple[Decision, list[str]]:
        verdict = Policy().decide(scanner.scan(text))
        return verdict.decision, [r.code for r in verdict.reasons]

    def test_an_unknown_one_word_name_nude_in_a_photo_is_blocked(self, scanner: TextScanner) -> None:
        # round 19: the alias rule's line opener may find the word the sexual-photograph rule holds weakly
        assert self.decision(scanner, "Yseult nue, photo réaliste\nStudio.") == (
            Decision.BLOCK, ["possible_real_person_sexual", "sexual_content"],
        )  # fmt: skip

    def test_a_given_one_word_name_nude_in_a_photo_is_blocked(self, scanner: TextScanner) -> None:
        decision, codes = self.decision(scanner, "Sophie nackt, DSLR")
        assert (decision, codes[0]) == (Decision.BLOCK, "real_person_sexual")

    def test_a_lower_case_name_in_a_sexual_photo_lora_is_blocked(self, scanner: TextScanner) -> None:
        decision, codes = self.decision(scanner, "sophie rain spicy pics lora\nrealistic, bedroom.")
        assert (decision, codes[0]) == (Decision.BLOCK, "real_person_sexual")

    def test_a_lower_case_name_lora_needs_consent(self, scanner: TextScanner) -> None:
        assert self.decision(scanner, "reneé rapp lora, red carpet looks") == (
            Decision.CONSENT_REQUIRED, ["possible_real_person"],
        )  # fmt: skip

    @pytest.mark.parametrize(
        "text",
        ["Aurora borealis photo", "Paris nude beach photo", "Rose gold lingerie photo", "Elf queen nude photo, realistic", "rose gold lora"],
    )
    def test_no_personal_name_stays_allowed(self, scanner: TextScanner, text: str) -> None:
        assert self.decision(scanner, text)[0] is Decision.ALLOW


# -- round 4 of issue 8: an unlisted name in a drawn medium with sexual words is read as a character ------


def test_an_unlisted_name_in_a_drawn_medium_with_sexual_words_is_allowed_and_rated() -> None:
    drawn = Signal(
        K.NER_PERSON, "heuristic:given-name-surname", 0.5, text="Orla Vexmoor", span=(0, 12),
        label="orla vexmoor", detail={"drawn_medium": True},
    )  # fmt: skip
    verdict = Policy().decide([drawn, LINGERIE])
    assert verdict.decision is Decision.ALLOW
    assert verdict.rating is Rating.R
    # the same name outside a drawn medium still goes to a moderator, and a listed person still blocks
    assert Policy().decide([WEAK, LINGERIE]).decision is Decision.REVIEW
    assert Policy().decide([drawn, TAYLOR, LINGERIE]).decision is Decision.BLOCK


def test_one_name_outside_the_drawn_reading_keeps_the_review() -> None:
    drawn = Signal(K.NER_PERSON, "heuristic:name-shape", 0.5, text="Orla Vexmoor", span=(0, 12), detail={"drawn_medium": True})
    assert Policy().decide([drawn, WEAK, LINGERIE]).decision is Decision.REVIEW


# Decision 0025: an unlisted name that a fiction frame covers is a character; a live-action still frames
# nothing in sexual text; a listed person is never covered.
def _frame(span: tuple[int, int], kind: str) -> Signal:
    return Signal(SignalKind.FICTIONAL_CHARACTER, "pattern:fiction-frame", span=span, detail={"fiction_frame": kind})


def _name(span: tuple[int, int], **detail: object) -> Signal:
    return Signal(SignalKind.NER_PERSON, "heuristic:given-name-surname", span=span, detail=dict(detail))


_NUDE = Signal(SignalKind.SEXUAL_EXPLICIT, "lexicon:bountyboard", span=(20, 24))


@pytest.mark.parametrize("kind", ["screen", "drawn", "toy", "game"])
def test_a_framed_unlisted_name_is_allowed(kind: str) -> None:
    verdict = Policy().decide([_name((0, 10), corroborated=True), _frame((0, 10), kind)])
    assert verdict.decision is Decision.ALLOW


def test_a_live_action_frame_covers_nothing_in_sexual_text() -> None:
    signals = [_name((0, 10), corroborated=True), _frame((0, 10), "screen"), _NUDE]
    assert Policy().decide(signals).decision is Decision.BLOCK
    signals = [_name((0, 10), corroborated=True), _frame((0, 10), "drawn"), _NUDE]
    assert Policy().decide(signals).decision is Decision.ALLOW


def test_a_frame_never_covers_a_listed_person_or_another_span() -> None:
    listed = Signal(SignalKind.PERSON_NAME, "gazetteer:pantheon", span=(0, 10))
    assert Policy().decide([listed, _frame((0, 10), "toy")]).decision is Decision.CONSENT_REQUIRED
    assert Policy().decide([_name((0, 10), corroborated=True), _frame((30, 40), "toy")]).decision is (
        Decision.CONSENT_REQUIRED
    )


# Round 11: an unlisted name that spells a character the text names is that character's LoRA or tag.
def _character(label: str) -> Signal:
    return Signal(SignalKind.FICTIONAL_CHARACTER, "gazetteer:bountyboard-fictional", span=(0, 13), label=label)


def test_an_unlisted_name_spelling_a_named_character_is_that_character() -> None:
    tag = Signal(SignalKind.NER_PERSON, "heuristic:run-together-name", span=(15, 30), label="raiden shogundef")
    assert Policy().decide([_character("raiden shogun"), tag, _NUDE]).decision is Decision.ALLOW
    # without the character, or spelling another name, it is still a possible person beside nudity
    assert Policy().decide([tag, _NUDE]).decision is Decision.REVIEW
    assert Policy().decide([_character("yae miko"), tag, _NUDE]).decision is Decision.REVIEW
    # a listed person is never a character's tag
    listed = Signal(SignalKind.PERSON_NAME, "gazetteer:pantheon", span=(15, 30), label="raiden shogun")
    assert Policy().decide([_character("raiden shogun"), listed, _NUDE]).decision is Decision.BLOCK


# Round 17: a name shape whose last word is, inflected or not, a listed character's surname is that character again.
def test_a_listed_characters_surname_named_again_is_that_character() -> None:
    again = Signal(SignalKind.NER_PERSON, "heuristic:given-name-surname", span=(20, 34), label="kapitan kloss")
    inflected = Signal(SignalKind.NER_PERSON, "heuristic:given-name-surname", span=(20, 36), label="burhan altintopu")
    assert Policy().decide([_character("Hans Kloss"), again]).decision is Decision.ALLOW
    assert Policy().decide([_character("Burhan Altıntop"), inflected]).decision is Decision.ALLOW
    # a shared given name is another person
    other = Signal(SignalKind.NER_PERSON, "heuristic:given-name-surname", span=(20, 34), label="hans vexmoor")
    assert Policy().decide([_character("Hans Kloss"), other]).decision is Decision.REVIEW


def test_a_minor_word_that_is_a_given_name_inside_a_listed_adult_name_is_that_name() -> None:
    # round 17: "Lolita Lobosco" is an adult commissaria; "Teen Titans" keeps its word
    character = Signal(SignalKind.FICTIONAL_CHARACTER, "gazetteer:bountyboard-fictional", span=(0, 14), label="Lolita Lobosco")
    lolita = Signal(SignalKind.MINOR_CUE, "lexicon:bountyboard", span=(0, 6), label="lolita", detail={"sexualised": True})
    teen = Signal(SignalKind.MINOR_CUE, "lexicon:bountyboard", span=(0, 4), label="teen")
    titans = Signal(SignalKind.FICTIONAL_CHARACTER, "gazetteer:bountyboard-fictional", span=(0, 11), label="Teen Titans")
    assert Policy().decide([character, lolita, _NUDE]).decision is Decision.ALLOW
    assert Policy().decide([titans, teen, _NUDE]).decision is Decision.BLOCK


def test_disguised_sexual_words_leave_an_unlisted_name_in_a_drawn_prompt_a_character() -> None:
    # session 39: round 44's writers disguised a character's sexual words as often as a person's ("josepha vogelhuber
    # ... s3xy"); a name in leetspeak is hidden on purpose instead (test_text_detectors_given_names)
    scanner = TextScanner(TextConfig(likeness_context=False))
    for text in ("ruth halloran, sexy, masterpiece", "ruth halloran, s3xy, masterpiece"):
        assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW
    assert Policy().decide(scanner.scan("ru7h halloran, s3xy, masterpiece")).decision is Decision.BLOCK
