"""Small reads the pages need that the bounties selectors do not offer (yet): per-kind reaction
counts of one entry and the viewer's own reactions. Plain queries, no rules."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from bountyboard.bounties.models import Reaction


def entry_reaction_counts(*, entry_id: int) -> dict[str, int]:
    rows = Reaction.objects.filter(entry_id=entry_id).values("kind").annotate(n=Count("id"))
    return {row["kind"]: row["n"] for row in rows}


def entry_reactions_of(*, entry_id: int, user: Any) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(Reaction.objects.filter(entry_id=entry_id, user_id=user.pk).values_list("kind", flat=True))
