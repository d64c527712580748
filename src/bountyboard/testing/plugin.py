"""pytest plugin (loaded from the root conftest): real redis-server and Celery worker fixtures.

- ``redis_server``: one in-memory redis-server per session.
- ``celery_worker``: a worker subprocess on that broker and on the SAME database as the test (use
  ``@pytest.mark.django_db(transaction=True)`` so its writes are committed and visible). While it
  runs, this process's Celery app sends to the broker instead of running tasks eagerly; afterwards
  eager mode comes back (CELERY_TASK_ALWAYS_EAGER follows whether a broker is set).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from bountyboard.testing.services import CeleryWorker, RedisServer


def database_url_for(settings_dict: dict[str, Any]) -> str:
    """A DATABASE_URL naming the database this test run really uses (the test database)."""
    engine = settings_dict["ENGINE"]
    name = settings_dict["NAME"]
    if engine.endswith("sqlite3"):
        if str(name).startswith("file:") or name == ":memory:":
            raise RuntimeError("a worker cannot share an in-memory SQLite test database; use a file")
        return f"sqlite:///{name}"
    user = settings_dict.get("USER") or ""
    password = settings_dict.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{name}"


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def celery_worker(redis_server: RedisServer, transactional_db: None, settings: Any) -> Iterator[CeleryWorker]:
    from django.db import connection

    from bountyboard.config.celery import app

    env = {
        **os.environ,
        "CELERY_BROKER_URL": redis_server.url,
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test",
    }
    worker = CeleryWorker(env=env).start()
    previous = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    settings.CELERY_BROKER_URL = redis_server.url
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.update(broker_url=redis_server.url, task_always_eager=False)
    app.pool.force_close_all()
    app._pool = None  # reconnect to the new broker
    try:
        yield worker
    finally:
        app.conf.update(**previous)
        app.pool.force_close_all()
        app._pool = None
        worker.stop()
