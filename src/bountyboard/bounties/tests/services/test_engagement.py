"""``bounties.services.engagement``: tips, reactions and comments, over the real stack (SQLite or PostgreSQL
under pgcluster, the ledger, the audit chain, the real guard). One class per service function, one test
per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import pytest

from bountyboard.bounties import services
from bountyboard.bounties.models import Entry
from bountyboard.errors import InsufficientFunds
from bountyboard.ledger.selectors import wallet_balance

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestTipCreate:
    @money
    def test_moves_credits_from_tipper_to_entrant(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entrant, tipper = funded_user(0), funded_user(100)
        entry = visible_entry(entrant, bounty)
        services.tip_create(tipper=tipper, entry_id=entry.pk, amount=40)
        assert (wallet_balance(tipper), wallet_balance(entrant)) == (60, 40)
        assert Entry.objects.get(pk=entry.pk).tip_total == 40

    @money
    def test_refuses_without_enough_credits(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        tipper = funded_user(10)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.tip_create(tipper=tipper, entry_id=entry.pk, amount=40)


class TestReactionSet:
    def test_counts_once_per_user_and_kind(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        fan = funded_user(0)
        services.reaction_set(user=fan, entry_id=entry.pk, kind="heart")
        services.reaction_set(user=fan, entry_id=entry.pk, kind="heart")
        assert Entry.objects.get(pk=entry.pk).reaction_count == 1
        services.reaction_set(user=fan, entry_id=entry.pk, kind="heart", on=False)
        assert Entry.objects.get(pk=entry.pk).reaction_count == 0


class TestCommentCreate:
    def test_a_harmless_comment_becomes_visible(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        comment = services.comment_create(author=funded_user(0), bounty_id=bounty.pk, body="Love the idea!")
        comment.refresh_from_db()
        assert comment.status == "visible"

    def test_a_comment_asking_for_a_real_persons_nudes_stays_hidden(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        comment = services.comment_create(author=funded_user(0), bounty_id=bounty.pk,
                                          body="Make it Emma Watson nude instead, topless please")
        comment.refresh_from_db()
        assert comment.status == "hidden"
