"""Publishing while the broker is down, with a real redis-server and a real Celery worker: the
publish commits and answers at once, and the bounty is scanned (and opens) once Redis is back and
the reconciler sends its scans again."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connection

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus
from bountyboard.jobs import celery_app
from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.screening.services import screenings_reconcile
from bountyboard.testing.bounty_fixtures import draft_bounty as draft_bounty
from bountyboard.testing.bounty_fixtures import funded_user as funded_user
from bountyboard.testing.database import database_url_for
from bountyboard.testing.plugin import _celery_reconnect
from bountyboard.testing.services import CeleryWorker, RedisServer

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


def test_a_bounty_published_while_redis_is_down_is_scanned_once_it_is_back(
    broker: Callable[[str], None], settings: Any,
    funded_user: Callable[..., User], draft_bounty: Callable[..., Bounty],
) -> None:
    redis = RedisServer().start()
    worker = CeleryWorker(env=_worker_env(redis.url))
    try:
        worker.start()
        broker(redis.url)
        poster = funded_user()
        bounty = draft_bounty(poster)
        port = redis.port
        redis.stop()  # the broker goes away

        started = time.monotonic()
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)  # commits and answers
        assert time.monotonic() - started < 20  # bounded sends, not a request held for minutes
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.SCREENING
        pending = Screening.objects.filter(subject_type="bounty", subject_id=bounty.pk, status=ScreeningStatus.PENDING)
        assert pending.exists()

        redis.start(port=port)  # back, empty: the messages sent while it was down never arrived
        settings.SCREENING_RESEND_AFTER_SECONDS = 0
        _celery_reconnect(celery_app)
        assert _wait(lambda: bool(screenings_reconcile().resent) or not pending.exists(), 30)
        assert _wait(lambda: not pending.exists(), 120), worker.log()[-3000:]
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN
    finally:
        worker.stop()
        redis.stop()


