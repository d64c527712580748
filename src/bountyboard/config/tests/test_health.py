"""/healthz and /readyz against real services: a real redis-server stopped and started again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client

from bountyboard.testing.services import RedisServer

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    # Its own server: stopping the session's shared one would break the other tests.
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.stop()


def _checks(response) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {check["name"]: check["ok"] for check in response.json()["checks"]}


class TestHealthz:
    def test_the_process_is_up_without_any_io(self, client: Client, django_assert_num_queries):
        with django_assert_num_queries(0):
            response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json()["status"] == "ok"


class TestReadyz:
    def test_ready_on_the_embedded_default(self, client: Client, settings):
        settings.CELERY_BROKER_URL = ""
        for path in ("/readyz", "/api/v1/readyz"):
            response = client.get(path)
            assert response.status_code == 200, response.content
            assert _checks(response) == {"database": True, "guard": True}

    def test_a_stopped_broker_makes_it_503_and_back(self, client: Client, settings, own_redis: RedisServer):
        settings.CELERY_BROKER_URL = own_redis.url
        assert client.get("/readyz").status_code == 200
        own_redis.stop()
        for path in ("/readyz", "/api/v1/readyz"):
            response = client.get(path)
            assert response.status_code == 503, response.content
            assert _checks(response) == {"database": True, "broker": False, "guard": True}
            assert "broker unreachable" in response.json()["checks"][1]["message"]
        assert int(client.get("/readyz")["Retry-After"]) > 0
        own_redis.start()
        settings.CELERY_BROKER_URL = own_redis.url
        response = client.get("/readyz")
        assert response.status_code == 200, response.content

    def test_the_probes_are_in_the_api_schema(self, client: Client):
        paths = client.get("/api/v1/openapi.json").json()["paths"]
        assert {"/api/v1/healthz", "/api/v1/readyz"} <= set(paths)
