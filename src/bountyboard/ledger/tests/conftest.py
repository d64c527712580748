from __future__ import annotations

import pytest

from bountyboard.accounts.models import User
from bountyboard.ledger.models import LedgerAccount
from bountyboard.ledger.services import credits_grant, wallet_for
from bountyboard.testing.factories import make_user


def funded_wallet(user: User, amount: int, key: str) -> LedgerAccount:
    credits_grant(admin_or_none=None, user=user, amount=amount, idempotency_key=key)
    return wallet_for(user)


@pytest.fixture
def alice() -> User:
    return make_user("alice")


@pytest.fixture
def bob() -> User:
    return make_user("bob")
