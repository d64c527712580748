"""Pages that combine several apps: a person's public profile (the account, its rating
preference, and the bounties it posted). Each app's own pages live in its ``views``."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from bountyboard.accounts import selectors as account_selectors
from bountyboard.accounts import services as account_services
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties.views.browse import bounty_card_images
from bountyboard.errors import ApplicationError
from bountyboard.pages.error_messages import page_message
from bountyboard.web import forms


@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest, username: str) -> HttpResponse:
    person = account_selectors.user_by_username(username)
    if person is None:
        raise Http404(_("No such user"))
    is_self = request.user.is_authenticated and request.user.pk == person.pk
    preference_form = None
    status = 200
    if is_self:
        preference_form = forms.RatingPreferenceForm(
            request.POST or None, initial={"rating_preference": person.rating_preference}
        )
        if request.method == "POST":
            if preference_form.is_valid():
                try:
                    account_services.user_set_rating_preference(
                        user=person, rating_preference=preference_form.cleaned_data["rating_preference"]
                    )
                except ApplicationError as error:
                    preference_form.add_error(None, page_message(error))
                    status = error.status
                else:
                    messages.success(request, _("Your rating preference was saved."))
                    return redirect("web:profile", username=person.username)
            else:
                status = 400
    elif request.method == "POST":
        return HttpResponse(_("You can only change your own profile."), status=403)
    return render(
        request,
        "web/profile.html",
        {
            "person": person,
            "is_self": is_self,
            "preference_form": preference_form,
            **_profile_bounties(person, viewer=request.user),
        },
        status=status,
    )


def _profile_bounties(person: Any, *, viewer: Any) -> dict[str, Any]:
    posted = [b for b in bounty_selectors.bounties_of_poster(poster=person) if bounty_selectors.bounty_can_view(b, viewer)]
    bounty_card_images(posted)
    return {
        "posted": posted,
        "stats": bounty_selectors.person_stats(person=person),
        "entries": bounty_selectors.entries_of_entrant(entrant=person, viewer=viewer)[:20],
    }

