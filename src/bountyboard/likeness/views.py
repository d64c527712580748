"""Likeness pages: protect a likeness, the person's dashboard, consent requests, verification.

Thin: parse the form, call a service or a selector, render. A service's ``ApplicationError`` is
shown on the page with its status and nothing changes. Reference photos are read from memory
(``likeness.uploads`` keeps them off disk for these URLs).
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bountyboard.errors import ApplicationError
from bountyboard.likeness import selectors, services
from bountyboard.likeness.uploads import TOO_LARGE_FLAG
from bountyboard.pages.error_messages import page_message
from bountyboard.pages.labels import code_label

_LIST_SPLIT = re.compile(r"[,\n]")


def _split(raw: str) -> list[str]:
    return [part.strip() for part in _LIST_SPLIT.split(raw or "") if part.strip()]


def protect_info(request: HttpRequest) -> HttpResponse:
    """Public: what protection does and how to register (linked from "cannot consent" notices). With
    ``?bounty=``, it is the invitation a poster sent to a person a bounty depicts: how to answer."""
    invited = (request.GET.get("bounty") or "").isdigit()
    if request.user.is_authenticated and not invited:
        return redirect("web:likeness_protect")
    return render(request, "likeness/protect_info.html", {"invited": invited})


@login_required
@require_http_methods(["GET", "POST"])
def protect(request: HttpRequest) -> HttpResponse:
    values: dict[str, str] = {
        name: request.POST.get(name, "")
        for name in ("name", "known_names", "aliases", "handles", "on_behalf_of")
    }
    error = ""
    status = 200
    if request.method == "POST":
        if getattr(request, TOO_LARGE_FLAG, False):
            error, status = _("The photos are larger than 64 MB in all; send smaller ones."), 413
        else:
            photos = [
                services.ReferencePhoto(name=upload.name or "", data=upload.read())
                for upload in request.FILES.getlist("photos")
            ]
            try:
                likeness = services.likeness_register(
                    actor=request.user,  # type: ignore[arg-type]
                    photos=photos,
                    legal_name=values["name"],
                    known_names=_split(values["known_names"]),
                    aliases=_split(values["aliases"]),
                    handles=_split(values["handles"]),
                    on_behalf_of=values["on_behalf_of"],
                )
            except ApplicationError as exc:
                error, status = page_message(exc), exc.status
            else:
                messages.success(
                    request,
                    _("Your likeness is protected. A moderator will verify it; until then matches go to review."),
                )
                return redirect("web:likeness_dashboard_one", likeness_id=likeness.id)
    return render(request, "likeness/protect.html", {"values": values, "error": error}, status=status)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    rows = list(selectors.likenesses_of(request.user).distinct())  # type: ignore[arg-type]
    if len(rows) == 1:
        return redirect("web:likeness_dashboard_one", likeness_id=rows[0].id)
    return render(request, "likeness/dashboard_list.html", {"likenesses": rows})


def _managed(request: HttpRequest, likeness_id: str) -> Any:
    try:
        row = selectors.likeness_get(likeness_id=likeness_id)
    except ApplicationError as exc:
        raise Http404 from exc
    if not selectors.likeness_can_manage(request.user, row):  # type: ignore[arg-type]
        raise Http404
    return row


@login_required
def dashboard_one(request: HttpRequest, likeness_id: str) -> HttpResponse:
    row = _managed(request, likeness_id)
    context = {
        "likeness": row,
        "faces": row.faces.count(),
        "rescan": selectors.rescan_latest(row),
        "matches": selectors.likeness_matches(row),
    }
    return render(request, "likeness/dashboard.html", context)


@login_required
def rescan_progress(request: HttpRequest, likeness_id: str) -> HttpResponse:
    """The progress bar alone, polled by htmx while a re-scan runs."""
    row = _managed(request, likeness_id)
    return render(
        request, "likeness/partials/rescan.html", {"likeness": row, "rescan": selectors.rescan_latest(row)}
    )


@login_required
@require_POST
def action(request: HttpRequest, likeness_id: str, verb: str) -> HttpResponse:
    row = _managed(request, likeness_id)
    try:
        if verb == "pause":
            services.likeness_pause(actor=request.user, likeness=row, paused=True)  # type: ignore[arg-type]
        elif verb == "resume":
            services.likeness_pause(actor=request.user, likeness=row, paused=False)  # type: ignore[arg-type]
        elif verb == "delete":
            services.likeness_delete(actor=request.user, likeness=row)  # type: ignore[arg-type]
            messages.success(request, _("Your protection and every face embedding of it were deleted."))
            return redirect("web:likeness_dashboard")
        else:
            raise Http404
    except ApplicationError as exc:
        messages.error(request, page_message(exc))
    return redirect("web:likeness_dashboard_one", likeness_id=row.id)


@login_required
def consents(request: HttpRequest) -> HttpResponse:
    rows = list(selectors.consents_for(request.user))  # type: ignore[arg-type]
    return render(request, "likeness/consents.html", {"consents": rows})


@login_required
@require_POST
def consent_answer(request: HttpRequest, consent_id: int, verb: str) -> HttpResponse:
    row = selectors.consent_get(consent_id=consent_id)
    if row is None or row.likeness.account_id != request.user.pk:
        raise Http404
    try:
        if verb == "grant":
            services.consent_grant(person=request.user, consent=row)  # type: ignore[arg-type]
            messages.success(request, _("Consent granted for this bounty only, non-sexual depiction only."))
        elif verb == "refuse":
            services.consent_refuse(person=request.user, consent=row, note=request.POST.get("note", ""))  # type: ignore[arg-type]
            messages.success(request, _("Refused. The bounty is rejected and its benefactors refunded."))
        elif verb == "revoke":
            services.consent_revoke(person=request.user, consent=row)  # type: ignore[arg-type]
            messages.success(request, _("Consent revoked. The bounty and its entries are down; stakes refunded."))
        else:
            raise Http404
    except ApplicationError as exc:
        messages.error(request, page_message(exc))
    return redirect("web:likeness_consents")


@login_required
@require_http_methods(["GET", "POST"])
def verification_queue(request: HttpRequest) -> HttpResponse:
    """Moderators: registrations waiting for identity verification, and re-scan progress."""
    if not getattr(request.user, "is_moderator", False):
        raise PermissionDenied
    if request.method == "POST":
        try:
            row = selectors.likeness_get(likeness_id=request.POST.get("likeness_id", ""))
            holder_name = request.POST.get("holder", "").strip()
            services.likeness_verify(
                moderator=request.user,  # type: ignore[arg-type]
                likeness=row,
                basis=request.POST.get("basis", ""),
                verified=request.POST.get("verdict") != "reject",
                holder=selectors.user_by_username(holder_name) if holder_name else None,
            )
            messages.success(
                request,
                _("%(name)s: %(status)s.") % {"name": row.legal_name, "status": code_label("likeness_status", row.status)},
            )
        except ApplicationError as exc:
            messages.error(request, page_message(exc))
        return redirect("web:likeness_verification")
    context = {
        "pending": list(selectors.likenesses_awaiting_verification()),
        "rescans": selectors.rescans_recent(),
    }
    return render(request, "likeness/verification.html", context)
