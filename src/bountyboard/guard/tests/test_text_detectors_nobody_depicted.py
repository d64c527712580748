"""A request that says nobody is in the picture: an unlisted name in it is a thing's (decision 0051); what the
statement never lifts.

Names are made up for these tests (the stadium, brand and ship names too); sentences are written for them, in the
ten languages of issue 8.
"""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.named_things import nobody_depicted
from bountyboard.guard.text.normalize import normalize
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def decide(scanner: TextScanner, text: str) -> tuple[Decision, list[str]]:
    verdict = Policy().decide(scanner.scan(text))
    return verdict.decision, [r.code for r in verdict.reasons]


def states_nobody(text: str) -> bool:
    return nobody_depicted(normalize(text).words.text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "night street, wet cobbles, no people, 24mm",
        "old terraces in the rain, no people in shot",
        "a poster of the fell round, map and peaks, no figures needed",
        "finisher medal on a stone wall, nobody on it",
        "grandstand at dusk, no recognizable faces",
        "place pavée la nuit, aucune personne, grand angle",
        "vitrine de boulangerie, sans personne, lumière chaude",
        "plaza mojada de noche, sin gente, gran angular",
        "Hafen im Nebel, ohne Menschen, Weitwinkel",
        "Marktplatz am Morgen, keine Personen",
        "porto all'alba, senza persone, grandangolo",
        "rua de Lisboa à noite, sem pessoas, 35mm",
        "skocznia zimą, bez ludzi, widok z lotu ptaka",
        "stadion retro, kibice bez rozpoznawalnych twarzy",
        "náměstí v noci, bez lidí, široký úhel",
        "grachten in de mist, geen mensen, groothoek",
        "eski stadyum, meşaleler, insan yok, geniş açı",
        "Güvertede insan yüzü olmasın, sadece gemi",
        "tribünler dolu ama kimse tanınmasın",
    ],
)
def test_the_statement_in_ten_languages(text: str) -> None:
    assert states_nobody(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orla Vexmoor on a bench, no people in the background",
        "Orla Vexmoor on the pier, no people around",
        "Orla Vexmoor alone, no one else",
        "Orla Vexmoor sur le quai, sans personne dans le fond",
        "Orla Vexmoor sur le quai, aucune personne autour",
        "Orla Vexmoor am Hafen, keine Menschen im Hintergrund",
        "nobody will know it's her",
        "Orla Vexmoor, portrait, people everywhere",
        "nobody real, just how I picture him",
    ],
)
def test_statements_about_the_background_or_the_others_are_none(text: str) -> None:
    assert not states_nobody(text)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a place with a given name's shape and a word after it: weak, a moderator's without the statement
        ("Wielka Skocznia zimą, fajerwerki nad skocznią, styl retro lat 70", ", nobody in it"),
        ("Wielka Skocznia zimą, fajerwerki nad skocznią, styl retro lat 70", ", bez ludzi"),
        ("Wielka Skocznia zimą, fajerwerki nad skocznią, styl retro lat 70", ", kibice bez rozpoznawalnych twarzy"),
    ],
)
def test_a_weak_name_in_a_picture_without_people_is_allowed(scanner: TextScanner, text: str, statement: str) -> None:
    assert decide(scanner, text)[0] is Decision.REVIEW
    decision, codes = decide(scanner, text + statement)
    assert decision is Decision.ALLOW
    assert codes == ["no_person_depicted"]


def test_the_signal_carries_the_statement_span(scanner: TextScanner) -> None:
    text = "Wielka Skocznia zimą, bez ludzi, styl retro"
    found = [s for s in scanner.scan(text) if s.kind is SignalKind.NO_PERSON_DEPICTED]
    assert [(s.text, s.span) for s in found] == [("bez ludzi", (22, 31))]


def test_nothing_is_reported_without_a_name(scanner: TextScanner) -> None:
    assert not [s for s in scanner.scan("misty harbour, no people, 35mm") if s.kind is SignalKind.NO_PERSON_DEPICTED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed person stays one: the statement only reads weak names
        ("Emma Watson on a beach, no people", Decision.CONSENT_REQUIRED),
        # sexual text keeps every name's weight
        ("Wielka Skocznia nago na plaży, bez ludzi", Decision.BLOCK),
        # a likeness sought cancels the statement ("realistic face", "LoRA")
        ("the face of Orla Vexmoor at the harbour, no people", Decision.CONSENT_REQUIRED),
        ("LoRA of Wielka Skocznia, bez ludzi", Decision.CONSENT_REQUIRED),
        # a private person is blocked whatever the text says
        ("photos of my neighbour attached, her at the window, no people in the street", Decision.BLOCK),
    ],
)
def test_what_the_statement_never_lifts(scanner: TextScanner, text: str, expected: Decision) -> None:
    assert decide(scanner, text)[0] is expected
