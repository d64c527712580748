"""Pages that move credits: back a bounty (escrow), award an entry, tip an entry."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bountyboard.bounties import forms
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.views.detail import bounty_detail_context, bounty_page_with_error
from bountyboard.bounties.views.lookups import bounty_or_404, visible_entry_or_404
from bountyboard.errors import ApplicationError, PermissionDenied
from bountyboard.pages.error_messages import page_message


@login_required
@require_POST
def bounty_contribute(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = bounty_or_404(request, bounty_id)
    form = forms.ContributeForm(request.POST)
    if not form.is_valid():
        context = bounty_detail_context(request, bounty)
        context["contribute_form"] = form
        return render(request, "web/bounty_detail.html", context, status=400)
    try:
        bounty_services.bounty_contribute(
            benefactor=request.user, bounty_id=bounty.pk, amount=form.cleaned_data["amount"]  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        form.add_error(
            "amount", page_message(error, minimum=bounty.min_contribution, maximum=bounty.max_contribution or 0)
        )
        return bounty_page_with_error(request, bounty, error, contribute_form=form)
    messages.success(request, _("Thank you! Your credits are held in escrow until you award them."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_POST
def bounty_raise(request: HttpRequest, bounty_id: int) -> HttpResponse:
    """A benefactor adds to their own stake (within the bounty's maximum per benefactor)."""
    bounty = bounty_or_404(request, bounty_id)
    form = forms.RaiseForm(request.POST)
    if not form.is_valid():
        return bounty_page_with_error(request, bounty, ApplicationError(_("Enter a whole number of credits to add.")),
                                      raise_form=form)
    try:
        bounty_services.bounty_contribution_raise(
            benefactor=request.user, bounty_id=bounty.pk, amount=form.cleaned_data["amount"]  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        # The raise's refusals are already sentences in the visitor's language (with the room left).
        return bounty_page_with_error(request, bounty, error, sentence=error.message, raise_form=form)
    messages.success(request, _("Your stake is raised; the credits are held in escrow until you award them."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_http_methods(["GET", "POST"])
def bounty_award(request: HttpRequest, bounty_id: int) -> HttpResponse:
    """GET: what the award moves, to confirm (an award cannot be undone). POST: award."""
    bounty = bounty_or_404(request, bounty_id)
    form = forms.AwardForm(request.POST if request.method == "POST" else request.GET)
    if not form.is_valid():
        return bounty_page_with_error(request, bounty, ApplicationError(_("Choose an entry to award.")))
    if request.method == "GET":
        entry = visible_entry_or_404(request, form.cleaned_data["entry_id"])
        stake = bounty_selectors.contribution_of(bounty=bounty, user=request.user)
        if entry.bounty_id != bounty.pk or stake is None:
            return bounty_page_with_error(
                request, bounty, PermissionDenied("only benefactors can award", code="not_benefactor")
            )
        return render(
            request,
            "web/confirm_page.html",
            {
                "page_title": _("Award this entry?"),
                "text": _(
                    "Your stake of %(amount)s credits goes to %(entrant)s for this entry. An award cannot be "
                    "undone, and each benefactor awards once."
                )
                % {"amount": stake.amount, "entrant": entry.entrant.username},
                "submit_label": _("Award %(amount)s credits") % {"amount": stake.amount},
                "hidden": {"entry_id": entry.pk},
                "back": reverse("web:bounty_detail", args=[bounty.pk]) + f"#entry-{entry.pk}",
            },
        )
    try:
        bounty_services.bounty_award(
            benefactor=request.user, bounty_id=bounty.pk, entry_id=form.cleaned_data["entry_id"]  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        return bounty_page_with_error(request, bounty, error)
    messages.success(request, _("Awarded. The credits went to the entrant."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_POST
def entry_tip(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = visible_entry_or_404(request, entry_id)
    form = forms.TipForm(request.POST)
    bounty = bounty_or_404(request, entry.bounty_id)
    if not form.is_valid():
        return bounty_page_with_error(request, bounty, ApplicationError(_("Enter a whole number of credits to tip.")))
    try:
        bounty_services.tip_create(tipper=request.user, entry_id=entry.pk, amount=form.cleaned_data["amount"])  # type: ignore[arg-type]
    except ApplicationError as error:
        return bounty_page_with_error(request, bounty, error)
    messages.success(request, _("Tip sent."))
    return redirect(reverse("web:bounty_detail", args=[entry.bounty_id]) + f"#entry-{entry.pk}")

