"""The site's guard engine gets its stores from the apps that own them, and refuses to run without."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

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


def test_the_site_does_not_read_the_learned_likeness_score_yet() -> None:
    # decision 0053: trained on requests, not entries or comments, and a bounty's parts are screened one by one
    names = [detector.name for detector in engine.guard_engine().text.detectors]
    assert "likeness-context" not in names and "given-name-surname" in names
