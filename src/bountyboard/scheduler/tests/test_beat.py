"""With a broker, Celery beat runs the schedule: a real beat and a real worker run each job, and a
second beat sending the same jobs does not make any of them run twice in a period."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time

import pytest

from bountyboard.scheduler.models import JobLease
from bountyboard.scheduler.services import schedule_periods
from bountyboard.testing.plugin import celery_worker_env
from bountyboard.testing.services import CeleryWorker, RedisServer

pytestmark = [pytest.mark.celery, pytest.mark.django_db(transaction=True)]


def test_two_beats_send_the_schedule_and_each_job_runs_once_per_period(redis_server: RedisServer) -> None:
    period = 4
    env = celery_worker_env(redis_server.url, BOUNTYBOARD_SCHEDULE_PERIOD=str(period))
    worker = CeleryWorker(env=env).start()
    beats: list[subprocess.Popen[bytes]] = []
    names = set(schedule_periods())
    with tempfile.TemporaryDirectory(prefix="bb-beat-") as beat_dir:
        try:
            started = time.monotonic()
            for n in range(2):  # two beats, as after a careless deploy
                beats.append(subprocess.Popen(
                    [sys.executable, "-m", "celery", "-A", "bountyboard.config.celery", "beat", "--loglevel=INFO",
                     "-s", f"{beat_dir}/schedule-{n}"],
                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                ))
            finished = JobLease.objects.filter(name__in=names, last_finished_at__isnull=False)
            deadline = time.monotonic() + 120
            while finished.count() < len(names) and time.monotonic() < deadline:
                time.sleep(0.5)
            assert finished.count() == len(names), worker.log()[-3000:]
            time.sleep(2 * period)
        finally:
            for beat in beats:
                beat.terminate()
                beat.wait(timeout=20)
        elapsed = time.monotonic() - started
        time.sleep(2)  # the worker finishes what the beats sent
        log = worker.log()
        worker.stop()
    runs = [line.rstrip() for line in log.splitlines() if "scheduler.job_run[" in line and "succeeded in" in line]
    won = [line for line in runs if line.endswith(": True")]
    refused = [line for line in runs if line.endswith(": False")]
    # At most one run per job and period, though two beats sent each job every period.
    assert len(names) <= len(won) <= len(names) * (int(elapsed // period) + 1)
    assert len(refused) >= len(names)
