"""The one error type services raise. The API turns it into JSON ``{"code", "message"}`` with its
HTTP status; pages show the message. A denied action must leave nothing changed."""

from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    status = 400
    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.extra = extra or {}

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, **self.extra}


class ValidationFailed(ApplicationError):
    status = 400
    code = "invalid"


class NotAuthenticated(ApplicationError):
    status = 401
    code = "not_authenticated"


class PermissionDenied(ApplicationError):
    status = 403
    code = "forbidden"


class NotFound(ApplicationError):
    status = 404
    code = "not_found"


class Conflict(ApplicationError):
    """The request is valid but the current state forbids it (wrong status, already awarded...)."""

    status = 409
    code = "conflict"


class InsufficientFunds(ApplicationError):
    status = 402
    code = "insufficient_funds"


class RateLimited(ApplicationError):
    status = 429
    code = "rate_limited"
