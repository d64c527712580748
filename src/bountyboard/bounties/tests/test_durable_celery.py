"""Publishing while the broker is down, with a real redis-server and a real Celery worker: the
publish commits and answers at once, and the bounty is scanned (and opens) once Redis is back and
the reconciler sends its scans again."""

from __future__ import annotations

import time
from collections.abc import Callable

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
    celery_broker: Callable[[str], None],
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
        pending = Screening.objects.filter(subject_type="bounty", subject_id=bounty.pk, status=ScreeningStatus.PENDING)
        sent_before = set(pending.values_list("pk", flat=True))  # the image's scan, if the worker has not run it
        redis.stop()  # the broker goes away, with any message it held

        started = time.monotonic()
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)  # commits and answers
        assert time.monotonic() - started < 20  # bounded sends, not a request held for minutes
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.SCREENING

        # The broker refused the publish's sends, so those rows are due at the reconciler's next run,
        # not after the whole re-send delay (the product's default here, not a shortened one).
        refused = set(pending.values_list("pk", flat=True)) - sent_before
        assert refused
        assert refused <= set(screenings_reconcile().resent)  # still down: refused again, and still due
        redis.start(port=port)  # back, empty: the messages sent while it was down never arrived
        assert refused <= set(screenings_reconcile().resent)
        # A scan sent before the outage and lost with it is re-sent once the delay has passed.
        def scanned() -> bool:
            screenings_reconcile()  # the schedule's job, run here
            return not pending.exists()

        assert wait_until(scanned, interval=2), worker.log()[-3000:]
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN
    finally:
        worker.stop()
        redis.stop()


