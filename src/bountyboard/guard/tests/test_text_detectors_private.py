"""Private people: relations, shop workers of the poster's shop, and photos taken in secret, in ten languages."""

from __future__ import annotations

import pytest

from bountyboard.guard.policy import Policy
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.text.scanner import TextScanner
from bountyboard.guard.verdict import Decision


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


@pytest.mark.parametrize(
    "text",
    [
        "la fleuriste de mon quartier, je l'ai prise en photo",
        "die Verkäuferin vom Bäcker, hab heimlich Fotos gemacht",
        "la cajera del supermercado, le saqué fotos a escondidas",
        "la commessa del mio negozio, foto di nascosto",
        "a vendedora da minha rua, tirei fotos às escondidas",
        "ekspedientka z mojego sklepu, zrobiłem jej zdjęcia",
        "servírka z naší hospody, vyfotil jsem ji",
        "de serveerster van mijn stamcafé, ik heb stiekem foto's",
        "kafedeki garson kız, gizlice fotoğrafını çektim",
        "the waitress at my diner, i took some pics of her",
        "la mia coinquilina in costume, dalla foto che ti mando",
        "dcera mé sousedky v plavkách",
        "syn mého kamaráda na pláži, fotky v příloze",
    ],
)
def test_private_people_in_ten_languages_are_blocked(scanner: TextScanner, text: str) -> None:
    signals = scanner.scan(text)
    assert any(s.kind is SignalKind.PRIVATE_PERSON_CUE for s in signals), text
    assert Policy().decide(signals).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "la boulangerie de mon quartier, photo au petit matin",  # a shop, not a person
        "heimlich verliebt, ein Gedicht als Poster",  # "heimlich" without a photo
        "a waitress at a 1950s diner, illustration",
    ],
)
def test_shops_and_secrets_that_are_no_private_person(scanner: TextScanner, text: str) -> None:
    assert not any(s.kind is SignalKind.PRIVATE_PERSON_CUE for s in scanner.scan(text)), text
