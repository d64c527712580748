"""Content that shows a protected person: hidden from public view and put in front of a
moderator with the evidence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import F

from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, Comment, CommentStatus, Entry, EntryStatus
from bountyboard.guard.verdict import Decision
from bountyboard.likeness.models import RescanRun
from bountyboard.likeness.selectors import screenings_matching_unqueued
from bountyboard.moderation.content import Content, content_for_screening
from bountyboard.moderation.models import QueueKind
from bountyboard.moderation.services import queue_item_add
from bountyboard.screening.models import Screening


def _content_hide(content: Content) -> None:
    if content.entry is not None:
        entry = Entry.objects.select_for_update().get(pk=content.entry.pk)
        if entry.status == EntryStatus.VISIBLE:
            entry.status = EntryStatus.IN_REVIEW
            entry.save(update_fields=["status", "updated_at"])
            # The browse pages sort on the visible-entry counter.
            Bounty.objects.filter(pk=entry.bounty_id, entry_count__gt=0).update(
                entry_count=F("entry_count") - 1
            )
    elif content.comment is not None:
        Comment.objects.filter(pk=content.comment.pk).update(status=CommentStatus.HIDDEN)
    elif content.bounty is not None:
        # Whatever its status (awarding, awarded, expired too): hidden by a flag, so its status
        # and history stay for the ledger.
        bounty_services.bounty_hide(bounty_id=content.bounty.pk, reason="protected_person_match")


def screening_decision_changed(row: Screening, *, run: RescanRun, person_ids: Sequence[str]) -> None:
    """Hide the content now and put it in front of a moderator with the evidence.

    The media itself is hidden by its screening decision (only ``allow`` is served). The object it
    belongs to leaves public view too: a bounty in any status is hidden (``bounty_hide``; an open
    one also goes to ``in_review``, where a moderator opens it again or rejects it with refunds), a
    visible entry goes to ``in_review``, a comment is hidden.
    """
    content = content_for_screening(row)
    _content_hide(content)
    _match_queue(row, content=content, person_ids=person_ids, rescan_id=run.pk)


def _match_queue(
    row: Screening, *, content: Content, person_ids: Sequence[str], rescan_id: int | None
) -> None:
    evidence: dict[str, Any] = {
        "screening_id": row.pk,
        "kind": row.kind,
        "decision": row.decision,
        "reasons": row.reasons,
        "signals": row.signals,
        "faces": (row.evidence or {}).get("faces", []),
        "person_ids": list(person_ids),
        "text": row.text[:2000],
    }
    if rescan_id is not None:
        evidence["rescan_id"] = rescan_id
    queue_item_add(
        kind=QueueKind.SCREENING,
        source_key=f"screening:{row.pk}",
        target_type=content.target_type,
        target_id=content.target_id,
        owner=content.owner,
        severity=90 if row.decision == Decision.BLOCK.value else None,
        summary=f"Protected person(s) matched in {content.label or row.subject_type}",
        evidence=evidence,
        screening_id=row.pk,
    )


def matches_queue_sync() -> int:
    """Periodic: queue every screened item that matched a protected person and is held back.

    The moderation queue takes guard ``review`` decisions by itself; a protected person's face in
    an entry or a comment is ``consent_required`` (or ``block``), which no consent flow will answer
    outside a bounty's own request, so it needs a human. Idempotent (one item per screening row).
    """
    added = 0
    for row in screenings_matching_unqueued():
        with transaction.atomic():
            _match_queue(row, content=content_for_screening(row), person_ids=row.person_ids, rescan_id=None)
        added += 1
    return added
