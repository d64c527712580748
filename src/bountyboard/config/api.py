"""The JSON API under /api/v1/ (django-ninja); OpenAPI at /api/v1/openapi.json.

Each app contributes a router from its ``api.py``; this module mounts them and maps errors to JSON
``{"code", "message"}`` (ApplicationError -> its status; bad input -> 422 with ``errors``).
Authentication for routers: ``bountyboard.accounts.auth.bearer`` / ``optional_bearer``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from bountyboard.config.outages import OUTAGE_ERRORS, RETRY_AFTER_SECONDS, outage_json, outage_seen
from bountyboard.errors import ApplicationError

api = NinjaAPI(title="Bountyboard API", version="1", openapi_url="/openapi.json", docs_url="/docs")

_HTTP_CODES = {
    400: "invalid",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    429: "rate_limited",
}


@api.exception_handler(ApplicationError)
def _application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
    return api.create_response(request, exc.to_json(), status=exc.status)


def _field_name(loc: list[Any] | tuple[Any, ...]) -> str:
    # ninja locations look like ("body", "payload", "adult") or ("query", "limit").
    parts = list(loc)
    if parts and parts[0] == "body":
        parts = parts[2:]
    elif parts:
        parts = parts[1:]
    return ".".join(str(p) for p in parts) or "body"


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {
            "field": _field_name(e.get("loc", ())),
            "message": str(e.get("msg", "invalid")),
            "type": e.get("type"),
        }
        for e in exc.errors
    ]
    first = errors[0] if errors else {"field": "body", "message": "invalid request"}
    return api.create_response(
        request,
        {"code": "invalid", "message": f"{first['field']}: {first['message']}", "errors": errors},
        status=422,
    )


@api.exception_handler(AuthenticationError)
def _authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request,
        {"code": "not_authenticated", "message": "send Authorization: Bearer <token>, or log in"},
        status=401,
    )


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    code = _HTTP_CODES.get(exc.status_code, "error")
    return api.create_response(request, {"code": code, "message": str(exc)}, status=exc.status_code)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"code": "not_found", "message": str(exc) or "not found"}, status=404)


def _outage(request: HttpRequest, exc: Exception) -> HttpResponse:
    outage_seen(request, exc)
    response = api.create_response(request, outage_json(exc), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


for _error in OUTAGE_ERRORS:
    api.add_exception_handler(_error, _outage)  # type: ignore[arg-type]  # ninja types the handler too narrowly


@api.exception_handler(RequestDataTooBig)
def _too_large(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
    return api.create_response(
        request,
        {"code": "too_large", "message": f"body: larger than {limit // 1024} KB; send files as multipart uploads"},
        status=413,
    )


@api.exception_handler(OverflowError)
def _overflow(request: HttpRequest, exc: OverflowError) -> HttpResponse:
    # A number too large for the database (e.g. an id in the path); schemas bound the body's numbers.
    return api.create_response(
        request, {"code": "invalid", "message": "a number in the request is too large"}, status=400
    )


# Routers: one line per app.
from bountyboard.accounts.api import router as accounts_router  # noqa: E402
from bountyboard.bounties.api import router as bounties_router  # noqa: E402
from bountyboard.config.health import router as health_router  # noqa: E402
from bountyboard.ledger.api import router as ledger_router  # noqa: E402
from bountyboard.likeness.api import router as likeness_router  # noqa: E402
from bountyboard.moderation.api import router as moderation_router  # noqa: E402

api.add_router("/", health_router)
api.add_router("/", accounts_router)
api.add_router("/", ledger_router)
api.add_router("/", likeness_router)
api.add_router("/", bounties_router)
api.add_router("/", moderation_router)
