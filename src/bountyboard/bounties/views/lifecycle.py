"""The poster's pages: create and edit a bounty, upload its reference images and files, publish
it (escrow) and cancel it (refunds)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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
from bountyboard.bounties.views.lookups import own_bounty_or_403
from bountyboard.errors import ApplicationError
from bountyboard.pages.error_messages import page_message
from bountyboard.pages.form_page import invalid_status


def _bounty_form_values(form: forms.BountyForm) -> dict[str, Any]:
    data = form.cleaned_data
    values: dict[str, Any] = {
        "title": data["title"],
        "description": data["description"],
        "type": data["type"],
        "base_model": data["base_model"],
        "tags": form.tag_list(),
        "prize": data["prize"],
        "expires_at": data["expires_at"],
        "entry_mode": data["entry_mode"],
        "entry_limit": data["entry_limit"],
        "rights_statement": data["rights_statement"],
        "rating": data["rating"],
    }
    if data.get("starts_at"):
        values["starts_at"] = data["starts_at"]
    if data.get("min_contribution"):
        values["min_contribution"] = data["min_contribution"]
    return values


@login_required
@require_http_methods(["GET", "POST"])
def bounty_create(request: HttpRequest) -> HttpResponse:
    form = forms.BountyCreateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            bounty = bounty_services.bounty_create(poster=request.user, **_bounty_form_values(form))  # type: ignore[arg-type]
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return _bounty_form_page(request, form, status=error.status)
        image = form.cleaned_data.get("reference_image")
        if image is not None:
            try:
                bounty_services.bounty_image_add(
                    actor=request.user, bounty_id=bounty.pk, data=image.read(), filename=image.name  # type: ignore[arg-type]
                )
            except ApplicationError as error:
                # The draft is kept; the poster fixes the image on the edit page.
                messages.error(request, page_message(error))
                return redirect("web:bounty_edit", bounty_id=bounty.pk)
        messages.success(request, _("Your draft is saved. Add reference images, then publish it."))
        return redirect("web:bounty_edit", bounty_id=bounty.pk)
    return _bounty_form_page(request, form, status=invalid_status(form))


def _bounty_form_page(
    request: HttpRequest, form: forms.BountyForm, *, bounty: Any = None, status: int = 200, image_form: Any = None,
    file_form: Any = None,
) -> HttpResponse:
    context = {
        "form": form,
        "bounty": bounty,
        "image_form": image_form or (forms.ReferenceImageForm() if bounty is not None else None),
        "file_form": file_form or (forms.ReferenceFileForm() if bounty is not None else None),
        "files": (
            [
                {
                    "name": reference.filename,
                    "size": reference.size,
                    "status": reference.screening.status,
                    "decision": reference.screening.decision,
                    "url": reverse("web:media_bounty_file", args=[bounty.pk, reference.pk]),
                }
                for reference in bounty_selectors.bounty_files(bounty=bounty, viewer=request.user)
            ]
            if bounty is not None
            else []
        ),
        "images": (
            [
                {
                    "visible": bool(image.screening.stored_name),
                    "status": image.screening.status,
                    "decision": image.screening.decision,
                    "url": reverse("web:media_bounty_image", args=[bounty.pk, image.pk]),
                }
                for image in bounty_selectors.bounty_images(bounty=bounty, viewer=request.user)
            ]
            if bounty is not None
            else []
        ),
    }
    return render(request, "web/bounty_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def bounty_edit(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = own_bounty_or_403(request, bounty_id)
    initial = _bounty_form_initial(bounty)
    form = forms.BountyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        changes = {
            name: value
            for name, value in _bounty_form_values(form).items()
            if not _same_form_value(value, initial.get(name))
        }
        if changes.get("tags") == bounty.tags:
            changes.pop("tags")
        try:
            if changes:
                bounty_services.bounty_update(actor=request.user, bounty_id=bounty.pk, **changes)  # type: ignore[arg-type]
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return _bounty_form_page(request, form, bounty=bounty, status=error.status)
        messages.success(request, _("Saved."))
        return redirect("web:bounty_edit", bounty_id=bounty.pk)
    return _bounty_form_page(request, form, bounty=bounty, status=invalid_status(form))


def _same_form_value(posted: Any, current: Any) -> bool:
    """Whether a re-submitted field is unchanged. Date inputs carry minutes only, so a stored time
    with seconds must not count as an edit (it would touch the locked terms)."""
    if isinstance(posted, dt.datetime) and isinstance(current, dt.datetime):
        return posted.replace(second=0, microsecond=0) == current.replace(second=0, microsecond=0)
    return bool(posted == current)


@login_required
@require_POST
def bounty_image_upload(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = own_bounty_or_403(request, bounty_id)
    image_form = forms.ReferenceImageForm(request.POST, request.FILES)
    if image_form.is_valid():
        upload = image_form.cleaned_data["image"]
        try:
            bounty_services.bounty_image_add(
                actor=request.user, bounty_id=bounty.pk, data=upload.read(), filename=upload.name  # type: ignore[arg-type]
            )
        except ApplicationError as error:
            image_form.add_error("image", page_message(error))
            return _bounty_form_page(
                request, _bounty_edit_form(bounty), bounty=bounty, image_form=image_form, status=error.status
            )
        messages.success(request, _("Image uploaded. It is screened before anyone else can see it."))
        return redirect("web:bounty_edit", bounty_id=bounty.pk)
    return _bounty_form_page(request, _bounty_edit_form(bounty), bounty=bounty, image_form=image_form, status=400)


@login_required
@require_POST
def bounty_file_upload(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = own_bounty_or_403(request, bounty_id)
    file_form = forms.ReferenceFileForm(request.POST, request.FILES)
    if file_form.is_valid():
        upload = file_form.cleaned_data["file"]
        try:
            bounty_services.bounty_file_size_check(filename=upload.name, size=upload.size)  # before reading it
            bounty_services.bounty_file_add(
                actor=request.user, bounty_id=bounty.pk, data=upload.read(), filename=upload.name  # type: ignore[arg-type]
            )
        except ApplicationError as error:
            file_form.add_error("file", page_message(error))
            return _bounty_form_page(
                request, _bounty_edit_form(bounty), bounty=bounty, file_form=file_form, status=error.status
            )
        messages.success(request, _("File uploaded. It is screened before anyone else can see it."))
        return redirect("web:bounty_edit", bounty_id=bounty.pk)
    return _bounty_form_page(request, _bounty_edit_form(bounty), bounty=bounty, file_form=file_form, status=400)


def _bounty_form_initial(bounty: Any) -> dict[str, Any]:
    """The edit form's fields as the bounty has them now."""
    return {
        "title": bounty.title,
        "description": bounty.description,
        "type": bounty.type,
        "base_model": bounty.base_model,
        "tags": ", ".join(bounty.tags),
        "prize": bounty.prize,
        "starts_at": bounty.starts_at,
        "expires_at": bounty.expires_at,
        "entry_mode": bounty.entry_mode,
        "min_contribution": bounty.min_contribution,
        "entry_limit": bounty.entry_limit,
        "rights_statement": bounty.rights_statement,
        "rating": bounty.rating,
    }


