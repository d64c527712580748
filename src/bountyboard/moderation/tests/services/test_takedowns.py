"""Takedown notices: every required part, the legal clock, acting on a notice and the deadline alert."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bountyboard.accounts.models import Notification, User
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties.models import ContributionStatus
from bountyboard.errors import ValidationFailed
from bountyboard.guard.index.matchers import HashMatcher
from bountyboard.guard.store.interfaces import HashKind
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.moderation import services
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import (
    QueueItem,
    QueueKind,
    TakedownStatus,
)
from bountyboard.moderation.selectors import queue_open, transparency_report
from bountyboard.moderation.tests.conftest import (
    T0,
    TAKEDOWN_OK,
    jpeg,
    moderation_row_counts,
    pdq_of,
    picture,
    png,
)

pytestmark = pytest.mark.django_db


class TestTakedownCreate:
    def test_every_missing_part_is_named_and_nothing_is_written(self, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(1)))
        before = moderation_row_counts()
        with pytest.raises(ValidationFailed) as caught:
            services.takedown_create(
                category="ncii",
                locations=[f"image:{funded.image.pk}"],
                good_faith_statement="",
                signature="",
                contact_name="Jane",
                contact_email="jane@example.org",
                on_behalf_of="",
                now=T0,
            )
        assert caught.value.code == "takedown_incomplete"
        assert caught.value.extra["missing"] == ["good_faith_statement", "signature", "on_behalf_of"]
        assert "signature" in caught.value.message and "good_faith_statement" in caught.value.message
        assert moderation_row_counts() == before

    def test_a_location_off_this_site_or_unknown_is_refused(self, make_bounty: Any, settings: Any) -> None:
        settings.ALLOWED_HOSTS = ["bountyboard.example"]
        make_bounty(image=png(picture(2)))
        before = moderation_row_counts()
        with pytest.raises(ValidationFailed) as caught:
            services.takedown_create(
                **TAKEDOWN_OK, locations=["https://elsewhere.example.com/x/1", "image:999999"], now=T0
            )
        errors = caught.value.extra["errors"]
        assert "not a page of this site" in errors["locations"]
        assert "image:999999 does not exist" in errors["locations"]
        assert moderation_row_counts() == before

    def test_it_starts_the_48_hour_clock_and_queues_the_notice(
        self, make_bounty: Any, moderator: User, mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
    ) -> None:
        funded = make_bounty(image=png(picture(3)))
        with django_capture_on_commit_callbacks(execute=True):
            takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        assert takedown.received_at == T0
        assert takedown.due_at == T0 + dt.timedelta(hours=48)
        assert takedown.status == TakedownStatus.RECEIVED
        item = QueueItem.objects.get(takedown=takedown)
        assert (item.kind, item.due_at, item.owner) == (QueueKind.TAKEDOWN, takedown.due_at, funded.bounty.poster)
        event = AuditEvent.objects.get(action="moderation.takedown.receive")
        assert event.data["due_at"] == takedown.due_at.isoformat()
        assert Notification.objects.filter(user=moderator, kind="moderation.queue").count() == 1
        assert [m.to for m in mailoutbox] == [["jane@example.org"]]
        assert "2026-03-04 09:00 UTC" in mailoutbox[0].body

    def test_the_deadline_follows_the_jurisdiction_setting(self, make_bounty: Any, settings: Any) -> None:
        settings.TAKEDOWN_DEADLINES = {"EU": 24}
        funded = make_bounty(image=png(picture(4)))
        takedown = services.takedown_create(
            **TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], jurisdiction="eu", now=T0
        )
        assert (takedown.jurisdiction, takedown.due_at) == ("EU", T0 + dt.timedelta(hours=24))


@pytest.mark.postgres
class TestTakedownAct:
    def test_it_removes_the_image_its_copies_refunds_and_blocks_the_hashes(
        self, make_bounty: Any, moderator: User
    ) -> None:
        original = picture(10)
        funded = make_bounty(image=png(original))
        # The same picture, resized and re-encoded as JPEG, posted on another bounty: a known copy.
        copy = make_bounty(image=jpeg(original.resize((300, 225))))
        unrelated = make_bounty(image=png(picture(11)))
        balances = {c.benefactor_id: wallet_balance(c.benefactor) for f in (funded, copy) for c in f.contributions}
        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        item = QueueItem.objects.get(takedown=takedown)

        decision = services.queue_decide(
            item_id=item.pk,
            moderator=moderator,
            action="remove",
            why="The depicted person asked for removal; the image is intimate and shared without consent.",
            ground="law.take_it_down_act",
            now=T0 + dt.timedelta(hours=5),
        )

        takedown.refresh_from_db()
        assert takedown.status == TakedownStatus.REMOVED
        for screening in (funded.image, copy.image):
            screening.refresh_from_db()
            assert screening.decision == "block"
        unrelated.image.refresh_from_db()
        assert unrelated.image.decision == "allow"
        for f in (funded, copy):
            f.bounty.refresh_from_db()
            assert f.bounty.status == "removed"
            for contribution in f.contributions:
                contribution.refresh_from_db()
                assert contribution.status == ContributionStatus.REFUNDED
                assert wallet_balance(contribution.benefactor) == balances[contribution.benefactor_id] + contribution.amount
        banked = {(e.kind, e.value) for e in DjangoBankStore().hash_list(services.TAKEDOWN_BANK)}
        assert (HashKind.PDQ, funded.image.pdq) in banked
        assert (HashKind.SHA256, copy.image.sha256) in banked
        notice = Notification.objects.get(user=funded.bounty.poster, kind="moderation.outcome", target_type="image")
        assert "appeal" in notice.message.lower() and "TAKE IT DOWN" in notice.message
        assert decision.statement["ground"]["type"] == "legal"
        assert decision.statement["automated_decision"] is False
        assert audit_verify().ok

    def test_a_resized_reupload_matches_the_takedown_bank(self, make_bounty: Any, moderator: User) -> None:
        original = picture(20)
        funded = make_bounty(image=png(original))
        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        services.takedown_act(takedown_id=takedown.pk, moderator=moderator, now=T0 + dt.timedelta(hours=1))
        resized = jpeg(original.resize((256, 192)), quality=70)
        other = jpeg(picture(21))
        matcher = HashMatcher(DjangoBankStore(), None)
        assert [m.bank for m in matcher.match_pdq([pdq_of(resized)])] == [services.TAKEDOWN_BANK]
        assert matcher.match_pdq([pdq_of(other)]) == []

    def test_a_notice_already_handled_is_refused(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(22)))
        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        services.takedown_act(takedown_id=takedown.pk, moderator=moderator, now=T0)
        before = moderation_row_counts()
        with pytest.raises(Exception) as caught:
            services.takedown_act(takedown_id=takedown.pk, moderator=moderator, now=T0)
        assert getattr(caught.value, "code", "") == "conflict"
        assert moderation_row_counts() == before


@pytest.mark.postgres
class TestTakedownClock:
    """TAKE IT DOWN: a controlled clock, no sleeps."""

    def test_overdue_takedowns_rise_to_the_top_and_count_as_late(self, make_bounty: Any, moderator: User) -> None:
        first = make_bounty(image=png(picture(60)))
        second = make_bounty(image=png(picture(61)))
        minor_report = services.report_create(
            reporter=None, target_type="image", target_id=second.image.pk, category="minor_safety", now=T0
        )
        old = services.takedown_create(
            **{**TAKEDOWN_OK, "category": "likeness"}, locations=[f"image:{first.image.pk}"], now=T0
        )
        fresh = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{second.image.pk}"], now=T0 + dt.timedelta(hours=40))

        at_10h = [item.source_key for item in queue_open(now=T0 + dt.timedelta(hours=10))]
        assert at_10h[:2] == [f"takedown:{old.pk}", f"takedown:{fresh.pk}"]  # deadlines before no deadline
        assert transparency_report(now=T0 + dt.timedelta(hours=10))["takedowns"]["past_deadline"] == 0

        later = T0 + dt.timedelta(hours=49)  # the old notice's 48 hours are over, the fresh one's are not
        order = [item.source_key for item in queue_open(now=later)]
        assert order[0] == f"takedown:{old.pk}"
        assert order.index(f"report:{minor_report.pk}") > order.index(f"takedown:{fresh.pk}")
        figures = transparency_report(now=later)["takedowns"]
        assert (figures["received"], figures["past_deadline"], figures["past_deadline_share"]) == (2, 1, 0.5)

        services.takedown_act(takedown_id=old.pk, moderator=moderator, now=later)
        services.takedown_act(takedown_id=fresh.pk, moderator=moderator, now=later)
        figures = transparency_report(now=later)["takedowns"]
        assert figures["removed"] == 2 and figures["past_deadline"] == 1
        assert figures["hours_to_removal_median"] == pytest.approx((49 + 9) / 2)
        assert figures["hours_to_removal_p95"] == pytest.approx(49)


@pytest.mark.postgres
class TestTakedownsDueAlert:
    def test_moderators_are_warned_once_as_the_clock_runs_out(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(97)))
        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        Notification.objects.all().delete()
        assert services.takedowns_due_alert(now=T0 + dt.timedelta(hours=30)) == 0  # 18 hours left
        assert services.takedowns_due_alert(now=T0 + dt.timedelta(hours=37)) == 1  # 11 hours left
        assert services.takedowns_due_alert(now=T0 + dt.timedelta(hours=50)) == 0  # already warned
        (warning,) = Notification.objects.filter(user=moderator, kind="moderation.queue")
        assert f"notice {takedown.pk} is due at 2026-03-04 09:00 UTC" in warning.message
