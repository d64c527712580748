"""Bounties JSON API (/api/v1/bounties...). Thin: parse, call a service or selector, shape the answer.
Errors are ``{"code", "message"}`` (``bountyboard.config.api`` maps ``ApplicationError``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import ValidationInfo, field_validator

from bountyboard.accounts.auth import bearer, optional_bearer, request_user
from bountyboard.api_fields import Count, Credits, RowId
from bountyboard.bounties import selectors, services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.errors import ValidationFailed

router = Router(tags=["bounties"])

MAX_UPLOAD_BYTES = 2 * 1024**3


class BountyIn(Schema):
    title: str
    description: str = ""
    type: str
    base_model: str = ""
    model_details: dict[str, Any] = {}
    tags: list[str] = []
    prize: Credits
    starts_at: dt.datetime | None = None
    expires_at: dt.datetime
    entry_mode: str = "open"
    min_contribution: Credits = 1
    max_contribution: Credits | None = None
    entry_limit: Count = 1
    rights_statement: str = ""
    rating: str = "pg"


class BountyPatch(Schema):
    title: str | None = None
    description: str | None = None
    type: str | None = None
    base_model: str | None = None
    model_details: dict[str, Any] | None = None
    tags: list[str] | None = None
    starts_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    entry_mode: str | None = None
    min_contribution: Credits | None = None
    max_contribution: Credits | None = None
    entry_limit: Count | None = None
    rights_statement: str | None = None
    rating: str | None = None

    @field_validator(
        "title", "description", "type", "base_model", "model_details", "tags", "starts_at", "expires_at",
        "entry_mode", "min_contribution", "entry_limit", "rights_statement", "rating", mode="before",
    )
    @classmethod
    def _not_null(cls, value: Any, info: ValidationInfo) -> Any:
        # A field left out stays as it is; ``null`` would clear it, which only max_contribution allows.
        if value is None:
            raise ValueError(f"{info.field_name}: cannot be null; leave it out to keep its value")
        return value


class BountySummaryOut(Schema):
    """A list item (a card): no long text; ``GET /bounties/{id}`` has everything."""

    id: int
    title: str
    type: str
    base_model: str
    tags: list[str]
    rating: str
    prize: int
    pool: int
    entry_count: int
    benefactor_count: int
    starts_at: dt.datetime
    expires_at: dt.datetime
    entry_mode: str
    min_contribution: int
    max_contribution: int | None
    entry_limit: int
    status: str
    poster: str
    published_at: dt.datetime | None
    awarding_ends_at: dt.datetime | None


class BountyOut(BountySummaryOut):
    description: str
    description_html: str
    model_details: dict[str, Any]


class BountyDetailOut(BountyOut):
    rights_statement: str
    guard_rating: str
    hidden: bool
    reasons: list[dict[str, Any]]
    consent_person_ids: list[str]
    consent_deadline: dt.datetime | None = None  # waiting for consent: rejected and refunded at this time
    images: list[dict[str, Any]]
    files: list[dict[str, Any]] = []
    benefactors: list[dict[str, Any]]


class BountyListOut(Schema):
    items: list[BountySummaryOut]
    offset: int
    limit: int
    total: int | None


class ListQuery(Schema):
    status: str = "open"
    type: str | None = None
    base_model: str | None = None
    rating: str | None = None
    q: str | None = None
    sort: str = "newest"
    offset: Count = 0
    limit: Count = 20
    total: bool = False


class StateOut(Schema):
    id: int
    status: str


class PublishOut(StateOut):
    message: str  # the sentence the poster reads, true to where the bounty now is


class PersonOut(Schema):
    name: str
    person_id: str | None
    registered: bool
    verified: bool
    can_answer: bool


class CheckOut(Schema):
    """What the guard decides about a draft, and what publishing would do (nothing is written)."""

    decision: str
    outcome: str
    charged: bool
    sentences: list[str]
    reasons: list[dict[str, Any]]
    people: list[PersonOut]
    consent_deadline: dt.datetime | None
    invite_url: str | None  # send it to a depicted person who is not registered here


class AmountIn(Schema):
    amount: Credits


class AwardIn(Schema):
    entry_id: RowId


class AwardOut(Schema):
    id: int
    entry_id: int
    amount: int
    bounty_status: str


class EntryPatch(Schema):
    description: str


class EntryOut(Schema):
    id: int
    bounty_id: int
    entrant: str
    description_html: str
    status: str
    rating: str
    awarded_total: int
    tip_total: int
    reaction_count: int
    created_at: dt.datetime
    images: list[dict[str, Any]]
    files: list[dict[str, Any]] | None


class CommentIn(Schema):
    body: str
    entry_id: RowId | None = None
    parent_id: RowId | None = None


class CommentOut(Schema):
    id: int
    author: str
    body_html: str
    status: str
    parent_id: int | None
    entry_id: int | None
    created_at: dt.datetime


class ReactionIn(Schema):
    kind: str = "like"
    on: bool = True


class FollowIn(Schema):
    kind: str
    on: bool = True


class ToggleOut(Schema):
    on: bool


class LockIn(Schema):
    locked: bool


class LockOut(Schema):
    id: int
    locked: bool


def _viewer(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and timezone.is_naive(value):
        return timezone.make_aware(value, dt.UTC)  # naive input is read as UTC
    return value


_SUMMARY_FIELDS = (
    "title", "type", "base_model", "tags", "rating", "prize", "pool", "entry_count", "benefactor_count",
    "starts_at", "expires_at", "entry_mode", "min_contribution", "max_contribution", "entry_limit", "status",
    "published_at", "awarding_ends_at",
)


def _bounty_summary(bounty: Bounty) -> dict[str, Any]:
    out = {name: getattr(bounty, name) for name in _SUMMARY_FIELDS}
    out.update({"id": bounty.pk, "poster": bounty.poster.username})
    return out


def _bounty_out(bounty: Bounty) -> dict[str, Any]:
    out = _bounty_summary(bounty)
    out.update({"description": bounty.description, "description_html": bounty.description_html,
                "model_details": bounty.model_details})
    return out


def _bounty_detail(bounty: Bounty, viewer: Any) -> dict[str, Any]:
    out = _bounty_out(bounty)
    out.update({
        "rights_statement": bounty.rights_statement,
        "guard_rating": bounty.guard_rating,
        "hidden": bounty.hidden_at is not None,
        "reasons": bounty.reasons if selectors.bounty_can_view(bounty, viewer) else [],
        "consent_person_ids": bounty.consent_person_ids,
        "consent_deadline": bounty.consent_deadline,
        "images": [
            {"id": image.pk, "status": image.screening.status, "decision": image.screening.decision}
            for image in selectors.bounty_images(bounty=bounty, viewer=viewer)
        ],
        "files": [
            {"id": f.pk, "name": f.filename, "size": f.size, "kind": f.kind, "status": f.screening.status,
             "decision": f.screening.decision}
            for f in selectors.bounty_files(bounty=bounty, viewer=viewer)
        ],
        "benefactors": [
            {"username": c.benefactor.username, "amount": c.amount, "status": c.status, "is_poster": c.is_poster}
            for c in selectors.bounty_benefactors(bounty=bounty)
        ],
    })
    return out


def _entry_out(entry: Entry, viewer: Any) -> dict[str, Any]:
    show_files = selectors.entry_deliverables_visible(entry=entry, viewer=viewer)
    return {
        "id": entry.pk, "bounty_id": entry.bounty_id, "entrant": entry.entrant.username,
        "description_html": entry.description_html, "status": entry.status, "rating": entry.rating,
        "awarded_total": entry.awarded_total, "tip_total": entry.tip_total, "reaction_count": entry.reaction_count,
        "created_at": entry.created_at,
        "images": [{"id": i.pk, "status": i.screening.status, "decision": i.screening.decision}
                   for i in selectors.entry_images_visible(entry=entry, viewer=viewer)],
        "files": [{"id": f.pk, "filename": f.filename, "size": f.size, "decision": f.screening.decision}
                  for f in selectors.entry_files(entry=entry)] if show_files else None,
    }


def _visible_bounty(bounty_id: int, viewer: Any) -> Bounty:
    return selectors.bounty_get_visible(bounty_id=bounty_id, viewer=viewer)


@router.get("/bounties", response=BountyListOut, auth=optional_bearer)
def bounty_list(request: HttpRequest, filters: Query[ListQuery]) -> dict[str, Any]:
    if filters.sort not in selectors.SORTS:
        raise ValidationFailed(f"sort: one of {', '.join(selectors.SORTS)}", code="invalid_sort")
    page = selectors.bounty_list(
        viewer=_viewer(request), status=filters.status, type=filters.type, base_model=filters.base_model,
        rating=filters.rating, q=filters.q, sort=filters.sort, offset=filters.offset, limit=filters.limit,
        with_total=filters.total,
    )
    return {"items": [_bounty_summary(b) for b in page.items], "offset": page.offset, "limit": page.limit,
            "total": page.total}


@router.post("/bounties", response={201: BountyDetailOut}, auth=bearer)
def bounty_create(request: HttpRequest, payload: BountyIn) -> Status[dict[str, Any]]:
    user = request_user(request)
    data = payload.dict()
    data["starts_at"] = _aware(data["starts_at"])
    data["expires_at"] = _aware(data["expires_at"])
    bounty = services.bounty_create(poster=user, **data)
    return Status(201, _bounty_detail(bounty, user))


@router.get("/bounties/{bounty_id}", response=BountyDetailOut, auth=optional_bearer)
def bounty_detail(request: HttpRequest, bounty_id: int) -> dict[str, Any]:
    viewer = _viewer(request)
    return _bounty_detail(_visible_bounty(bounty_id, viewer), viewer)


@router.patch("/bounties/{bounty_id}", response=BountyDetailOut, auth=bearer)
def bounty_update(request: HttpRequest, bounty_id: int, payload: BountyPatch) -> dict[str, Any]:
    user = request_user(request)
    changes = payload.dict(exclude_unset=True)
    for name in ("starts_at", "expires_at"):
        if name in changes:
            changes[name] = _aware(changes[name])
    bounty = services.bounty_update(actor=user, bounty_id=bounty_id, **changes)
    return _bounty_detail(bounty, user)


@router.post("/bounties/{bounty_id}/images", response={201: dict[str, Any]}, auth=bearer)
def bounty_image_add(request: HttpRequest, bounty_id: int, image: File[UploadedFile]) -> Status[dict[str, Any]]:
    if image.size and image.size > 30 * 1024 * 1024:
        raise ValidationFailed("image: larger than 30 MB", code="image_too_large")
    added = services.bounty_image_add(actor=request_user(request), bounty_id=bounty_id, data=image.read(),
                                      filename=image.name or "image")
    return Status(201, {"id": added.pk, "screening_id": added.screening_id, "status": added.screening.status})


@router.post("/bounties/{bounty_id}/files", response={201: dict[str, Any]}, auth=bearer)
def bounty_file_add(request: HttpRequest, bounty_id: int, file: File[UploadedFile]) -> Status[dict[str, Any]]:
    services.bounty_file_size_check(filename=file.name or "file", size=file.size)  # before reading it
    added = services.bounty_file_add(actor=request_user(request), bounty_id=bounty_id, data=file.read(),
                                     filename=file.name or "file")
    return Status(201, {"id": added.pk, "screening_id": added.screening_id, "status": added.screening.status})


@router.post("/bounties/{bounty_id}/check", response=CheckOut, auth=bearer)
def bounty_check(request: HttpRequest, bounty_id: int) -> dict[str, Any]:
    """Before publishing: the guard's decision on the draft, in sentences, and whether publishing
    would charge the prize (a bounty the guard rejects cannot be published and costs nothing)."""
    check = services.bounty_check(actor=request_user(request), bounty_id=bounty_id)
    unregistered = any(person.person_id is None for person in check.people)
    return {
        "decision": check.decision, "outcome": check.outcome, "charged": check.charged,
        "sentences": check.sentences, "reasons": check.reasons,
        "people": [person.to_json() for person in check.people], "consent_deadline": check.consent_deadline,
        "invite_url": services.consent_invite_url(bounty_id=bounty_id) if unregistered else None,
    }


@router.post("/bounties/{bounty_id}/publish", response=PublishOut, auth=bearer)
def bounty_publish(request: HttpRequest, bounty_id: int) -> dict[str, Any]:
    bounty = services.bounty_publish(actor=request_user(request), bounty_id=bounty_id)
    bounty.refresh_from_db()  # in-process screening may already have moved it on
    return {"id": bounty.pk, "status": bounty.status, "message": services.bounty_publish_message(bounty)}


@router.post("/bounties/{bounty_id}/cancel", response=StateOut, auth=bearer)
def bounty_cancel(request: HttpRequest, bounty_id: int) -> dict[str, Any]:
    bounty = services.bounty_cancel(actor=request_user(request), bounty_id=bounty_id)
    return {"id": bounty.pk, "status": bounty.status}


@router.post("/bounties/{bounty_id}/lock", response=LockOut, auth=bearer)
def bounty_lock_set(request: HttpRequest, bounty_id: int, payload: LockIn) -> dict[str, Any]:
    """Moderators only: freeze or free the bounty's terms (403 for anyone else)."""
    bounty = services.bounty_lock_set(moderator=request_user(request), bounty_id=bounty_id, locked=payload.locked)
    return {"id": bounty.pk, "locked": bounty.locked_by_moderator}


