"""Moderation pages: report and takedown forms (anyone), the queue and decisions (moderators), and
the public transparency page with inline SVG charts. Views parse, call a service, render."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from bountyboard.accounts.auth import client_ip
from bountyboard.errors import ApplicationError
from bountyboard.moderation import selectors, services
from bountyboard.moderation.exports import transparency_csv_response, transparency_public
from bountyboard.moderation.models import (
    DecisionAction,
    ReportCategory,
    TakedownCategory,
    TargetType,
)
from bountyboard.screening.selectors import screening_get, screening_open_stored

TAKEDOWN_FIELDS = (
    "category",
    "locations",
    "good_faith_statement",
    "signature",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_address",
    "on_behalf_of",
    "jurisdiction",
)


@require_http_methods(["GET", "POST"])
def report_page(request: HttpRequest) -> HttpResponse:
    values = {k: request.POST.get(k, request.GET.get(k, "")) for k in ("target_type", "target_id", "category", "details")}
    error = None
    if request.method == "POST":
        try:
            report = services.report_create(
                reporter=request.user if request.user.is_authenticated else None,
                target_type=values["target_type"],
                target_id=values["target_id"],
                category=values["category"],
                details=values["details"],
                ip=client_ip(request),
            )
            return render(request, "moderation/report_done.html", {"report": report})
        except ApplicationError as exc:
            error = exc.message
    context = {
        "values": values,
        "error": error,
        "categories": ReportCategory.choices,
        "target_types": TargetType.choices,
    }
    return render(request, "moderation/report_form.html", context, status=400 if error else 200)


@require_http_methods(["GET", "POST"])
def takedown_page(request: HttpRequest) -> HttpResponse:
    values = {k: request.POST.get(k, request.GET.get(k, "")) for k in TAKEDOWN_FIELDS}
    errors: dict[str, str] = {}
    message = None
    if request.method == "POST":
        try:
            takedown = services.takedown_create(
                category=values["category"],
                locations=values["locations"].splitlines(),
                good_faith_statement=values["good_faith_statement"],
                signature=values["signature"],
                contact_name=values["contact_name"],
                contact_email=values["contact_email"],
                contact_phone=values["contact_phone"],
                contact_address=values["contact_address"],
                on_behalf_of=values["on_behalf_of"],
                jurisdiction=values["jurisdiction"],
                requester=request.user if request.user.is_authenticated else None,
                ip=client_ip(request),
            )
            return render(request, "moderation/takedown_done.html", {"takedown": takedown})
        except ApplicationError as exc:
            message = exc.message
            errors = dict(exc.extra.get("errors") or {})
    context = {
        "values": values,
        "errors": errors,
        "message": message,
        "categories": TakedownCategory.choices,
        "deadlines": selectors.takedown_deadlines(),
    }
    return render(request, "moderation/takedown_form.html", context, status=400 if message else 200)


def _moderator_or_403(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not getattr(request.user, "is_moderator", False) or getattr(request.user, "banned_at", None):
        return HttpResponseForbidden("Only moderators can see the moderation queue.")
    return None


def queue_page(request: HttpRequest) -> HttpResponse:
    refused = _moderator_or_403(request)
    if refused:
        return refused
    now = timezone.now()
    items = list(selectors.queue_open(now=now).select_related("owner", "takedown", "report")[:200])
    for item in items:
        item.is_overdue = bool(item.due_at and item.due_at <= now)  # type: ignore[attr-defined]
    return render(
        request,
        "moderation/queue.html",
        {"items": items, "queue_counts": selectors.queue_counts(now=now), "now": now},
    )


@require_http_methods(["GET", "POST"])
def queue_item_page(request: HttpRequest, item_id: int) -> HttpResponse:
    refused = _moderator_or_403(request)
    if refused:
        return refused
    item = selectors.queue_item_get(item_id=item_id)
    if item is None:
        raise Http404("no such queue item")
    error = None
    if request.method == "POST":
        try:
            services.queue_decide(
                item_id=item.pk,
                moderator=request.user,  # type: ignore[arg-type]  # _moderator_or_403 ruled out anonymous
                action=request.POST.get("action", ""),
                why=request.POST.get("why", ""),
                ground=request.POST.get("ground", ""),
            )
            return redirect("web:moderation:queue")
        except ApplicationError as exc:
            error = exc.message
    now = timezone.now()
    context: dict[str, Any] = {
        "item": item,
        "overdue": bool(item.due_at and item.due_at <= now),
        "error": error,
        "actions": DecisionAction.choices,
        "grounds": [(code, text) for code, (_, text) in services.GROUNDS.items()],
        "decisions": item.decisions.order_by("created_at"),
    }
    return render(request, "moderation/queue_item.html", context, status=400 if error else 200)


def evidence_media(request: HttpRequest, screening_id: int) -> HttpResponse:
    """The stored (clean) bytes of a screened image, for moderators only: the queue shows it blurred."""
    refused = _moderator_or_403(request)
    if refused:
        return refused
    row = screening_get(screening_id=screening_id)
    if row is None or row.kind != "image" or not row.stored_name:
        raise Http404("no stored image for this screening")
    with screening_open_stored(row) as handle:
        data = handle.read()
    response = HttpResponse(data, content_type=row.content_type or "application/octet-stream")
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_http_methods(["GET", "POST"])
def decision_page(request: HttpRequest, decision_id: int) -> HttpResponse:
    """The statement of reasons for the owner of the content (and moderators), with the appeal form."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    decision = selectors.decision_get(decision_id=decision_id)
    is_moderator = getattr(request.user, "is_moderator", False)
    if decision is None or (decision.item.owner_id != request.user.pk and not is_moderator):
        raise Http404("no such decision")
    error = None
    appealed = selectors.decision_appeal(decision=decision)
    if request.method == "POST":
        try:
            appealed = services.appeal_create(
                decision_id=decision.pk,
                user=request.user,
                statement=request.POST.get("statement", ""),
            )
        except ApplicationError as exc:
            error = exc.message
    context = {"decision": decision, "appeal": appealed, "error": error, "is_owner": decision.item.owner_id == request.user.pk}
    return render(request, "moderation/decision.html", context, status=400 if error else 200)


