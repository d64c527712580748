"""Content that shows a protected person: hidden from public view, put in front of a moderator
with the evidence, and the person told. ``screening_verdict_observed`` runs with every verdict
(registered with screening by ``LikenessConfig.ready``): a bounty that waits for consent asks the
people it depicts at once, other content naming a protected person is queued at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _

from bountyboard.accounts.services import notification_create
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, Comment, CommentStatus, Entry, EntryStatus
from bountyboard.errors import Conflict, NotFound
from bountyboard.guard.verdict import Decision
from bountyboard.likeness.models import ConsentRequest, RescanRun
from bountyboard.likeness.selectors import (
    bounty_awaiting_consent,
    likeness_people_to_tell,
    screening_match_told,
    screenings_matching_unqueued,
)
from bountyboard.likeness.services.consent import consent_requests_open
from bountyboard.mailing import mail_after_commit
from bountyboard.moderation.content import Content, content_for_screening, content_resolve
from bountyboard.moderation.models import ModerationDecision, QueueItem, QueueKind
from bountyboard.moderation.services import queue_item_add
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningStatus


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
    matches_tell(row, person_ids=person_ids)
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


def matches_tell(row: Screening, *, person_ids: Sequence[str]) -> int:
    """Tell each verified person with an account that content naming them was found and hidden
    (once per screened item and person, in-app and by e-mail). A person already asked for consent
    on the bounty the row belongs to hears through that request instead. Returns how many were told."""
    told = 0
    asked: set[str] = set()
    if row.subject_type == "bounty":
        asked = set(
            ConsentRequest.objects.filter(bounty_id=row.subject_id).values_list("likeness_id", flat=True)
        )
    for likeness in likeness_people_to_tell(person_ids=[p for p in person_ids if p not in asked]):
        account = likeness.account
        if account is None or screening_match_told(screening_id=row.pk, user=account):
            continue
        if row.decision == ScreeningDecision.BLOCK:
            message = _(
                "Something posted on this site matched your protected likeness (%(name)s). It was blocked "
                "automatically and nobody else can see it."
            ) % {"name": likeness.legal_name}
        else:
            message = _(
                "Something posted on this site matched your protected likeness (%(name)s). It is hidden "
                "from everyone else and a moderator will look at it; you will hear what they decide."
            ) % {"name": likeness.legal_name}
        notification_create(
            user=account,
            kind="likeness.match",
            message=message,
            url=reverse("web:likeness_dashboard_one", args=[likeness.id]),
            target=("screening", row.pk),
        )
        mail_after_commit(address=account.email, subject=_("Content matching your likeness was found"), body=message)
        told += 1
    return told


def screening_verdict_observed(row: Screening) -> None:
    """Verdict observer (every verdict, in its transaction, after the owning app moved its object).

    A bounty now waiting for consent asks each registered, verified person it depicts (and tells the
    poster about anyone who cannot be asked); any other finished scan naming a protected person that
    is held back goes to the moderation queue with the evidence, and the person is told."""
    if row.status != ScreeningStatus.DONE:
        return
    if row.subject_type == "bounty":
        if bounty_awaiting_consent(bounty_id=row.subject_id):
            try:
                consent_requests_open(bounty_id=row.subject_id)
            except Conflict:
                return  # it left consent_pending in this same transaction
        elif row.person_ids and row.decision != ScreeningDecision.ALLOW:
            matches_tell(row, person_ids=row.person_ids)
        return
    if not row.person_ids or row.decision not in (ScreeningDecision.CONSENT_REQUIRED, ScreeningDecision.BLOCK):
        return
    if QueueItem.objects.filter(screening_id=row.pk).exists():
        matches_tell(row, person_ids=row.person_ids)
        return
    _match_queue(row, content=content_for_screening(row), person_ids=row.person_ids, rescan_id=None)


def moderation_decision_observed(item: QueueItem, decision: ModerationDecision) -> None:
    """Decision observer (registered with moderation): a protected person named by the queued
    content hears every moderator decision about it, with the statement's what and why."""
    person_ids = [str(p) for p in (item.evidence or {}).get("person_ids") or []]
    if not person_ids and item.screening_id:
        row = Screening.objects.filter(pk=item.screening_id).first()
        person_ids = list(row.person_ids or []) if row is not None else []
    if not person_ids and item.target_type != "user":
        # A report or a notice about content: the people its screened parts name.
        try:
            rows = content_resolve(item.target_type, item.target_id).screenings
        except NotFound:
            rows = []
        person_ids = sorted({str(p) for row in rows for p in row.person_ids or []})
    statement = decision.statement or {}
    for likeness in likeness_people_to_tell(person_ids=person_ids):
        if likeness.account is None:
            continue
        message = _("A moderator decided about content that shows you: %(what)s. Why: %(why)s") % {
            "what": statement.get("what", decision.action),
            "why": statement.get("why", ""),
        }
        notification_create(
            user=likeness.account,
            kind="likeness.decision",
            message=message,
            url=reverse("web:likeness_dashboard_one", args=[likeness.id]),
            target=("decision", decision.pk),
        )
        mail_after_commit(
            address=likeness.account.email, subject=_("A moderator decided about content showing you"), body=message
        )


def matches_queue_sync() -> int:
    """Safety sweep (periodic): queue every screened item that matched a protected person and is
    held back but has no queue item (normally queued with its verdict by ``screening_verdict_observed``).

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
