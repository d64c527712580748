"""Test data builders shared by every app's tests (real rows, no mocks)."""

from __future__ import annotations

import itertools
from typing import Any

from django.utils import timezone

from bountyboard.accounts.models import User

_counter = itertools.count(1)
TEST_PASSWORD = "correct horse battery staple"


def make_user(
    username: str | None = None, *, role: str = "member", verified: bool = True, **fields: Any
) -> User:
    """An adult-attested user with ``TEST_PASSWORD`` (email verified unless ``verified=False``)."""
    name = username or f"user{next(_counter)}"
    user = User(
        username=name,
        email=f"{name}@example.test",
        role=role,
        adult_attested_at=timezone.now(),
        email_verified_at=timezone.now() if verified else None,
        is_staff=role == "admin",
        is_superuser=role == "admin",
        **fields,
    )
    user.set_password(TEST_PASSWORD)
    user.save()
    return user


def make_funded_user(username: str | None = None, *, credits: int, **fields: Any) -> User:
    """``make_user`` holding ``credits`` granted through the real ledger (none when 0)."""
    from bountyboard.ledger.services import credits_grant

    user = make_user(username, **fields)
    if credits:
        credits_grant(admin_or_none=None, user=user, amount=credits, idempotency_key=f"test-grant:{user.pk}")
    return user
