"""``bounties.services.consent``: the depicted person's consent, over the real stack (SQLite or PostgreSQL
under pgcluster, the ledger, the audit chain, the real guard). One class per service function, one test
per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import pytest

from bountyboard.bounties import services
from bountyboard.errors import Conflict

pytestmark = [pytest.mark.django_db(transaction=True)]


class TestBountyConsentRecheck:
    def test_without_the_persons_consent_it_stays_pending(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert services.bounty_consent_recheck(bounty_id=bounty.pk, consented_person_ids=[]).status == "consent_pending"

    def test_refuses_a_bounty_that_is_not_waiting_for_consent(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(Conflict):
            services.bounty_consent_recheck(bounty_id=bounty.pk, consented_person_ids=["p1"])


class TestConsentDeadline:
    def test_a_bounty_waiting_for_consent_has_a_bounded_wait_an_edit_does_not_extend(
        self, funded_user, draft_bounty, settings
    ):
        settings.BOUNTY_CONSENT_WAIT_DAYS = 5
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending" and bounty.published_at is not None
        assert 4.99 < (bounty.consent_deadline - bounty.published_at).total_seconds() / 86_400 < 5.01
        first = bounty.consent_deadline
        services.bounty_update(actor=poster, bounty_id=bounty.pk, title="Emma Watson LoRA, v2")
        bounty.refresh_from_db()
        assert (bounty.status, bounty.consent_deadline) == ("consent_pending", first)
        told = poster.notifications.filter(kind="moderation.outcome").order_by("pk").first()
        assert told is not None and f"{first:%Y-%m-%d}" in told.message


class TestBountyConsentNeeded:
    def test_leaves_an_open_bounty_alone(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged():
            assert services.bounty_consent_needed(bounty_id=bounty.pk).status == "open"
