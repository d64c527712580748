"""The bounty page: pool, benefactors, entries with their media and reactions, comments, and the
buttons that could apply (the services still decide)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy

from bountyboard.bounties import forms
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.views.lookups import bounty_or_404
from bountyboard.errors import ApplicationError
from bountyboard.pages.error_messages import page_message

# Words rather than emoji: they read out well and need no emoji font.
REACTION_LABELS = {"like": gettext_lazy("Like"), "heart": gettext_lazy("Love"), "laugh": gettext_lazy("Funny"), "wow": gettext_lazy("Wow")}


def reaction_summary(entry: Any, viewer: Any) -> list[dict[str, Any]]:
    counts = bounty_selectors.entry_reaction_counts(entry_id=entry.pk)
    mine = bounty_selectors.entry_reactions_of(entry_id=entry.pk, user=viewer)
    return [
        {"kind": kind, "label": label, "count": counts.get(kind, 0), "mine": kind in mine}
        for kind, label in REACTION_LABELS.items()
    ]


def bounty_detail_context(request: HttpRequest, bounty: Any) -> dict[str, Any]:
    viewer = request.user
    uid = viewer.pk if viewer.is_authenticated else None
    is_poster = uid is not None and bounty.poster_id == uid
    my_contribution = bounty_selectors.contribution_of(bounty=bounty, user=viewer)
    entries = []
    for entry in bounty_selectors.bounty_entries(bounty=bounty, viewer=viewer):
        images = [
            reverse("web:media_entry_image", args=[entry.pk, image.pk])
            for image in bounty_selectors.entry_images_visible(entry=entry, viewer=viewer)
            if image.screening.stored_name
        ]
        files = []
        if bounty_selectors.entry_deliverables_visible(entry=entry, viewer=viewer):
            files = [
                {"name": f.filename, "size": f.size, "url": reverse("web:media_entry_file", args=[entry.pk, f.pk])}
                for f in bounty_selectors.entry_files(entry=entry)
                if f.screening.stored_name
            ]
        entries.append(
            {
                "entry": entry,
                "images": images,
                "files": files,
                "reactions": reaction_summary(entry, viewer) if uid else [],
                # Why an entry is held back is shown to its entrant (and moderators), never to others.
                "show_reasons": entry.status != "visible"
                and (entry.entrant_id == uid or bool(getattr(viewer, "is_moderator", False))),
                "can_tip": uid is not None and entry.entrant_id != uid,
                "can_withdraw": entry.entrant_id == uid and entry.status != "withdrawn" and not entry.awarded_total,
                "can_award": uid is not None and entry.entrant_id != uid,
            }
        )
    follow_kinds = bounty_selectors.bounty_follow_kinds(bounty=bounty, user=viewer)
    reference_images = [
        {
            "visible": bool(image.screening.stored_name),
            "url": reverse("web:media_bounty_image", args=[bounty.pk, image.pk]),
        }
        for image in bounty_selectors.bounty_images(bounty=bounty, viewer=viewer)
    ]
    reference_files = [
        {
            "name": reference.filename,
            "size": reference.size,
            "allowed": reference.screening.is_allowed,
            "status": reference.screening.status,
            "url": reverse("web:media_bounty_file", args=[bounty.pk, reference.pk]),
        }
        for reference in bounty_selectors.bounty_files(bounty=bounty, viewer=viewer)
    ]
    is_open = bounty.status == "open"
    # The entry form is offered only when an entry can be accepted now; otherwise the page says why.
    entry_refusal = ""
    if uid is not None and is_open and not is_poster:
        try:
            bounty_services.entry_submit_check(bounty=bounty, entrant=viewer)  # type: ignore[arg-type]
        except ApplicationError as error:
            entry_refusal = page_message(error, limit=bounty.entry_limit)
    return {
        "bounty": bounty,
        "reference_images": reference_images,
        "reference_files": reference_files,
        "benefactors": bounty_selectors.bounty_benefactors(bounty=bounty),
        "entries": entries,
        "comments": bounty_selectors.bounty_comments(bounty=bounty, viewer=viewer),
        "is_poster": is_poster,
        "my_contribution": my_contribution,
        # Buttons are offered when they could apply; the service still decides.
        "can_award": my_contribution is not None
        and my_contribution.status == "held"
        and bounty.status in ("open", "awarding"),
        "can_enter": uid is not None and is_open and not is_poster and not entry_refusal,
        "entry_refusal": entry_refusal,
        "paid_out": bounty_selectors.bounty_paid_out(bounty=bounty) if bounty.status in ("awarding", "awarded") else 0,
        "can_edit": is_poster and bounty.status in ("draft", "screening", "open", "in_review", "consent_pending"),
        "can_cancel": is_poster and bounty.status in ("draft", "screening", "open", "in_review", "consent_pending"),
        "show_reasons": (is_poster or getattr(viewer, "is_moderator", False)) and bounty.status not in ("open",),
        "contribute_form": forms.ContributeForm() if uid is not None and is_open and my_contribution is None else None,
        "raise_form": forms.RaiseForm()
        if is_open and my_contribution is not None and my_contribution.status == "held"
        else None,
        "comment_form": forms.CommentForm() if uid is not None and bounty.status in _PUBLIC else None,
        "tracked": "track" in follow_kinds,
        "favourited": "favourite" in follow_kinds,
    }


_PUBLIC = ("open", "awarding", "awarded", "expired")


def bounty_detail(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = bounty_or_404(request, bounty_id)
    return render(request, "web/bounty_detail.html", bounty_detail_context(request, bounty))


def bounty_page_with_error(
    request: HttpRequest, bounty: Any, error: ApplicationError, *, sentence: str = "", **forms_with_errors: Any
) -> HttpResponse:
    """Re-render the bounty page with the refused action's message (``sentence`` when the service's
    own message is already one), with the service's status."""
    context = bounty_detail_context(request, bounty)
    context.update(forms_with_errors)
    context["action_error"] = sentence or page_message(
        error, minimum=bounty.min_contribution, maximum=bounty.max_contribution or 0, limit=bounty.entry_limit
    )
    return render(request, "web/bounty_detail.html", context, status=error.status)

