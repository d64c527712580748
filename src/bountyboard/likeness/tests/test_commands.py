"""``bountyboard likeness tick|resume`` against a real database."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from bountyboard.likeness.models import RescanRun, RescanStatus


@pytest.mark.django_db(transaction=True)
class TestLikenessCommand:
    def test_resume_delivers_failed_and_lost_runs_again_and_they_finish(self) -> None:
        failed = RescanRun.objects.create(
            trigger="registered", status=RescanStatus.FAILED, last_error="killed"
        )
        lost = RescanRun.objects.create(trigger="registered")
        RescanRun.objects.filter(pk=lost.pk).update(created_at=timezone.now() - dt.timedelta(hours=1))
        fresh = RescanRun.objects.create(trigger="registered")  # may still be on its way to a worker
        out = StringIO()
        call_command("likeness", "resume", stdout=out)
        assert out.getvalue().strip() == f"resumed={[failed.pk, lost.pk]}"
        statuses = dict(RescanRun.objects.values_list("pk", "status"))
        assert statuses == {
            failed.pk: RescanStatus.DONE,
            lost.pk: RescanStatus.DONE,
            fresh.pk: RescanStatus.PENDING,
        }

    def test_tick_reports_what_it_did(self) -> None:
        out = StringIO()
        call_command("likeness", "tick", stdout=out)
        assert out.getvalue().strip() == "asked=0 queued=0 expired=0 resumed=[]"
