"""Fixtures for the page tests: real users and credits, bounties and entries driven through the real
services and the real guard. Tests run with committed transactions (``transaction=True``) so the
screening tasks run after commit exactly as in production (in-process without a broker)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.ledger.services import credits_grant
from bountyboard.testing.factories import TEST_PASSWORD, make_user
from bountyboard.web import demo_art
from bountyboard.web.management.commands.demo import demo_safetensors

SAFE_DESCRIPTION = "A LoRA for calm flat-colour mountain landscapes at dusk, layered ridges and a still lake."


def png(seed: int = 1) -> bytes:
    return demo_art.landscape(seed)


def truncated_png(seed: int = 1) -> bytes:
    """A PNG cut in half: passes the upload's magic-number check, then the guard refuses it."""
    data = demo_art.landscape(seed)
    return data[: len(data) // 2]


def model_file() -> bytes:
    return demo_safetensors(title="Dusk lake")


@pytest.fixture
def funded_user() -> Callable[..., User]:
    def build(username: str | None = None, credits: int = 5_000, **fields: Any) -> User:
        user = make_user(username, **fields)
        if credits:
            credits_grant(admin_or_none=None, user=user, amount=credits, idempotency_key=f"web-test:{user.pk}")
        return user

    return build


@pytest.fixture
def poster(funded_user: Callable[..., User]) -> User:
    return funded_user("poster")


@pytest.fixture
def creator(funded_user: Callable[..., User]) -> User:
    return funded_user("creator", credits=100)


@pytest.fixture
def backer(funded_user: Callable[..., User]) -> User:
    return funded_user("backer")


@pytest.fixture
def draft_bounty() -> Callable[..., Bounty]:
    def build(poster: User, *, image: bytes | None = None, **fields: Any) -> Bounty:
        values: dict[str, Any] = {
            "title": "Dusk lake landscapes",
            "description": SAFE_DESCRIPTION,
            "type": "lora",
            "base_model": "SDXL 1.0",
            "tags": ["landscape", "dusk"],
            "prize": 500,
            "expires_at": timezone.now() + dt.timedelta(days=7),
            "min_contribution": 50,
            "entry_limit": 2,
            "rights_statement": "I drew the reference images myself.",
        }
        values.update(fields)
        bounty = bounty_services.bounty_create(poster=poster, **values)
        bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=image or png(), filename="ref.png")
        return bounty

    return build


@pytest.fixture
def open_bounty(draft_bounty: Callable[..., Bounty]) -> Callable[..., Bounty]:
    """A bounty the real guard opened."""

    def build(poster: User, **fields: Any) -> Bounty:
        bounty = draft_bounty(poster, **fields)
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "open", (bounty.status, bounty.reasons)
        return bounty

    return build


@pytest.fixture
def submitted_entry() -> Callable[..., Entry]:
    def build(entrant: User, bounty: Bounty, *, image: bytes | None = None) -> Entry:
        entry = bounty_services.entry_submit(
            entrant=entrant,
            bounty_id=bounty.pk,
            description="Trained on 30 of my own drawings.",
            images=[("sample.png", image or png(42))],
            files=[("dusk.safetensors", model_file())],
        )
        entry.refresh_from_db()
        return entry

    return build


def logged_in(user: User) -> Client:
    client = Client()
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client