@router.post("/bounties/{bounty_id}/contributions", response={201: dict[str, Any]}, auth=bearer)
def bounty_contribute(request: HttpRequest, bounty_id: int, payload: AmountIn) -> Status[dict[str, Any]]:
    contribution = services.bounty_contribute(benefactor=request_user(request), bounty_id=bounty_id, amount=payload.amount)
    pool = Bounty.objects.values_list("pool", flat=True).get(pk=bounty_id)
    return Status(201, {"id": contribution.pk, "amount": contribution.amount, "status": contribution.status, "pool": pool})


@router.post("/bounties/{bounty_id}/contributions/mine/raise", response=dict[str, Any], auth=bearer)
def bounty_contribution_raise(request: HttpRequest, bounty_id: int, payload: AmountIn) -> dict[str, Any]:
    """Add ``amount`` credits to your own stake (within the bounty's maximum per benefactor)."""
    contribution = services.bounty_contribution_raise(
        benefactor=request_user(request), bounty_id=bounty_id, amount=payload.amount
    )
    pool = Bounty.objects.values_list("pool", flat=True).get(pk=bounty_id)
    return {"id": contribution.pk, "amount": contribution.amount, "status": contribution.status, "pool": pool}


@router.get("/bounties/{bounty_id}/entries", response=list[EntryOut], auth=optional_bearer)
def entry_list(request: HttpRequest, bounty_id: int) -> list[dict[str, Any]]:
    viewer = _viewer(request)
    bounty = _visible_bounty(bounty_id, viewer)
    return [_entry_out(e, viewer) for e in selectors.bounty_entries(bounty=bounty, viewer=viewer)]


