"""``bounties.services.check``: what the guard decides about a draft before anything is charged, over
the real guard; the check writes nothing."""

from __future__ import annotations

import pytest

from bountyboard.bounties import services
from bountyboard.bounties.services.steps import bounty_request_text
from bountyboard.errors import Conflict, PermissionDenied
from bountyboard.testing.bounty_fixtures import SAFE_TEXT, UNNAMED_LIKENESS

pytestmark = [pytest.mark.django_db(transaction=True)]


class TestDepictedPeople:
    def test_each_person_once_by_id_or_name_and_never_a_registry_id_as_a_name(self):
        reasons = [
            {"code": "real_person_consent", "decision": "consent_required", "person_ids": ["p1"], "evidence": [
                {"kind": "face", "person_id": "p1", "detail": {"verified": True}},
                {"kind": "protected_person", "person_id": "p1", "label": "Lea Moreau", "detail": {"verified": True}},
                {"kind": "person_name", "label": "emma watson", "text": "Emma Watson"},
                {"kind": "likeness_intent", "text": "LoRA of"},
            ]},
            {"code": "protected_person_unverified", "decision": "review", "evidence": [
                {"kind": "protected_person", "person_id": "p2", "label": "Ada L", "detail": {"verified": False}},
                {"kind": "face"},  # an unknown face names nobody
            ]},
            {"code": "style_reference", "decision": "allow", "evidence": [{"kind": "person_name", "label": "monet"}]},
        ]
        people = services.depicted_people(reasons)
        assert [(p.name, p.person_id, p.can_answer) for p in people] == [
            ("Lea Moreau", "p1", True), ("emma watson", None, False), ("Ada L", "p2", False)]
        face_only = services.depicted_people([{"decision": "consent_required", "evidence": [
            {"kind": "face", "person_id": "p9", "detail": {"verified": True}}]}])
        assert face_only[0].name == "a protected person shown in a reference" and face_only[0].can_answer


class TestBountyCheck:
    def test_an_allowed_draft_would_open_and_nothing_is_written(self, funded_user, draft_bounty, unchanged):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        with unchanged():
            check = services.bounty_check(actor=poster, bounty_id=bounty.pk)
        assert (check.decision, check.outcome, check.charged, check.people) == ("allow", "open", True, [])
        assert check.sentences == ["The guard allows this bounty: publishing opens it."]

    def test_a_blocked_draft_would_cost_nothing_and_says_why(self, funded_user, draft_bounty, unchanged):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson nude", description="Nude photos of Emma Watson, topless.")
        with unchanged():
            check = services.bounty_check(actor=poster, bounty_id=bounty.pk)
        assert (check.decision, check.outcome, check.charged) == ("block", "rejected", False)
        assert "real_person_sexual" in {r["code"] for r in check.reasons}

    def test_a_draft_that_reads_like_a_real_persons_likeness_would_go_to_a_moderator(
        self, funded_user, draft_bounty, unchanged
    ):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Weather presenter LoRA", description=UNNAMED_LIKENESS, tags=["tv"])
        with unchanged():
            check = services.bounty_check(actor=poster, bounty_id=bounty.pk)
        assert (check.decision, check.outcome, check.charged) == ("review", "in_review", True)
        assert [r["code"] for r in check.reasons] == ["likeness_context"]

    def test_the_reading_is_of_the_request_not_of_the_rights_statement(self, funded_user, draft_bounty, unchanged):
        # The model learned from requests: title, description and tags (bounty_request_text), nothing else.
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, rights_statement=UNNAMED_LIKENESS)
        assert bounty_request_text(bounty) == "Red fox LoRA\n" + SAFE_TEXT + "\nfox watercolour"
        with unchanged():
            check = services.bounty_check(actor=poster, bounty_id=bounty.pk)
        assert check.decision == "allow", check.reasons

    def test_only_the_poster_checks_a_draft(self, funded_user, draft_bounty, open_bounty, unchanged):
        poster = funded_user(1_000)
        draft = draft_bounty(poster)
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_check(actor=funded_user(0), bounty_id=draft.pk)
        published = open_bounty(poster)
        with unchanged(), pytest.raises(Conflict):
            services.bounty_check(actor=poster, bounty_id=published.pk)