def _bar_chart(rows: list[tuple[str, int]], *, width: int = 480, bar: int = 22) -> dict[str, Any]:
    """Geometry for an inline SVG bar chart (no JavaScript, no CDN)."""
    top = max([value for _, value in rows] or [0]) or 1
    label_width = 190
    bars = []
    for index, (label, value) in enumerate(rows):
        length = round((width - label_width - 50) * value / top)
        bars.append({"label": label, "value": value, "y": index * (bar + 8), "width": max(length, 1 if value else 0)})
    return {"bars": bars, "height": max(len(rows) * (bar + 8), bar), "width": width, "label_width": label_width, "bar": bar}


def transparency_page(request: HttpRequest) -> HttpResponse:
    report = transparency_public()
    if request.GET.get("format") == "csv":
        return transparency_csv_response(report)
    notices = [(f"{n['category']} · {n['source']}", n["count"]) for n in report["notices"]]
    actions = [("automated", report["actions"]["automated"]), ("human", report["actions"]["human"])]
    outcomes = [
        (str(selectors.REAL_PERSON_OUTCOME_LABELS.get(code, code)), count)
        for code, count in report["real_person_requests"]["outcomes"].items()
    ]
    context = {
        "report": report,
        "notices_chart": _bar_chart(notices),
        "actions_chart": _bar_chart(actions),
        "own_chart": _bar_chart(list(report["own_initiative"].items())),
        "outcomes_chart": _bar_chart(outcomes),
    }
    return render(request, "moderation/transparency.html", context)
