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
