"""The site's guard engine gets its stores from the apps that own them, and refuses to run without."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from bountyboard.guard.policy import LIKENESS_LIKELY
from bountyboard.guard.signals import SignalKind
from bountyboard.guard.store.interfaces import BankStore, RegistryStore
from bountyboard.screening import engine
from bountyboard.screening.models import Screening
from bountyboard.screening.services import screening_perform


def test_the_installed_apps_registered_both_stores_and_the_engine_uses_them() -> None:
    guard = engine.guard_engine()
    assert isinstance(guard.registry, RegistryStore) and isinstance(guard.banks, BankStore)
    assert guard.registry is engine._registry_store and guard.banks is engine._bank_store


@pytest.mark.parametrize("missing", ["_registry_store", "_bank_store"])
def test_a_missing_store_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setattr(engine, "_guard", None)
    monkeypatch.setattr(engine, missing, None)
    name = "registry" if missing == "_registry_store" else "banks"
    with pytest.raises(ImproperlyConfigured, match=f"no {name} store.*screening_store_register"):
        engine.guard_engine()


@pytest.mark.django_db
def test_a_scan_without_its_stores_fails_closed_to_review(monkeypatch: pytest.MonkeyPatch, settings: Any) -> None:
    settings.SCREENING_MAX_ATTEMPTS = 2
    monkeypatch.setattr(engine, "_guard", None)
    monkeypatch.setattr(engine, "_bank_store", None)
    row = Screening.objects.create(subject_type="test", subject_id=1, kind="text", text="A watercolour fox.")
    first = screening_perform(screening_id=row.pk)  # tried again later: the stores may come back
    assert first is not None and (first.status, first.attempts) == ("pending", 1)
    result = screening_perform(screening_id=row.pk)
    assert result is not None
    assert (result.status, result.decision) == ("failed", "review")
    assert result.reasons[0]["code"] == "scan_failed"


LIKENESS_REQUEST = "LoRA of the weather lady from our local channel, 40 photos of her face, she has to look like her"


@pytest.mark.django_db
def test_no_text_scan_of_the_site_reads_the_learned_likeness_score() -> None:
    # decision 0053: trained on requests, not entries or comments; a bounty's whole request is read once, pooled
    guard = engine.guard_engine()
    names = [detector.name for detector in guard.text.detectors]
    assert "likeness-context" not in names and "given-name-surname" in names
    assert SignalKind.LIKENESS_CONTEXT not in {s.kind for s in guard.text_signals(LIKENESS_REQUEST)}


def test_a_whole_request_is_read_once_for_its_pooled_decision() -> None:
    [signal] = engine.screening_request_likeness_signals(LIKENESS_REQUEST)
    assert signal.kind is SignalKind.LIKENESS_CONTEXT and signal.score >= LIKENESS_LIKELY
    assert engine.screening_request_likeness_signals("A watercolour fox.") == []  # too short to read


def test_an_operator_who_turns_the_reading_off_turns_it_off_for_bounties_too(
    monkeypatch: pytest.MonkeyPatch, settings: Any, tmp_path: Path
) -> None:
    config = tmp_path / "guard.toml"
    config.write_text("[text]\nlikeness_context = false\n", encoding="utf-8")
    settings.GUARD_CONFIG_FILE = str(config)
    monkeypatch.setattr(engine, "_guard", None)
    monkeypatch.setattr(engine, "_request_likeness", True)
    assert engine.screening_request_likeness_signals(LIKENESS_REQUEST) == []
