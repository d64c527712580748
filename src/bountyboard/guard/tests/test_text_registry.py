"""TextScanner.set_protected_persons: registry names, aliases, handles and near-misspellings."""

from __future__ import annotations

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text.scanner import TextScanner

LEA = ProtectedPerson(
    person_id="p-lea",
    names=("Léa Moreau",),
    aliases=("Lea Fit",),
    handles=("@lea.moreau.fit", "https://www.instagram.com/leamoreau_official/"),
    verified=True,
)
ANON = ProtectedPerson(person_id="p-anon", names=("Jordan Kessler",), verified=False)
PAUSED = ProtectedPerson(person_id="p-paused", names=("Mira Castellanos",), verified=True, active=False)


@pytest.fixture
def scanner() -> TextScanner:
    scanner = TextScanner(TextConfig())
    scanner.set_protected_persons([LEA, ANON, PAUSED])
    return scanner


def protected(signals: list[Signal]) -> list[Signal]:
    return [s for s in signals if s.kind is SignalKind.PROTECTED_PERSON]


class TestSetProtectedPersons:
    def test_name_matches_with_person_id_and_verified(self, scanner: TextScanner) -> None:
        [found] = protected(scanner.scan("LoRA of Lea Moreau at the gym"))
        assert (found.person_id, found.detail["verified"], found.text) == ("p-lea", True, "Lea Moreau")

    def test_alias_matches(self, scanner: TextScanner) -> None:
        assert [s.person_id for s in protected(scanner.scan("Lea Fit workout set"))] == ["p-lea"]

    def test_handle_matches(self, scanner: TextScanner) -> None:
        [found] = protected(scanner.scan("Fitness LoRA of @lea.moreau.fit"))
        assert (found.person_id, found.text) == ("p-lea", "@lea.moreau.fit")

    def test_profile_url_handle_matches(self, scanner: TextScanner) -> None:
        [found] = protected(scanner.scan("pics from instagram.com/leamoreau_official please"))
        assert found.person_id == "p-lea"

    def test_evasion_of_a_registry_name_matches(self, scanner: TextScanner) -> None:
        assert [s.person_id for s in protected(scanner.scan("L3a M0reau nude"))] == ["p-lea"]

    def test_near_misspelling_matches_fuzzily(self, scanner: TextScanner) -> None:
        [found] = protected(scanner.scan("portrait of Lea Morreau in a forest"))
        assert found.person_id == "p-lea"
        assert found.detail["fuzzy"] is True
        assert found.score < 1.0

    def test_a_different_name_does_not_match_fuzzily(self, scanner: TextScanner) -> None:
        assert protected(scanner.scan("portrait of Leo Marceau in a forest")) == []

    def test_unverified_person_is_marked_unverified(self, scanner: TextScanner) -> None:
        [found] = protected(scanner.scan("Jordan Kessler as a knight"))
        assert found.detail["verified"] is False

    def test_paused_protection_matches_nothing(self, scanner: TextScanner) -> None:
        assert protected(scanner.scan("Mira Castellanos as a knight")) == []

    def test_registry_wins_over_the_gazetteer_for_the_same_name(self) -> None:
        scanner = TextScanner(TextConfig())
        scanner.set_protected_persons([ProtectedPerson(person_id="p-zen", names=("Zendaya",), verified=True)])
        signals = scanner.scan("Zendaya LoRA (SDXL)")
        assert [s.kind for s in signals if s.kind in (SignalKind.PROTECTED_PERSON, SignalKind.PERSON_NAME)] == [
            SignalKind.PROTECTED_PERSON
        ]

    def test_a_short_one_word_alias_needs_a_capital(self) -> None:
        scanner = TextScanner(TextConfig())
        scanner.set_protected_persons([ProtectedPerson(person_id="p-mia", names=("Mia Kovač",), aliases=("Mia",), verified=True)])
        assert protected(scanner.scan("la mia vicina, una foto")) == []
        assert [s.person_id for s in protected(scanner.scan("Mia as a knight"))] == ["p-mia"]

    def test_replacing_the_registry_forgets_removed_people(self, scanner: TextScanner) -> None:
        scanner.set_protected_persons([ANON])
        assert protected(scanner.scan("LoRA of Lea Moreau")) == []
        assert [s.person_id for s in protected(scanner.scan("Jordan Kessler portrait"))] == ["p-anon"]

    def test_an_empty_registry_matches_nothing(self, scanner: TextScanner) -> None:
        scanner.set_protected_persons([])
        assert protected(scanner.scan("LoRA of Lea Moreau, @lea.moreau.fit")) == []
