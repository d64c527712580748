"""`bountyboard demo seed`: fictional users, credits, bounties with drawn images, a contribution and
an entry, all created through the real services (so every piece passes the real guard).

Idempotent: each step first looks for what it would create, and credit grants carry fixed
idempotency keys, so a second run changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
from dataclasses import dataclass
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from bountyboard.accounts import selectors as account_selectors
from bountyboard.accounts import services as account_services
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties import services as bounty_services
from bountyboard.errors import ApplicationError
from bountyboard.ledger import selectors as ledger_selectors
from bountyboard.ledger import services as ledger_services
from bountyboard.web import demo_art


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    credits: int


DEMO_USERS = (
    DemoUser("demo_poster", "lantern-cobalt-meadow-41", 5000),
    DemoUser("demo_creator", "harbour-quartz-violet-17", 1000),
    DemoUser("demo_backer", "orchard-signal-amber-63", 3000),
)


@dataclass(frozen=True)
class DemoBounty:
    title: str
    description: str
    type: str
    base_model: str
    tags: tuple[str, ...]
    prize: int
    drawings: tuple[tuple[str, int], ...]  # (demo_art drawing, seed)


DEMO_BOUNTIES = (
    DemoBounty(
        "Misty mountain lake landscapes LoRA",
        "Train a LoRA for calm, layered mountain landscapes at dusk: flat colour bands, a low sun, "
        "still water. The references show the palette and the layering we want.\n\n"
        "* 20-40 training images of your own\n* trigger word `dusklake`\n* SDXL base",
        "lora",
        "SDXL 1.0",
        ("landscape", "mountains", "flat colour"),
        600,
        (("landscape", 1), ("landscape", 7)),
    ),
    DemoBounty(
        "Soft geometric pastel style",
        "A style LoRA for soft, overlapping translucent circles and bars on pastel gradients, "
        "like the references. It should work for posters and backgrounds.",
        "lora",
        "SD 1.5",
        ("style", "abstract", "pastel"),
        400,
        (("style", 3), ("style", 11)),
    ),
    DemoBounty(
        "Boxy robot mascot character",
        "An embedding for our original mascot, Bolt: a friendly boxy robot with amber eyes, a red "
        "antenna bulb and three green lights on its chest. Consistent across poses.",
        "embedding",
        "SDXL 1.0",
        ("character", "robot", "mascot"),
        350,
        (("character", 5),),
    ),
    DemoBounty(
        "Dataset: 50 concentric polygon patterns with captions",
        "Build a small dataset of concentric, rotating polygon patterns on dark backgrounds, each "
        "with a one-line caption describing the shape count and colours. Deliver as a zip of "
        "PNG images and .txt captions.",
        "dataset",
        "",
        ("dataset", "patterns", "geometry"),
        300,
        (("pattern", 2), ("pattern", 9)),
    ),
    DemoBounty(
        "Captions for a landscape image set",
        "Write short, factual captions (colours, layers, sun position) for a set of flat-colour "
        "landscape images, to improve a fine-tune's prompt following.",
        "captions",
        "",
        ("captions", "landscape"),
        200,
        (("landscape", 21),),
    ),
)

DEMO_CONTRIBUTION = (0, 250)  # (bounty index, credits) from demo_backer
DEMO_ENTRY_BOUNTY = 0  # demo_creator enters the landscape LoRA bounty


def demo_safetensors(*, title: str) -> bytes:
    """A tiny, valid .safetensors file (one 2x2 float32 tensor) with kohya-style metadata."""
    tensor = struct.pack("<4f", 0.1, 0.2, 0.3, 0.4)
    header = {
        "__metadata__": {"ss_output_name": "dusklake", "modelspec.title": title},
        "lora_unet_demo.weight": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, len(tensor)]},
    }
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)  # keep the data section 8-byte aligned
    return struct.pack("<Q", len(encoded)) + encoded + tensor


class Command(BaseCommand):
    help = "Demo data: `bountyboard demo seed` creates fictional users, credits and bounties (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["seed"], help="seed: create the demo data if missing")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            self._seed()
        except ApplicationError as error:
            raise CommandError(f"demo seed failed: {error.message}") from error

    def _say(self, text: str) -> None:
        self.stdout.write(text)

    def _seed(self) -> None:
        users = {spec.username: self._user(spec) for spec in DEMO_USERS}
        poster, creator, backer = users["demo_poster"], users["demo_creator"], users["demo_backer"]
        bounties = [self._bounty(poster, spec) for spec in DEMO_BOUNTIES]

        index, amount = DEMO_CONTRIBUTION
        target = bounties[index]
        if target.status == "open" and bounty_selectors.contribution_of(bounty=target, user=backer) is None:
            bounty_services.bounty_contribute(benefactor=backer, bounty_id=target.pk, amount=amount)
            self._say(f"  demo_backer added {amount} credits to “{target.title}”")

        entry_target = bounties[DEMO_ENTRY_BOUNTY]
        own_entries = [
            e for e in bounty_selectors.bounty_entries(bounty=entry_target, viewer=creator) if e.entrant_id == creator.pk
        ]
        if entry_target.status == "open" and not own_entries:
            bounty_services.entry_submit(
                entrant=creator,
                bounty_id=entry_target.pk,
                description="Dusk lake LoRA trained on 32 of my own flat-colour landscapes. Trigger: `dusklake`.",
                images=[("dusk-sample-1.png", demo_art.landscape(101)), ("dusk-sample-2.png", demo_art.landscape(102))],
                files=[("dusklake.safetensors", demo_safetensors(title="Dusk lake"))],
            )
            self._say(f"  demo_creator entered “{entry_target.title}”")

        self._say("")
        self._say("Demo accounts (fictional; change or delete them before going live):")
        for spec in DEMO_USERS:
            user = users[spec.username]
            self._say(
                f"  {spec.username:<13} password: {spec.password:<26} balance: {ledger_selectors.wallet_balance(user)}"
            )
        statuses = ", ".join(f"{b.pk}:{bounty_selectors.bounty_get(bounty_id=b.pk, viewer=poster).status}" for b in bounties)  # type: ignore[union-attr]
        self._say(f"Demo bounties (id:status): {statuses}")

    def _user(self, spec: DemoUser) -> Any:
        user = account_selectors.user_by_username(spec.username)
        if user is None:
            user = account_services.user_signup(
                username=spec.username, email=f"{spec.username}@example.invalid", password=spec.password, adult=True
            )
            assert user is not None  # the demo's addresses are its own
            self._say(f"  created user {spec.username}")
        if user.email_verified_at is None:
            # Demo people post, enter and back bounties at once: confirm their address the way the
            # mailed link does (posting needs a verified e-mail).
            user = account_services.email_verify(token=account_services.email_verification_token(user=user))
        # A fixed key: the grant happens once however often the seed runs.
        ledger_services.credits_grant(
            admin_or_none=None, user=user, amount=spec.credits, idempotency_key=f"demo-seed:grant:{spec.username}",
            memo="demo credits",
        )
        return user

    def _bounty(self, poster: Any, spec: DemoBounty) -> Any:
        existing = next((b for b in bounty_selectors.bounties_of_poster(poster=poster) if b.title == spec.title), None)
        if existing is not None:
            return existing
        bounty = bounty_services.bounty_create(
            poster=poster,
            title=spec.title,
            description=spec.description,
            type=spec.type,
            base_model=spec.base_model,
            tags=list(spec.tags),
            prize=spec.prize,
            expires_at=timezone.now() + dt.timedelta(days=30),
            rights_statement="All reference images were drawn procedurally for this demo; no real person is depicted.",
        )
        for drawing, seed in spec.drawings:
            bounty_services.bounty_image_add(
                actor=poster, bounty_id=bounty.pk, data=demo_art.DRAWINGS[drawing](seed), filename=f"{drawing}-{seed}.png"
            )
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        published = bounty_selectors.bounty_get(bounty_id=bounty.pk, viewer=poster)  # re-read: screening ran
        assert published is not None  # the poster always sees their own bounty
        self._say(f"  created bounty “{spec.title}” ({published.status})")
        return published
