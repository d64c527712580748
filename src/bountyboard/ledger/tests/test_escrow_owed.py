"""The hook through which the bounties app tells ``ledger audit`` what each escrow must hold."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from bountyboard.accounts.models import User
from bountyboard.ledger import escrow_owed
from bountyboard.ledger.escrow_owed import ledger_escrow_owed
from bountyboard.ledger.services import escrow_for, ledger_post
from bountyboard.ledger.tests.conftest import funded_wallet

pytestmark = pytest.mark.django_db


def test_the_installed_site_registers_a_reader_of_held_stakes() -> None:
    # No bounty holds a stake yet: the reader the bounties app registered answers, with nothing owed.
    assert ledger_escrow_owed() == {}


def test_ledger_audit_names_an_escrow_its_bounty_does_not_owe(alice: User) -> None:
    wallet = funded_wallet(alice, 100, "g")
    # Credits moved into bounty 7's escrow with no held contribution behind them.
    ledger_post(idempotency_key="stray", kind="contribution", postings=[(wallet, -30), (escrow_for(7), 30)])
    err = StringIO()
    with pytest.raises(CommandError, match="1 discrepancies"):
        call_command("ledger", "audit", stderr=err)
    assert "escrow of bounty 7 holds 30, its open pool is 0" in err.getvalue()


def test_without_a_reader_the_escrow_check_is_skipped_and_said(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(escrow_owed, "_source", None)
    assert ledger_escrow_owed() is None
    wallet = funded_wallet(alice, 100, "g")
    ledger_post(idempotency_key="stray", kind="contribution", postings=[(wallet, -30), (escrow_for(7), 30)])
    out, err = StringIO(), StringIO()
    call_command("ledger", "audit", stdout=out, stderr=err)
    assert "the escrow check was skipped" in err.getvalue() and "ledger audit: OK" in out.getvalue()


def test_the_registered_reader_is_what_the_audit_compares(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(escrow_owed, "_source", None)
    escrow_owed.ledger_escrow_owed_register(lambda: {3: 12})
    assert ledger_escrow_owed() == {3: 12}
