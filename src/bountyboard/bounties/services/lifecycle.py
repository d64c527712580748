"""A bounty's own life as its poster drives it: create a draft, edit it, publish it (the prize goes
into escrow and the text to the guard), cancel it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import User
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    RATING_LEVEL,
    Bounty,
    BountyFile,
    BountyStatus,
    BountyType,
    ContentRating,
    Contribution,
    Entry,
    EntryMode,
    EntryStatus,
)
from bountyboard.bounties.rendering import markdown_to_safe_html
from bountyboard.bounties.search import search_document_for, search_document_index
from bountyboard.bounties.services.check import bounty_check
from bountyboard.bounties.services.steps import (
    SUBJECT_BOUNTY,
    _bounty_locked,
    _close,
    _followers,
    _int_amount,
    _notify,
    _refund_held,
    _setting,
    text_for_screening,
)
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.guard.verdict import Decision
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import escrow_for, ledger_post, wallet_for
from bountyboard.screening.models import ScreeningKind
from bountyboard.screening.screened_fields import screened_field_names, screened_text
from bountyboard.screening.services import (
    screening_request,
)

EDITABLE_FIELDS = frozenset(
    {"title", "description", "type", "base_model", "model_details", "tags", "prize", "starts_at", "expires_at",
     "entry_mode", "min_contribution", "max_contribution", "entry_limit", "rights_statement", "rating"}
)
# Fields that change what entrants and benefactors signed up for: frozen once others are involved.
LOCKABLE_FIELDS = frozenset(
    {"type", "base_model", "model_details", "prize", "starts_at", "expires_at", "entry_mode",
     "min_contribution", "max_contribution", "entry_limit"}
)


def prize_limits() -> tuple[int, int]:
    return int(_setting("BOUNTY_PRIZE_MIN", 100)), int(_setting("BOUNTY_PRIZE_MAX", 1_000_000))


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise ValidationFailed("tags: each tag must be text", code="invalid_tags")
        value = " ".join(tag.strip().lower().split())[:40]
        if value and value not in seen:
            seen.append(value)
    if len(seen) > 20:
        raise ValidationFailed("tags: at most 20 tags", code="invalid_tags")
    return seen


def _validate_fields(values: dict[str, Any], *, now: dt.datetime, publishing: bool = False) -> None:
    """Every rule on a bounty's own fields; raises ``ValidationFailed`` naming the field."""
    title = values["title"]
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise ValidationFailed("title: required, at most 200 characters", code="invalid_title")
    if len(values["description"]) > 20_000:
        raise ValidationFailed("description: at most 20,000 characters", code="invalid_description")
    if values["type"] not in BountyType.values:
        raise ValidationFailed(f"type: one of {', '.join(BountyType.values)}", code="invalid_type")
    if values["entry_mode"] not in EntryMode.values:
        raise ValidationFailed("entry_mode: 'open' or 'benefactors'", code="invalid_entry_mode")
    if values["rating"] not in ContentRating.values:
        raise ValidationFailed(f"rating: one of {', '.join(ContentRating.values)}", code="invalid_rating")
    low, high = prize_limits()
    prize = _int_amount(values["prize"], "prize")
    if not low <= prize <= high:
        raise ValidationFailed(f"prize: between {low} and {high} credits", code="prize_out_of_range")
    minimum = _int_amount(values["min_contribution"], "min_contribution")
    maximum = values["max_contribution"]
    if maximum is not None:
        maximum = _int_amount(maximum, "max_contribution")
        if maximum < minimum:
            raise ValidationFailed("max_contribution: must not be below min_contribution", code="invalid_amount")
    entry_limit = values["entry_limit"]
    if isinstance(entry_limit, bool) or not isinstance(entry_limit, int) or not 1 <= entry_limit <= 100:
        raise ValidationFailed("entry_limit: between 1 and 100", code="invalid_entry_limit")
    starts_at, expires_at = values["starts_at"], values["expires_at"]
    if expires_at <= starts_at:
        raise ValidationFailed("expires_at: must be after starts_at", code="invalid_dates")
    if expires_at - starts_at > dt.timedelta(days=int(_setting("BOUNTY_MAX_DURATION_DAYS", 90))):
        raise ValidationFailed("expires_at: a bounty runs at most 90 days", code="invalid_dates")
    if publishing and expires_at <= now:
        raise ValidationFailed("expires_at: already in the past", code="invalid_dates")
    if len(values["rights_statement"]) > 5_000:
        raise ValidationFailed("rights_statement: at most 5,000 characters", code="invalid_rights")


