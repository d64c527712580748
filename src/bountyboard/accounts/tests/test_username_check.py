"""``accounts.username_check``: the screening app's check is registered at start-up, and signup
cannot run without one (fail closed)."""

from __future__ import annotations

import pytest

from bountyboard.accounts import username_check


@pytest.mark.django_db  # the guard reads the site's likeness registry
def test_the_screening_app_registered_its_check() -> None:
    assert username_check.accounts_username_refusal("fox_painter") is None
    assert username_check.accounts_username_refusal("emma_watson_nude")


def test_without_a_registered_check_it_refuses_to_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(username_check, "_check", None)
    with pytest.raises(RuntimeError, match="no username check is registered"):
        username_check.accounts_username_refusal("fox_painter")
