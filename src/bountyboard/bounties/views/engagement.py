"""Comments, follows (track, favourite) and reactions; follows and reactions answer htmx with
the updated buttons."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bountyboard.bounties import forms
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.views.detail import bounty_detail_context, bounty_page_with_error, reaction_summary
from bountyboard.bounties.views.lookups import bounty_or_404, visible_entry_or_404
from bountyboard.errors import ApplicationError
from bountyboard.pages.error_messages import page_message
from bountyboard.pages.htmx import HtmxHttpRequest


@login_required
@require_POST
def bounty_comment(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = bounty_or_404(request, bounty_id)
    form = forms.CommentForm(request.POST)
    if not form.is_valid():
        context = bounty_detail_context(request, bounty)
        context["comment_form"] = form
        return render(request, "web/bounty_detail.html", context, status=400)
    try:
        bounty_services.comment_create(author=request.user, bounty_id=bounty.pk, body=form.cleaned_data["body"])  # type: ignore[arg-type]
    except ApplicationError as error:
        form.add_error("body", page_message(error))
        return bounty_page_with_error(request, bounty, error, comment_form=form)
    messages.success(request, _("Comment posted. Others see it once screening allows it."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_POST
def bounty_follow(request: HtmxHttpRequest, bounty_id: int, kind: str) -> HttpResponse:
    bounty = bounty_or_404(request, bounty_id)
    try:
        bounty_services.bounty_follow_set(
            user=request.user, bounty_id=bounty.pk, kind=kind, on=request.POST.get("on", "1") == "1"  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        return HttpResponse(page_message(error), status=error.status)
    if request.htmx:
        kinds = bounty_selectors.bounty_follow_kinds(bounty=bounty, user=request.user)
        return render(
            request,
            "web/partials/follow_buttons.html",
            {"bounty": bounty, "tracked": "track" in kinds, "favourited": "favourite" in kinds},
        )
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_POST
def entry_react(request: HtmxHttpRequest, entry_id: int) -> HttpResponse:
    entry = visible_entry_or_404(request, entry_id)
    try:
        bounty_services.reaction_set(
            user=request.user,  # type: ignore[arg-type]
            entry_id=entry.pk,
            kind=request.POST.get("kind", ""),
            on=request.POST.get("on", "1") == "1",
        )
    except ApplicationError as error:
        return HttpResponse(page_message(error), status=error.status)
    if request.htmx:
        entry.refresh_from_db()
        return render(
            request,
            "web/partials/reactions.html",
            {"entry": entry, "reactions": reaction_summary(entry, request.user)},
        )
    return redirect(reverse("web:bounty_detail", args=[entry.bounty_id]) + f"#entry-{entry.pk}")

