"""``bounties.services.awards``: awards and the awarding-window rule, over the real stack (SQLite or
PostgreSQL under pgcluster, the ledger, the audit chain, the real guard). One class per service function,
one test per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from bountyboard.bounties import services
from bountyboard.bounties.models import Award, Bounty
from bountyboard.bounties.tests.services.clock import expire
from bountyboard.errors import Conflict, NotFound, PermissionDenied
from bountyboard.ledger.selectors import escrow_balance, ledger_discrepancies, wallet_balance
from bountyboard.testing.uploads import safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestBountyAward:
    @money
    def test_pays_the_entrant_and_closes_when_every_stake_is_awarded(self, funded_user, open_bounty, visible_entry):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        award = services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        bounty.refresh_from_db()
        assert (award.amount, wallet_balance(entrant), escrow_balance(bounty.pk)) == (500, 500, 0)
        assert (bounty.status, bounty.pool) == ("awarded", 0)
        assert ledger_discrepancies() == []

    @money
    def test_takes_the_platform_fee_when_one_is_set(self, funded_user, open_bounty, visible_entry, settings):
        settings.BOUNTY_PLATFORM_FEE_PERCENT = 10
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        award = services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        assert (award.fee, wallet_balance(entrant), escrow_balance(bounty.pk)) == (50, 450, 0)
        assert ledger_discrepancies() == []

    @money
    def test_each_benefactor_awards_their_own_stake(self, funded_user, open_bounty, visible_entry):
        poster = funded_user()
        bounty = open_bounty(poster)
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=200)
        first, second = funded_user(0), funded_user(0)
        entry_a, entry_b = visible_entry(first, bounty), visible_entry(second, bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry_a.pk)
        assert Bounty.objects.get(pk=bounty.pk).status == "open"  # one stake still held
        services.bounty_award(benefactor=benefactor, bounty_id=bounty.pk, entry_id=entry_b.pk)
        assert (wallet_balance(first), wallet_balance(second)) == (500, 200)
        assert Bounty.objects.get(pk=bounty.pk).status == "awarded"

    @money
    def test_refuses_a_double_award(self, funded_user, open_bounty, visible_entry, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        services.bounty_contribute(benefactor=funded_user(), bounty_id=bounty.pk, amount=100)  # keeps it open
        entry = visible_entry(funded_user(0), bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        with unchanged(), pytest.raises(Conflict, match="already"):
            services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)

    @money
    def test_refuses_a_self_award(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=100)
        own = visible_entry(benefactor, bounty)
        with unchanged(), pytest.raises(PermissionDenied, match="own"):
            services.bounty_award(benefactor=benefactor, bounty_id=bounty.pk, entry_id=own.pk)

    @money
    def test_refuses_an_entry_the_guard_has_not_allowed(self, funded_user, open_bounty, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        # A PNG signature over garbage passes the upload check; the guard cannot decode it: blocked.
        entry = services.entry_submit(entrant=funded_user(0), bounty_id=bounty.pk, description="x",
                                      images=[("a.png", b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50)],
                                      files=[("m.safetensors", safetensors_bytes())])
        entry.refresh_from_db()
        assert entry.status == "blocked"
        assert any(r["code"] == "unsafe_file" for r in entry.reasons)
        with unchanged(), pytest.raises(Conflict, match="allowed"):
            services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)

    @money
    def test_refuses_someone_who_is_not_a_benefactor(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_award(benefactor=funded_user(0), bounty_id=bounty.pk, entry_id=entry.pk)

    def test_refuses_an_entry_of_another_bounty(self, funded_user, open_bounty, visible_entry, unchanged):
        poster = funded_user()
        bounty, other = open_bounty(poster), open_bounty(funded_user())
        entry = visible_entry(funded_user(0), other)
        with unchanged(), pytest.raises(NotFound):
            services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)


class TestBountyAwardWindowClose:
    """The rule of docs/decisions/0006-award-window-rule.md."""

    def _to_window_end(self, bounty: Bounty) -> Bounty:
        expire(bounty, ago=dt.timedelta(hours=1))
        services.bounty_expire(bounty_id=bounty.pk)
        Bounty.objects.filter(pk=bounty.pk).update(awarding_ends_at=timezone.now() - dt.timedelta(seconds=1))
        return services.bounty_award_window_close(bounty_id=bounty.pk)

    @money
    def test_an_unawarded_stake_follows_the_posters_pick(self, funded_user, open_bounty, visible_entry):
        poster = funded_user()
        bounty = open_bounty(poster)
        benefactor = funded_user()
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        picked, other = funded_user(0), funded_user(0)
        entry = visible_entry(picked, bounty)
        visible_entry(other, bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        assert self._to_window_end(bounty).status == "awarded"
        assert (wallet_balance(picked), wallet_balance(other)) == (800, 0)
        assert Award.objects.filter(kind="poster_pick").count() == 1

    @money
    def test_splits_among_entrants_older_than_the_bounty(self, funded_user, open_bounty, visible_entry):
        old_a, old_b = funded_user(0), funded_user(0)
        poster = funded_user()
        bounty = open_bounty(poster, prize=501)
        Bounty.objects.filter(pk=bounty.pk).update(published_at=timezone.now())
        fresh = funded_user(0)  # a sock puppet created after publishing
        first = visible_entry(old_a, bounty)
        visible_entry(old_b, bounty)
        visible_entry(old_a, bounty)  # a second entry does not double old_a's share
        visible_entry(fresh, bounty)
        assert self._to_window_end(bounty).status == "awarded"
        assert (wallet_balance(old_a), wallet_balance(old_b), wallet_balance(fresh)) == (251, 250, 0)
        assert Award.objects.get(entry=first).amount == 251  # remainder to the earliest entry

    @money
    def test_refunds_when_only_fresh_accounts_entered(self, funded_user, open_bounty, visible_entry):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        Bounty.objects.filter(pk=bounty.pk).update(published_at=timezone.now())
        fresh = funded_user(0)
        visible_entry(fresh, bounty)
        assert self._to_window_end(bounty).status == "expired"
        assert (wallet_balance(poster), wallet_balance(fresh)) == (1_000, 0)
        assert ledger_discrepancies() == []

    def test_does_nothing_before_the_window_ends(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        visible_entry(funded_user(0), bounty)
        expire(bounty)
        services.bounty_expire(bounty_id=bounty.pk)
        with unchanged():
            services.bounty_award_window_close(bounty_id=bounty.pk)
