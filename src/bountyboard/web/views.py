"""Thin page views: parse the form, call a service (writes) or a selector (reads), render.

Services raise ``ApplicationError``; its message (``error_messages.page_message``: the service's own
words in English, a translation by code otherwise) is shown on the page with its HTTP status, and
nothing else happens. No rule is decided here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from bountyboard.accounts import selectors as account_selectors
from bountyboard.accounts import services as account_services
from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties import services as bounty_services
from bountyboard.errors import ApplicationError
from bountyboard.ledger import selectors as ledger_selectors
from bountyboard.screening import selectors as screening_selectors
from bountyboard.web import forms
from bountyboard.web.error_messages import page_message


def _form_page(
    request: HttpRequest,
    form: Any,
    *,
    title: str,
    submit: str,
    intro: str = "",
    multipart: bool = False,
    links: list[dict[str, str]] | None = None,
    status: int = 200,
    template: str = "web/form_page.html",
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    context = {
        "form": form,
        "page_title": title,
        "submit_label": submit,
        "intro": intro,
        "multipart": multipart,
        "links": links or [],
        **(extra or {}),
    }
    return render(request, template, context, status=status)


def _invalid_status(form: Any) -> int:
    # A form the browser sent but we could not accept: 400, so tests and clients can tell.
    return 400 if form.is_bound else 200


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


# --- accounts ----------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = forms.SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = account_services.user_signup(
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                adult=form.cleaned_data["adult"],
            )
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return _form_page(request, form, title=_("Sign up"), submit=_("Create account"), status=error.status)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! We sent you an email to confirm your address."))
        return redirect("web:home")
    return _form_page(
        request,
        form,
        title=_("Sign up"),
        submit=_("Create account"),
        intro=_("Post bounties, back them with credits, and submit your work. Adults only."),
        links=[{"url": reverse("web:login"), "label": _("Already have an account? Log in")}],
        status=_invalid_status(form),
    )


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = forms.LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = account_services.user_authenticate(
                request=request,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
            )
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return _form_page(request, form, title=_("Log in"), submit=_("Log in"), status=error.status)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return HttpResponseRedirect(_safe_next(request, reverse("web:home")))
    return _form_page(
        request,
        form,
        title=_("Log in"),
        submit=_("Log in"),
        links=[
            {"url": reverse("web:password_reset"), "label": _("Forgot your password?")},
            {"url": reverse("web:signup"), "label": _("No account yet? Sign up")},
        ],
        status=_invalid_status(form),
        extra={"next": request.GET.get("next", "")},
    )


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("web:home")


def email_verify(request: HttpRequest, token: str) -> HttpResponse:
    try:
        account_services.email_verify(token=token)
    except ApplicationError as error:
        return render(
            request,
            "web/message_page.html",
            {"page_title": _("Email not confirmed"), "text": page_message(error), "tone": "error"},
            status=error.status,
        )
    return render(
        request,
        "web/message_page.html",
        {
            "page_title": _("Email confirmed"),
            "text": _("Thank you, your email address is confirmed."),
            "link": {"url": reverse("web:home"), "label": _("Back to the bounties")},
        },
    )


@login_required
@require_POST
def email_verification_resend(request: HttpRequest) -> HttpResponse:
    account_services.email_verification_send(user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("We sent you a new confirmation email."))
    return redirect("web:profile", username=request.user.get_username())


@require_http_methods(["GET", "POST"])
def password_reset(request: HttpRequest) -> HttpResponse:
    form = forms.PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_services.password_reset_request(email=form.cleaned_data["email"])
        # Same answer whether or not the address has an account (no account enumeration).
        return render(
            request,
            "web/message_page.html",
            {
                "page_title": _("Check your email"),
                "text": _("If an account uses that address, we sent it a link to set a new password."),
            },
        )
    return _form_page(
        request,
        form,
        title=_("Reset your password"),
        submit=_("Send me a link"),
        status=_invalid_status(form),
    )


@require_http_methods(["GET", "POST"])
def password_reset_confirm(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    form = forms.PasswordResetConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account_services.password_reset_confirm(
                uidb64=uidb64, token=token, new_password=form.cleaned_data["password"]
            )
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return _form_page(
                request, form, title=_("Choose a new password"), submit=_("Save password"), status=error.status
            )
        messages.success(request, _("Your password was changed. You can log in now."))
        return redirect("web:login")
    return _form_page(
        request, form, title=_("Choose a new password"), submit=_("Save password"), status=_invalid_status(form)
    )


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = forms.ApiTokenForm(request.POST or None)
    created_plaintext = ""
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                _token, created_plaintext = account_services.api_token_create(
                    user=user, name=form.cleaned_data["name"]  # type: ignore[arg-type]
                )
                form = forms.ApiTokenForm()
            except ApplicationError as error:
                form.add_error(None, page_message(error))
                status = error.status
        else:
            status = 400
    return render(
        request,
        "web/tokens.html",
        {
            "form": form,
            "tokens": account_selectors.api_tokens_for(user),  # type: ignore[arg-type]
            "created_plaintext": created_plaintext,
        },
        status=status,
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        account_services.api_token_revoke(user=request.user, token_id=token_id)  # type: ignore[arg-type]
    except ApplicationError as error:
        messages.error(request, page_message(error))
        return redirect("web:tokens")
    messages.success(request, _("The token was revoked."))
    return redirect("web:tokens")


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    items = account_selectors.notifications_for(request.user, limit=100)  # type: ignore[arg-type]
    return render(request, "web/notifications.html", {"notifications": items})


@login_required
@require_POST
def notifications_mark_read(request: HttpRequest) -> HttpResponse:
    raw_id = request.POST.get("notification_id") or None
    try:
        account_services.notification_mark_read(
            user=request.user,  # type: ignore[arg-type]
            notification_id=int(raw_id) if raw_id and raw_id.isdigit() else None,
        )
    except ApplicationError as error:
        messages.error(request, page_message(error))
    return redirect("web:notifications")


@login_required
def wallet(request: HttpRequest) -> HttpResponse:
    user = request.user
    return render(
        request,
        "web/wallet.html",
        {
            "balance": ledger_selectors.wallet_balance(user),  # type: ignore[arg-type]
            "history": ledger_selectors.wallet_history(user, limit=200),  # type: ignore[arg-type]
        },
    )


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


# --- bounties: reads -----------------------------------------------------------------------------------

BROWSE_PAGE_SIZE = 24


def _bounty_cover_urls(bounties: list[Any]) -> None:
    """Attach ``cover_url``: the first guard-allowed reference image, served through the media view."""
    covers = bounty_selectors.bounty_cover_image_ids(bounty_ids=[b.pk for b in bounties])
    for bounty in bounties:
        image_id = covers.get(bounty.pk)
        bounty.cover_url = reverse("web:media_bounty_image", args=[bounty.pk, image_id]) if image_id else ""


def home(request: HttpRequest) -> HttpResponse:
    newest = bounty_selectors.bounty_list(viewer=request.user, status="open", sort="newest", limit=8).items
    top = bounty_selectors.bounty_list(viewer=request.user, status="open", sort="prize", limit=4).items
    _bounty_cover_urls(newest)
    _bounty_cover_urls(top)
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


def browse(request: HttpRequest) -> HttpResponse:
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
        sort=filters.get("sort") or "newest",
        offset=(page_number - 1) * BROWSE_PAGE_SIZE,
        limit=BROWSE_PAGE_SIZE + 1,
    )
    page = _BrowsePage(result.items, page_number, BROWSE_PAGE_SIZE)
    _bounty_cover_urls(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form if form.is_bound else forms.BrowseForm(),
        "page": page,
        "querystring_base": (query.urlencode() + "&") if query else "",
    }
    if request.headers.get("HX-Request") == "true":
        return render(request, "web/partials/bounty_list.html", context)
    return render(request, "web/browse.html", context)


def _bounty_or_404(request: HttpRequest, bounty_id: int) -> Any:
    bounty = bounty_selectors.bounty_get(bounty_id=bounty_id, viewer=request.user)
    if bounty is None:
        raise Http404(_("No such bounty"))
    return bounty


# Words rather than emoji: they read out well and need no emoji font.
REACTION_LABELS = {"like": gettext_lazy("Like"), "heart": gettext_lazy("Love"), "laugh": gettext_lazy("Funny"), "wow": gettext_lazy("Wow")}


def _reaction_summary(entry: Any, viewer: Any) -> list[dict[str, Any]]:
    counts = bounty_selectors.entry_reaction_counts(entry_id=entry.pk)
    mine = bounty_selectors.entry_reactions_of(entry_id=entry.pk, user=viewer)
    return [
        {"kind": kind, "label": label, "count": counts.get(kind, 0), "mine": kind in mine}
        for kind, label in REACTION_LABELS.items()
    ]


def _bounty_detail_context(request: HttpRequest, bounty: Any) -> dict[str, Any]:
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
                "reactions": _reaction_summary(entry, viewer) if uid else [],
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
        "can_enter": uid is not None and is_open and not is_poster,
        "can_edit": is_poster and bounty.status in ("draft", "screening", "open", "in_review", "consent_pending"),
        "can_cancel": is_poster and bounty.status in ("draft", "screening", "open", "in_review", "consent_pending"),
        "show_reasons": (is_poster or getattr(viewer, "is_moderator", False)) and bounty.status not in ("open",),
        "contribute_form": forms.ContributeForm() if uid is not None and is_open and my_contribution is None else None,
        "comment_form": forms.CommentForm() if uid is not None and bounty.status in _PUBLIC else None,
        "tracked": "track" in follow_kinds,
        "favourited": "favourite" in follow_kinds,
    }


_PUBLIC = ("open", "awarding", "awarded", "expired")


def bounty_detail(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _bounty_or_404(request, bounty_id)
    return render(request, "web/bounty_detail.html", _bounty_detail_context(request, bounty))


def _bounty_page_with_error(request: HttpRequest, bounty: Any, error: ApplicationError, **forms_with_errors: Any) -> HttpResponse:
    """Re-render the bounty page with the refused action's message, with the service's status."""
    context = _bounty_detail_context(request, bounty)
    context.update(forms_with_errors)
    context["action_error"] = page_message(error)
    return render(request, "web/bounty_detail.html", context, status=error.status)


# --- bounties: writes ----------------------------------------------------------------------------------


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
    return _bounty_form_page(request, form, status=_invalid_status(form))


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


def _own_bounty_or_403(request: HttpRequest, bounty_id: int) -> Any:
    bounty = _bounty_or_404(request, bounty_id)
    if bounty.poster_id != request.user.pk:
        raise PermissionDenied(_("Only the poster can do this."))
    return bounty


@login_required
@require_http_methods(["GET", "POST"])
def bounty_edit(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _own_bounty_or_403(request, bounty_id)
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
    return _bounty_form_page(request, form, bounty=bounty, status=_invalid_status(form))


def _same_form_value(posted: Any, current: Any) -> bool:
    """Whether a re-submitted field is unchanged. Date inputs carry minutes only, so a stored time
    with seconds must not count as an edit (it would touch the locked terms)."""
    if isinstance(posted, dt.datetime) and isinstance(current, dt.datetime):
        return posted.replace(second=0, microsecond=0) == current.replace(second=0, microsecond=0)
    return bool(posted == current)


@login_required
@require_POST
def bounty_image_upload(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _own_bounty_or_403(request, bounty_id)
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
    bounty = _own_bounty_or_403(request, bounty_id)
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
    success: str,
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
            messages.success(request, success)
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


@login_required
@require_http_methods(["GET", "POST"])
def bounty_publish(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _own_bounty_or_403(request, bounty_id)
    return _confirm_page(
        request,
        bounty,
        action=lambda: bounty_services.bounty_publish(actor=request.user, bounty_id=bounty.pk),  # type: ignore[arg-type]
        success=_("Published. Your prize is held in escrow while the bounty is screened."),
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
    bounty = _own_bounty_or_403(request, bounty_id)
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


@login_required
@require_POST
def bounty_contribute(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _bounty_or_404(request, bounty_id)
    form = forms.ContributeForm(request.POST)
    if not form.is_valid():
        context = _bounty_detail_context(request, bounty)
        context["contribute_form"] = form
        return render(request, "web/bounty_detail.html", context, status=400)
    try:
        bounty_services.bounty_contribute(
            benefactor=request.user, bounty_id=bounty.pk, amount=form.cleaned_data["amount"]  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        form.add_error("amount", page_message(error))
        return _bounty_page_with_error(request, bounty, error, contribute_form=form)
    messages.success(request, _("Thank you! Your credits are held in escrow until you award them."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_http_methods(["GET", "POST"])
def entry_submit(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _bounty_or_404(request, bounty_id)
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
                form.add_error(None, page_message(error))
                status = error.status
            else:
                messages.success(
                    request, _("Entry submitted. It becomes visible once screening has checked every part.")
                )
                return redirect("web:bounty_detail", bounty_id=bounty.pk)
        else:
            status = 400
    return _form_page(
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
def bounty_award(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _bounty_or_404(request, bounty_id)
    form = forms.AwardForm(request.POST)
    if not form.is_valid():
        return _bounty_page_with_error(request, bounty, ApplicationError(_("Choose an entry to award.")))
    try:
        bounty_services.bounty_award(
            benefactor=request.user, bounty_id=bounty.pk, entry_id=form.cleaned_data["entry_id"]  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        return _bounty_page_with_error(request, bounty, error)
    messages.success(request, _("Awarded. The credits went to the entrant."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_POST
def bounty_comment(request: HttpRequest, bounty_id: int) -> HttpResponse:
    bounty = _bounty_or_404(request, bounty_id)
    form = forms.CommentForm(request.POST)
    if not form.is_valid():
        context = _bounty_detail_context(request, bounty)
        context["comment_form"] = form
        return render(request, "web/bounty_detail.html", context, status=400)
    try:
        bounty_services.comment_create(author=request.user, bounty_id=bounty.pk, body=form.cleaned_data["body"])  # type: ignore[arg-type]
    except ApplicationError as error:
        form.add_error("body", page_message(error))
        return _bounty_page_with_error(request, bounty, error, comment_form=form)
    messages.success(request, _("Comment posted. Others see it once screening allows it."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


@login_required
@require_POST
def bounty_follow(request: HttpRequest, bounty_id: int, kind: str) -> HttpResponse:
    bounty = _bounty_or_404(request, bounty_id)
    try:
        bounty_services.bounty_follow_set(
            user=request.user, bounty_id=bounty.pk, kind=kind, on=request.POST.get("on", "1") == "1"  # type: ignore[arg-type]
        )
    except ApplicationError as error:
        return HttpResponse(page_message(error), status=error.status)
    if request.headers.get("HX-Request") == "true":
        kinds = bounty_selectors.bounty_follow_kinds(bounty=bounty, user=request.user)
        return render(
            request,
            "web/partials/follow_buttons.html",
            {"bounty": bounty, "tracked": "track" in kinds, "favourited": "favourite" in kinds},
        )
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


def _visible_entry_or_404(request: HttpRequest, entry_id: int) -> Any:
    entry = bounty_selectors.entry_get(entry_id=entry_id, viewer=request.user)
    if entry is None:
        raise Http404(_("No such entry"))
    return entry


@login_required
@require_POST
def entry_react(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _visible_entry_or_404(request, entry_id)
    try:
        bounty_services.reaction_set(
            user=request.user,  # type: ignore[arg-type]
            entry_id=entry.pk,
            kind=request.POST.get("kind", ""),
            on=request.POST.get("on", "1") == "1",
        )
    except ApplicationError as error:
        return HttpResponse(page_message(error), status=error.status)
    if request.headers.get("HX-Request") == "true":
        entry.refresh_from_db()
        return render(
            request,
            "web/partials/reactions.html",
            {"entry": entry, "reactions": _reaction_summary(entry, request.user)},
        )
    return redirect(reverse("web:bounty_detail", args=[entry.bounty_id]) + f"#entry-{entry.pk}")


@login_required
@require_POST
def entry_tip(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _visible_entry_or_404(request, entry_id)
    form = forms.TipForm(request.POST)
    bounty = _bounty_or_404(request, entry.bounty_id)
    if not form.is_valid():
        return _bounty_page_with_error(request, bounty, ApplicationError(_("Enter a whole number of credits to tip.")))
    try:
        bounty_services.tip_create(tipper=request.user, entry_id=entry.pk, amount=form.cleaned_data["amount"])  # type: ignore[arg-type]
    except ApplicationError as error:
        return _bounty_page_with_error(request, bounty, error)
    messages.success(request, _("Tip sent."))
    return redirect(reverse("web:bounty_detail", args=[entry.bounty_id]) + f"#entry-{entry.pk}")


@login_required
@require_POST
def entry_withdraw(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = _visible_entry_or_404(request, entry_id)
    bounty = _bounty_or_404(request, entry.bounty_id)
    try:
        bounty_services.entry_withdraw(actor=request.user, entry_id=entry.pk)  # type: ignore[arg-type]
    except ApplicationError as error:
        return _bounty_page_with_error(request, bounty, error)
    messages.success(request, _("Your entry was withdrawn."))
    return redirect("web:bounty_detail", bounty_id=bounty.pk)


def _profile_bounties(person: Any, *, viewer: Any) -> dict[str, Any]:
    posted = [b for b in bounty_selectors.bounties_of_poster(poster=person) if bounty_selectors.bounty_can_view(b, viewer)]
    _bounty_cover_urls(posted)
    return {"posted": posted}


# --- user media: only through a visibility check, never as static files --------------------------------

_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp", ".gif": "image/gif"}


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
    # Visibility can change (a moderator blocks it): never let a shared cache keep a copy.
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def media_bounty_image(request: HttpRequest, bounty_id: int, image_id: int) -> HttpResponseBase:
    """A reference image: the bounty must be visible to the viewer and the image allowed by the guard
    (its poster and moderators may also see not-yet-allowed ones)."""
    bounty = _bounty_or_404(request, bounty_id)
    image = next((i for i in bounty_selectors.bounty_images(bounty=bounty, viewer=request.user) if i.pk == image_id), None)
    if image is None:
        raise Http404(_("No such image"))
    return _stored_file_response(image.screening, inline=True)


def media_bounty_file(request: HttpRequest, bounty_id: int, file_id: int) -> HttpResponseBase:
    """A reference file, as a download: the bounty must be visible to the viewer and the file allowed
    by the guard (its poster and moderators may also fetch not-yet-allowed ones)."""
    bounty = _bounty_or_404(request, bounty_id)
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
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def media_entry_image(request: HttpRequest, entry_id: int, image_id: int) -> HttpResponseBase:
    entry = _visible_entry_or_404(request, entry_id)
    image = next(
        (i for i in bounty_selectors.entry_images_visible(entry=entry, viewer=request.user) if i.pk == image_id), None
    )
    if image is None:
        raise Http404(_("No such image"))
    return _stored_file_response(image.screening, inline=True)


def media_entry_file(request: HttpRequest, entry_id: int, file_id: int) -> HttpResponseBase:
    """A deliverable: only for those the award rule lets see it (and the entrant and moderators)."""
    entry = _visible_entry_or_404(request, entry_id)
    if not bounty_selectors.entry_deliverables_visible(entry=entry, viewer=request.user):
        raise PermissionDenied(_("Deliverables are shared with the benefactors after the award."))
    deliverable = next((f for f in bounty_selectors.entry_files(entry=entry) if f.pk == file_id), None)
    if deliverable is None:
        raise Http404(_("No such file"))
    return _stored_file_response(deliverable.screening, download_name=deliverable.filename, inline=False)
