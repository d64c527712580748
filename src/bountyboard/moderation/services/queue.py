"""The moderation queue: putting an item in front of a human (idempotent on its source key) and
bringing the guard's ``review`` decisions into it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import IntegrityError, transaction

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty, BountyStatus, Entry, EntryStatus
from bountyboard.errors import ValidationFailed
from bountyboard.moderation import content as site_content
from bountyboard.moderation.models import ModerationDecision, QueueItem, QueueKind, Report, Takedown
from bountyboard.moderation.services._shared import _now
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningStatus

# How urgent each kind of item is when deadlines tie (higher first).
KIND_SEVERITY = {QueueKind.SCREENING: 60, QueueKind.CONSENT_DISPUTE: 65, QueueKind.APPEAL: 50, QueueKind.COUNTER_NOTICE: 55}


def queue_item_add(
    *,
    kind: str,
    source_key: str,
    target_type: str,
    target_id: str | int,
    owner: User | None = None,
    severity: int | None = None,
    due_at: dt.datetime | None = None,
    summary: str = "",
    evidence: dict[str, Any] | None = None,
    screening_id: int | None = None,
    report: Report | None = None,
    takedown: Takedown | None = None,
    appeal_of: ModerationDecision | None = None,
    now: dt.datetime | None = None,
) -> QueueItem:
    """Put something in front of a human. Idempotent on ``source_key``: calling it again returns
    the existing item (other apps, e.g. likeness consent disputes, call this)."""
    if kind not in QueueKind.values:
        raise ValidationFailed(f"kind: must be one of {', '.join(QueueKind.values)}")
    with transaction.atomic():
        existing = QueueItem.objects.filter(source_key=source_key).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                return QueueItem.objects.create(
                    kind=kind,
                    source_key=source_key[:64],
                    target_type=str(target_type)[:16],
                    target_id=str(target_id)[:64],
                    owner=owner,
                    severity=severity if severity is not None else KIND_SEVERITY.get(QueueKind(kind), 50),
                    due_at=due_at,
                    summary=summary[:500],
                    evidence=evidence or {},
                    screening_id=screening_id,
                    report=report,
                    takedown=takedown,
                    appeal_of=appeal_of,
                    created_at=_now(now),
                )
        except IntegrityError:  # a concurrent call created it first
            return QueueItem.objects.get(source_key=source_key)


def _screening_evidence(row: Screening) -> dict[str, Any]:
    """What the guard saw, for the moderator: reasons, and the spans, boxes, scores and persons."""
    return {
        "screening_id": row.pk,
        "kind": row.kind,
        "status": row.status,
        "decision": row.decision,
        "rating": row.rating,
        "reasons": row.reasons,
        "signals": row.signals,
        "faces": (row.evidence or {}).get("faces", []),
        "nudity": (row.evidence or {}).get("nudity", []),
        "person_ids": row.person_ids,
        "text": row.text[:2000],
    }


def _subject_in_review(row: Screening) -> Bounty | Entry | None:
    """The bounty or entry this row belongs to, when its pooled verdict holds it ``in_review``."""
    if row.subject_type == "bounty":
        bounty = Bounty.objects.filter(pk=row.subject_id).first()
        return bounty if bounty is not None and bounty.status == BountyStatus.IN_REVIEW else None
    if row.subject_type == "entry":
        entry = Entry.objects.filter(pk=row.subject_id).first()
        return entry if entry is not None and entry.status == EntryStatus.IN_REVIEW else None
    return None


def _unqueued(row: Screening, subject: Bounty | Entry) -> bool:
    """No part of ``subject`` is queued yet: held by the pooled verdict of its parts (a name in the text plus a face
    in an image) while no part asked for review by itself, it would wait on nobody, so it needs an item too."""
    parts = [p.pk for p in site_content.content_resolve(row.subject_type, str(subject.pk)).screenings]
    return not QueueItem.objects.filter(screening_id__in=[row.pk, *parts]).exists()


def queue_screening_add(row: Screening, *, now: dt.datetime | None = None) -> QueueItem | None:
    """Put one verdict that needs a human in the queue (idempotent on the row): a ``review``
    decision, a failed scan, or the last part of a bounty or entry whose pooled verdict sent it to
    review. Registered with screening as a verdict observer (``ModerationConfig.ready``), so the item
    commits with the verdict; returns None when the verdict needs nobody."""
    if row.status not in (ScreeningStatus.DONE, ScreeningStatus.FAILED):
        return None
    if row.decision == ScreeningDecision.REVIEW:
        content = site_content.content_for_screening(row)
        evidence = _screening_evidence(row)
    else:  # the owning object is what waits, not this part: its pooled reasons say why
        subject = _subject_in_review(row)
        if subject is None or not _unqueued(row, subject):
            return None
        content = site_content.content_resolve(row.subject_type, str(row.subject_id))
        evidence = {**_screening_evidence(row), "reasons": list(subject.reasons or [])}
    codes = ", ".join(r.get("code", "") for r in evidence["reasons"]) or "review"
    with transaction.atomic():
        return queue_item_add(
            kind=QueueKind.SCREENING,
            source_key=f"screening:{row.pk}",
            target_type=content.target_type,
            target_id=content.target_id,
            owner=content.owner,
            summary=f"The guard asked for a human review of {content.label or row.subject_type} ({codes})",
            evidence=evidence,
            screening_id=row.pk,
            now=now,
        )


def queue_sync_screenings(*, now: dt.datetime | None = None) -> int:
    """Safety sweep (periodic task only): bring any guard ``review`` decision (and failed scan) that
    is not in the queue yet. Items normally arrive with their verdict (``queue_screening_add``), so
    this finds nothing unless an observer was not registered. Returns how many items were added."""
    added = 0
    known = set(QueueItem.objects.filter(kind=QueueKind.SCREENING).values_list("source_key", flat=True))
    rows = (
        Screening.objects.filter(decision=ScreeningDecision.REVIEW)
        .filter(status__in=[ScreeningStatus.DONE, ScreeningStatus.FAILED])
        .order_by("pk")
    )
    for row in rows.iterator(chunk_size=500):
        if f"screening:{row.pk}" in known:  # already queued (with its verdict, or by the likeness re-scan)
            continue
        if queue_screening_add(row, now=now) is not None:
            added += 1
    return added
