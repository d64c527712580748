"""Fixtures: real users, real PNG images (Pillow), and a funded bounty whose reference image is a
stored, screened picture, built through the real ledger so refunds move real credits."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pdqhash
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from bountyboard.accounts.models import Role, User
from bountyboard.audit.models import AuditEvent
from bountyboard.bounties.models import Bounty, BountyImage, BountyStatus, Contribution
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import escrow_for, ledger_post, wallet_for
from bountyboard.moderation.models import QueueItem, Report, Takedown
from bountyboard.screening.models import Screening, ScreeningKind, ScreeningStatus
from bountyboard.testing.factories import make_funded_user

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def picture(seed: int, size: tuple[int, int] = (512, 384)) -> Image.Image:
    """A structured picture (shapes on a gradient): different seeds give PDQ-distant images."""
    rng = np.random.default_rng(seed)
    w, h = size
    gradient = np.linspace(0, 255, w, dtype=np.float32)[None, :, None] * np.ones((h, 1, 3), np.float32)
    base = (gradient * rng.uniform(0.3, 1.0, 3)).astype(np.uint8)
    image = Image.fromarray(base, "RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x0, y0 = int(rng.integers(0, w - 40)), int(rng.integers(0, h - 40))
        x1, y1 = x0 + int(rng.integers(30, w // 2)), y0 + int(rng.integers(30, h // 2))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    return image


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def jpeg(image: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def pdq_of(data: bytes) -> str:
    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    bits, _quality = pdqhash.compute(rgb)
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def screened_image(*, subject_type: str, subject_id: int, data: bytes, decision: str = "allow") -> Screening:
    """A finished screening row for an uploaded image, with its bytes stored like the screening app does."""
    digest = hashlib.sha256(data).hexdigest()
    name = default_storage.save(f"screened/{digest[:2]}/{digest}.png", ContentFile(data))
    return Screening.objects.create(
        subject_type=subject_type,
        subject_id=subject_id,
        kind=ScreeningKind.IMAGE,
        status=ScreeningStatus.DONE,
        decision=decision,
        rating="pg",
        reasons=[] if decision == "allow" else [{"code": "protected_person_unverified", "detail": "x", "decision": decision}],
        signals=[],
        evidence={"faces": [], "nudity": []},
        stored_name=name,
        content_type="image/png",
        pdq=pdq_of(data),
        md5=hashlib.md5(data).hexdigest(),
        sha256=digest,
        finished_at=timezone.now(),
    )


@dataclass
class FundedBounty:
    bounty: Bounty
    image: Screening
    contributions: list[Contribution]


def moderation_row_counts() -> tuple[int, int, int, int]:
    """Takedowns, queue items, audit events and reports: a refused action must leave all four unchanged."""
    return Takedown.objects.count(), QueueItem.objects.count(), AuditEvent.objects.count(), Report.objects.count()


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    # Notice budgets live in the process-wide cache; each test starts with none spent.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_user(db: Any) -> Callable[..., User]:
    def make(role: str = Role.MEMBER, credits: int = 0, name: str = "") -> User:
        return make_funded_user(name or None, role=role, credits=credits)

    return make


@pytest.fixture
def moderator(make_user: Callable[..., User]) -> User:
    return make_user(Role.MODERATOR, name="mod")


@pytest.fixture
def admin(make_user: Callable[..., User]) -> User:
    return make_user(Role.ADMIN, name="root")


@pytest.fixture
def make_bounty(make_user: Callable[..., User]) -> Callable[..., FundedBounty]:
    """An open bounty with one reference image, funded by the poster and one benefactor through the
    ledger (wallet -> escrow), as ``bounty_publish`` and ``bounty_contribute`` leave it."""

    def make(*, image: bytes, poster: User | None = None, prize: int = 100, backer_amount: int = 40) -> FundedBounty:
        poster = poster or make_user(credits=1000)
        backer = make_user(credits=1000)
        now = timezone.now()
        bounty = Bounty.objects.create(
            poster=poster,
            title="A lighthouse at dusk",
            type="image",
            prize=prize,
            starts_at=now - dt.timedelta(days=1),
            expires_at=now + dt.timedelta(days=10),
            status=BountyStatus.OPEN,
            published_at=now,
            decision="allow",
        )
        row = screened_image(subject_type="bounty", subject_id=bounty.pk, data=image)
        BountyImage.objects.create(bounty=bounty, screening=row)
        contributions = []
        for who, amount, is_poster in ((poster, prize, True), (backer, backer_amount, False)):
            with transaction.atomic():  # the stake and its ledger movement commit together
                contribution = Contribution.objects.create(
                    bounty=bounty, benefactor=who, amount=amount, is_poster=is_poster
                )
                ledger_post(
                    idempotency_key=f"contribution:{contribution.pk}",
                    kind=TransactionKind.CONTRIBUTION,
                    postings=[(wallet_for(who), -amount), (escrow_for(bounty.pk), amount)],
                    memo="test funding",
                )
            contributions.append(contribution)
        Bounty.objects.filter(pk=bounty.pk).update(pool=prize + backer_amount, benefactor_count=2)
        bounty.refresh_from_db()
        return FundedBounty(bounty, row, contributions)

    return make


TAKEDOWN_OK: dict[str, Any] = {
    "category": "ncii",
    "good_faith_statement": "I am the person in this picture and I never agreed to it being shared here.",
    "signature": "Jane Q. Example",
    "contact_name": "Jane Q. Example",
    "contact_email": "jane@example.org",
    "on_behalf_of": "myself",
}
