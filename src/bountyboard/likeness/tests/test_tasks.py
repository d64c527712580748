"""The re-scan through a real redis-server and Celery worker process, on the test's own database."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Entry, EntryStatus
from bountyboard.likeness import services
from bountyboard.likeness.models import RescanRun, RescanStatus
from bountyboard.likeness.tests.conftest import bounty_published, funded_user, reference, safetensors_bytes
from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.testing.services import CeleryWorker

pytestmark = [pytest.mark.celery, pytest.mark.postgres, pytest.mark.models]


def wait_for(predicate: Callable[[], bool], *, timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_registration_rescan_runs_on_the_worker_and_hides_her_entry(
    celery_worker: CeleryWorker, her: User, her_photos: list[Path], shared_data: Path
) -> None:
    poster = funded_user("poster")
    bounty = bounty_published(
        shared_data, poster=poster, title="A knight in armour", description="fantasy art",
        type="other",  # a single unknown real face in an entry is material here: hers is visible first
    )
    assert wait_for(lambda: not Screening.objects.filter(status=ScreeningStatus.PENDING).exists()), (
        celery_worker.log()
    )
    entrant = funded_user("entrant")
    entry = bounty_services.entry_submit(
        entrant=entrant,
        bounty_id=bounty.pk,
        description="my take",
        images=[(her_photos[5].name, her_photos[5].read_bytes())],
        files=[("model.safetensors", safetensors_bytes())],
    )
    assert wait_for(lambda: Entry.objects.get(pk=entry.pk).status == EntryStatus.VISIBLE), celery_worker.log()

    likeness = services.likeness_register(
        actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau"
    )

    assert wait_for(lambda: RescanRun.objects.filter(likeness=likeness, status=RescanStatus.DONE).exists()), (
        celery_worker.log()
    )
    run = RescanRun.objects.get(likeness=likeness)
    assert run.done == run.total and run.matched == 1
    assert Entry.objects.get(pk=entry.pk).status == EntryStatus.IN_REVIEW
