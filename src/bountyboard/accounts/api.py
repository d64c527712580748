"""Accounts API: signup, token login, the current user, notifications, token revocation."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status

from bountyboard.accounts import selectors, services
from bountyboard.accounts.auth import bearer, client_ip, request_user
from bountyboard.accounts.models import User

router = Router(tags=["accounts"])


class SignupIn(Schema):
    username: str
    email: str
    password: str
    adult: bool


class UserOut(Schema):
    id: int
    username: str
    role: str
    rating_preference: str
    email_verified: bool


class TokenIn(Schema):
    username: str
    password: str
    name: str = "api"


class TokenOut(Schema):
    token: str
    id: int
    name: str


class MeOut(UserOut):
    # The balance is the ledger's (``GET /me/wallet``): the ledger sits above accounts, never below.
    email: str
    unread_notifications: int


class MeUpdateIn(Schema):
    rating_preference: str


class NotificationOut(Schema):
    id: int
    kind: str
    message: str
    url: str
    target_type: str
    target_id: str
    created_at: datetime
    read: bool


class TokenInfoOut(Schema):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool


class MarkedOut(Schema):
    marked: int


def _user_out(user: User) -> dict[str, Any]:
    return {
        "id": user.pk,
        "username": user.username,
        "role": user.role,
        "rating_preference": user.rating_preference,
        "email_verified": user.email_verified_at is not None,
    }


class SignupReceivedOut(Schema):
    code: str
    message: str


@router.post("/auth/signup", response={202: SignupReceivedOut}, auth=None)
def signup(request: HttpRequest, payload: SignupIn) -> Status[dict[str, Any]]:
    """Always the same answer once the form is valid, whether the e-mail had an account or not (its
    owner is mailed instead), so the answer does not tell who has an account."""
    services.user_signup(
        username=payload.username,
        email=payload.email,
        password=payload.password,
        adult=payload.adult,
        client_ip=client_ip(request),
    )
    return Status(202, {"code": "signup_received", "message": services.signup_received_message()})


@router.post("/auth/token", response={201: TokenOut}, auth=None)
def token_create(request: HttpRequest, payload: TokenIn) -> Status[dict[str, Any]]:
    user = services.user_authenticate(request=request, username=payload.username, password=payload.password)
    token, plaintext = services.api_token_create(user=user, name=payload.name)
    return Status(201, {"token": plaintext, "id": token.pk, "name": token.name})


@router.get("/auth/tokens", response=list[TokenInfoOut], auth=bearer)
def token_list(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {
            "id": t.pk,
            "name": t.name,
            "prefix": t.prefix,
            "created_at": t.created_at,
            "last_used_at": t.last_used_at,
            "revoked": t.revoked_at is not None,
        }
        for t in selectors.api_tokens_for(request_user(request))
    ]


@router.delete("/auth/tokens/{token_id}", response={204: None}, auth=bearer)
def token_revoke(request: HttpRequest, token_id: int) -> Status[None]:
    services.api_token_revoke(user=request_user(request), token_id=token_id)
    return Status(204, None)


def _me(user: User) -> dict[str, Any]:
    return {
        **_user_out(user),
        "email": user.email,
        "unread_notifications": selectors.notifications_unread_count(user),
    }


@router.get("/me", response=MeOut, auth=bearer)
def me(request: HttpRequest) -> dict[str, Any]:
    return _me(request_user(request))


@router.patch("/me", response=MeOut, auth=bearer)
def me_update(request: HttpRequest, payload: MeUpdateIn) -> dict[str, Any]:
    user = services.user_set_rating_preference(
        user=request_user(request), rating_preference=payload.rating_preference
    )
    return _me(user)


@router.get("/notifications", response=list[NotificationOut], auth=bearer)
def notification_list(request: HttpRequest, unread: bool = False) -> list[dict[str, Any]]:
    return [
        {
            "id": n.pk,
            "kind": n.kind,
            "message": n.message,
            "url": n.url,
            "target_type": n.target_type,
            "target_id": n.target_id,
            "created_at": n.created_at,
            "read": n.read_at is not None,
        }
        for n in selectors.notifications_for(request_user(request), unread_only=unread)
    ]


@router.post("/notifications/{notification_id}/read", response=MarkedOut, auth=bearer)
def notification_read(request: HttpRequest, notification_id: int) -> dict[str, int]:
    return {"marked": services.notification_mark_read(user=request_user(request), notification_id=notification_id)}


@router.post("/notifications/read-all", response=MarkedOut, auth=bearer)
def notification_read_all(request: HttpRequest) -> dict[str, int]:
    return {"marked": services.notification_mark_read(user=request_user(request))}
