"""The wallet endpoint: the user's balance and history (``GET /api/v1/me/wallet``)."""

from __future__ import annotations

import pytest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.accounts.services import api_token_create
from bountyboard.ledger.services import credits_grant
from bountyboard.testing.factories import make_user

pytestmark = pytest.mark.django_db


def bearer_for_new_user() -> tuple[User, dict[str, str]]:
    user = make_user()
    _, plaintext = api_token_create(user=user, name="test")
    return user, {"Authorization": f"Bearer {plaintext}"}


class TestWallet:
    def test_history_lists_grants(self, client: Client) -> None:
        user, headers = bearer_for_new_user()
        credits_grant(admin_or_none=None, user=user, amount=40, idempotency_key="w1")
        body = client.get("/api/v1/me/wallet", headers=headers).json()
        assert body["balance"] == 40 and [(h["kind"], h["amount"]) for h in body["history"]] == [
            ("grant", 40)
        ]

    def test_without_auth_is_401_json(self, client: Client) -> None:
        response = client.get("/api/v1/me/wallet")
        assert response.status_code == 401 and response.json()["code"] == "not_authenticated"