def _bounty_edit_form(bounty: Any) -> forms.BountyForm:
    return forms.BountyForm(initial=_bounty_form_initial(bounty))


def _confirm_page(
    request: HttpRequest,
    bounty: Any,
    *,
    action: Callable[[], object],
    success: str | Callable[[], str],
    page_title: str,
    text: str,
    submit_label: str,
    danger: bool = False,
) -> HttpResponse:
    """GET: a page asking to confirm ``action`` on the poster's bounty. POST: run it, then back to
    the bounty with ``success``, or the same page again with the service's refusal and status."""
    status = 200
    error_message = ""
    if request.method == "POST":
        try:
            action()
        except ApplicationError as error:
            error_message, status = page_message(error), error.status
        else:
            messages.success(request, success() if callable(success) else success)
            return redirect("web:bounty_detail", bounty_id=bounty.pk)
    context = {
        "page_title": page_title,
        "text": text,
        "submit_label": submit_label,
        "danger": danger,
        "error": error_message,
        "back": reverse("web:bounty_detail", args=[bounty.pk]),
    }
    return render(request, "web/confirm_page.html", context, status=status)


def _published_message(bounty: Any) -> str:
    # Said after publishing: in-process screening may already have opened, held or rejected it.
    bounty.refresh_from_db()
    return bounty_services.bounty_publish_message(bounty)


@login_required
@require_http_methods(["GET", "POST"])
def bounty_publish(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = own_bounty_or_403(request, bounty_id)
    return _confirm_page(
        request,
        bounty,
        action=lambda: bounty_services.bounty_publish(actor=request.user, bounty_id=bounty.pk),  # type: ignore[arg-type]
        success=lambda: _published_message(bounty),
        page_title=_("Publish “%(title)s”") % {"title": bounty.title},
        text=_(
            "Publishing moves the prize of %(prize)s credits from your wallet into escrow. The bounty is "
            "then screened, and opens when screening allows it."
        )
        % {"prize": bounty.prize},
        submit_label=_("Publish and escrow the prize"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def bounty_cancel(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = own_bounty_or_403(request, bounty_id)
    return _confirm_page(
        request,
        bounty,
        action=lambda: bounty_services.bounty_cancel(actor=request.user, bounty_id=bounty.pk),  # type: ignore[arg-type]
        success=_("The bounty was cancelled and every stake refunded."),
        page_title=_("Cancel “%(title)s”") % {"title": bounty.title},
        text=_("Cancelling refunds every benefactor. It is only possible before anyone has entered."),
        submit_label=_("Cancel the bounty"),
        danger=True,
    )

