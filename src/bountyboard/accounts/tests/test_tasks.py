"""Tasks through a real redis-server and Celery worker process, on the test's own database."""

from __future__ import annotations

import time

import pytest
from django.db import transaction

from bountyboard.accounts.models import Notification
from bountyboard.jobs import celery_app, job_enqueue
from bountyboard.testing.factories import make_user
from bountyboard.testing.services import CeleryWorker

pytestmark = [pytest.mark.celery, pytest.mark.postgres]


def wait_for(predicate, *, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def welcome_count(user_id: int) -> int:
    return Notification.objects.filter(user_id=user_id, kind="account.welcome").count()


def test_job_enqueued_after_commit_runs_in_the_worker_and_twice_is_harmless(
    celery_worker: CeleryWorker,
) -> None:
    assert celery_app.conf.task_always_eager is False
    user = make_user()
    with transaction.atomic():
        job_enqueue("accounts.user_welcome", user_id=user.pk)
        # Not sent before commit: the worker could otherwise run ahead of the data it needs.
        assert welcome_count(user.pk) == 0
    assert wait_for(lambda: welcome_count(user.pk) == 1), celery_worker.log()

    with transaction.atomic():
        job_enqueue("accounts.user_welcome", user_id=user.pk)
        job_enqueue("accounts.user_welcome", user_id=user.pk)
    assert wait_for(lambda: celery_worker.log().count("accounts.user_welcome") >= 6), celery_worker.log()
    assert welcome_count(user.pk) == 1


def test_job_in_a_rolled_back_transaction_is_never_sent(celery_worker: CeleryWorker) -> None:
    user = make_user()
    with pytest.raises(RuntimeError), transaction.atomic():
        job_enqueue("accounts.user_welcome", user_id=user.pk)
        raise RuntimeError("rolled back")
    # A later job proves the worker is running and idle: the first one never arrived.
    other = make_user()
    with transaction.atomic():
        job_enqueue("accounts.user_welcome", user_id=other.pk)
    assert wait_for(lambda: welcome_count(other.pk) == 1), celery_worker.log()
    assert welcome_count(user.pk) == 0


@pytest.mark.django_db
def test_without_a_broker_tasks_run_eagerly_after_commit(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    assert celery_app.conf.task_always_eager is True
    user = make_user()
    with django_capture_on_commit_callbacks(execute=True):
        job_enqueue("accounts.user_welcome", user_id=user.pk)
    assert welcome_count(user.pk) == 1
