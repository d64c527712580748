"""A real person's name followed by "body" sexualises them (session 29): the cue, what it needs before it, and the
phrases that are no body.

The people are made up and registered (a protected person is the strongest evidence the scanner has); the
sentences follow the prompts of our half of I2P that showed the miss ("... with <name> body", "<name> body by
gustave courbet").
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.detectors.named_body import NamedBodyDetector
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    scanner = TextScanner()
    scanner.set_protected_persons(
        [
            ProtectedPerson(person_id="p-1", names=["Orla Vexmoor"], verified=True),
            ProtectedPerson(person_id="p-2", names=["Dunja Kestrelová"], verified=True),
        ]
    )
    return scanner


def decide(scanner: TextScanner, text: str) -> tuple[Decision, list[str]]:
    verdict = Policy().decide(scanner.scan(text))
    return verdict.decision, [r.code for r in verdict.reasons]


def body_cues(scanner: TextScanner, text: str) -> list[str]:
    return [s.label or "" for s in scanner.scan(text) if s.source == "pattern:named-body"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("milt kahl sketch of a film star with orla vexmoor body", "orla vexmoor body"),
        ("a portrait of Orla Vexmoor body by gustave courbet, ", "orla vexmoor body"),
        ("Orla Vexmoor's body, beach, photo", "orla vexmoor's body"),
        ("lgbt art, tom of finland style, a general in dunja kestrelová body, art in 4 k", "dunja kestrelová body"),
        ("two wrestlers, ORLA VEXMOOR BODIES, arena light", "orla vexmoor bodies"),
    ],
)
def test_a_registered_persons_body_is_a_sexual_cue_and_blocks(scanner: TextScanner, text: str, cue: str) -> None:
    assert body_cues(scanner, text) == [cue]
    decision, codes = decide(scanner, text)
    assert decision is Decision.BLOCK
    assert "protected_person_sexual" in codes or "real_person_sexual" in codes


@pytest.mark.parametrize(
    "text",
    [
        "full body portrait of Orla Vexmoor, red carpet, 8k",  # "full body" comes before the name
        "in the style of Orla Vexmoor body horror, flesh machine",  # a genre
        "landscape inspired by Orla Vexmoor's body of work, water lilies",  # an oeuvre
        "Orla Vexmoor body double on set, film still",
        "Orla Vexmoor body language study, charcoal",
        "Orla Vexmoor bodyguard in a black suit",  # one word: no body
        "Orla Vexmoor body builder poster, 1980s gym",  # a trade
        "Orla Vexmoor body camera footage, night patrol",
        "Orla Vexmoor, body positive campaign poster",  # a comma between: the body is no longer hers
    ],
)
def test_phrases_that_are_no_body_of_the_person(scanner: TextScanner, text: str) -> None:
    assert body_cues(scanner, text) == []


def test_an_unlisted_name_shape_before_body_is_left_to_the_lexicons() -> None:
    # "těsné flitrové body" is a sequinned bodysuit in Czech: a name shape (weak, no role) before "body" is no person
    context = ScanContext(normalize("Hana Zelenková body"))
    context.signals.append(
        Signal(kind=SignalKind.NER_PERSON, source="shape", text="Hana Zelenková", span=(0, 14), detail={"corroborated": False})
    )
    assert NamedBodyDetector().detect(context) == []
    context.signals[0] = Signal(
        kind=SignalKind.NER_PERSON, source="shape", text="Hana Zelenková", span=(0, 14), detail={"corroborated": True}
    )
    assert [s.label for s in NamedBodyDetector().detect(context)] == ["hana zelenková body"]


def test_the_cue_reports_its_span_in_the_scanned_text() -> None:
    text = "sketch with Orla Vexmoor body"
    context = ScanContext(normalize(text))
    context.signals.append(Signal(kind=SignalKind.PERSON_NAME, source="gazetteer", text="Orla Vexmoor", span=(12, 24)))
    [cue] = NamedBodyDetector().detect(context)
    assert cue.kind is SignalKind.SEXUAL_SUGGESTIVE
    assert cue.span is not None and text[cue.span[0] : cue.span[1]] == "Orla Vexmoor body"
