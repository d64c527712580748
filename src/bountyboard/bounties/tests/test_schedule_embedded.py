"""The embedded default runs its own schedule: with only ``bountyboard serve`` running (no broker,
no cron, no tick command), a bounty that expires ends and refunds its stakes by itself."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import pytest
from django.db import connection
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty, BountyStatus
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.scheduler.models import JobLease
from bountyboard.testing.cli import run_cli
from bountyboard.testing.database import database_url_for
from bountyboard.testing.network import free_port, wait_for_port

pytestmark = [pytest.mark.django_db(transaction=True)]


def test_a_bounty_expires_and_refunds_while_only_serve_runs(
    funded_user: Callable[..., User], open_bounty: Callable[..., Bounty]
) -> None:
    poster = funded_user()
    before = wallet_balance(poster)
    bounty = open_bounty(poster)
    assert wallet_balance(poster) == before - bounty.prize
    # Its end comes a few seconds from now (as time passing would bring it).
    Bounty.objects.filter(pk=bounty.pk).update(expires_at=timezone.now() + dt.timedelta(seconds=3))

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bb-serve-") as var_dir:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production",
            "DATABASE_URL": database_url_for(connection.settings_dict),
            "BOUNTYBOARD_VAR_DIR": var_dir,
            "BOUNTYBOARD_SCHEDULE_PERIOD": "1",
            "CELERY_BROKER_URL": "",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bountyboard.cli", "serve", "--port", str(port), "--threads", "2"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            assert wait_for_port(port, timeout=90), "bountyboard serve did not start"
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                bounty.refresh_from_db()
                if bounty.status == BountyStatus.EXPIRED:
                    break
                time.sleep(0.5)
        finally:
            process.terminate()
            try:
                output = process.communicate(timeout=20)[0].decode(errors="replace")
            except subprocess.TimeoutExpired:
                process.kill()
                output = process.communicate()[0].decode(errors="replace")
    assert bounty.status == BountyStatus.EXPIRED, output[-3000:]
    assert wallet_balance(poster) == before
    assert JobLease.objects.get(name="bounties.tick").holder.split(":")[1] == str(process.pid)
    audit = run_cli("ledger", "audit")
    assert audit.returncode == 0, audit.stdout + audit.stderr
