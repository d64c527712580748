"""Wallet page tests through the Django test client, over the real ledger."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from bountyboard.ledger.services import escrow_for, ledger_post, wallet_for
from bountyboard.testing.factories import make_funded_user
from bountyboard.testing.pages import logged_in, text_of

pytestmark = pytest.mark.django_db(transaction=True)


class TestWallet:
    def test_shows_balance_and_history(self) -> None:
        owner = make_funded_user(username="owner", credits=5_000)
        with transaction.atomic():
            ledger_post(
                idempotency_key="fund-7", kind="bounty_funding", postings=[(wallet_for(owner), -500), (escrow_for(7), 500)]
            )
        response = logged_in(owner).get(reverse("web:wallet"))
        body = text_of(response)
        assert response.status_code == 200
        assert 'data-testid="wallet-balance">4500<' in body
        assert "+5000" in body and "\u2212500" in body

    def test_requires_login(self, client: Client) -> None:
        response = client.get(reverse("web:wallet"))
        assert response.status_code == 302
        assert reverse("web:login") in response["Location"]
