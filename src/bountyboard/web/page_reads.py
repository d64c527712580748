"""Small reads the pages need that the bounties selectors do not offer (yet): per-kind reaction
counts of one entry, the viewer's own reactions, and list-page cover images in one query."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from bountyboard.bounties.models import BountyImage, Reaction
from bountyboard.screening.models import ScreeningDecision, ScreeningStatus


def entry_reaction_counts(*, entry_id: int) -> dict[str, int]:
    rows = Reaction.objects.filter(entry_id=entry_id).values("kind").annotate(n=Count("id"))
    return {row["kind"]: row["n"] for row in rows}


def entry_reactions_of(*, entry_id: int, user: Any) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(Reaction.objects.filter(entry_id=entry_id, user_id=user.pk).values_list("kind", flat=True))


def bounty_cover_image_ids(*, bounty_ids: list[int]) -> dict[int, int]:
    """bounty id -> id of its first reference image the guard allowed, in one query (list pages).

    Only allowed images qualify (fail closed: a pending or blocked image never becomes a cover); the
    media view checks visibility again when the image itself is fetched.
    """
    rows = (
        BountyImage.objects.filter(
            bounty_id__in=bounty_ids,
            screening__status=ScreeningStatus.DONE,
            screening__decision=ScreeningDecision.ALLOW,
        )
        .exclude(screening__stored_name="")
        .order_by("bounty_id", "position", "id")
        .values_list("bounty_id", "id")
    )
    covers: dict[int, int] = {}
    for bounty_id, image_id in rows:
        covers.setdefault(bounty_id, image_id)
    return covers
