"""The screening bridge's handlers: when the guard has scanned every part of a bounty, entry or
comment, these move it to its next state (one pooled, fail-closed decision per subject)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    RATING_LEVEL,
    Bounty,
    BountyStatus,
    Comment,
    CommentStatus,
    ContentRating,
    Entry,
    EntryFile,
    EntryImage,
    EntryStatus,
)
from bountyboard.bounties.services.faces import (
    ENTRY_HELD,
    bounty_face_signals,
    entry_face_signals,
    face_reasons_hold,
)
from bountyboard.bounties.services.steps import (
    _bounty_locked,
    _bounty_parts,
    _entry_locked,
    _followers,
    _notify,
    _refund_held,
    bounty_request_text,
    consent_deadline_from,
)
from bountyboard.guard.policy import LIKENESS_LIKELY
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.verdict import Decision
from bountyboard.screening.engine import guard_engine, screening_request_likeness_signals, signals_from_json
from bountyboard.screening.models import Screening, ScreeningStatus


@dataclass(frozen=True)
class PooledDecision:
    decision: str
    rating: str
    reasons: list[dict[str, Any]]
    person_ids: list[str]


def pooled_decision(
    parts: Sequence[Screening],
    *,
    consented_person_ids: Iterable[str] = (),
    submission_signals: Sequence[Signal] = (),
) -> PooledDecision | None:
    """One decision over several scanned parts, or None while any part is still pending.

    The guard decides over the pooled signals (a name in the text plus a face in an image), with
    ``submission_signals`` that only the whole submission shows (``faces``: the same unknown face in
    several images; a bounty's: ``bounty_submission_signals``); the result is never milder than any single
    part's own decision (fail closed).
    """
    if not parts or any(p.status == ScreeningStatus.PENDING for p in parts):
        return None
    reasons: list[dict[str, Any]] = []
    decision = Decision.ALLOW
    rating = ContentRating.PG.value
    person_ids: set[str] = set()
    done = [p for p in parts if p.status == ScreeningStatus.DONE]
    if done:
        signals = signals_from_json(s for p in done for s in p.signals) + list(submission_signals)
        verdict = guard_engine().decide(signals, consented_person_ids=tuple(consented_person_ids))
        decision = verdict.decision
        rating = verdict.rating.value
        reasons = [r.to_json() for r in verdict.reasons]
        person_ids.update(pid for r in verdict.reasons for pid in r.person_ids)
    seen_codes = {r["code"] for r in reasons}
    for part in parts:
        part_decision = Decision(part.decision or Decision.REVIEW)
        if part_decision == Decision.CONSENT_REQUIRED and consented_person_ids and part.status == ScreeningStatus.DONE:
            part_decision = decision  # the pooled verdict above already weighed the consents given
        if part_decision.severity > decision.severity:
            decision = part_decision
        if part.rating in RATING_LEVEL and RATING_LEVEL[ContentRating(part.rating)] > RATING_LEVEL[ContentRating(rating)]:
            rating = part.rating
        person_ids.update(part.person_ids or [])
        for reason in part.reasons:
            reason_decision = Decision(reason.get("decision", "review"))
            if consented_person_ids and reason_decision == Decision.CONSENT_REQUIRED:
                continue
            if reason.get("code") not in seen_codes and reason_decision != Decision.ALLOW:
                reasons.append(reason)
                seen_codes.add(reason.get("code"))
    return PooledDecision(decision.value, rating, reasons, sorted(person_ids))


def bounty_submission_signals(bounty: Bounty, parts: Sequence[Screening]) -> list[Signal]:
    """What only the whole bounty shows: the unknown real faces across its references
    (``faces.bounty_face_signals``) and the learned reading of its request (``bounty_request_text``, decision 0053),
    which sends it to a moderator when it reads like one for a real person's likeness and nothing else holds it
    back, and refuses it when it is also sexual and reads so beyond doubt (decision 0056). The reading only ever adds a
    review or that refusal: each part's own decision still bounds the pooled one from below, so a score below the
    review bar is left out (it could only show a ``likeness_unlikely`` the site never applies)."""
    reading = screening_request_likeness_signals(bounty_request_text(bounty))
    return [*bounty_face_signals(bounty, parts), *(s for s in reading if s.score >= LIKENESS_LIKELY)]


def bounty_pooled_decision(bounty: Bounty, *, consented_person_ids: Iterable[str] = ()) -> PooledDecision | None:
    """The bounty's decision: its text, references and files, and what only the whole bounty shows
    (``bounty_submission_signals``). None while a part is still being scanned."""
    parts = _bounty_parts(bounty)
    if not parts or any(p.status == ScreeningStatus.PENDING for p in parts):
        return None
    return pooled_decision(parts, consented_person_ids=consented_person_ids,
                           submission_signals=bounty_submission_signals(bounty, parts))


def _entry_face_decision(bounty: Bounty, parts: Sequence[Screening]) -> tuple[Decision, list[dict[str, Any]]]:
    """What the unknown real faces across the entry's samples and its bounty's references decide,
    weighed with the entry's own signals (sexual content turns a repeated face into a block)."""
    faces = entry_face_signals(bounty, _bounty_parts(bounty), parts)
    if not faces:
        return Decision.ALLOW, []
    done = [p for p in parts if p.status == ScreeningStatus.DONE]
    verdict = guard_engine().decide(signals_from_json(s for p in done for s in p.signals) + faces)
    about_faces = [r for r in verdict.reasons if any(s.kind is SignalKind.UNREGISTERED_FACE for s in r.signals)]
    decision = max((r.decision for r in about_faces), key=lambda d: d.severity, default=Decision.ALLOW)
    return decision, [r.to_json() for r in about_faces]


def on_bounty_screened(screening: Screening) -> None:
    """Screening handler for subject ``bounty``: once the text and every reference image are scanned,
    move the bounty from ``screening`` to open / consent_pending / in_review / rejected."""
    bounty = _bounty_locked(screening.subject_id)
    if bounty.status != BountyStatus.SCREENING:
        return  # a draft's images are scanned early; the decision waits for publish
    result = bounty_pooled_decision(bounty)
    if result is None:
        return
    bounty.decision = result.decision
    bounty.reasons = result.reasons
    bounty.guard_rating = result.rating  # the floor the poster's own rating is held to from now on
    if RATING_LEVEL[ContentRating(result.rating)] > RATING_LEVEL[ContentRating(bounty.rating)]:
        bounty.rating = result.rating  # the guard may raise the declared rating, never lower it
    target = {
        Decision.ALLOW: BountyStatus.OPEN,
        Decision.CONSENT_REQUIRED: BountyStatus.CONSENT_PENDING,
        Decision.REVIEW: BountyStatus.IN_REVIEW,
        Decision.BLOCK: BountyStatus.REJECTED,
    }[Decision(result.decision)]
    bounty.status = target
    if target == BountyStatus.CONSENT_PENDING:
        bounty.consent_person_ids = result.person_ids
        now = timezone.now()
        if bounty.consent_deadline is None or bounty.consent_deadline <= now:
            # A re-edit that sends the bounty back to screening never extends a wait already running.
            bounty.consent_deadline = consent_deadline_from(now)
    bounty.save()
    codes = [r["code"] for r in result.reasons]
    audit_record(action="bounty.screened", target_type="bounty", target_id=bounty.pk, reasons=codes, automated=True,
                 actor_label="guard", data={"decision": result.decision, "status": target,
                                            "person_ids": result.person_ids})
    if target == BountyStatus.REJECTED:
        _refund_held(bounty, reason="guard_rejected")
        bounty.closed_at = timezone.now()
        bounty.save(update_fields=["closed_at"])
    messages = {
        BountyStatus.OPEN: "Your bounty passed screening and is open.",
        BountyStatus.CONSENT_PENDING: _(
            "Your bounty depicts a real person and waits for their verified consent until %(date)s; "
            "without it the bounty is rejected and your prize refunded then."
        ) % {"date": f"{bounty.consent_deadline or timezone.now():%Y-%m-%d}"},
        BountyStatus.IN_REVIEW: "Your bounty is waiting for a moderator's review.",
        BountyStatus.REJECTED: "Your bounty was rejected by screening and the prize refunded: "
        + "; ".join(r.get("detail", r["code"]) for r in result.reasons)[:300],
    }
    notification_create(user=bounty.poster, kind="moderation.outcome", message=messages[target],
                        url=f"/bounties/{bounty.pk}/", target=bounty)


def _entry_parts(entry: Entry) -> list[Screening]:
    ids = list(EntryImage.objects.filter(entry=entry).values_list("screening_id", flat=True))
    ids += list(EntryFile.objects.filter(entry=entry).values_list("screening_id", flat=True))
    if entry.text_screening_id:
        ids.append(entry.text_screening_id)
    return list(Screening.objects.filter(pk__in=ids))


def on_entry_screened(screening: Screening) -> None:
    """Screening handler for subject ``entry``: visible only when every part is allowed."""
    bounty, entry = _entry_locked(screening.subject_id)
    if entry.status != EntryStatus.SCREENING:
        return
    parts = _entry_parts(entry)
    if any(p.status == ScreeningStatus.PENDING for p in parts):
        return
    worst = max((Decision(p.decision or Decision.REVIEW) for p in parts), key=lambda d: d.severity)
    failed = any(p.status == ScreeningStatus.FAILED for p in parts)
    entry.reasons = [r for p in parts for r in p.reasons if r.get("decision") != Decision.ALLOW]
    faces_decision, faces_reasons = _entry_face_decision(bounty, parts)
    worst = max(worst, faces_decision, key=lambda d: d.severity)
    entry.reasons += faces_reasons
    face_reasons_hold(faces_reasons, rows=parts, codes=ENTRY_HELD)
    ratings = [ContentRating(p.rating) for p in parts if p.rating in ContentRating.values]
    if ratings:
        entry.rating = max(ratings, key=lambda r: RATING_LEVEL[r])
    if worst == Decision.ALLOW and not failed:
        entry.status = EntryStatus.VISIBLE
        Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") + 1)
        _notify(_followers(bounty, exclude=[entry.entrant_id]), kind="entry.new",
                message=f"New entry on “{bounty.title[:80]}”.", bounty=bounty)
    elif worst == Decision.BLOCK:
        entry.status = EntryStatus.BLOCKED
    else:
        entry.status = EntryStatus.IN_REVIEW
    entry.save()
    audit_record(action="entry.screened", target_type="entry", target_id=entry.pk,
                 reasons=[r["code"] for r in entry.reasons], automated=True, actor_label="guard",
                 data={"decision": worst.value, "status": entry.status, "bounty_id": bounty.pk})
    if entry.status != EntryStatus.VISIBLE:
        notification_create(user=entry.entrant, kind="moderation.outcome",
                            message=f"Your entry is {entry.get_status_display().lower()} after screening.",
                            url=f"/bounties/{bounty.pk}/", target=entry)


def on_comment_screened(screening: Screening) -> None:
    """Screening handler for subject ``comment``: shown only when allowed."""
    comment = Comment.objects.select_for_update().filter(pk=screening.subject_id).first()
    if comment is None or comment.status != CommentStatus.SCREENING:
        return
    allowed = screening.status == ScreeningStatus.DONE and screening.decision == Decision.ALLOW
    comment.status = CommentStatus.VISIBLE if allowed else CommentStatus.HIDDEN
    comment.save(update_fields=["status"])
