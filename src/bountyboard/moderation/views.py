"""Moderation pages: report and takedown forms (anyone), the queue and decisions (moderators), and
the public transparency page with inline SVG charts. Views parse, call a service, render."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from bountyboard.accounts.auth import client_ip
from bountyboard.errors import ApplicationError
from bountyboard.moderation import selectors, services
from bountyboard.moderation.exports import transparency_csv_response, transparency_public
from bountyboard.pages.error_messages import page_message
from bountyboard.pages.labels import code_label, labelled_choices
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
            error = page_message(exc)
    context = {
        "values": values,
        "error": error,
        "categories": labelled_choices("report_category"),
        "target_types": labelled_choices("target_type"),
    }
    return render(request, "moderation/report_form.html", context, status=400 if error else 200)


@require_http_methods(["GET", "POST"])
def takedown_page(request: HttpRequest) -> HttpResponse:
    values = {k: request.POST.get(k, request.GET.get(k, "")) for k in TAKEDOWN_FIELDS}
    problems: list[dict[str, str]] = []
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
            message = page_message(exc)
            problems = _takedown_problems(exc)
    context = {
        "values": values,
        "problems": problems,
        "message": message,
        "categories": labelled_choices("takedown_category"),
        "deadlines": selectors.takedown_deadlines(),
    }
    return render(request, "moderation/takedown_form.html", context, status=400 if message else 200)


# The takedown form's parts as the page names them, and what each missing one needs, in the
# visitor's language (the service's ``errors`` are the API's English, keyed by field name).
_TAKEDOWN_PARTS = {
    "category": (gettext_lazy("What kind of content"), gettext_lazy("Choose the kind of content.")),
    "locations": (gettext_lazy("Where it is"), gettext_lazy("Give at least one link to a page or image of this site.")),
    "good_faith_statement": (
        gettext_lazy("Good-faith statement"),
        gettext_lazy("Say in a sentence why you believe the content was shared without consent."),
    ),
    "signature": (gettext_lazy("Electronic signature"), gettext_lazy("Type your full name as your signature.")),
    "contact_name": (gettext_lazy("Your name"), gettext_lazy("Give your name.")),
    "contact_email": (gettext_lazy("Your email"), gettext_lazy("Give an email address where we can reach you.")),
    "on_behalf_of": (gettext_lazy("On whose behalf"), gettext_lazy("Say whether you ask for yourself or name the person depicted.")),
    "jurisdiction": (gettext_lazy("Where you are"), gettext_lazy("Use a country or region code such as US, UK or EU.")),
}


def _takedown_problems(error: ApplicationError) -> list[dict[str, str]]:
    """One line per part of the notice that is missing or wrong, named as the form names it. A
    missing part gets its sentence; a wrong one keeps the service's words (they quote what was given)."""
    missing = set(error.extra.get("missing") or [])
    problems = []
    for field, text in dict(error.extra.get("errors") or {}).items():
        label, needed = _TAKEDOWN_PARTS.get(field, (field, text))
        problems.append({"field": field, "label": str(label), "text": str(needed) if field in missing else text})
    return problems


def _moderator_or_403(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not getattr(request.user, "is_moderator", False) or getattr(request.user, "banned_at", None):
        raise PermissionDenied  # the site's 403 page, in the visitor's language
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
            error = page_message(exc)
    now = timezone.now()
    context: dict[str, Any] = {
        "item": item,
        "overdue": bool(item.due_at and item.due_at <= now),
        "error": error,
        "actions": labelled_choices("decision_action"),
        "grounds": [(code, code_label("ground", code)) for code in services.GROUNDS],
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
            error = page_message(exc)
    context = {"decision": decision, "appeal": appealed, "error": error, "is_owner": decision.item.owner_id == request.user.pk}
    return render(request, "moderation/decision.html", context, status=400 if error else 200)


def _bar_chart(rows: list[tuple[str, int]], *, width: int = 480, bar: int = 18) -> dict[str, Any]:
    """Geometry for an inline SVG bar chart (no JavaScript, no CDN). Each label sits on its own line
    above its bar, so labels in any language get the whole width and the chart shrinks on a phone."""
    top = max([value for _, value in rows] or [0]) or 1
    row = bar + 22
    bars = []
    for index, (label, value) in enumerate(rows):
        length = round((width - 60) * value / top)
        bars.append({"label": label, "value": value, "y": index * row, "width": max(length, 1 if value else 0)})
    return {"bars": bars, "height": max(len(rows) * row, row), "width": width, "bar": bar}


def transparency_page(request: HttpRequest) -> HttpResponse:
    report = transparency_public()
    if request.GET.get("format") == "csv":
        return transparency_csv_response(report)
    notices = [
        (f"{code_label('report_category', n['category'])} · {code_label('notice_source', n['source'])}", n["count"])
        for n in report["notices"]
    ]
    actions = [(code_label("decided_by", key), report["actions"][key]) for key in ("automated", "human")]
    outcomes = [
        (str(selectors.REAL_PERSON_OUTCOME_LABELS.get(code, code)), count)
        for code, count in report["real_person_requests"]["outcomes"].items()
    ]
    context = {
        "report": report,
        "notices_chart": _bar_chart(notices),
        "actions_chart": _bar_chart(actions),
        "own_chart": _bar_chart(
            [(code_label("reason_short", code), count) for code, count in report["own_initiative"].items()]
        ),
        "outcomes_chart": _bar_chart(outcomes),
    }
    return render(request, "moderation/transparency.html", context)