# The fields the guard reads (screening.screened_fields): editing any of them re-screens the bounty.
SCREENED_FIELDS = screened_field_names("bounties.Bounty")


def _text_for_screening(bounty: Bounty) -> str:
    """Every screened field of the bounty, then its reference files' names (shown on its page)."""
    names = BountyFile.objects.filter(bounty=bounty).order_by("pk").values_list("filename", flat=True)
    return screened_text(bounty, extra=names)


def _rating_floor_check(bounty: Bounty, rating: str) -> None:
    """The guard's rating is a floor: the poster may declare more, never less."""
    floor = bounty.guard_rating
    if floor in ContentRating.values and rating in ContentRating.values and (
        RATING_LEVEL[ContentRating(rating)] < RATING_LEVEL[ContentRating(floor)]
    ):
        raise Conflict(
            f"rating: the guard rated this bounty {ContentRating(floor).label}; you can raise its rating "
            f"but not lower it below {ContentRating(floor).label}",
            code="rating_below_guard",
            extra={"field": "rating", "guard_rating": floor},
        )


def _refresh_search(bounty: Bounty) -> None:
    bounty.search_document = search_document_for(
        title=bounty.title, description=bounty.description, tags=bounty.tags, base_model=bounty.base_model
    )
    Bounty.objects.filter(pk=bounty.pk).update(search_document=bounty.search_document)
    search_document_index([bounty.pk])


def bounty_create(
    *,
    poster: User,
    title: str,
    description: str = "",
    type: str,
    base_model: str = "",
    model_details: dict[str, Any] | None = None,
    tags: Sequence[str] = (),
    prize: int,
    starts_at: dt.datetime | None = None,
    expires_at: dt.datetime,
    entry_mode: str = EntryMode.OPEN,
    min_contribution: int = 1,
    max_contribution: int | None = None,
    entry_limit: int = 1,
    rights_statement: str = "",
    rating: str = ContentRating.PG,
) -> Bounty:
    """Create a draft (editable, no money moves). ``publish`` escrows the prize later."""
    actor_check(poster, verified_email=True)
    now = timezone.now()
    values: dict[str, Any] = {
        "title": (title or "").strip(),
        "description": description or "",
        "type": type,
        "base_model": (base_model or "").strip()[:64],
        "model_details": dict(model_details or {}),
        "tags": _clean_tags(tags),
        "prize": prize,
        "starts_at": starts_at or now,
        "expires_at": expires_at,
        "entry_mode": entry_mode,
        "min_contribution": min_contribution,
        "max_contribution": max_contribution,
        "entry_limit": entry_limit,
        "rights_statement": (rights_statement or "").strip(),
        "rating": rating,
    }
    _validate_fields(values, now=now)
    with transaction.atomic():
        bounty = Bounty.objects.create(
            poster=poster, description_html=markdown_to_safe_html(values["description"]), **values
        )
        _refresh_search(bounty)
        audit_record(action="bounty.create", target_type="bounty", target_id=bounty.pk, automated=False, actor=poster)
    return bounty


def bounty_is_locked(bounty: Bounty) -> bool:
    """Terms are frozen once someone else joined (an entry or another benefactor) or a moderator locked it."""
    if bounty.locked_by_moderator:
        return True
    if Entry.objects.filter(bounty=bounty).exclude(status=EntryStatus.WITHDRAWN).exists():
        return True
    return Contribution.objects.filter(bounty=bounty, is_poster=False).exists()


