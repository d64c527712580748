"""``bounties.services.scheduled``: expiry and the scheduler's tick, over the real stack (SQLite or
PostgreSQL under pgcluster, the ledger, the audit chain, the real guard). One class per service function,
one test per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import pytest

from bountyboard.bounties import services
from bountyboard.bounties.models import Bounty
from bountyboard.bounties.tests.services.clock import expire
from bountyboard.ledger.selectors import escrow_balance, ledger_discrepancies, wallet_balance

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestBountyExpire:
    @money
    def test_moves_to_awarding_when_there_are_entries(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        visible_entry(funded_user(0), bounty)
        expire(bounty)
        bounty = services.bounty_expire(bounty_id=bounty.pk)
        assert bounty.status == "awarding" and bounty.awarding_ends_at is not None

    @money
    def test_refunds_everyone_without_eligible_entries(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        expire(bounty)
        assert services.bounty_expire(bounty_id=bounty.pk).status == "expired"
        assert (wallet_balance(poster), escrow_balance(bounty.pk)) == (1_000, 0)


    @money
    def test_a_bounty_still_waiting_for_consent_at_expiry_is_refunded(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert Bounty.objects.get(pk=bounty.pk).status == "consent_pending"
        expire(bounty)
        assert services.bounty_expire(bounty_id=bounty.pk).status == "expired"
        assert (wallet_balance(poster), escrow_balance(bounty.pk)) == (1_000, 0)


class TestBountiesTick:
    @money
    def test_is_safe_to_run_twice(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        expire(bounty)
        first = services.bounties_tick()
        second = services.bounties_tick()
        assert bounty.pk in first.expired and second.expired == []
        assert wallet_balance(poster) == 1_000
        assert ledger_discrepancies() == []
