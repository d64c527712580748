"""Issue 12: a banned user's browser session, opened before the ban, still awarded (and the stake was
paid), cancelled (and was refunded), followed, reacted, changed preferences, contributed and entered.
Now the ban ends the session and every page write is refused with nothing changed; the services
refuse the account anyway (services/test_actor_standing.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties.models import BountyFollow, Reaction
from bountyboard.bounties.tests.conftest import world_state
from bountyboard.testing.pages import logged_in
from bountyboard.testing.uploads import landscape_png, safetensors_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def _everything() -> dict[str, Any]:
    return {
        **world_state(),
        "follows": BountyFollow.objects.count(),
        "reactions": Reaction.objects.count(),
        "preferences": dict(User.objects.values_list("pk", "rating_preference")),
    }


@pytest.fixture
def scene(poster: User, creator: User, backer: User, open_bounty, visible_entry) -> dict[str, Any]:
    bounty = open_bounty(poster)
    entry = visible_entry(creator, bounty)
    return {"poster": poster, "creator": creator, "backer": backer, "bounty": bounty, "entry": entry}


def _post(kind: str, client: Client, s: dict[str, Any]) -> Any:
    bounty, entry = s["bounty"], s["entry"]
    if kind == "award":
        return client.post(reverse("web:bounty_award", args=[bounty.pk]), {"entry_id": entry.pk})
    if kind == "cancel":
        return client.post(reverse("web:bounty_cancel", args=[bounty.pk]))
    if kind == "follow":
        return client.post(reverse("web:bounty_follow", args=[bounty.pk, "track"]))
    if kind == "react":
        return client.post(reverse("web:entry_react", args=[entry.pk]), {"kind": "like"})
    if kind == "preferences":
        return client.post(reverse("web:profile", args=[s["backer"].username]), {"rating_preference": "x"})
    if kind == "contribute":
        return client.post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": 100})
    assert kind == "enter"
    return client.post(
        reverse("web:entry_submit", args=[bounty.pk]),
        {
            "description": "Mine.",
            "images": [SimpleUploadedFile("s.png", landscape_png(11), content_type="image/png")],
            "deliverables": [SimpleUploadedFile("m.safetensors", safetensors_bytes())],
        },
    )


ACTORS: dict[str, str] = {
    "award": "poster",
    "cancel": "poster",
    "follow": "backer",
    "react": "backer",
    "preferences": "backer",
    "contribute": "backer",
    "enter": "backer",
}


@pytest.mark.parametrize("kind", sorted(ACTORS))
def test_a_banned_users_open_session_is_refused_and_nothing_changes(kind: str, scene: dict[str, Any]) -> None:
    user = scene[ACTORS[kind]]
    client = logged_in(user)  # signed in before the ban
    assert client.get(reverse("web:wallet")).status_code == 200
    User.objects.filter(pk=user.pk).update(banned_at=timezone.now())
    before = _everything()
    response = _post(kind, client, scene)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("web:login"))
    assert _everything() == before
    assert "_auth_user_id" not in client.session  # the session itself ended


WITHOUT_BAN: dict[str, Callable[[dict[str, Any]], bool]] = {
    "follow": lambda s: BountyFollow.objects.filter(user=s["backer"]).exists(),
    "react": lambda s: Reaction.objects.filter(user=s["backer"]).exists(),
}


@pytest.mark.parametrize("kind", sorted(WITHOUT_BAN))
def test_the_same_session_writes_when_not_banned(kind: str, scene: dict[str, Any]) -> None:
    # The refusal above is the ban's doing, not a broken request.
    _post(kind, logged_in(scene[ACTORS[kind]]), scene)
    assert WITHOUT_BAN[kind](scene)
