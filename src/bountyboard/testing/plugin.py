"""pytest plugin (loaded from the root conftest): real redis-server and Celery worker fixtures.

- ``redis_server``: one in-memory redis-server per session.
- ``celery_worker``: a worker subprocess on that broker and on the SAME database as the test (use
  ``@pytest.mark.django_db(transaction=True)`` so its writes are committed and visible). While it
  runs, this process's Celery app sends to the broker instead of running tasks eagerly; afterwards
  eager mode comes back (CELERY_TASK_ALWAYS_EAGER follows whether a broker is set).
- ``browser``: a headless Chromium (``bountyboard.testing.browser``) for tests driving the live server.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bountyboard.testing.browser import chromium_launch
from bountyboard.testing.database import database_url_for
from bountyboard.testing.services import CeleryWorker, RedisServer


def _celery_reconnect(app: Any) -> None:
    """Drop cached broker connections so the next send uses the broker now configured."""
    import kombu.pools

    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    # kombu caches producer pools per broker URL, process-wide.
    kombu.pools.reset()  # type: ignore[no-untyped-call]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    # A terminated run (CI cancel, pgcluster forwarding SIGTERM) then unwinds like Ctrl-C: fixture
    # teardown stops the redis-server and Celery worker instead of leaving them running.
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get("DATABASE_URL", "")
    return f"database: {'PostgreSQL ' + url.rsplit('@', 1)[-1] if url.startswith('postgres') else 'SQLite (file)'}"


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.stop()


def celery_worker_env(broker_url: str, **extra: str) -> dict[str, str]:
    """The environment of a worker (or beat) subprocess on ``broker_url`` and this test's database."""
    from django.db import connection

    return {
        **os.environ,
        "CELERY_BROKER_URL": broker_url,
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test",
        **extra,
    }


@pytest.fixture
def celery_broker(settings: Any) -> Iterator[Callable[[str], None]]:
    """``celery_broker(url)``: this process's Celery app sends to ``url`` (a broker that may be down)
    for the rest of the test; eager mode comes back afterwards. For tests that run their own
    workers (``CeleryWorker(env=celery_worker_env(url))``), e.g. to kill one or stop Redis."""
    from bountyboard.jobs import celery_app as app

    previous = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}

    def use(url: str) -> None:
        settings.CELERY_BROKER_URL = url
        settings.CELERY_TASK_ALWAYS_EAGER = False
        app.conf.update(broker_url=url, task_always_eager=False)
        _celery_reconnect(app)

    try:
        yield use
    finally:
        app.conf.update(**previous)
        _celery_reconnect(app)


@pytest.fixture
def celery_worker(
    redis_server: RedisServer, transactional_db: None, celery_broker: Callable[[str], None]
) -> Iterator[CeleryWorker]:
    worker = CeleryWorker(env=celery_worker_env(redis_server.url))
    try:
        worker.start()
        celery_broker(redis_server.url)
        yield worker
    finally:
        worker.stop()


@pytest.fixture(autouse=True)
def _rate_limits_fresh() -> Iterator[None]:
    """Hourly budgets (accounts/rate_limits.py) live in the process-wide cache: each test starts
    with none spent, or the hundredth signup of the run would be refused."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _celery_joins_allowed() -> Iterator[None]:
    """Celery marks "a task is running here, joining would block" in one process-wide flag that each eager task
    saves, sets and restores. Eager tasks on several threads at once (the takedown race) can restore it in the
    wrong order and leave it set, and a later test's ``task.apply().get()`` then refuses to run: each test starts
    and ends with it clear, as a process that runs no task has it."""
    from celery.result import _set_task_join_will_block

    _set_task_join_will_block(False)
    yield
    _set_task_join_will_block(False)


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    """Django's LocaleMiddleware activates a request's language on the thread and nothing deactivates it: after a
    test client's French request, a later test calling a service directly read French messages. Each test starts
    and ends in the site's default language, as a fresh worker thread does."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are still
    # plain synchronous code, so Django's async guard must be told so.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = chromium_launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
