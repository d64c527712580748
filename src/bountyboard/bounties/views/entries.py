"""Entrants' pages: submit an entry (screened before anyone else sees it) and withdraw it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bountyboard.bounties import forms
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.views.detail import bounty_page_with_error
from bountyboard.bounties.views.lookups import bounty_or_404, visible_entry_or_404
from bountyboard.errors import ApplicationError
from bountyboard.pages.error_messages import page_message
from bountyboard.pages.form_page import form_page


@login_required
@require_http_methods(["GET", "POST"])
def entry_submit(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = bounty_or_404(request, bounty_id)
    if request.method == "GET":
        # No form when the entry could not be accepted: the bounty page says why.
        try:
            bounty_services.entry_submit_check(bounty=bounty, entrant=request.user)  # type: ignore[arg-type]
        except ApplicationError as error:
            return bounty_page_with_error(request, bounty, error)
    form = forms.EntryForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                bounty_services.entry_submit(
                    entrant=request.user,  # type: ignore[arg-type]
                    bounty_id=bounty.pk,
                    description=form.cleaned_data["description"],
                    images=[(f.name, f) for f in form.cleaned_data["images"]],
                    files=[(f.name, f) for f in form.cleaned_data["deliverables"]],
                )
            except ApplicationError as error:
                form.add_error(None, page_message(error, limit=bounty.entry_limit))
                status = error.status
            else:
                messages.success(
                    request, _("Entry submitted. It becomes visible once screening has checked every part.")
                )
                return redirect("web:bounty_detail", bounty_id=bounty.pk)
        else:
            status = 400
    return form_page(
        request,
        form,
        title=_("Submit an entry to “%(title)s”") % {"title": bounty.title},
        submit=_("Submit entry"),
        intro=_(
            "Your sample images and files are screened before anyone else can see them. Deliverables are "
            "shared with the benefactors who award your entry."
        ),
        multipart=True,
        status=status,
        links=[{"url": reverse("web:bounty_detail", args=[bounty.pk]), "label": _("Back to the bounty")}],
    )


@login_required
@require_POST
def entry_withdraw(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = visible_entry_or_404(request, entry_id)
    bounty = bounty_or_404(request, entry.bounty_id)
    try:
        bounty_services.entry_withdraw(actor=request.user, entry_id=entry.pk)  # type: ignore[arg-type]
    except ApplicationError as error:
        return bounty_page_with_error(request, bounty, error)
    messages.success(request, _("Your entry was withdrawn."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)

