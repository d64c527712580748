"""Durable scans: the pending row is the record of the job, so a scan whose task was lost is sent
again by the reconciler, a scan that used up its tries ends ``failed``, and operators can send
pending scans again (``bountyboard screenings``). The moderation queue side is in
``moderation/tests/test_failed_scans.py``."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from bountyboard.jobs import jobs_worker_start, jobs_worker_stop
from bountyboard.scheduler.services import job_run_if_due
from bountyboard.screening.models import Screening
from bountyboard.screening.services import screening_handler_register, screening_request, screenings_reconcile

pytestmark = [pytest.mark.django_db(transaction=True)]


def _lost_scan(**fields: object) -> Screening:
    """A pending text scan whose task never ran (the broker was down when it was sent)."""
    values: dict[str, object] = {"subject_type": "test", "subject_id": 1, "kind": "text", "text": "A red fox."}
    values.update(fields)
    row = Screening.objects.create(**values)
    Screening.objects.filter(pk=row.pk).update(sent_at=timezone.now() - dt.timedelta(hours=1))
    return row


class TestReconcile:
    def test_a_scan_pending_too_long_is_sent_again_and_done(self):
        row = _lost_scan()
        report = screenings_reconcile()
        assert report.resent == [row.pk] and report.failed == []
        row.refresh_from_db()
        assert (row.status, row.decision, row.attempts) == ("done", "allow", 1)

    def test_a_recent_pending_scan_is_left_to_its_task(self):
        row = Screening.objects.create(subject_type="test", subject_id=2, kind="text", text="A red fox.")
        assert screenings_reconcile().resent == []
        row.refresh_from_db()
        assert (row.status, row.attempts) == ("pending", 0)

    def test_a_scan_whose_tries_were_used_up_by_dead_workers_fails(self, settings):
        # Each try is counted before its scan, so tries a killed worker never finished still count.
        row = _lost_scan(attempts=settings.SCREENING_MAX_ATTEMPTS)
        report = screenings_reconcile()
        assert report.failed == [row.pk] and report.resent == []
        row.refresh_from_db()
        assert (row.status, row.decision) == ("failed", "review")

    def test_the_schedule_runs_the_reconciler(self):
        row = _lost_scan()
        assert job_run_if_due(name="screening.reconcile")
        row.refresh_from_db()
        assert row.status == "done"


class TestResendCommand:
    def test_resend_all_pending_scans_them(self):
        rows = [_lost_scan(subject_id=n) for n in (10, 11)]
        call_command("screenings", "resend", "--all-pending")
        assert {r.status for r in Screening.objects.filter(pk__in=[r.pk for r in rows])} == {"done"}

    def test_resend_one_that_is_not_pending_says_so_and_changes_nothing(self):
        row = _lost_scan()
        screenings_reconcile()
        row.refresh_from_db()
        before = (row.status, row.attempts, row.sent_at)
        with pytest.raises(CommandError):
            call_command("screenings", "resend", "--id", str(row.pk))
        row.refresh_from_db()
        assert (row.status, row.attempts, row.sent_at) == before

    def test_resend_needs_a_target(self):
        with pytest.raises(CommandError):
            call_command("screenings", "resend")


def test_with_the_job_thread_started_a_scan_runs_there_not_on_the_committing_thread():
    """``bountyboard serve`` on the embedded default starts the job thread: a request commits and
    answers, and its scans run on the job thread afterwards (never inside the request)."""
    ran_on: list[str] = []
    screening_handler_register("test-thread", lambda row: ran_on.append(threading.current_thread().name))
    jobs_worker_start()
    try:
        with transaction.atomic():
            row = screening_request(subject_type="test-thread", subject_id=1, kind="text", text="A red fox.")
    finally:
        jobs_worker_stop()  # waits for the queued jobs to finish
    row.refresh_from_db()
    assert row.status == "done"
    assert ran_on == ["bountyboard-jobs-0"] and threading.current_thread().name not in ran_on
