"""Moderation JSON API: reports, takedown notices, the moderators' queue and decisions, appeals,
counter-notices, the moderator roster (admins) and the public transparency figures."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema, Status

from bountyboard.accounts.auth import bearer, client_ip, optional_bearer
from bountyboard.errors import NotFound, PermissionDenied
from bountyboard.moderation import selectors, services
from bountyboard.moderation.exports import transparency_csv_response, transparency_public
from bountyboard.moderation.models import ModerationDecision, QueueItem, Takedown

router = Router(tags=["moderation"])


class ReportIn(Schema):
    target_type: str
    target_id: str
    category: str
    details: str = ""


class ReportOut(Schema):
    id: int
    status: str


class TakedownIn(Schema):
    # Every part is optional in the schema so the service can name ALL missing parts at once.
    category: str = ""
    locations: list[str] | str = []
    good_faith_statement: str = ""
    signature: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    contact_address: str = ""
    on_behalf_of: str = ""
    jurisdiction: str = ""


class TakedownOut(Schema):
    id: int
    status: str
    due_at: str


class DecideIn(Schema):
    action: str
    why: str = ""
    ground: str = ""


class AppealIn(Schema):
    statement: str = ""


class CounterNoticeIn(Schema):
    statement: str = ""
    signature: str = ""


class RoleIn(Schema):
    role: str


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


def queue_item_json(item: QueueItem, *, now: Any) -> dict[str, Any]:
    return {
        "id": item.pk,
        "kind": item.kind,
        "status": item.status,
        "target_type": item.target_type,
        "target_id": item.target_id,
        "owner": item.owner.get_username() if item.owner else None,
        "severity": item.severity,
        "due_at": item.due_at.isoformat() if item.due_at else None,
        "overdue": bool(item.due_at and item.due_at <= now),
        "summary": item.summary,
        "evidence": item.evidence,
        "created_at": item.created_at.isoformat(),
    }


def decision_json(decision: ModerationDecision) -> dict[str, Any]:
    return {
        "id": decision.pk,
        "item_id": decision.item_id,
        "action": decision.action,
        "statement": decision.statement,
        "reverses": decision.reverses_id,
        "created_at": decision.created_at.isoformat(),
    }


def _takedown_json(takedown: Takedown) -> dict[str, Any]:
    return {"id": takedown.pk, "status": takedown.status, "due_at": takedown.due_at.isoformat()}


@router.post("/reports", auth=optional_bearer, response={201: ReportOut})
def report_create(request: HttpRequest, payload: ReportIn) -> Status[dict[str, Any]]:
    report = services.report_create(
        reporter=_user(request),
        target_type=payload.target_type,
        target_id=payload.target_id,
        category=payload.category,
        details=payload.details,
        ip=client_ip(request),
    )
    return Status(201, {"id": report.pk, "status": "received"})


@router.post("/takedowns", auth=optional_bearer, response={201: TakedownOut})
def takedown_create(request: HttpRequest, payload: TakedownIn) -> Status[dict[str, Any]]:
    locations = payload.locations if isinstance(payload.locations, list) else payload.locations.splitlines()
    takedown = services.takedown_create(
        category=payload.category,
        locations=locations,
        good_faith_statement=payload.good_faith_statement,
        signature=payload.signature,
        contact_name=payload.contact_name,
        contact_email=payload.contact_email,
        contact_phone=payload.contact_phone,
        contact_address=payload.contact_address,
        on_behalf_of=payload.on_behalf_of,
        jurisdiction=payload.jurisdiction,
        requester=_user(request),
        source="api",
        ip=client_ip(request),
    )
    return Status(201, _takedown_json(takedown))


@router.get("/takedowns/{takedown_id}", auth=optional_bearer)
def takedown_status(request: HttpRequest, takedown_id: int, token: str = "") -> dict[str, Any]:
    """Its filer (signed in, or holding the status link from the receipt e-mail) and moderators see
    a notice's status and clock; anyone else gets the answer a missing notice gets."""
    takedown = selectors.takedown_for_viewer(takedown_id=takedown_id, viewer=_user(request), token=token)
    if takedown is None:
        raise NotFound("no such takedown notice")
    return {**_takedown_json(takedown), "received_at": takedown.received_at.isoformat()}


def _require_moderator(request: HttpRequest) -> Any:
    user = _user(request)
    if not getattr(user, "is_moderator", False):
        raise PermissionDenied("only moderators can see the moderation queue")
    return user


@router.get("/moderation/queue", auth=bearer)
def queue_list(request: HttpRequest, kind: str = "", limit: int = 100) -> dict[str, Any]:
    _require_moderator(request)
    now = timezone.now()
    items = selectors.queue_open(now=now, kinds=[kind] if kind else None).select_related("owner")[: max(1, min(limit, 500))]
    return {"items": [queue_item_json(item, now=now) for item in items], "counts": selectors.queue_counts(now=now)}


@router.post("/moderation/queue/{item_id}/decide", auth=bearer)
def queue_decide(request: HttpRequest, item_id: int, payload: DecideIn) -> dict[str, Any]:
    decision = services.queue_decide(
        item_id=item_id, moderator=_user(request), action=payload.action, why=payload.why, ground=payload.ground
    )
    return decision_json(decision)


@router.post("/moderation/decisions/{decision_id}/appeal", auth=bearer, response={201: dict})
def appeal_create(request: HttpRequest, decision_id: int, payload: AppealIn) -> Status[dict[str, Any]]:
    item = services.appeal_create(decision_id=decision_id, user=_user(request), statement=payload.statement)
    return Status(201, {"id": item.pk, "status": item.status})


@router.post("/takedowns/{takedown_id}/counter-notice", auth=bearer, response={201: dict})
def counter_notice_create(
    request: HttpRequest, takedown_id: int, payload: CounterNoticeIn
) -> Status[dict[str, Any]]:
    item = services.counter_notice_create(
        takedown_id=takedown_id, user=_user(request), statement=payload.statement, signature=payload.signature
    )
    return Status(201, {"id": item.pk, "status": item.status})


@router.post("/moderation/users/{user_id}/role", auth=bearer)
def role_set(request: HttpRequest, user_id: int, payload: RoleIn) -> dict[str, Any]:
    user = services.moderator_role_set(admin=_user(request), user_id=user_id, role=payload.role)
    return {"id": user.pk, "username": user.get_username(), "role": user.role}


@router.get("/transparency", auth=None)
def transparency(request: HttpRequest, format: str = "json") -> Any:
    report = transparency_public()
    if format == "csv":
        return transparency_csv_response(report)
    return report
