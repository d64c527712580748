"""Durable scans through a real redis-server and real Celery workers: a worker killed in the middle
of a scan loses nothing (late acknowledgement; the broker hands the message to the next worker).
The broker being down at publish time is in ``bounties/tests/test_durable_celery.py``."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.screening.services import screening_request
from bountyboard.testing.plugin import celery_worker_env
from bountyboard.testing.services import CeleryWorker, RedisServer, wait_until
from bountyboard.testing.uploads import landscape_png

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]


def test_a_worker_killed_mid_scan_loses_nothing(
    celery_broker: Callable[[str], None], redis_server: RedisServer
) -> None:
    env = celery_worker_env(redis_server.url, CELERY_VISIBILITY_TIMEOUT="5")
    first = CeleryWorker(env=env).start()
    second = CeleryWorker(env=env)
    try:
        celery_broker(redis_server.url)
        row = screening_request(subject_type="test", subject_id=1, kind="image", upload=landscape_png(3),
                                filename="a.png")  # outside a transaction: sent at once
        started = Screening.objects.filter(pk=row.pk, attempts=1)
        deadline = time.monotonic() + 60
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)  # the try is counted just before the scan begins
        first.kill()  # kill -9 mid-scan: a fresh worker's first image scan is still loading its models
        row.refresh_from_db()
        assert (row.status, row.attempts) == (ScreeningStatus.PENDING, 1), first.log()

        second.start()  # the broker hands the unacknowledged message to the new worker
        assert wait_until(lambda: Screening.objects.get(pk=row.pk).status != ScreeningStatus.PENDING), second.log()
        row.refresh_from_db()
        assert (row.status, row.decision) == (ScreeningStatus.DONE, "allow")
        assert row.attempts == 2  # the killed try counted, the second finished
    finally:
        first.stop()
        second.stop()
