"""A throwaway API using the shared auth objects the way other apps' routers do."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import path
from ninja import NinjaAPI

from bountyboard.accounts.auth import bearer, optional_bearer, request_user

probe = NinjaAPI(urls_namespace="auth-probe")


@probe.get("/public", auth=optional_bearer)
def public(request: HttpRequest) -> dict[str, object]:
    user = request.auth  # type: ignore[attr-defined]
    return {"authenticated": user.is_authenticated, "username": user.get_username()}


@probe.post("/private", auth=bearer)
def private(request: HttpRequest) -> dict[str, object]:
    return {"username": request.auth.get_username()}  # type: ignore[attr-defined]


@probe.get("/who", auth=optional_bearer)
def who(request: HttpRequest) -> dict[str, object]:
    # optional auth lets anonymous callers reach the operation: request_user must refuse them.
    return {"username": request_user(request).get_username()}


urlpatterns = [path("probe/", probe.urls)]