def bounty_update(*, actor: User, bounty_id: int, **changes: Any) -> Bounty:
    """Edit a bounty. Drafts: anything. Published: a change to any screened field (title, description,
    tags, base model, rights statement, model details) re-screens the text (the bounty goes back to
    ``screening``, hidden until allowed); the terms are refused once locked; the rating can be raised
    but never lowered below the guard's (``rating_below_guard``)."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValidationFailed(f"cannot edit: {', '.join(sorted(unknown))}", code="invalid_field")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can edit this bounty", code="not_poster")
        published = bounty.status != BountyStatus.DRAFT
        if published:
            if bounty.status not in (BountyStatus.OPEN, BountyStatus.SCREENING, BountyStatus.IN_REVIEW,
                                     BountyStatus.CONSENT_PENDING):
                raise Conflict(f"a {bounty.status} bounty can no longer be edited", code="bounty_not_editable")
            if "prize" in changes:
                raise Conflict("the prize is escrowed; add to the pool as a benefactor instead", code="bounty_locked")
            if set(changes) & LOCKABLE_FIELDS and bounty_is_locked(bounty):
                raise Conflict("the terms are locked once there are entries or other benefactors",
                               code="bounty_locked")
        values = {name: getattr(bounty, name) for name in EDITABLE_FIELDS}
        if "tags" in changes:
            changes["tags"] = _clean_tags(changes["tags"])
        values.update(changes)
        _validate_fields(values, now=timezone.now(), publishing=published)
        if "rating" in changes:
            _rating_floor_check(bounty, values["rating"])
        text_changed = any(values[n] != getattr(bounty, n) for n in SCREENED_FIELDS)
        for name, value in changes.items():
            setattr(bounty, name, value)
        bounty.description_html = markdown_to_safe_html(bounty.description)
        if published and text_changed:
            bounty.text_screening = screening_request(
                subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=ScreeningKind.TEXT,
                text=text_for_screening(bounty),
            )
            bounty.status = BountyStatus.SCREENING
        bounty.save()
        _refresh_search(bounty)
        audit_record(action="bounty.update", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=actor, data={"fields": sorted(changes)})
    return bounty


def bounty_publish(*, actor: User, bounty_id: int) -> Bounty:
    """Draft -> screening: escrow the prize from the poster's wallet (the poster is the first
    benefactor) and scan the text; the guard's pooled verdict then opens, holds or rejects it.

    The draft is checked first (``bounty_check``): a bounty the guard would reject is refused with
    its reasons and nothing is charged, so no prize is held for a bounty that can never open."""
    actor_check(actor, verified_email=True)
    check = bounty_check(actor=actor, bounty_id=bounty_id)
    if check.decision == Decision.BLOCK.value:
        raise ValidationFailed(" ".join(check.sentences), code="guard_blocked",
                               extra={"reasons": check.reasons})
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can publish this bounty", code="not_poster")
        if bounty.status != BountyStatus.DRAFT:
            raise Conflict(f"this bounty is already {bounty.status}", code="bounty_not_draft")
        if not bounty.rights_statement:
            raise ValidationFailed("rights_statement: say what rights you hold over the references",
                                   code="rights_statement_required")
        if not bounty.images.exists():
            raise ValidationFailed("add at least one reference image before publishing", code="image_required")
        values = {name: getattr(bounty, name) for name in EDITABLE_FIELDS}
        _validate_fields(values, now=timezone.now(), publishing=True)
        contribution = Contribution.objects.create(
            bounty=bounty, benefactor=actor, amount=bounty.prize, is_poster=True
        )
        tx = ledger_post(
            idempotency_key=f"contribution:{contribution.pk}",
            kind=TransactionKind.BOUNTY_FUNDING,
            postings=[(wallet_for(actor), -bounty.prize), (escrow_for(bounty.pk), bounty.prize)],
            memo=f"prize of bounty {bounty.pk}",
        )
        bounty.pool = bounty.prize
        bounty.benefactor_count = 1
        bounty.status = BountyStatus.SCREENING
        bounty.published_at = timezone.now()
        bounty.text_screening = screening_request(
            subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=ScreeningKind.TEXT,
            text=text_for_screening(bounty),
        )
        bounty.save()
        audit_record(action="bounty.publish", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=actor, data={"prize": bounty.prize, "ledger_transaction_id": tx.pk})
    return bounty


def bounty_cancel(*, actor: User, bounty_id: int) -> Bounty:
    """The poster cancels before any entry: everyone is refunded."""
    actor_check(actor)
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can cancel this bounty", code="not_poster")
        if bounty.status not in (BountyStatus.DRAFT, BountyStatus.SCREENING, BountyStatus.OPEN,
                                 BountyStatus.CONSENT_PENDING, BountyStatus.IN_REVIEW):
            raise Conflict(f"a {bounty.status} bounty cannot be cancelled", code="bounty_not_cancellable")
        if Entry.objects.filter(bounty=bounty).exclude(status=EntryStatus.WITHDRAWN).exists():
            raise Conflict("a bounty with entries cannot be cancelled", code="bounty_has_entries")
        refunded = _refund_held(bounty, reason="cancelled", actor=actor)
        _close(bounty, BountyStatus.CANCELLED)
        audit_record(action="bounty.cancel", target_type="bounty", target_id=bounty.pk, automated=False, actor=actor,
                     data={"refunded": refunded})
        _notify(_followers(bounty, exclude=[actor.pk]), kind="bounty.cancelled",
                message=f"“{bounty.title[:80]}” was cancelled; your stake was refunded.", bounty=bounty)
    return bounty
