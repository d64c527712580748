"""A write request PostgreSQL aborts to break a deadlock is run again, whole, and keeps exactly one
attempt's writes; an outage is still a 503. Real PostgreSQL: the deadlock is a real one, between the
request's transaction and another connection taking the same two rows in the other order."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from bountyboard.config.outages import CONFLICT_ATTEMPTS, OutageMiddleware, transaction_conflict

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite keeps each service's own transaction"),
]


def _other_connection() -> psycopg.Connection[Any]:
    database = connection.settings_dict
    return psycopg.connect(host=database["HOST"], port=database["PORT"], user=database["USER"],
                           password=database["PASSWORD"], dbname=database["NAME"])


@pytest.fixture
def probe_rows() -> Iterator[None]:
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE conflict_probe (id integer PRIMARY KEY, n integer NOT NULL)")
        cursor.execute("INSERT INTO conflict_probe VALUES (1, 0), (2, 0)")
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE conflict_probe")


def _probe() -> dict[int, int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, n FROM conflict_probe ORDER BY id")
        return dict(cursor.fetchall())


def test_a_request_that_loses_a_deadlock_runs_again_and_keeps_one_attempts_writes(probe_rows: None) -> None:
    other_holds_row_1, request_holds_row_2 = threading.Event(), threading.Event()

    def other_transaction() -> None:
        with _other_connection() as other:
            other.execute("SET deadlock_timeout = '10s'")  # the request's check runs first: it is the victim
            other.execute("SELECT n FROM conflict_probe WHERE id = 1 FOR UPDATE")
            other_holds_row_1.set()
            request_holds_row_2.wait(10)
            other.execute("UPDATE conflict_probe SET n = n + 1 WHERE id = 2")  # waits for the request
            other.commit()

    attempts: list[int] = []

    def view(request: HttpRequest) -> HttpResponse:
        attempts.append(len(attempts) + 1)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL deadlock_timeout = '50ms'")
            cursor.execute("UPDATE conflict_probe SET n = n + 10 WHERE id = 2")
            if len(attempts) == 1:
                request_holds_row_2.set()
                time.sleep(0.5)  # the other transaction is now waiting for row 2
            cursor.execute("UPDATE conflict_probe SET n = n + 10 WHERE id = 1")  # the circle closes
        return HttpResponse("done")

    other = threading.Thread(target=other_transaction)
    other.start()
    assert other_holds_row_1.wait(10)
    response = OutageMiddleware(view)(RequestFactory().post("/api/v1/anything"))
    other.join(20)

    assert response.status_code == 200, response.content
    assert attempts == [1, 2]
    # The other transaction's one write, and the second attempt's two: nothing of the first is kept.
    assert _probe() == {1: 10, 2: 11}


def _conflict() -> OperationalError:
    try:
        raise psycopg.errors.DeadlockDetected("deadlock detected")
    except psycopg.errors.DeadlockDetected as driver_error:
        try:
            raise OperationalError("deadlock detected") from driver_error
        except OperationalError as django_error:
            return django_error


def test_only_a_transaction_conflict_counts_as_one() -> None:
    assert transaction_conflict(_conflict())
    assert not transaction_conflict(OperationalError("connection refused"))
    try:
        raise OperationalError("server closed the connection") from psycopg.OperationalError("closed")
    except OperationalError as lost:
        assert not transaction_conflict(lost)


def test_a_request_run_again_reads_its_uploads_from_the_start() -> None:
    seen: list[bytes] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(request.FILES["image"].read())
        if len(seen) == 1:
            raise _conflict()
        return HttpResponse("done")

    upload = SimpleUploadedFile("ref.png", b"\x89PNG the picture")
    response = OutageMiddleware(view)(RequestFactory().post("/api/v1/anything", {"image": upload}))
    assert response.status_code == 200
    assert seen == [b"\x89PNG the picture"] * 2


def test_a_conflict_on_every_attempt_ends_in_a_503_that_says_nothing_changed() -> None:
    attempts: list[int] = []

    def view(request: HttpRequest) -> HttpResponse:
        attempts.append(1)
        raise _conflict()

    response = OutageMiddleware(view)(RequestFactory().post("/api/v1/anything"))
    assert response.status_code == 503
    assert b"Nothing was changed" in response.content
    assert len(attempts) == CONFLICT_ATTEMPTS


def test_an_outage_is_answered_at_once_not_run_again() -> None:
    attempts: list[int] = []

    def view(request: HttpRequest) -> HttpResponse:
        attempts.append(1)
        raise OperationalError("connection refused")

    response = OutageMiddleware(view)(RequestFactory().post("/pages/anything"))
    assert response.status_code == 503
    assert attempts == [1]
