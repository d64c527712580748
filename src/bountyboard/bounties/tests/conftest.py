"""Fixtures for the bounties tests: real users with credits, real image and model files, and a
bounty driven through the real guard. Tests use committed transactions (``transaction=True``) so
the screening tasks run after commit exactly as in production (in-process without a broker)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from django.utils import timezone
from PIL import Image
from safetensors.numpy import save as safetensors_save

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.bounties import services
from bountyboard.bounties.models import Award, Bounty, Comment, Contribution, Entry, Tip
from bountyboard.ledger.models import LedgerAccount, LedgerTransaction
from bountyboard.ledger.services import credits_grant
from bountyboard.testing.factories import make_user

SAFE_TEXT = "A LoRA of a red fox in watercolour style, autumn forest, soft light."


def landscape_png(seed: int = 0, size: int = 256) -> bytes:
    """A synthetic landscape (sky, hills, sun): no people, no text."""
    rng = np.random.default_rng(seed)
    y = np.linspace(0, 1, size)[:, None]
    x = np.linspace(0, 1, size)[None, :]
    sky = np.stack([80 + 100 * y, 140 + 80 * y, 230 - 60 * y], axis=-1) * np.ones((1, size, 1))
    hills = (y > 0.6 + 0.1 * np.sin(6 * x + seed)).astype(float)[..., None]
    ground = np.array([40, 120 + seed % 40, 50], dtype=float)
    pixels = sky * (1 - hills) + ground * hills + rng.normal(0, 4, (size, size, 3))
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, format="PNG")
    return out.getvalue()


def jpeg_with_metadata(seed: int = 0) -> bytes:
    """A JPEG carrying EXIF (camera model, GPS-like comment) that must not survive storage."""
    image = Image.open(io.BytesIO(landscape_png(seed)))
    exif = Image.Exif()
    exif[0x0110] = "SECRET-CAMERA-MODEL"  # Model
    exif[0x010E] = "home address 12 rue secrete"  # ImageDescription
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def safetensors_bytes(metadata: dict[str, str] | None = None) -> bytes:
    return safetensors_save({"lora_up.weight": np.zeros((4, 4), dtype=np.float32)}, metadata=metadata or {})


@pytest.fixture
def dogs_jpg(shared_data: Path) -> bytes:
    return (shared_data / "faces" / "negatives" / "dogs.jpg").read_bytes()


@pytest.fixture
def funded_user() -> Callable[..., User]:
    def build(credits: int = 10_000, **fields: Any) -> User:
        user = make_user(**fields)
        if credits:
            credits_grant(admin_or_none=None, user=user, amount=credits, idempotency_key=f"test-grant:{user.pk}")
        return user

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
def visible_entry() -> Callable[..., Entry]:
    def build(entrant: User, bounty: Bounty, **fields: Any) -> Entry:
        entry = services.entry_submit(
            entrant=entrant, bounty_id=bounty.pk, description=fields.get("description", "My fox LoRA, 20 epochs."),
            images=[("sample.png", landscape_png(7))], files=[("fox.safetensors", safetensors_bytes())],
        )
        entry.refresh_from_db()
        assert entry.status == "visible", (entry.status, entry.reasons)
        return entry

    return build


def world_state() -> dict[str, Any]:
    """Everything a refused action must leave as it was: balances, rows, statuses, audit length."""
    return {
        "balances": dict(LedgerAccount.objects.values_list("pk", "balance")),
        "transactions": LedgerTransaction.objects.count(),
        "audit": AuditEvent.objects.count(),
        "bounties": dict(Bounty.objects.values_list("pk", "status")),
        "pools": dict(Bounty.objects.values_list("pk", "pool")),
        "entry_counts": dict(Bounty.objects.values_list("pk", "entry_count")),
        "contributions": dict(Contribution.objects.values_list("pk", "status")),
        "entries": dict(Entry.objects.values_list("pk", "status")),
        "awards": Award.objects.count(),
        "tips": Tip.objects.count(),
        "comments": Comment.objects.count(),
    }


@pytest.fixture
def unchanged() -> Callable[[], Any]:
    """``with unchanged(): <refused call>`` asserts the world is the same afterwards."""
    import contextlib

    @contextlib.contextmanager
    def check() -> Any:
        before = world_state()
        yield
        assert world_state() == before

    return check
