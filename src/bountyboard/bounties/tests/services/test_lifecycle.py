"""``bounties.services.lifecycle``: create, publish and cancel a bounty, over the real stack (SQLite or
PostgreSQL under pgcluster, the ledger, the audit chain, the real guard). One class per service function,
one test per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from bountyboard.audit.models import AuditEvent
from bountyboard.bounties import services
from bountyboard.bounties.models import Contribution
from bountyboard.errors import Conflict, InsufficientFunds, PermissionDenied, ValidationFailed
from bountyboard.guard import policy as guard_policy
from bountyboard.ledger.selectors import escrow_balance, ledger_discrepancies, wallet_balance
from bountyboard.screening.engine import guard_engine
from bountyboard.testing.bounty_fixtures import UNNAMED_LIKENESS, UNNAMED_SEXUAL_LIKENESS

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestBountyCreate:
    def test_creates_a_draft_and_moves_no_money(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        assert bounty.status == "draft"
        assert wallet_balance(poster) == 1_000
        assert escrow_balance(bounty.pk) == 0
        assert "<script" not in services.bounty_create(
            poster=poster, title="x", description="hi <script>alert(1)</script> **bold**", type="image",
            prize=100, expires_at=timezone.now() + dt.timedelta(days=1),
        ).description_html

    @pytest.mark.parametrize("prize", [99, 1_000_001, 0, -5])
    def test_refuses_a_prize_out_of_range(self, funded_user, unchanged, prize):
        poster = funded_user()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_create(poster=poster, title="t", type="lora", prize=prize,
                                   expires_at=timezone.now() + dt.timedelta(days=1))

    def test_refuses_expiry_before_start(self, funded_user, unchanged):
        poster = funded_user()
        now = timezone.now()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_create(poster=poster, title="t", type="lora", prize=100, starts_at=now,
                                   expires_at=now - dt.timedelta(hours=1))

    def test_refuses_an_unknown_type(self, funded_user, unchanged):
        poster = funded_user()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_create(poster=poster, title="t", type="nsfw-pack", prize=100,
                                   expires_at=timezone.now() + dt.timedelta(days=1))


class TestBountyPublish:
    @money
    def test_escrows_the_prize_and_the_guard_opens_it(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, prize=400)
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "open"
        assert (wallet_balance(poster), escrow_balance(bounty.pk), bounty.pool) == (600, 400, 400)
        contribution = Contribution.objects.get(bounty=bounty)
        assert contribution.is_poster and contribution.status == "held"
        actions = list(AuditEvent.objects.filter(target_type="bounty", target_id=str(bounty.pk))
                       .values_list("action", flat=True))
        assert {"bounty.publish", "guard.decision", "bounty.screened"} <= set(actions)
        assert ledger_discrepancies() == []

    @money
    def test_refuses_without_enough_credits(self, funded_user, draft_bounty, unchanged):
        poster = funded_user(300)
        bounty = draft_bounty(poster, prize=500)
        with unchanged(), pytest.raises(InsufficientFunds):
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert not Contribution.objects.exists()

    def test_refuses_someone_elses_bounty(self, funded_user, draft_bounty, unchanged):
        bounty = draft_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_publish(actor=funded_user(0), bounty_id=bounty.pk)

    def test_refuses_without_a_rights_statement(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster, rights_statement="")
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)

    def test_refuses_without_a_reference_image(self, funded_user, unchanged):
        poster = funded_user()
        bounty = services.bounty_create(poster=poster, title="t", type="lora", prize=100, rights_statement="mine",
                                        expires_at=timezone.now() + dt.timedelta(days=1))
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)

    @money
    def test_a_real_persons_likeness_waits_for_consent_with_the_escrow_held(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson LoRA",
                              description="A LoRA of Emma Watson dressed as a medieval knight.")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending", bounty.reasons
        assert escrow_balance(bounty.pk) == 500
        assert bounty.decision == "consent_required"

    @money
    def test_a_request_that_reads_like_a_real_persons_likeness_goes_to_a_moderator(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Weather presenter LoRA", description=UNNAMED_LIKENESS, tags=["tv"])
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert (bounty.status, bounty.decision) == ("in_review", "review"), bounty.reasons
        assert [r["code"] for r in bounty.reasons] == ["likeness_context"]
        assert escrow_balance(bounty.pk) == 500
        # The text's own scan found nothing: the reading is of the whole bounty, pooled once.
        assert bounty.text_screening is not None and bounty.text_screening.decision == "allow"

    def test_the_reading_never_lets_through_a_name_a_part_sent_to_a_moderator(self, funded_user, draft_bounty, monkeypatch):
        # The engine alone lets this lone unlisted name through (it reads as fiction: likeness_unlikely); the site
        # applies the reading only to send to a moderator, so the text part's own review stands, shown alone. The
        # engine's bar is chosen anew at each retraining (decisions 0058 and 0059: 0.005, then 0.01, under this text's score), so the test
        # sets one above the score: what it checks is the site's, whatever the bar.
        monkeypatch.setattr(guard_policy, "LIKENESS_UNLIKELY_BELOW", 0.05)
        poster = funded_user(1_000)
        title = "Kelvrin Dusk sticker pack"
        description = "Stickers of Kelvrin Dusk, the grumpy lighthouse cat of the harbour, flat colours."
        assert guard_engine().decide([
            *guard_engine().text_signals(f"{title}\n{description}\nstickers"),
            *guard_engine().request_likeness_signals(f"{title}\n{description}\nstickers"),
        ]).decision == "allow"
        bounty = draft_bounty(poster, title=title, description=description, tags=["stickers"])
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "in_review" and [r["code"] for r in bounty.reasons] == ["possible_real_person"]

    @money
    def test_a_sexual_request_of_a_real_person_is_refused_before_anything_is_charged(
        self, funded_user, draft_bounty, unchanged
    ):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Emma Watson nude",
                              description="Nude photos of Emma Watson, topless, NSFW.")
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert refused.value.code == "guard_blocked"
        assert "nothing is charged" in refused.value.message
        assert "real_person_sexual" in {r["code"] for r in refused.value.extra["reasons"]}
        bounty.refresh_from_db()
        assert bounty.status == "draft"
        assert (wallet_balance(poster), escrow_balance(bounty.pk), bounty.pool) == (1_000, 0, 0)
        assert not Contribution.objects.filter(bounty=bounty).exists()
        assert ledger_discrepancies() == []

    @money
    def test_a_sexual_request_read_as_someones_likeness_beyond_doubt_is_refused_too(
        self, funded_user, draft_bounty, unchanged
    ):
        # no rule names her: the learned reading of the whole request does, and the request is sexual (decision 0056)
        poster = funded_user(1_000)
        bounty = draft_bounty(poster, title="Breakfast show bikini set", description=UNNAMED_SEXUAL_LIKENESS)
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        assert refused.value.code == "guard_blocked"
        assert "likeness_context_sexual" in {r["code"] for r in refused.value.extra["reasons"]}
        bounty.refresh_from_db()
        assert bounty.status == "draft"
        assert (wallet_balance(poster), escrow_balance(bounty.pk), bounty.pool) == (1_000, 0, 0)


class TestBountyCancel:
    @money
    def test_refunds_everyone(self, funded_user, open_bounty):
        poster = funded_user(1_000)
        bounty = open_bounty(poster)
        benefactor = funded_user(1_000)
        services.bounty_contribute(benefactor=benefactor, bounty_id=bounty.pk, amount=250)
        services.bounty_cancel(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert (bounty.status, bounty.pool, escrow_balance(bounty.pk)) == ("cancelled", 0, 0)
        assert (wallet_balance(poster), wallet_balance(benefactor)) == (1_000, 1_000)
        assert ledger_discrepancies() == []

    @money
    def test_refuses_once_there_are_entries(self, funded_user, open_bounty, visible_entry, unchanged):
        poster = funded_user()
        bounty = open_bounty(poster)
        visible_entry(funded_user(0), bounty)
        with unchanged(), pytest.raises(Conflict, match="entries"):
            services.bounty_cancel(actor=poster, bounty_id=bounty.pk)

    def test_refuses_anyone_but_the_poster(self, funded_user, open_bounty, unchanged):
        bounty = open_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_cancel(actor=funded_user(0), bounty_id=bounty.pk)
