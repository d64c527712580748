"""User media of bounties and entries: every file goes through the viewer's visibility check and
the guard's decision (fail closed), never static serving."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _

from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties.views.lookups import bounty_or_404, visible_entry_or_404
from bountyboard.screening import selectors as screening_selectors

_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif"}


def _private_and_sandboxed(response: FileResponse) -> FileResponse:
    # Visibility can change (a moderator blocks it): never let a shared cache keep a copy. The
    # browser must not sniff a type or run anything from a user's file.
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def _stored_file_response(screening: Any, *, download_name: str = "", inline: bool) -> FileResponse:
    name = screening.stored_name
    suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    try:
        handle = screening_selectors.screening_open_stored(screening)
    except FileNotFoundError:
        raise Http404(_("This file is still being screened.")) from None
    content_type = _IMAGE_TYPES.get(suffix, "application/octet-stream") if inline else "application/octet-stream"
    response = FileResponse(
        handle, content_type=content_type, as_attachment=not inline, filename=download_name
    )
    return _private_and_sandboxed(response)


def media_bounty_image(request: HttpRequest, bounty_id: int, image_id: int) -> HttpResponseBase:
    """A reference image: the bounty must be visible to the viewer and the image allowed by the guard
    (its poster and moderators may also see not-yet-allowed ones)."""
    bounty = bounty_or_404(request, bounty_id)
    image = next((i for i in bounty_selectors.bounty_images(bounty=bounty, viewer=request.user) if i.pk == image_id), None)
    if image is None:
        raise Http404(_("No such image"))
    return _stored_file_response(image.screening, inline=True)


def media_bounty_file(request: HttpRequest, bounty_id: int, file_id: int) -> HttpResponseBase:
    """A reference file, as a download: the bounty must be visible to the viewer and the file allowed
    by the guard (its poster and moderators may also fetch not-yet-allowed ones)."""
    bounty = bounty_or_404(request, bounty_id)
    reference = next(
        (f for f in bounty_selectors.bounty_files(bounty=bounty, viewer=request.user) if f.pk == file_id), None
    )
    if reference is None:
        raise Http404(_("No such file"))
    try:
        handle = bounty_selectors.bounty_file_open(reference)
    except FileNotFoundError:
        raise Http404(_("This file is still being screened.")) from None
    response = FileResponse(handle, content_type="application/octet-stream", as_attachment=True,
                            filename=reference.filename)
    return _private_and_sandboxed(response)


def media_entry_image(request: HttpRequest, entry_id: int, image_id: int) -> HttpResponseBase:
    entry = visible_entry_or_404(request, entry_id)
    image = next(
        (i for i in bounty_selectors.entry_images_visible(entry=entry, viewer=request.user) if i.pk == image_id), None
    )
    if image is None:
        raise Http404(_("No such image"))
    return _stored_file_response(image.screening, inline=True)


def media_entry_file(request: HttpRequest, entry_id: int, file_id: int) -> HttpResponseBase:
    """A deliverable: only for those the award rule lets see it (and the entrant and moderators)."""
    entry = visible_entry_or_404(request, entry_id)
    if not bounty_selectors.entry_deliverables_visible(entry=entry, viewer=request.user):
        raise PermissionDenied(_("Deliverables are shared with the benefactors after the award."))
    deliverable = next((f for f in bounty_selectors.entry_files(entry=entry) if f.pk == file_id), None)
    if deliverable is None:
        raise Http404(_("No such file"))
    return _stored_file_response(deliverable.screening, download_name=deliverable.filename, inline=False)