@router.post("/bounties/{bounty_id}/entries", response={201: StateOut}, auth=bearer)
def entry_submit(
    request: HttpRequest,
    bounty_id: int,
    description: Form[str] = "",
    images: File[list[UploadedFile]] = None,  # type: ignore[assignment]
    files: File[list[UploadedFile]] = None,  # type: ignore[assignment]
) -> Status[dict[str, Any]]:
    for upload in [*(images or []), *(files or [])]:
        if upload.size and upload.size > MAX_UPLOAD_BYTES:
            raise ValidationFailed(f"{upload.name}: larger than 2 GB", code="file_too_large")
    entry = services.entry_submit(
        entrant=request_user(request), bounty_id=bounty_id, description=description,
        images=[(i.name or "image", i.read()) for i in images or []],
        files=[(f.name or "file", f) for f in files or []],
    )
    entry.refresh_from_db()
    return Status(201, {"id": entry.pk, "status": entry.status})


@router.get("/entries/{entry_id}", response=EntryOut, auth=optional_bearer)
def entry_detail(request: HttpRequest, entry_id: int) -> dict[str, Any]:
    viewer = _viewer(request)
    return _entry_out(selectors.entry_get_visible(entry_id=entry_id, viewer=viewer), viewer)


@router.patch("/entries/{entry_id}", response=StateOut, auth=bearer)
def entry_update(request: HttpRequest, entry_id: int, payload: EntryPatch) -> dict[str, Any]:
    entry = services.entry_update(actor=request_user(request), entry_id=entry_id, description=payload.description)
    entry.refresh_from_db()
    return {"id": entry.pk, "status": entry.status}


