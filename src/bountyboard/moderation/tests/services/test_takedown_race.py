"""A takedown wins every race: 30 resized copies of a picture are uploaded (and scanned) on threads
while a moderator decides a takedown notice against the original. Whatever the interleaving, no
copy ends public: a copy whose verdict committed first is found by the takedown's copy sweep, and a
copy scanned meanwhile is blocked by its own verdict, which checks the banks again under their
write lock (``moderation.services.banks.screening_banks_check``). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection

from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties.models import Entry, EntryStatus
from bountyboard.bounties.services import entry_submit
from bountyboard.moderation import services
from bountyboard.moderation.models import QueueItem
from bountyboard.moderation.tests.conftest import TAKEDOWN_OK, jpeg, picture, png
from bountyboard.screening.engine import guard_engine
from bountyboard.screening.models import Screening, ScreeningStatus
from bountyboard.testing.uploads import safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]

COPIES = 30


def test_no_copy_is_public_after_a_takedown_decided_during_uploads(make_bounty: Any, make_user: Any, moderator: Any):
    original = picture(40)
    funded = make_bounty(image=png(original))
    host = make_bounty(image=png(picture(41)))  # an unrelated open bounty the copies are entered on
    takedown = services.takedown_create(**TAKEDOWN_OK, locations=[f"image:{funded.image.pk}"])
    item = QueueItem.objects.get(takedown=takedown)
    entrants = [make_user(name=f"copier{n}") for n in range(COPIES)]
    model = safetensors_bytes()
    copies = [jpeg(original.resize((512 - 6 * n, 384 - 4 * n)), quality=80 + n % 15) for n in range(COPIES)]
    errors: list[BaseException] = []

    def upload(n: int) -> None:
        try:
            entry_submit(entrant=entrants[n], bounty_id=host.bounty.pk, description=f"A lighthouse, take {n}.",
                         images=[(f"copy{n}.jpg", copies[n])], files=[("model.safetensors", model)])
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    guard_engine().scan_image(png(picture(42)))  # models loaded, so scans run during the decision
    threads = [threading.Thread(target=upload, args=(n,)) for n in range(COPIES)]
    for thread in threads:
        thread.start()
    scanned = Screening.objects.filter(subject_type="entry", kind="image").exclude(status=ScreeningStatus.PENDING)
    deadline = time.monotonic() + 120
    while scanned.count() < COPIES // 3 and time.monotonic() < deadline:
        time.sleep(0.01)  # decide once a third of the copies are scanned, the rest still arriving or scanning
    services.queue_decide(
        item_id=item.pk, moderator=moderator, action="remove", ground="law.take_it_down_act",
        why="The depicted person asked for removal; the image is intimate and shared without consent.",
    )
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []

    entries = list(Entry.objects.filter(bounty=host.bounty))
    assert len(entries) == COPIES
    public = [entry.pk for entry in entries if entry.status == EntryStatus.VISIBLE]
    assert public == []
    images = Screening.objects.filter(subject_type="entry", subject_id__in=[e.pk for e in entries], kind="image")
    assert images.count() == COPIES
    assert not images.filter(status=ScreeningStatus.PENDING).exists()
    assert [row.pk for row in images if row.is_allowed] == []
    assert audit_verify().ok
    call_command("ledger", "audit")  # raises CommandError naming each discrepancy
