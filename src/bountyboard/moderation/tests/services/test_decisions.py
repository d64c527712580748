"""Decisions on queue items: statements of reasons, strikes and bans, escalation and the hard floors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test import RequestFactory

from bountyboard.accounts.models import Notification, User
from bountyboard.accounts.services import user_authenticate
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties.models import Comment
from bountyboard.bounties.services import bounty_create
from bountyboard.errors import PermissionDenied, ValidationFailed
from bountyboard.moderation import services
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import (
    ModerationDecision,
    QueueItem,
    QueueStatus,
    Strike,
)
from bountyboard.moderation.tests.conftest import (
    T0,
    TAKEDOWN_OK,
    moderation_row_counts,
    picture,
    png,
    screened_image,
)
from bountyboard.testing.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.postgres
class TestQueueDecide:
    def test_a_member_cannot_decide_and_nothing_changes(self, make_bounty: Any, make_user: Any) -> None:
        funded = make_bounty(image=png(picture(30)))
        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        item = QueueItem.objects.get(takedown=takedown)
        member = make_user()
        before = moderation_row_counts()
        with pytest.raises(PermissionDenied):
            services.queue_decide(item_id=item.pk, moderator=member, action="remove", why="x", ground="law.ncii")
        item.refresh_from_db()
        funded.image.refresh_from_db()
        funded.bounty.refresh_from_db()
        assert (item.status, funded.image.decision, funded.bounty.status) == ("open", "allow", "open")
        assert moderation_row_counts() == before and ModerationDecision.objects.count() == 0

    def test_a_decision_is_in_the_audit_log_and_a_database_edit_breaks_the_chain(
        self, make_bounty: Any, make_user: Any, moderator: User
    ) -> None:
        funded = make_bounty(image=png(picture(31)))
        report = services.report_create(
            reporter=make_user(), target_type="bounty", target_id=funded.bounty.pk, category="spam", now=T0
        )
        item = QueueItem.objects.get(report=report)
        decision = services.queue_decide(
            item_id=item.pk, moderator=moderator, action="approve", why="Not spam.", ground="policy.no_violation"
        )
        reporter_told = Notification.objects.get(kind="moderation.report_outcome")
        assert reporter_told.user == report.reporter and "Not spam." in reporter_told.message
        event = AuditEvent.objects.get(action="moderation.decision.approve")
        assert (event.actor_id, event.automated, event.data["decision_id"]) == (moderator.pk, False, decision.pk)
        assert audit_verify().ok
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE audit_auditevent SET target_id = %s WHERE seq = %s", ["tampered", event.seq]
            )
        result = audit_verify()
        assert not result.ok and result.first_broken_seq == event.seq

    def test_three_removals_ban_the_owner(self, make_bounty: Any, make_user: Any, moderator: User) -> None:
        poster = make_user(credits=1000)
        for seed in (40, 41, 42):
            funded = make_bounty(image=png(picture(seed)), poster=poster)
            report = services.report_create(
                reporter=None, target_type="image", target_id=funded.image.pk, category="illegal", now=T0
            )
            services.queue_decide(
                item_id=QueueItem.objects.get(report=report).pk,
                moderator=moderator,
                action="remove",
                why="Illegal content.",
                ground="law.illegal_content",
                now=T0,
            )
        poster.refresh_from_db()
        assert poster.strikes == 3 and poster.banned_at == T0
        assert Strike.objects.filter(user=poster).count() == 3
        assert AuditEvent.objects.filter(action="moderation.ban", target_id=str(poster.pk)).count() == 1
        # A ban refuses login and writes.

        with pytest.raises(PermissionDenied):
            user_authenticate(request=RequestFactory().post("/"), username=poster.username, password=TEST_PASSWORD)
        with pytest.raises(PermissionDenied):
            bounty_create(poster=poster, title="again", type="image", prize=100, expires_at=T0 + dt.timedelta(days=400))

    def test_removing_a_reported_comment_hides_it(self, make_bounty: Any, make_user: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(47)))
        author = make_user()
        comment = Comment.objects.create(bounty=funded.bounty, author=author, body="buy followers at ...", status="visible")
        report = services.report_create(reporter=None, target_type="comment", target_id=comment.pk, category="spam")
        services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Advertising.", ground="policy.spam",
        )
        comment.refresh_from_db()
        author.refresh_from_db()
        assert (comment.status, author.strikes) == ("hidden", 1)
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []
        assert Notification.objects.filter(user=author, kind="moderation.outcome").exists()

    def test_an_escalated_item_is_decided_by_an_admin_only(
        self, make_bounty: Any, moderator: User, admin: User
    ) -> None:
        funded = make_bounty(image=png(picture(43)))
        report = services.report_create(
            reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="likeness", now=T0
        )
        item = QueueItem.objects.get(report=report)
        services.queue_decide(item_id=item.pk, moderator=moderator, action="escalate", why="Unsure.", ground="policy.other")
        with pytest.raises(PermissionDenied):
            services.queue_decide(item_id=item.pk, moderator=moderator, action="approve", why="ok", ground="policy.other")
        services.queue_decide(item_id=item.pk, moderator=admin, action="approve", why="Fine.", ground="policy.no_violation")
        item.refresh_from_db()
        assert item.status == QueueStatus.DECIDED

    def test_approving_a_guard_review_publishes_the_image(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(44)))
        flagged = screened_image(subject_type="bounty", subject_id=funded.bounty.pk, data=png(picture(45)), decision="review")
        assert services.queue_sync_screenings(now=T0) == 1
        assert services.queue_sync_screenings(now=T0) == 0  # idempotent
        item = QueueItem.objects.get(screening_id=flagged.pk)
        assert item.evidence["reasons"][0]["code"] == "protected_person_unverified"
        services.queue_decide(item_id=item.pk, moderator=moderator, action="approve", why="A drawing.", ground="policy.no_violation")
        flagged.refresh_from_db()
        assert flagged.decision == "allow"

    def test_a_missing_statement_is_refused(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(46)))
        report = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam")
        with pytest.raises(ValidationFailed) as caught:
            services.queue_decide(
                item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove", why=" ", ground="nope"
            )
        assert "why" in caught.value.message and "ground" in caught.value.message
        assert ModerationDecision.objects.count() == 0


class TestHardFloors:
    def test_a_moderator_cannot_approve_over_a_hard_floor(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(95)))
        row = screened_image(subject_type="bounty", subject_id=funded.bounty.pk, data=png(picture(96)), decision="review")
        row.reasons = [{"code": "real_person_sexual", "detail": "x", "decision": "block"}]
        row.save(update_fields=["reasons"])
        services.queue_sync_screenings(now=T0)
        item = QueueItem.objects.get(screening_id=row.pk)
        with pytest.raises(Exception) as caught:
            services.queue_decide(item_id=item.pk, moderator=moderator, action="approve", why="ok", ground="policy.no_violation")
        assert getattr(caught.value, "code", "") == "hard_floor"
        row.refresh_from_db()
        item.refresh_from_db()
        assert (row.decision, item.status) == ("review", "open")
        assert ModerationDecision.objects.count() == 0
