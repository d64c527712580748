"""The bounty and entry a page acts on, or 404 when the viewer may not see it (403 when only
the poster may act): one place for the visibility rule every bounty page starts with."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from bountyboard.bounties import selectors as bounty_selectors


def bounty_or_404(request: HttpRequest, bounty_id: int) -> Any:
    bounty = bounty_selectors.bounty_get(bounty_id=bounty_id, viewer=request.user)
    if bounty is None:
        raise Http404(_("No such bounty"))
    return bounty


def own_bounty_or_403(request: HttpRequest, bounty_id: int) -> Any:
    bounty = bounty_or_404(request, bounty_id)
    if bounty.poster_id != request.user.pk:
        raise PermissionDenied(_("Only the poster can do this."))
    return bounty


def visible_entry_or_404(request: HttpRequest, entry_id: int) -> Any:
    entry = bounty_selectors.entry_get(entry_id=entry_id, viewer=request.user)
    if entry is None:
        raise Http404(_("No such entry"))
    return entry