@router.post("/entries/{entry_id}/withdraw", response=StateOut, auth=bearer)
def entry_withdraw(request: HttpRequest, entry_id: int) -> dict[str, Any]:
    entry = services.entry_withdraw(actor=request_user(request), entry_id=entry_id)
    return {"id": entry.pk, "status": entry.status}


@router.post("/bounties/{bounty_id}/awards", response={201: AwardOut}, auth=bearer)
def bounty_award(request: HttpRequest, bounty_id: int, payload: AwardIn) -> Status[dict[str, Any]]:
    award = services.bounty_award(benefactor=request_user(request), bounty_id=bounty_id, entry_id=payload.entry_id)
    status = Bounty.objects.values_list("status", flat=True).get(pk=bounty_id)
    return Status(201, {"id": award.pk, "entry_id": award.entry_id, "amount": award.amount, "bounty_status": status})


@router.post("/entries/{entry_id}/tips", response={201: dict[str, Any]}, auth=bearer)
def tip_create(request: HttpRequest, entry_id: int, payload: AmountIn) -> Status[dict[str, Any]]:
    tip = services.tip_create(tipper=request_user(request), entry_id=entry_id, amount=payload.amount)
    return Status(201, {"id": tip.pk, "amount": tip.amount})


@router.post("/entries/{entry_id}/reactions", response=ToggleOut, auth=bearer)
def reaction_set(request: HttpRequest, entry_id: int, payload: ReactionIn) -> dict[str, Any]:
    return {"on": services.reaction_set(user=request_user(request), entry_id=entry_id, kind=payload.kind, on=payload.on)}


