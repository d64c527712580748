"""``bounties.services.contributions``: benefactors' stakes, over the real stack (SQLite or PostgreSQL under
pgcluster, the ledger, the audit chain, the real guard). One class per service function, one test per
scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import pytest

from bountyboard.bounties import services
from bountyboard.bounties.tests.services.clock import expire
from bountyboard.errors import Conflict, InsufficientFunds, ValidationFailed
from bountyboard.ledger.selectors import escrow_balance, wallet_balance

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestBountyContribute:
    @money
    def test_adds_to_the_pool_in_escrow(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        benefactor = funded_user(1_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        bounty.refresh_from_db()
        assert (bounty.pool, bounty.benefactor_count, escrow_balance(bounty.pk), wallet_balance(benefactor)) == (
            800, 2, 800, 700)

    @money
    @pytest.mark.parametrize("amount", [49, 2_001])
    def test_refuses_outside_min_and_max(self, funded_user, open_bounty, unchanged, amount):
        bounty = open_bounty(funded_user())
        benefactor = funded_user(5_000)
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=amount)

    @money
    def test_refuses_without_enough_credits(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        benefactor = funded_user(60)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)

    @money
    def test_refuses_a_second_stake(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)
        with unchanged(), pytest.raises(Conflict):
            services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)

    @money
    def test_refuses_after_expiry(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        expire(bounty)
        with unchanged(), pytest.raises(Conflict):
            services.bounty_contribute(benefactor=funded_user(0), bounty_id=bounty.pk, amount=100)


class TestBountyContributionRaise:
    @money
    def test_a_benefactor_raises_their_stake_with_its_own_ledger_movement(self, funded_user, open_bounty):
        from bountyboard.audit.models import AuditEvent
        from bountyboard.ledger.models import LedgerTransaction
        from bountyboard.ledger.selectors import ledger_discrepancies

        bounty = open_bounty(funded_user())
        benefactor = funded_user(1_000)
        stake = services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        movements = LedgerTransaction.objects.count()
        raised = services.bounty_contribution_raise(benefactor=benefactor, bounty_id=bounty.pk, amount=200)
        bounty.refresh_from_db()
        assert raised.pk == stake.pk and raised.amount == 500
        assert (bounty.pool, bounty.benefactor_count, escrow_balance(bounty.pk), wallet_balance(benefactor)) == (
            1_000, 2, 1_000, 500)
        assert LedgerTransaction.objects.count() == movements + 1
        event = AuditEvent.objects.get(action="bounty.contribution_raise")
        assert (event.data["before"], event.data["after"], event.data["added"]) == (300, 500, 200)
        assert ledger_discrepancies() == []

    @money
    def test_refuses_above_the_bounty_maximum(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())  # at most 2,000 credits per benefactor
        benefactor = funded_user(5_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=1_900)
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_contribution_raise(benefactor=benefactor, bounty_id=bounty.pk, amount=101)
        assert refused.value.code == "above_maximum" and "100" in refused.value.message

    @money
    def test_refuses_without_a_stake_or_enough_credits_or_after_expiry(self, funded_user, open_bounty, unchanged):
        from bountyboard.errors import NotFound

        bounty = open_bounty(funded_user())
        stranger = funded_user(1_000)
        with unchanged(), pytest.raises(NotFound):
            services.bounty_contribution_raise(benefactor=stranger, bounty_id=bounty.pk, amount=100)
        poor = funded_user(100)
        services.bounty_contribute(benefactor=poor, bounty_id=bounty.pk, amount=100)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.bounty_contribution_raise(benefactor=poor, bounty_id=bounty.pk, amount=50)
        expire(bounty)
        with unchanged(), pytest.raises(Conflict):
            services.bounty_contribution_raise(benefactor=poor, bounty_id=bounty.pk, amount=1)
