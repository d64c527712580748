"""The bounty and entry a page acts on, or 404 when the viewer may not see it, 403 with the reason
when only their rating preference hides it (403 too when only the poster may act): one place for
the visibility rule every bounty page and media response starts with."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.errors import NotFound
from bountyboard.errors import PermissionDenied as Refused
from bountyboard.pages.error_messages import page_message


def bounty_or_404(request: HttpRequest, bounty_id: int) -> Any:
    try:
        return bounty_selectors.bounty_get_visible(bounty_id=bounty_id, viewer=request.user)
    except NotFound:
        raise Http404(_("No such bounty")) from None
    except Refused as refusal:  # rated above the viewer's preference: the 403 page says so
        raise PermissionDenied(page_message(refusal)) from None


def own_bounty_or_403(request: HttpRequest, bounty_id: int) -> Any:
    bounty = bounty_or_404(request, bounty_id)
    if bounty.poster_id != request.user.pk:
        raise PermissionDenied(_("Only the poster can do this."))
    return bounty


def visible_entry_or_404(request: HttpRequest, entry_id: int) -> Any:
    try:
        return bounty_selectors.entry_get_visible(entry_id=entry_id, viewer=request.user)
    except NotFound:
        raise Http404(_("No such entry")) from None
    except Refused as refusal:
        raise PermissionDenied(page_message(refusal)) from None
