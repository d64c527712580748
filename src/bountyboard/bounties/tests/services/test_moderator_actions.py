"""``bounties.services.moderator_actions``: what moderators do to bounties and entries, over the real stack
(SQLite or PostgreSQL under pgcluster, the ledger, the audit chain, the real guard). One class per service
function, one test per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import pytest

from bountyboard.audit.models import AuditEvent
from bountyboard.bounties import services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.errors import Conflict, NotFound, PermissionDenied
from bountyboard.ledger.selectors import wallet_balance

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestBountyRemove:
    @money
    def test_refunds_every_benefactor_who_has_not_awarded(self, funded_user, open_bounty, visible_entry):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        benefactor = funded_user(1_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=300)
        entrant = funded_user(0)
        entry = visible_entry(entrant, bounty)
        services.bounty_award(benefactor=poster, bounty_id=bounty.pk, entry_id=entry.pk)
        services.bounty_remove(moderator=funded_user(0, role="moderator"), bounty_id=bounty.pk, reason="spam")
        assert Bounty.objects.get(pk=bounty.pk).status == "removed"
        assert (wallet_balance(poster), wallet_balance(benefactor), wallet_balance(entrant)) == (500, 1_000, 500)

    def test_refuses_a_member(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_remove(moderator=funded_user(0), bounty_id=bounty.pk, reason="no")


def _into_review(entry: Entry) -> None:
    """Arrange: an entry a scan sent to review (e.g. a failed scan), taken out of the visible count."""
    Entry.objects.filter(pk=entry.pk).update(status="in_review")
    Bounty.objects.filter(pk=entry.bounty_id).update(entry_count=0)


class TestEntryReviewResolve:
    def test_approval_makes_it_visible_and_counted(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        _into_review(entry)
        services.entry_review_resolve(moderator=funded_user(0, role="moderator"), entry_id=entry.pk, approve=True)
        assert (Entry.objects.get(pk=entry.pk).status, Bounty.objects.get(pk=bounty.pk).entry_count) == ("visible", 1)

    def test_refuses_a_member(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        _into_review(entry)
        member = funded_user(0)
        with unchanged(), pytest.raises(PermissionDenied):
            services.entry_review_resolve(moderator=member, entry_id=entry.pk, approve=True)


class TestEntryHide:
    def test_hides_and_uncounts_a_visible_entry(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        services.entry_hide(moderator=funded_user(0, role="moderator"), entry_id=entry.pk, reason="stolen work")
        assert (Entry.objects.get(pk=entry.pk).status, Bounty.objects.get(pk=bounty.pk).entry_count) == ("blocked", 0)


class TestEntryRestore:
    def test_a_hidden_entry_is_visible_and_counted_again(self, funded_user, open_bounty, visible_entry):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        moderator = funded_user(0, role="moderator")
        services.entry_hide(moderator=moderator, entry_id=entry.pk, reason="stolen work")
        services.entry_restore(moderator=moderator, entry_id=entry.pk, note="appeal upheld")
        assert (Entry.objects.get(pk=entry.pk).status, Bounty.objects.get(pk=bounty.pk).entry_count) == ("visible", 1)
        assert AuditEvent.objects.filter(action="moderation.restore", target_id=str(entry.pk)).exists()

    def test_only_moderators(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        services.entry_hide(moderator=funded_user(0, role="moderator"), entry_id=entry.pk, reason="stolen work")
        with unchanged(), pytest.raises(PermissionDenied):
            services.entry_restore(moderator=bounty.poster, entry_id=entry.pk)

    def test_refuses_an_entry_that_is_not_hidden(self, funded_user, open_bounty, visible_entry, unchanged):
        bounty = open_bounty(funded_user())
        entry = visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(Conflict):
            services.entry_restore(moderator=funded_user(0, role="moderator"), entry_id=entry.pk)


class TestBountyLockSet:
    @money
    def test_a_lock_freezes_the_terms_until_the_moderator_lifts_it(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        moderator = funded_user(0, role="moderator")
        assert services.bounty_lock_set(moderator=moderator, bounty_id=bounty.pk, locked=True).locked_by_moderator
        with pytest.raises(Conflict) as refused:
            services.bounty_update(actor=poster, bounty_id=bounty.pk, entry_limit=3)
        assert refused.value.code == "bounty_locked"
        assert Bounty.objects.get(pk=bounty.pk).entry_limit == 2
        services.bounty_lock_set(moderator=moderator, bounty_id=bounty.pk, locked=False)
        assert services.bounty_update(actor=poster, bounty_id=bounty.pk, entry_limit=3).entry_limit == 3
        actions = list(AuditEvent.objects.filter(target_type="bounty", target_id=str(bounty.pk),
                                                 action__startswith="moderation.").values_list("action", flat=True))
        assert actions == ["moderation.lock", "moderation.unlock"]

    def test_refuses_a_member_and_changes_nothing(self, funded_user, open_bounty, unchanged):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_lock_set(moderator=poster, bounty_id=bounty.pk, locked=True)
        assert not Bounty.objects.get(pk=bounty.pk).locked_by_moderator

    def test_a_missing_bounty_is_not_found(self, funded_user, unchanged):
        with unchanged(), pytest.raises(NotFound):
            services.bounty_lock_set(moderator=funded_user(0, role="moderator"), bounty_id=999_999, locked=True)


class TestBountyHide:
    def test_an_expired_bounty_is_hidden_with_its_status_kept_and_twice_is_harmless(self, funded_user, open_bounty):
        import datetime as dt

        from django.utils import timezone

        bounty = open_bounty(funded_user())
        services.bounty_expire(bounty_id=bounty.pk, now=timezone.now() + dt.timedelta(days=30))
        hidden = services.bounty_hide(bounty_id=bounty.pk, reason="protected_person_match")
        assert (hidden.status, hidden.hidden_reason) == ("expired", "protected_person_match")
        first = hidden.hidden_at
        assert first is not None
        assert services.bounty_hide(bounty_id=bounty.pk, reason="again").hidden_at == first
        assert AuditEvent.objects.filter(action="bounty.hide", target_id=str(bounty.pk)).count() == 1

    def test_an_open_bounty_also_stops_taking_entries(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        hidden = services.bounty_hide(bounty_id=bounty.pk, reason="protected_person_match")
        assert hidden.status == "in_review" and hidden.hidden_at is not None


class TestBountyUnhide:
    def test_a_moderator_shows_it_again(self, funded_user, open_bounty):
        bounty = open_bounty(funded_user())
        services.bounty_hide(bounty_id=bounty.pk, reason="protected_person_match")
        shown = services.bounty_unhide(moderator=funded_user(0, role="moderator"), bounty_id=bounty.pk)
        assert (shown.hidden_at, shown.hidden_reason) == (None, "")

    def test_refuses_a_member(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        services.bounty_hide(bounty_id=bounty.pk, reason="protected_person_match")
        hidden_at = Bounty.objects.get(pk=bounty.pk).hidden_at
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_unhide(moderator=funded_user(0), bounty_id=bounty.pk)
        assert Bounty.objects.get(pk=bounty.pk).hidden_at == hidden_at
