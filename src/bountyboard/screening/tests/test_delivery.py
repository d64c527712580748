"""screening.delivery: a running scan keeps its row fresh, so the reconciler's short re-send delay
never sends a long scan to a second worker; a scan whose heartbeat stopped (its worker died) is
re-sent; a scan whose upload is gone fails at once. The broker refusing a send is in ``bounties/tests/test_durable_celery.py`` (real Redis)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from bountyboard.screening.delivery import ScanHeartbeat
from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.screening.services import screening_perform, screenings_reconcile
from bountyboard.testing.uploads import landscape_png

pytestmark = [pytest.mark.django_db(transaction=True)]


def _row(*, seconds_ago: float, **fields: object) -> Screening:
    values: dict[str, object] = {"subject_type": "test", "subject_id": 1, "kind": "text", "text": "A red fox.", **fields}
    row = Screening.objects.create(**values)
    Screening.objects.filter(pk=row.pk).update(sent_at=timezone.now() - dt.timedelta(seconds=seconds_ago))
    return Screening.objects.get(pk=row.pk)


def test_a_running_scan_is_stamped_and_left_alone_by_the_reconciler(settings):
    settings.SCREENING_RESEND_AFTER_SECONDS = 1
    row = _row(seconds_ago=3600)
    with ScanHeartbeat(row.pk, interval=0.1):
        time.sleep(0.6)
        assert screenings_reconcile().resent == []  # stamped within the last beat: a live worker has it
    row.refresh_from_db()
    assert timezone.now() - row.sent_at < dt.timedelta(seconds=1)
    stamped = row.sent_at
    time.sleep(1.2)  # the scan ended (or its worker died): no more stamps, and the row comes due again
    row.refresh_from_db()
    assert row.sent_at == stamped
    assert screenings_reconcile().resent == [row.pk]


def test_a_scan_that_ends_before_the_first_beat_writes_nothing():
    row = _row(seconds_ago=3600)
    with ScanHeartbeat(row.pk, interval=30):
        pass
    assert Screening.objects.get(pk=row.pk).sent_at == row.sent_at


def test_a_finished_row_is_not_stamped():
    row = _row(seconds_ago=3600, status=ScreeningStatus.DONE, decision="allow")
    with ScanHeartbeat(row.pk, interval=0.05):
        time.sleep(0.3)
    assert Screening.objects.get(pk=row.pk).sent_at == row.sent_at


def test_a_scan_whose_upload_is_gone_fails_at_once_instead_of_using_every_try():
    name = default_storage.save("quarantine/gone", ContentFile(landscape_png(1)))
    row = _row(seconds_ago=0, kind="image", text="", upload_name=name)
    default_storage.delete(name)  # e.g. a verdict's commit lost in a database crash after the discard
    done = screening_perform(screening_id=row.pk)
    assert done is not None
    assert (done.status, done.decision, done.attempts) == (ScreeningStatus.FAILED, "review", 1)
    assert "FileNotFoundError" in done.error
