"""Fixtures for the page tests: the shared bounty fixtures (``bountyboard.testing.bounty_fixtures``:
real users and credits, bounties and entries driven through the real services and the real guard),
the three people most page tests need, demo-art pictures, and a logged-in client."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.http import HttpRequest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.testing.bounty_fixtures import draft_bounty as draft_bounty
from bountyboard.testing.bounty_fixtures import funded_user as funded_user
from bountyboard.testing.bounty_fixtures import open_bounty as open_bounty
from bountyboard.testing.bounty_fixtures import submitted_entry as submitted_entry
from bountyboard.testing.factories import TEST_PASSWORD
from bountyboard.web import demo_art
from bountyboard.web.management.commands.demo import demo_safetensors


def png(seed: int = 1) -> bytes:
    return demo_art.landscape(seed)


def truncated_png(seed: int = 1) -> bytes:
    """A PNG cut in half: passes the upload's magic-number check, then the guard refuses it."""
    data = demo_art.landscape(seed)
    return data[: len(data) // 2]


def model_file() -> bytes:
    return demo_safetensors(title="Dusk lake")


@pytest.fixture
def poster(funded_user: Callable[..., User]) -> User:
    return funded_user(username="poster", credits=5_000)


@pytest.fixture
def creator(funded_user: Callable[..., User]) -> User:
    return funded_user(username="creator", credits=100)


@pytest.fixture
def backer(funded_user: Callable[..., User]) -> User:
    return funded_user(username="backer", credits=5_000)


def logged_in(user: User) -> Client:
    client = Client()
    assert client.login(request=HttpRequest(), username=user.username, password=TEST_PASSWORD)
    return client
