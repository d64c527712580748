"""Publishing while the broker is down, with a real redis-server and a real Celery worker: the
publish commits and answers at once, and the bounty is scanned (and opens) once Redis is back and
the reconciler sends its scans again."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus
from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.screening.services import screenings_reconcile
from bountyboard.testing.bounty_fixtures import draft_bounty as draft_bounty
from bountyboard.testing.bounty_fixtures import funded_user as funded_user
from bountyboard.testing.plugin import celery_worker_env
from bountyboard.testing.services import CeleryWorker, RedisServer, wait_until

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]


def test_a_bounty_published_while_redis_is_down_is_scanned_once_it_is_back(
    celery_broker: Callable[[str], None], settings: Any,
    funded_user: Callable[..., User], draft_bounty: Callable[..., Bounty],
) -> None:
    redis = RedisServer().start()
    worker = CeleryWorker(env=celery_worker_env(redis.url))
    try:
        worker.start()
        celery_broker(redis.url)
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
        assert wait_until(lambda: bool(screenings_reconcile().resent) or not pending.exists(), timeout=30)
        assert wait_until(lambda: not pending.exists()), worker.log()[-3000:]
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN
    finally:
        worker.stop()
        redis.stop()


