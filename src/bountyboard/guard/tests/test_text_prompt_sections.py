"""The negative prompt (text/prompt_sections.py): what the image must not show is not its content."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.detectors.negative_prompt import NegativePromptDetector
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.prompt_sections import prompt_sections
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> Decision:
    return Policy().decide(scanner.scan(text)).decision


def test_the_negative_section_is_blanked_to_the_end_of_its_line_and_offsets_stay() -> None:
    text = "a lighthouse at dusk\nNegative prompt: nsfw, nude, child\nSteps: 20, Sampler: Euler a"
    sections = prompt_sections(text)
    assert len(sections.positive) == len(text)
    assert sections.positive.splitlines()[0] == "a lighthouse at dusk"
    assert sections.positive.splitlines()[1].strip() == ""
    assert sections.positive.endswith("Steps: 20, Sampler: Euler a")
    start, end = sections.negative[0]
    assert text[start:end] == "Negative prompt: nsfw, nude, child"


def test_the_settings_end_a_negative_prompt_written_on_the_same_line() -> None:
    text = "a fox, Negative prompt: blurry, lowres Steps: 30, Seed: 1"
    sections = prompt_sections(text)
    assert text[slice(*sections.negative[0])].rstrip() == "Negative prompt: blurry, lowres"


@pytest.mark.parametrize(
    "text",
    [
        "photo of a woman in a garden, 85mm\nNegative prompt: nsfw, nude, child, loli, lowres",
        "ein Leuchtturm im Nebel\nnegativer Prompt: nackt, nsfw",
        "portrait d'une fermière, huile sur toile. Prompt négatif : nu, enfant",
    ],
)
def test_safe_words_asked_away_in_the_negative_prompt_no_longer_block(scanner: TextScanner, text: str) -> None:
    assert decide(scanner, text) is Decision.ALLOW


@pytest.mark.parametrize(
    "negative", ["nsfw, nude, lowres", "nsfw, naked, underwear, panties, cleavage, bad hands", "loli, child, nsfw"]
)
def test_a_listed_person_with_a_safe_negative_prompt_needs_consent_and_is_not_blocked(scanner: TextScanner, negative: str) -> None:
    text = f"photo of Emma Watson on the red carpet\nNegative prompt: {negative}"
    assert decide(scanner, text) is Decision.CONSENT_REQUIRED


@pytest.mark.parametrize(
    "text",
    [
        "photo of Emma Watson on a beach\nNegative prompt: clothes, lowres",
        "photo of Emma Watson, bedroom. Negative prompt: clothing, censored",
        "foto de Emma Watson en la playa\nprompt negativo: ropa",
    ],
)
def test_clothing_asked_away_in_the_negative_prompt_asks_for_nudity(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert any(s.kind is SignalKind.SEXUAL_EXPLICIT and s.source == "pattern:negative-prompt-undressing" for s in signals)
    assert decide(scanner, text) is Decision.BLOCK


def test_a_request_on_the_line_after_the_marker_is_read_again(scanner: TextScanner) -> None:
    text = "a woman\nNegative prompt: lowres\nEmma Watson nude"
    assert decide(scanner, text) is Decision.BLOCK


def test_a_negative_prompt_that_says_cartoon_does_not_make_the_picture_drawn(scanner: TextScanner) -> None:
    # Before round 12 the negative's "cartoon, 3d" read as a drawn medium and let an unknown name's nude through.
    text = "photo of Lidka Przybyszewska, completely nude, detailed skin\nNegative prompt: cartoon, 3d, anime"
    assert decide(scanner, text) is Decision.BLOCK


def test_the_negative_prompt_detector_reports_the_words_asked_away_on_their_original_span() -> None:
    text = "photo of a woman on a beach\nNegative prompt: Clothes, lowres"
    sections = prompt_sections(text)
    found = NegativePromptDetector().detect(ScanContext(normalize(sections.positive), sections=sections))
    assert [(s.label, text[slice(*s.span)], s.kind) for s in found] == [("clothes", "Clothes", SignalKind.SEXUAL_EXPLICIT)]
    assert NegativePromptDetector().detect(ScanContext(normalize(text))) == []  # no sections: nothing to read


def test_the_short_negative_marker_people_type_opens_a_negative_section(scanner: TextScanner) -> None:
    # round 16: "negative: child, teen" says what the picture must not show
    text = "red-haired woman, 22, topless, sauna, nsfw, raw photo, negative: child, teen"
    assert text[slice(*prompt_sections(text).negative[0])] == "negative: child, teen"
    assert decide(scanner, text) is Decision.ALLOW
    assert decide(scanner, "negative: blurry\nnude teen girl") is Decision.BLOCK  # the next line is the request again
