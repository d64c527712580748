"""What page tests share: a logged-in test client, the page text, and the three people most page
tests need (a poster, a creator and a backer, funded through the real ledger). A ``conftest.py``
makes the fixtures available with ``from bountyboard.testing.pages import poster as poster``."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import HttpRequest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.testing.factories import TEST_PASSWORD, make_funded_user


def logged_in(user: User) -> Client:
    client = Client()
    assert client.login(request=HttpRequest(), username=user.username, password=TEST_PASSWORD)
    return client


def text_of(response: Any) -> str:
    return str(response.content.decode())


@pytest.fixture
def poster() -> User:
    return make_funded_user(username="poster", credits=5_000)


@pytest.fixture
def creator() -> User:
    return make_funded_user(username="creator", credits=100)


@pytest.fixture
def backer() -> User:
    return make_funded_user(username="backer", credits=5_000)
