"""Liveness and readiness for load balancers and orchestrators (docs/operations.md).

``/healthz``: the process answers (no I/O). ``/readyz``: it can serve: the database answers, the
broker answers when one is configured, and the guard engine is open with its image models loaded
(the first call loads them, so a fresh process is not ready until it could scan). 503 when not
ready. Both are also in the API schema as ``/api/v1/healthz`` and ``/api/v1/readyz``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from kombu.connection import Connection
from ninja import Router, Schema, Status

from bountyboard.config.outages import OUTAGE_ERRORS, RETRY_AFTER_SECONDS
from bountyboard.screening.engine import guard_engine

router = Router(tags=["health"])

BROKER_TIMEOUT_SECONDS = 2.0


class CheckOut(Schema):
    name: str
    ok: bool
    message: str


class HealthOut(Schema):
    status: str  # "ok" or "unavailable"
    checks: list[CheckOut]


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _broker() -> None:
    with Connection(settings.CELERY_BROKER_URL, connect_timeout=BROKER_TIMEOUT_SECONDS,  # type: ignore[no-untyped-call]
                    transport_options={"socket_timeout": BROKER_TIMEOUT_SECONDS}) as broker:
        broker.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)


def _guard() -> None:
    engine = guard_engine()
    # Touching the properties loads the models once per process (then they are cached).
    engine.images.face_models  # noqa: B018
    engine.images.nudity_model  # noqa: B018


def readiness_report() -> dict[str, Any]:
    checks: list[tuple[str, Any]] = [("database", _database)]
    if settings.CELERY_BROKER_URL:
        checks.append(("broker", _broker))
    checks.append(("guard", _guard))
    results = []
    for name, check in checks:
        try:
            check()
        except OUTAGE_ERRORS as error:
            results.append({"name": name, "ok": False, "message": f"{name} unreachable: {error}"})
            if name == "database":
                connection.close()  # the next request opens a fresh connection
        except Exception as error:  # noqa: BLE001 - readiness reports any failure instead of raising
            results.append({"name": name, "ok": False, "message": f"{name} not ready: {error}"})
        else:
            results.append({"name": name, "ok": True, "message": f"{name} ready"})
    ready = all(r["ok"] for r in results)
    return {"status": "ok" if ready else "unavailable", "checks": results}


def liveness_report() -> dict[str, Any]:
    return {"status": "ok", "checks": [{"name": "process", "ok": True, "message": "process up"}]}


@router.get("/healthz", response=HealthOut, auth=None)
def healthz(request: HttpRequest) -> dict[str, Any]:
    """The process is up (no database, broker or file access)."""
    return liveness_report()


@router.get("/readyz", response={200: HealthOut, 503: HealthOut}, auth=None)
def readyz(request: HttpRequest) -> Status[dict[str, Any]]:
    """Ready to serve: database, broker (when configured), guard engine and models. 503 when not."""
    report = readiness_report()
    return Status(200 if report["status"] == "ok" else 503, report)


def healthz_view(request: HttpRequest) -> JsonResponse:
    return JsonResponse(liveness_report())


def readyz_view(request: HttpRequest) -> JsonResponse:
    report = readiness_report()
    response = JsonResponse(report, status=200 if report["status"] == "ok" else 503)
    if response.status_code == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
