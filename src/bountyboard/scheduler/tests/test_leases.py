"""The job lease: one winner per period, whoever asks and however many ask at once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading

import pytest
from django.db import connection
from django.utils import timezone

from bountyboard.scheduler.models import JobLease
from bountyboard.scheduler.services import job_lease_take, job_run_if_due, schedule_periods
from bountyboard.testing.cli import run_cli
from bountyboard.testing.database import database_url_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


def test_a_lease_is_taken_once_per_period():
    now = timezone.now()
    assert job_lease_take(name="moderation.queue_sync", period=60, holder="a", now=now)
    assert not job_lease_take(name="moderation.queue_sync", period=60, holder="b", now=now + dt.timedelta(seconds=59))
    assert job_lease_take(name="moderation.queue_sync", period=60, holder="b", now=now + dt.timedelta(seconds=60))
    assert JobLease.objects.get(name="moderation.queue_sync").holder == "b"


def test_threads_asking_at_the_same_instant_get_one_lease():
    now = timezone.now()
    start = threading.Barrier(8)
    won: list[bool] = []
    errors: list[BaseException] = []

    def ask(n: int) -> None:
        try:
            start.wait()
            won.append(job_lease_take(name="bounties.tick", period=300, holder=f"t{n}", now=now))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and sorted(won) == [False] * 7 + [True]


def test_two_processes_run_each_due_job_once():
    env = {**os.environ, "DATABASE_URL": database_url_for(connection.settings_dict),
           "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test"}
    command = [sys.executable, "-m", "bountyboard.cli", "schedule", "run-due"]
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    ran = [line.split("=", 1)[1].split(",") for out, _ in outputs for line in out.splitlines()
           if line.startswith("ran=")]
    names = [name for names in ran for name in names if name != "-"]
    assert sorted(names) == sorted(schedule_periods())  # every job once, none twice
    # And nothing is due again in the same period.
    again = run_cli("schedule", "run-due")
    assert again.returncode == 0 and "ran=-" in again.stdout, again.stderr


def test_a_failing_job_is_recorded_and_runs_again_next_period(settings):
    settings.SCHEDULER_JOBS = {"scheduler.job_run": 60}  # needs a name argument: raises when run alone
    assert job_run_if_due(name="scheduler.job_run")
    lease = JobLease.objects.get(name="scheduler.job_run")
    assert "TypeError" in lease.last_error and lease.last_finished_at is not None
    assert not job_run_if_due(name="scheduler.job_run")


def test_an_unknown_job_is_refused():
    with pytest.raises(ValueError):
        job_run_if_due(name="no.such_job")
    assert not JobLease.objects.exists()
