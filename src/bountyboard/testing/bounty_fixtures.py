"""The bounty fixtures the bounties and web tests share: funded users, a draft bounty, a bounty the
real guard opened, and entries, all driven through the real services and the real guard. A
``conftest.py`` makes them available with ``from bountyboard.testing.bounty_fixtures import ...``.

Use committed transactions (``transaction=True``) so the screening tasks run after commit exactly
as in production (in-process without a broker)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties import services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.testing.factories import make_funded_user
from bountyboard.testing.uploads import landscape_png, safetensors_bytes

SAFE_TEXT = "A LoRA of a red fox in watercolour style, autumn forest, soft light."
# Somebody real whom no list names and no rule finds (an invented channel's presenter): only the learned reading of
# the whole request does (decision 0053). Not "it has to look exactly like her": the rules read that demand since
# session 35 (decision 0059).
UNNAMED_LIKENESS = ("I need a LoRA of the weather presenter from our regional channel. I have 40 photos of her face; "
                    "I want it spot on.")
# ... and sexual, read as someone's likeness beyond doubt (decision 0056): refused like a named person's
UNNAMED_SEXUAL_LIKENESS = ("That presenter from the breakfast show on local radio, bikini on the beach, flirty pose, "
                           "photorealistic, LoRA of her face")


@pytest.fixture
def funded_user() -> Callable[..., User]:
    """``funded_user(credits=10_000, username=..., role=...)``: a user holding ``credits``."""

    def build(credits: int = 10_000, **fields: Any) -> User:
        return make_funded_user(credits=credits, **fields)

    return build


@pytest.fixture
def draft_bounty() -> Callable[..., Bounty]:
    def build(poster: User, *, image: bytes | None = None, **fields: Any) -> Bounty:
        values: dict[str, Any] = {
            "title": "Red fox LoRA",
            "description": SAFE_TEXT,
            "type": "lora",
            "base_model": "SDXL",
            "tags": ["fox", "watercolour"],
            "prize": 500,
            "expires_at": timezone.now() + dt.timedelta(days=7),
            "min_contribution": 50,
            "max_contribution": 2_000,
            "entry_limit": 2,
            "rights_statement": "I made the reference images myself.",
        }
        values.update(fields)
        bounty = services.bounty_create(poster=poster, **values)
        services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=image or landscape_png(), filename="ref.png")
        return bounty

    return build


@pytest.fixture
def open_bounty(draft_bounty: Callable[..., Bounty]) -> Callable[..., Bounty]:
    """A published bounty the real guard opened."""

    def build(poster: User, **fields: Any) -> Bounty:
        bounty = draft_bounty(poster, **fields)
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "open", (bounty.status, bounty.reasons)
        return bounty

    return build


@pytest.fixture
def submitted_entry() -> Callable[..., Entry]:
    """An entry as the guard left it (visible, or refused when the sample image is bad)."""

    def build(
        entrant: User, bounty: Bounty, *, image: bytes | None = None, description: str = "My fox LoRA, 20 epochs."
    ) -> Entry:
        entry = services.entry_submit(
            entrant=entrant, bounty_id=bounty.pk, description=description,
            images=[("sample.png", image or landscape_png(7))], files=[("fox.safetensors", safetensors_bytes())],
        )
        entry.refresh_from_db()
        return entry

    return build


@pytest.fixture
def visible_entry(submitted_entry: Callable[..., Entry]) -> Callable[..., Entry]:
    """An entry the real guard made visible."""

    def build(entrant: User, bounty: Bounty, **fields: Any) -> Entry:
        entry = submitted_entry(entrant, bounty, **fields)
        assert entry.status == "visible", (entry.status, entry.reasons)
        return entry

    return build
