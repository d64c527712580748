"""Durable scans through a real redis-server and real Celery workers: a worker killed in the middle
of a scan loses nothing (late acknowledgement; the broker hands the message to the next worker).
The broker being down at publish time is in ``bounties/tests/test_durable_celery.py``."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connection

from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.screening.services import screening_request
from bountyboard.testing.database import database_url_for
from bountyboard.testing.plugin import _celery_reconnect
from bountyboard.testing.services import CeleryWorker, RedisServer
from bountyboard.testing.uploads import landscape_png

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]


def _worker_env(broker_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "CELERY_BROKER_URL": broker_url,
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test",
        **extra,
    }


@pytest.fixture
def broker(settings: Any) -> Iterator[Callable[[str], None]]:
    """Point this process's Celery app at a broker URL for the test; eager mode comes back after."""
    from bountyboard.jobs import celery_app as app

    previous = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}

    def use(url: str) -> None:
        settings.CELERY_BROKER_URL = url
        settings.CELERY_TASK_ALWAYS_EAGER = False
        app.conf.update(broker_url=url, task_always_eager=False)
        _celery_reconnect(app)

    yield use
    app.conf.update(**previous)
    _celery_reconnect(app)


def _wait(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_worker_killed_mid_scan_loses_nothing(broker: Callable[[str], None], redis_server: RedisServer) -> None:
    env = _worker_env(redis_server.url, CELERY_VISIBILITY_TIMEOUT="5")
    first = CeleryWorker(env=env).start()
    second = CeleryWorker(env=env)
    try:
        broker(redis_server.url)
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
        assert _wait(lambda: Screening.objects.get(pk=row.pk).status != ScreeningStatus.PENDING, 120), second.log()
        row.refresh_from_db()
        assert (row.status, row.decision) == (ScreeningStatus.DONE, "allow")
        assert row.attempts == 2  # the killed try counted, the second finished
    finally:
        first.stop()
        second.stop()
