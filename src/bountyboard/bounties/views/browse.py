"""Bounty lists: the home page and the browse page (filters, search, paging, htmx updates)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.vary import vary_on_headers

from bountyboard.bounties import forms
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.pages.htmx import HtmxHttpRequest

BROWSE_PAGE_SIZE = 24


def bounty_card_images(bounties: list[Any]) -> None:
    """Attach what a card shows: ``cover_url``, the first guard-allowed reference image, and
    ``entry_thumbs``, a few guard-allowed entry images; all served through the media views."""
    ids = [b.pk for b in bounties]
    covers = bounty_selectors.bounty_cover_image_ids(bounty_ids=ids)
    thumbs = bounty_selectors.entry_thumbnail_ids(bounty_ids=ids)
    for bounty in bounties:
        image_id = covers.get(bounty.pk)
        bounty.cover_url = reverse("web:media_bounty_image", args=[bounty.pk, image_id]) if image_id else ""
        bounty.entry_thumbs = [
            reverse("web:media_entry_image", args=[entry_id, entry_image_id])
            for entry_id, entry_image_id in thumbs.get(bounty.pk, [])
        ]


def home(request: HttpRequest) -> HttpResponse:
    newest = bounty_selectors.bounty_list(viewer=request.user, status="open", sort="newest", limit=8).items
    top = bounty_selectors.bounty_list(viewer=request.user, status="open", sort="prize", limit=4).items
    bounty_card_images(newest)
    bounty_card_images(top)
    return render(request, "web/home.html", {"newest": newest, "top": top})


class _BrowsePage:
    """Previous/next paging without counting every match: a COUNT over a large table costs more
    than the page itself, so we fetch one extra row to know whether there is a next page."""

    def __init__(self, items: list[Any], number: int, per_page: int) -> None:
        self.object_list = items[:per_page]
        self.number = number
        self._more = len(items) > per_page

    def has_previous(self) -> bool:
        return self.number > 1

    def has_next(self) -> bool:
        return self._more

    def has_other_pages(self) -> bool:
        return self.has_previous() or self.has_next()

    def previous_page_number(self) -> int:
        return self.number - 1

    def next_page_number(self) -> int:
        return self.number + 1


# Shared caches must keep the list and the whole page apart.
@vary_on_headers("HX-Request")
def browse(request: HtmxHttpRequest) -> HttpResponse:
    form = forms.BrowseForm(request.GET or None)
    filters: dict[str, Any] = {}
    if form.is_bound:
        # A bad value drops only its own filter (cleaned_data keeps the valid ones); no refusal.
        form.is_valid()
        filters = form.cleaned_data
    page_number = int(filters.get("page") or 1)
    result = bounty_selectors.bounty_list(
        viewer=request.user,
        status=filters.get("status") or "open",
        type=filters.get("type") or None,
        base_model=filters.get("base_model") or None,
        rating=filters.get("rating") or None,
        q=filters.get("q") or None,
        tag=filters.get("tag") or None,
        sort=filters.get("sort") or "newest",
        offset=(page_number - 1) * BROWSE_PAGE_SIZE,
        limit=BROWSE_PAGE_SIZE + 1,
    )
    page = _BrowsePage(result.items, page_number, BROWSE_PAGE_SIZE)
    bounty_card_images(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form if form.is_bound else forms.BrowseForm(),
        "page": page,
        "querystring_base": (query.urlencode() + "&") if query else "",
        "tag": filters.get("tag") or "",
    }
    # htmx swaps in the list alone; a history restore (htmx's cache missed) needs the whole page.
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "web/partials/bounty_list.html", context)
    return render(request, "web/browse.html", context)

