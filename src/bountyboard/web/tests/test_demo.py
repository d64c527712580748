"""`bountyboard demo seed`: creates the demo through the real services and guard, and a second run
changes nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.bounties.models import Bounty, Contribution, Entry
from bountyboard.ledger.models import LedgerAccount, LedgerTransaction
from bountyboard.ledger.selectors import ledger_discrepancies
from bountyboard.web.management.commands.demo import DEMO_BOUNTIES, DEMO_USERS

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot() -> dict[str, object]:
    return {
        "users": sorted(User.objects.values_list("username", flat=True)),
        "bounties": sorted(Bounty.objects.values_list("title", "status", "pool")),
        "contributions": Contribution.objects.count(),
        "entries": sorted(Entry.objects.values_list("status", flat=True)),
        "transactions": LedgerTransaction.objects.count(),
        "balances": sorted(LedgerAccount.objects.values_list("kind", "balance")),
        "audit_events": AuditEvent.objects.count(),
    }


class TestDemoSeed:
    def test_seeds_open_bounties_an_entry_and_prints_the_logins(self) -> None:
        out = io.StringIO()
        call_command("demo", "seed", stdout=out)
        assert Bounty.objects.filter(status="open").count() == len(DEMO_BOUNTIES)
        assert Entry.objects.get().status == "visible"
        assert Contribution.objects.filter(is_poster=False).count() == 1
        for spec in DEMO_USERS:
            assert spec.password in out.getvalue()
            assert Client().login(request=HttpRequest(), username=spec.username, password=spec.password)
        assert ledger_discrepancies() == []
        home = Client().get("/")
        for spec in DEMO_BOUNTIES:
            assert spec.title in home.content.decode()

    def test_second_run_changes_nothing(self) -> None:
        call_command("demo", "seed", stdout=io.StringIO())
        first = snapshot()
        call_command("demo", "seed", stdout=io.StringIO())
        assert snapshot() == first