@router.post("/bounties/{bounty_id}/follow", response=ToggleOut, auth=bearer)
def bounty_follow(request: HttpRequest, bounty_id: int, payload: FollowIn) -> dict[str, Any]:
    user = request_user(request)
    _visible_bounty(bounty_id, user)
    return {"on": services.bounty_follow_set(user=user, bounty_id=bounty_id, kind=payload.kind, on=payload.on)}


@router.get("/bounties/{bounty_id}/comments", response=list[CommentOut], auth=optional_bearer)
def comment_list(request: HttpRequest, bounty_id: int, entry_id: int | None = None) -> list[dict[str, Any]]:
    viewer = _viewer(request)
    bounty = _visible_bounty(bounty_id, viewer)
    return [
        {"id": c.pk, "author": c.author.username, "body_html": c.body_html, "status": c.status,
         "parent_id": c.parent_id, "entry_id": c.entry_id, "created_at": c.created_at}
        for c in selectors.bounty_comments(bounty=bounty, viewer=viewer, entry_id=entry_id)
    ]


@router.post("/bounties/{bounty_id}/comments", response={201: StateOut}, auth=bearer)
def comment_create(request: HttpRequest, bounty_id: int, payload: CommentIn) -> Status[dict[str, Any]]:
    user = request_user(request)
    _visible_bounty(bounty_id, user)
    comment = services.comment_create(author=user, bounty_id=bounty_id, body=payload.body,
                                      entry_id=payload.entry_id, parent_id=payload.parent_id)
    comment.refresh_from_db()
    return Status(201, {"id": comment.pk, "status": comment.status})
