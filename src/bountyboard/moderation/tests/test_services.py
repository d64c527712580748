"""Moderation services over the real stack: SQLite (and PostgreSQL for the ``postgres`` marks),
the real ledger and audit log, real PNG/JPEG files and real PDQ hashes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection

from bountyboard.accounts.models import Notification, Role, User
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties.models import Bounty, ContributionStatus
from bountyboard.errors import NotAuthenticated, PermissionDenied, ValidationFailed
from bountyboard.guard.store.interfaces import HashKind
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.moderation import services
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import (
    ModerationDecision,
    QueueItem,
    QueueKind,
    QueueStatus,
    Report,
    Strike,
    Takedown,
    TakedownStatus,
)
from bountyboard.moderation.selectors import queue_open, screening_copies, transparency_report
from bountyboard.moderation.tests.conftest import T0, TAKEDOWN_OK, jpeg, pdq_of, picture, png, screened_image
from bountyboard.screening.models import Screening
from bountyboard.testing.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, int, int, int]:
    return Takedown.objects.count(), QueueItem.objects.count(), AuditEvent.objects.count(), Report.objects.count()


class TestTakedownCreate:
    def test_every_missing_part_is_named_and_nothing_is_written(self, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(1)))
        before = _counts()
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
        assert _counts() == before

    def test_a_location_off_this_site_or_unknown_is_refused(self, make_bounty: Any, settings: Any) -> None:
        settings.ALLOWED_HOSTS = ["bountyboard.example"]
        make_bounty(image=png(picture(2)))
        before = _counts()
        with pytest.raises(ValidationFailed) as caught:
            services.takedown_create(
                **TAKEDOWN_OK, locations=["https://elsewhere.example.com/x/1", "image:999999"], now=T0
            )
        errors = caught.value.extra["errors"]
        assert "not a page of this site" in errors["locations"]
        assert "image:999999 does not exist" in errors["locations"]
        assert _counts() == before

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
        from bountyboard.guard.index.matchers import HashMatcher

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
        before = _counts()
        with pytest.raises(Exception) as caught:
            services.takedown_act(takedown_id=takedown.pk, moderator=moderator, now=T0)
        assert getattr(caught.value, "code", "") == "conflict"
        assert _counts() == before


@pytest.mark.postgres
class TestQueueDecide:
    def test_a_member_cannot_decide_and_nothing_changes(self, make_bounty: Any, make_user: Any) -> None:
        funded = make_bounty(image=png(picture(30)))
        takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"], now=T0)
        item = QueueItem.objects.get(takedown=takedown)
        member = make_user()
        before = _counts()
        with pytest.raises(PermissionDenied):
            services.queue_decide(item_id=item.pk, moderator=member, action="remove", why="x", ground="law.ncii")
        item.refresh_from_db()
        funded.image.refresh_from_db()
        funded.bounty.refresh_from_db()
        assert (item.status, funded.image.decision, funded.bounty.status) == ("open", "allow", "open")
        assert _counts() == before and ModerationDecision.objects.count() == 0

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
        from django.test import RequestFactory

        from bountyboard.accounts.services import user_authenticate
        from bountyboard.bounties.services import bounty_create

        with pytest.raises(PermissionDenied):
            user_authenticate(request=RequestFactory().post("/"), username=poster.username, password=TEST_PASSWORD)
        with pytest.raises(PermissionDenied):
            bounty_create(poster=poster, title="again", type="image", prize=100, expires_at=T0 + dt.timedelta(days=400))

    def test_removing_a_reported_comment_hides_it(self, make_bounty: Any, make_user: Any, moderator: User) -> None:
        from bountyboard.bounties.models import Comment

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


class TestReportCreate:
    def test_anyone_reports_and_it_is_queued_by_severity(self, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(50)))
        spam = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam", now=T0)
        minor = services.report_create(
            reporter=None, target_type="image", target_id=funded.image.pk, category="minor_safety", now=T0
        )
        order = [item.report_id for item in queue_open(now=T0)]
        assert order == [minor.pk, spam.pk]

    def test_unknown_content_or_category_is_refused(self, make_user: Any) -> None:
        before = _counts()
        with pytest.raises(ValidationFailed):
            services.report_create(reporter=None, target_type="bounty", target_id="1", category="boring")
        with pytest.raises(Exception) as caught:
            services.report_create(reporter=None, target_type="bounty", target_id="424242", category="spam")
        assert getattr(caught.value, "status", 0) == 404
        assert _counts() == before


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
class TestAppealCreate:
    def test_an_upheld_appeal_restores_and_counts_as_a_reversal(
        self, make_bounty: Any, make_user: Any, moderator: User, admin: User
    ) -> None:
        from bountyboard.bounties.models import Entry, EntryImage

        funded = make_bounty(image=png(picture(70)))
        entrant = make_user()
        entry = Entry.objects.create(bounty=funded.bounty, entrant=entrant, status="visible")
        row = screened_image(subject_type="entry", subject_id=entry.pk, data=png(picture(71)))
        EntryImage.objects.create(entry=entry, screening=row)
        report = services.report_create(reporter=None, target_type="image", target_id=row.pk, category="ip", now=T0)
        removal = services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Copied artwork.", ground="law.copyright", now=T0,
        )
        entry.refresh_from_db()
        assert entry.status == "blocked"
        assert {e.case_id for e in DjangoBankStore().hash_list(services.TAKEDOWN_BANK)} == {f"decision:{removal.pk}"}
        with pytest.raises(PermissionDenied):
            services.appeal_create(decision_id=removal.pk, user=funded.bounty.poster, statement="Not my content but...")
        appeal = services.appeal_create(decision_id=removal.pk, user=entrant, statement="I drew this myself; here is the PSD.")
        services.queue_decide(item_id=appeal.pk, moderator=admin, action="approve", why="The entrant showed the source.", ground="policy.no_violation")
        row.refresh_from_db()
        entry.refresh_from_db()
        entrant.refresh_from_db()
        assert (row.decision, entry.status, entrant.strikes) == ("allow", "visible", 0)
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []  # its hashes left the bank
        figures = transparency_report(now=T0)
        assert figures["appeals"] == {"received": 1, "reversals": 1}
        told = Notification.objects.get(user=entrant, kind="moderation.appeal_outcome")
        assert "upheld" in told.message and "The entrant showed the source." in told.message


@pytest.mark.postgres
class TestRemovalBanking:
    def test_a_bounty_removed_for_spam_keeps_its_pictures_unbanked(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(98)))
        report = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam")
        services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Spam.", ground="policy.spam",
        )
        funded.bounty.refresh_from_db()
        assert funded.bounty.status == "removed"
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []

    def test_an_ncii_report_on_a_bounty_banks_its_pictures_and_copies(self, make_bounty: Any, moderator: User) -> None:
        original = picture(99)
        funded = make_bounty(image=png(original))
        copy = make_bounty(image=jpeg(original.resize((256, 192))))
        report = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="ncii")
        services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Intimate image without consent.", ground="law.ncii",
        )
        copy.bounty.refresh_from_db()
        banked = {e.value for e in DjangoBankStore().hash_list(services.TAKEDOWN_BANK)}
        assert copy.bounty.status == "removed" and {funded.image.pdq, copy.image.sha256} <= banked


class TestModeratorRoleSet:
    def test_only_admins_manage_moderators(self, make_user: Any, moderator: User, admin: User) -> None:
        member = make_user()
        with pytest.raises(PermissionDenied):
            services.moderator_role_set(admin=moderator, user_id=member.pk, role="moderator")
        member.refresh_from_db()
        assert member.role == Role.MEMBER
        services.moderator_role_set(admin=admin, user_id=member.pk, role="moderator")
        member.refresh_from_db()
        assert member.role == Role.MODERATOR

    def test_anonymous_is_refused(self, make_user: Any) -> None:
        from django.contrib.auth.models import AnonymousUser

        with pytest.raises(NotAuthenticated):
            services.moderator_role_set(admin=AnonymousUser(), user_id=make_user().pk, role="moderator")  # type: ignore[arg-type]


class TestScreeningCopies:
    def test_finds_exact_and_near_copies_but_not_other_pictures(self, make_bounty: Any) -> None:
        base = picture(80)
        a = make_bounty(image=png(base))
        b = make_bounty(image=jpeg(base.resize((256, 192))))
        c = make_bounty(image=png(base.transpose(0)))  # mirrored: found through the dihedral variants
        d = make_bounty(image=png(picture(81)))
        from bountyboard.moderation.services import _image_hashes

        found = {s.pk for s in screening_copies(md5=a.image.md5, pdq_variants=_image_hashes(a.image))}
        assert {a.image.pk, b.image.pk, c.image.pk} <= found
        assert d.image.pk not in found
        assert Bounty.objects.count() == 4 and Screening.objects.count() == 4


@pytest.mark.postgres
class TestCounterNoticeCreate:
    def test_the_uploader_disputes_and_an_upheld_notice_restores_the_image(
        self, make_bounty: Any, make_user: Any, moderator: User, admin: User
    ) -> None:
        from bountyboard.bounties.models import Entry, EntryImage

        funded = make_bounty(image=png(picture(90)))
        entrant = make_user()
        entry = Entry.objects.create(bounty=funded.bounty, entrant=entrant, status="visible")
        row = screened_image(subject_type="entry", subject_id=entry.pk, data=png(picture(91)))
        EntryImage.objects.create(entry=entry, screening=row)
        takedown = services.takedown_create(
            **{**TAKEDOWN_OK, "category": "likeness"}, locations=[f"image:{row.pk}"], now=T0
        )
        services.queue_decide(
            item_id=QueueItem.objects.get(takedown=takedown).pk, moderator=moderator, action="remove",
            why="Likeness without consent.", ground="policy.likeness_without_consent", now=T0,
        )
        with pytest.raises(PermissionDenied):
            services.counter_notice_create(takedown_id=takedown.pk, user=make_user(), statement="Not me at all here.", signature="X")
        with pytest.raises(ValidationFailed) as caught:
            services.counter_notice_create(takedown_id=takedown.pk, user=entrant, statement="", signature="")
        assert "statement" in caught.value.message and "signature" in caught.value.message
        item = services.counter_notice_create(
            takedown_id=takedown.pk, user=entrant, statement="This is a stock model who signed a release.", signature="E. Ntrant"
        )
        assert (item.kind, item.owner) == (QueueKind.COUNTER_NOTICE, entrant)
        services.queue_decide(
            item_id=item.pk, moderator=admin, action="approve", why="The release was verified.", ground="policy.no_violation"
        )
        row.refresh_from_db()
        takedown.refresh_from_db()
        assert (row.decision, takedown.status) == ("allow", TakedownStatus.RESTORED)
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []


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
