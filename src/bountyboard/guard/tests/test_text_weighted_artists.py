"""Round 7 (decision 0031): an unlisted name that fills a prompt attention weight on its own, next to another
weighted name, is one item of a list of artists; sentences written for the test, with the counter-cases that
keep the person (sexual text, one weighted name alone, a name with other words in its weight)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.text import frames
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    "text",
    [
        "a lighthouse in a storm, (Anselmo Brunetti:1.2), (Ian Miller:1.1), 8k",
        "un phare dans la tempête, (Honorine Vauclair:1.2), (Ted Nasmith:1.3), huile",
        "ein Leuchtturm im Sturm, (Kasimir Feldhoff:1.1), (Benedikt Sommerau:1.2), Ölgemälde",
        "latarnia morska w burzy, (Zdzisław Kowalczyk:1.2), (Ian Miller:1.2)",
        "fırtınada bir deniz feneri, (Ian Miller:1.2), (Ferit Karaosmanlı:1.1)",
    ],
)
def test_weighted_names_in_a_row_are_artists(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("(Anselmo Brunetti:1.2), (Ian Miller:1.1), nude, photo", Decision.BLOCK),  # sexual text: the subject
        ("a portrait photo, (Anselmo Brunetti:1.2), bokeh, 8k", Decision.CONSENT_REQUIRED),  # one weighted name
        ("(photo of Anselmo Brunetti:1.2), (Ian Miller:1.1)", Decision.CONSENT_REQUIRED),  # more than the name
    ],
)
def test_weighted_subjects_stay(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


def test_weighted_slot_reads_only_the_weight() -> None:
    text = "(Anselmo Brunetti:1.2), (Ian Miller:1.1)"
    slot = frames.weighted_slot(text, (1, 17))
    assert slot == (0, 22)
    assert frames.weighted_neighbours(text, [slot, (24, 39)], slot)
    assert frames.weighted_slot("photo of Anselmo Brunetti, 8k", (9, 25)) is None


def test_a_weighted_surname_may_keep_one_word_before_it() -> None:
    text = "(even amundsen:1.1), (witkacy:1.3)"
    assert frames.weighted_slot(text, (6, 14)) is None  # a name fills its weight on its own...
    assert frames.weighted_slot(text, (6, 14), word_before=True) == (0, 19)  # ...or after one word no list knows
    assert frames.weighted_items(text) == [((0, 19), "even amundsen"), ((21, 34), "witkacy")]


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 20: the neighbouring weighted name may be one no rule finds on its own
        ("puerto al atardecer, (torres garcía:1.3), (tobias kelvermoor:0.7), colores tierra", Decision.ALLOW),
        ("bazaar at noon, (tobias kelvermoor:1.2), (abidin dino:0.8), expressionist", Decision.ALLOW),
        # session 25: a three-word painter's name whose last two words the pair rule found
        ("(bedri tobias kelvermoor:1.3), (abidin dino:0.8), van gölü, renkli çizgiler", Decision.ALLOW),
        ("minareler, (hoca tobias kelvermoor:1.2), watercolor, 19th century", Decision.ALLOW),
        # ... but a noun and its adjective weighted beside a name is no second name
        ("retrato, (Anselmo Brunetti:1.2), (cara detallada:1.1), luz suave", Decision.CONSENT_REQUIRED),
    ],
)
def test_a_weighted_neighbour_no_rule_found_still_makes_a_list(scanner: TextScanner, text: str, decision: Decision) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        # session 21: one weighted name among a painting's tags is its painter
        ("dorfplatz im winter, bäuerinnen mit kopftuch, (tobias kelvermoor:1.2), expressionistisch, dunkle konturen",
         Decision.ALLOW),
        ("village sous la neige, clocher, peinture naïve, (anselmo brunetti:1.2), couleurs vives", Decision.ALLOW),
        # ... not the prompt's first tag, nor a name with a role beside it, nor one in sexual text
        ("(tobias kelvermoor:1.3), village square, oil painting, warm light", Decision.CONSENT_REQUIRED),
        ("village square, (tobias kelvermoor:1.3), weather presenter, oil painting", Decision.CONSENT_REQUIRED),
        ("village square, (tobias kelvermoor:1.3), shirtless, oiled, oil painting", Decision.BLOCK),
    ],
)
def test_one_weighted_name_among_a_paintings_tags_is_its_painter(
    scanner: TextScanner, text: str, decision: Decision
) -> None:
    assert Policy().decide(scanner.scan(text)).decision is decision
