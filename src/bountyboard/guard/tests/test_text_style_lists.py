"""Unlisted artists deep in a prompt's list of styles stay styles; a person cast or depicted in the same
list stays a person (decision 0032)."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.detectors.listed_context import styles_listed_before
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


def people(scanner: TextScanner, text: str) -> list[str]:
    return [s.text or "" for s in scanner.scan(text) if s.kind in (SignalKind.NER_PERSON, SignalKind.PERSON_NAME)]


@pytest.mark.parametrize(
    "text",
    [
        # the sixth and seventh item after the cue
        "narcissus in the style of wayne barlowe, gustav moreau, goward, bussiere, roberto ferri, santiago caruso, "
        "luis ricardo falero, austin osman spare",
        "a lighthouse in a storm, by kawase hasui, moebius, Edward Hopper and James Gilleard, Zdzislaw Beksinski, "
        "Steven Outram colorful flat surreal design, hd, 8k",
        "A vintage ad for a bakery by Gil Elvgren, Julie Bell, krenz cushart, Greg Hildebrandt and Randolph Stanley Hewton",
        "paysage de montagne, dans le style de Caspar David Friedrich, Ivan Shishkin, Albert Bierstadt et Marta Wiśniewska",
        # no cue, but two listed styles right before
        "don bluth, artgerm, joshua middleton, steampunk, anthropomorphic squirrel in a policeman outfit",
        # round 10: one listed style right before is enough for a name no list holds
        "a sword fight between a man and his brother. Ruan Jia, Phil Hale",
        "ty lee, full shot, atmospheric lighting, by makoto shinkai, stanley artgerm lau",
        "app logo, minimalist, design by saul bass, rob janoff, 4k",
    ],
)
def test_an_unlisted_name_further_down_a_list_of_styles_is_a_style(scanner: TextScanner, text: str) -> None:
    assert people(scanner, text) == []
    assert Policy().decide(scanner.scan(text)).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "art by artgerm, greg rutkowski, marta zielonka as a knight in shining armour",  # cast: a depiction
        "by loish, artgerm, marta zielonka riding a horse through the snow",  # doing something
        "by kawase hasui, moebius, edward hopper, portrait of steven outram",  # its own item is a likeness frame
        "greg rutkowski, marta zielonka as a knight in shining armour",  # one style before, then cast
    ],
)
def test_a_person_cast_in_the_same_list_stays_a_person(scanner: TextScanner, text: str) -> None:
    assert Policy().decide(scanner.scan(text)).decision is not Decision.ALLOW


def test_in_sexual_text_a_listed_name_is_not_excused(scanner: TextScanner) -> None:
    text = "by greg rutkowski, artgerm, wlop, marta zielonka, lingerie, boudoir photo"
    assert Policy().decide(scanner.scan(text)).decision in (Decision.BLOCK, Decision.REVIEW)


def test_styles_listed_before_needs_each_item_to_be_a_style() -> None:
    text = "don bluth, loish, joshua middleton"
    bluth, loish = (0, 9), (11, 16)
    name = text.index("joshua")
    assert styles_listed_before(text, name, {bluth[1]: bluth[0], loish[1]: loish[0]})
    assert not styles_listed_before(text, name, {loish[1]: loish[0]})  # one style is not a list
    assert not styles_listed_before("don bluth, loish joshua middleton", 17, {loish[1]: loish[0], bluth[1]: bluth[0]})


@pytest.mark.parametrize(
    "text",
    [
        # round 41: cited as a style in one mention, the name is that artist in the others; listed or not
        "Harbour scenes like Stanley Kelvarth\nwant 5 images of Kirkwall harbour and the Ring of Brodgar painted in the "
        "style of stanley kelvarth, bright clean colours",
        "Ara Güler havasında Galata iskelesi\nGalata'nın eski iskelesini Ara Güler'in siyah-beyaz fotoğrafları gibi "
        "istiyorum: vapurlar, sis, gren",
        "Heimat-Look wie bei Edgar Reitz\nSchwarzweiß-Stills eines Dorfes, wie in Edgar Reitz' 'Heimat'",
    ],
)
def test_a_name_cited_as_a_style_once_is_that_style_in_every_mention(scanner: TextScanner, text: str) -> None:
    assert people(scanner, text) == [], text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jim Kelvar from Harbourside, played by Douglas Ardross, on the pier, cinematic still", "Douglas Ardross"),
        ("portrait of Edgar Reitz on set, in the style of Edgar Reitz", "Edgar Reitz"),
    ],
)
def test_a_cast_actor_or_a_portrait_beside_the_style_stays_a_person(scanner: TextScanner, text: str, person: str) -> None:
    assert person in people(scanner, text)
