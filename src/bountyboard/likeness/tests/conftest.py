"""Real photos from the shared data, real users and a real bounty board for the likeness tests."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.ledger.services import credits_grant
from bountyboard.likeness import services
from bountyboard.likeness.models import ProtectedLikeness
from bountyboard.testing.factories import make_user


def identity_photos(shared_data: Path, identity: str) -> list[Path]:
    folder = shared_data / "faces" / "deepface"
    with (folder / "labels.csv").open(newline="") as handle:
        rows = [
            row for row in csv.DictReader(handle) if row["identity"] == identity and row["n_faces"] == "1"
        ]
    return [folder / row["file"] for row in rows]


@pytest.fixture
def her_photos(shared_data: Path) -> list[Path]:
    """deepface identity id00: the first three photos enrol her, the rest show her elsewhere."""
    photos = identity_photos(shared_data, "deepface_id00")
    assert len(photos) >= 6
    return photos


@pytest.fixture
def her(db: None) -> User:
    return make_user("lea")


@pytest.fixture
def moderator(db: None) -> User:
    return make_user("mod", role="moderator")


def reference(paths: list[Path]) -> list[services.ReferencePhoto]:
    return [services.ReferencePhoto(name=p.name, data=p.read_bytes()) for p in paths]


@pytest.fixture
def registered(her: User, her_photos: list[Path], moderator: User) -> ProtectedLikeness:
    """Lea Moreau, registered with three real photos and verified by a moderator."""
    likeness = services.likeness_register(
        actor=her,
        photos=reference(her_photos[:3]),
        legal_name="Lea Moreau",
        aliases=["Lea M"],
        handles=["@lea.moreau.fit"],
    )
    return services.likeness_verify(
        moderator=moderator, likeness=likeness, basis="passport checked on video call"
    )


def funded_user(username: str, credits: int = 1000) -> User:
    user = make_user(username)
    credits_grant(admin_or_none=None, user=user, amount=credits, idempotency_key=f"test-grant:{username}")
    return user


def neutral_image(shared_data: Path) -> bytes:
    """A reference image with no face and no nudity (four dogs)."""
    return (shared_data / "faces" / "negatives" / "dogs.jpg").read_bytes()


def safetensors_bytes(metadata: dict[str, str] | None = None) -> bytes:
    from safetensors.numpy import save

    return save(
        {"lora_up.weight": np.zeros((4, 4), dtype=np.float32)}, metadata=metadata or {"ss_network": "lora"}
    )


def bounty_published(
    shared_data: Path, *, poster: User, title: str, description: str, prize: int = 100, type: str = "lora"
) -> Bounty:
    """A published bounty. In a likeness bounty (LoRA, image, ...) an entry showing one unknown real
    face goes to review; pass ``type="other"`` where such an entry must become visible first."""
    bounty = bounty_services.bounty_create(
        poster=poster,
        title=title,
        description=description,
        type=type,
        prize=prize,
        expires_at=timezone.now() + dt.timedelta(days=14),
        rights_statement="I took the reference photo myself.",
    )
    bounty_services.bounty_image_add(
        actor=poster, bounty_id=bounty.pk, data=neutral_image(shared_data), filename="dogs.jpg"
    )
    bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    return Bounty.objects.get(pk=bounty.pk)


def entry_with_image(shared_data: Path, bounty: Bounty, image: Path) -> Entry:
    """An entry with one image (and a small model file) posted by a new funded entrant."""
    entrant = funded_user(f"entrant{Entry.objects.count()}")
    return bounty_services.entry_submit(
        entrant=entrant,
        bounty_id=bounty.pk,
        description="my take on it",
        images=[(image.name, image.read_bytes())],
        files=[("model.safetensors", safetensors_bytes())],
    )
