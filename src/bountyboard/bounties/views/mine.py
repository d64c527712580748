"""A signed-in person's own lists: the bounties I posted (every status), my entries and my
contributions (stakes), one page each with the same tabs."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties.views.browse import bounty_card_images


@login_required
def my_bounties(request: HttpRequest) -> HttpResponse:
    bounties = bounty_selectors.bounties_of_poster(poster=request.user)  # type: ignore[arg-type]
    bounty_card_images(bounties)
    return render(request, "web/mine.html", {"tab": "bounties", "bounties": bounties})


@login_required
def my_entries(request: HttpRequest) -> HttpResponse:
    entries = bounty_selectors.entries_of_entrant(entrant=request.user, viewer=request.user)  # type: ignore[arg-type]
    return render(request, "web/mine.html", {"tab": "entries", "entries": entries})


@login_required
def my_contributions(request: HttpRequest) -> HttpResponse:
    stakes = bounty_selectors.contributions_of_benefactor(benefactor=request.user)  # type: ignore[arg-type]
    return render(request, "web/mine.html", {"tab": "contributions", "contributions": stakes})
