"""Likeness API: the registry (the person or their representative), verification (moderators),
consent requests (the depicted person only). Errors are JSON ``{"code", "message"}``.

Registration and update are multipart (``photos`` repeated, at least three); the photos are read
from memory (``likeness.uploads``) and only their embeddings are kept.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import AwareDatetime

from bountyboard.accounts.auth import bearer
from bountyboard.errors import ApplicationError, NotFound, PermissionDenied
from bountyboard.likeness import selectors, services
from bountyboard.likeness.models import ConsentRequest, ProtectedLikeness, RescanRun
from bountyboard.likeness.uploads import TOO_LARGE_FLAG

router = Router(tags=["likeness"], auth=bearer)

_LIST_SPLIT = re.compile(r"[,\n]")


class RegisteredOut(Schema):
    id: str
    status: str


class RescanOut(Schema):
    id: int
    trigger: str
    status: str
    done: int
    total: int
    matched: int
    percent: int
    last_error: str


class LikenessOut(Schema):
    id: str
    status: str
    paused: bool
    legal_name: str
    known_names: list[str]
    aliases: list[str]
    handles: list[str]
    on_behalf_of: str
    faces: int
    verified_at: datetime | None
    verification_basis: str
    created_at: datetime
    rescan: RescanOut | None


class MatchOut(Schema):
    screening_id: int
    subject_type: str
    subject_id: int
    kind: str
    decision: str
    reasons: list[dict[str, Any]]
    moderation: list[dict[str, Any]]
    takedown_url: str


class BasisIn(Schema):
    basis: str
    holder: str | None = None  # the depicted person's username, when a representative filed it


class ConsentOut(Schema):
    id: int
    bounty_id: int
    bounty_title: str
    purpose: str
    requested_by: str
    status: str
    respond_by: datetime
    expires_at: datetime | None
    bounty_url: str


class ConsentPersonOut(Schema):
    name: str
    registered: bool
    can_answer: bool
    request_status: str
    respond_by: datetime | None


class BountyConsentOut(Schema):
    status: str
    consent_deadline: datetime | None
    people: list[ConsentPersonOut]
    invite_url: str | None


class GrantIn(Schema):
    # With its time zone (e.g. ...Z or +02:00): a bare time would be read in an unknown zone.
    expires_at: AwareDatetime | None = None  # default and maximum: services.CONSENT_GRANT_MAX_DAYS


class RefuseIn(Schema):
    note: str = ""


def _rescan_out(run: RescanRun | None) -> RescanOut | None:
    if run is None:
        return None
    return RescanOut(
        id=run.pk,
        trigger=run.trigger,
        status=run.status,
        done=run.done,
        total=run.total,
        matched=run.matched,
        percent=run.percent,
        last_error=run.last_error,
    )


def _likeness_out(row: ProtectedLikeness) -> LikenessOut:
    return LikenessOut(
        id=row.id,
        status=row.status,
        paused=row.paused,
        legal_name=row.legal_name,
        known_names=row.known_names,
        aliases=row.aliases,
        handles=row.handles,
        on_behalf_of=row.on_behalf_of,
        faces=row.faces.count(),
        verified_at=row.verified_at,
        verification_basis=row.verification_basis,
        created_at=row.created_at,
        rescan=_rescan_out(selectors.rescan_latest(row)),
    )


def _consent_out(row: ConsentRequest) -> ConsentOut:
    return ConsentOut(
        id=row.pk,
        bounty_id=row.bounty_id,
        bounty_title=row.bounty_title,
        purpose=row.purpose,
        requested_by=row.requested_by.get_username() if row.requested_by else "",
        status=row.status,
        respond_by=row.respond_by,
        expires_at=row.expires_at,
        bounty_url=f"/bounties/{row.bounty_id}/",
    )


def _user(request: HttpRequest) -> Any:
    """The authenticated user ninja put on the request (``bearer`` auth)."""
    return request.auth  # type: ignore[attr-defined]


def _form_list(request: HttpRequest, name: str) -> list[str]:
    """A list field sent repeated, or comma / newline separated, or both."""
    values: list[str] = []
    for raw in request.POST.getlist(name):
        values.extend(part.strip() for part in _LIST_SPLIT.split(raw))
    return [v for v in values if v]


def _photos(request: HttpRequest, *, required: bool) -> list[services.ReferencePhoto] | None:
    if getattr(request, TOO_LARGE_FLAG, False):
        raise ApplicationError("photos: the upload is larger than 64 MB in all", code="too_large")
    files = request.FILES.getlist("photos")
    if not files and not required:
        return None
    photos = []
    for upload in files:
        photos.append(services.ReferencePhoto(name=upload.name or "", data=upload.read()))
        upload.close()
    return photos


def _managed(request: HttpRequest, likeness_id: str) -> ProtectedLikeness:
    row = selectors.likeness_get(likeness_id=likeness_id)
    if not selectors.likeness_can_manage(_user(request), row):
        raise NotFound(f"no likeness registration {likeness_id}", code="likeness_not_found")
    return row


@router.post("/likeness", response={201: RegisteredOut})
def likeness_register(request: HttpRequest) -> Status[RegisteredOut]:
    photos = _photos(request, required=True) or []
    row = services.likeness_register(
        actor=_user(request),
        photos=photos,
        legal_name=request.POST.get("name", ""),
        known_names=_form_list(request, "known_names"),
        aliases=_form_list(request, "aliases"),
        handles=_form_list(request, "handles"),
        on_behalf_of=request.POST.get("on_behalf_of", ""),
    )
    return Status(201, RegisteredOut(id=row.id, status=row.status))


@router.get("/likeness", response=list[LikenessOut])
def likeness_list(request: HttpRequest) -> list[LikenessOut]:
    return [_likeness_out(row) for row in selectors.likenesses_of(_user(request)).distinct()]


@router.get("/likeness/{likeness_id}", response=LikenessOut)
def likeness_detail(request: HttpRequest, likeness_id: str) -> LikenessOut:
    return _likeness_out(_managed(request, likeness_id))


@router.post("/likeness/{likeness_id}/update", response=LikenessOut)
def likeness_update(request: HttpRequest, likeness_id: str) -> LikenessOut:
    row = _managed(request, likeness_id)
    row = services.likeness_update(
        actor=_user(request),
        likeness=row,
        legal_name=request.POST["name"] if "name" in request.POST else None,
        known_names=_form_list(request, "known_names") if "known_names" in request.POST else None,
        aliases=_form_list(request, "aliases") if "aliases" in request.POST else None,
        handles=_form_list(request, "handles") if "handles" in request.POST else None,
        photos=_photos(request, required=False),
    )
    return _likeness_out(row)


@router.post("/likeness/{likeness_id}/pause", response=LikenessOut)
def likeness_pause(request: HttpRequest, likeness_id: str) -> LikenessOut:
    row = services.likeness_pause(actor=_user(request), likeness=_managed(request, likeness_id), paused=True)
    return _likeness_out(row)


@router.post("/likeness/{likeness_id}/resume", response=LikenessOut)
def likeness_resume(request: HttpRequest, likeness_id: str) -> LikenessOut:
    row = services.likeness_pause(actor=_user(request), likeness=_managed(request, likeness_id), paused=False)
    return _likeness_out(row)


@router.delete("/likeness/{likeness_id}", response={204: None})
def likeness_delete(request: HttpRequest, likeness_id: str) -> Status[None]:
    services.likeness_delete(actor=_user(request), likeness=_managed(request, likeness_id))
    return Status(204, None)


@router.get("/likeness/{likeness_id}/matches", response=list[MatchOut])
def likeness_matches(request: HttpRequest, likeness_id: str) -> list[MatchOut]:
    row = _managed(request, likeness_id)
    return [
        MatchOut(
            screening_id=m.screening.pk,
            subject_type=m.screening.subject_type,
            subject_id=m.screening.subject_id,
            kind=m.screening.kind,
            decision=m.screening.decision,
            reasons=m.reasons,
            moderation=m.moderation,
            takedown_url=m.takedown_url,
        )
        for m in selectors.likeness_matches(row)
    ]


# -- moderators ---------------------------------------------------------------------------------


def _moderator(request: HttpRequest) -> Any:
    if not getattr(_user(request), "is_moderator", False):
        raise PermissionDenied("moderators only")
    return _user(request)


@router.get("/moderation/likeness", response=list[LikenessOut])
def moderation_likeness_list(request: HttpRequest) -> list[LikenessOut]:
    _moderator(request)
    return [_likeness_out(row) for row in selectors.likenesses_awaiting_verification()]


@router.post("/moderation/likeness/{likeness_id}/verify", response=LikenessOut)
def moderation_likeness_verify(request: HttpRequest, likeness_id: str, payload: BasisIn) -> LikenessOut:
    moderator = _moderator(request)
    row = selectors.likeness_get(likeness_id=likeness_id)
    holder = selectors.user_by_username(payload.holder) if payload.holder else None
    return _likeness_out(
        services.likeness_verify(moderator=moderator, likeness=row, basis=payload.basis, holder=holder)
    )


@router.post("/moderation/likeness/{likeness_id}/reject", response=LikenessOut)
def moderation_likeness_reject(request: HttpRequest, likeness_id: str, payload: BasisIn) -> LikenessOut:
    moderator = _moderator(request)
    row = selectors.likeness_get(likeness_id=likeness_id)
    return _likeness_out(
        services.likeness_verify(moderator=moderator, likeness=row, basis=payload.basis, verified=False)
    )


@router.get("/moderation/rescans", response=list[RescanOut])
def moderation_rescans(request: HttpRequest) -> list[RescanOut]:
    _moderator(request)
    return [out for run in selectors.rescans_recent() if (out := _rescan_out(run)) is not None]


# -- consent (the depicted person) --------------------------------------------------------------


def _own_consent(request: HttpRequest, consent_id: int) -> ConsentRequest:
    row = selectors.consent_get(consent_id=consent_id)
    if row is None or row.likeness.account_id != _user(request).pk:
        raise NotFound(f"no consent request {consent_id}", code="consent_not_found")
    return row


@router.get("/consents", response=list[ConsentOut])
def consents_list(request: HttpRequest) -> list[ConsentOut]:
    return [_consent_out(row) for row in selectors.consents_for(_user(request))]


@router.get("/bounties/{bounty_id}/consent", response=BountyConsentOut)
def bounty_consent_state(request: HttpRequest, bounty_id: int) -> BountyConsentOut:
    """For the poster (and moderators): whom the bounty waits for, where each person stands, the
    date it is rejected and refunded without consent, and the invitation for people not registered."""
    user = _user(request)
    bounty = selectors.bounty_for_consent_state(bounty_id=bounty_id)
    if bounty is None or (bounty.poster_id != user.pk and not getattr(user, "is_moderator", False)):
        raise NotFound(f"no bounty {bounty_id} of yours", code="bounty_not_found")
    state = selectors.bounty_consent_state(bounty=bounty)
    return BountyConsentOut(
        status=state.status,
        consent_deadline=state.consent_deadline,
        people=[ConsentPersonOut(**asdict(person)) for person in state.people],
        invite_url=state.invite_url,
    )


@router.post("/consents/{consent_id}/grant", response=ConsentOut)
def consent_grant(request: HttpRequest, consent_id: int, payload: GrantIn) -> ConsentOut:
    row = services.consent_grant(
        person=_user(request), consent=_own_consent(request, consent_id), expires_at=payload.expires_at
    )
    return _consent_out(row)


@router.post("/consents/{consent_id}/refuse", response=ConsentOut)
def consent_refuse(request: HttpRequest, consent_id: int, payload: RefuseIn) -> ConsentOut:
    row = services.consent_refuse(
        person=_user(request), consent=_own_consent(request, consent_id), note=payload.note
    )
    return _consent_out(row)


@router.post("/consents/{consent_id}/revoke", response=ConsentOut)
def consent_revoke(request: HttpRequest, consent_id: int) -> ConsentOut:
    row = services.consent_revoke(person=_user(request), consent=_own_consent(request, consent_id))
    return _consent_out(row)
