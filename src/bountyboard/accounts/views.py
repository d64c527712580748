"""Account pages: sign up, log in and out, email confirmation, password reset, API tokens and
notifications. Thin: parse the form, call a service (writes) or a selector (reads), render; a
service's ``ApplicationError`` is shown on the page with its status and nothing else happens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bountyboard.accounts import forms
from bountyboard.accounts import selectors as account_selectors
from bountyboard.accounts import services as account_services
from bountyboard.accounts.auth import client_ip
from bountyboard.errors import ApplicationError
from bountyboard.pages.error_messages import page_message
from bountyboard.pages.form_page import form_page, invalid_status


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    form = forms.SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account_services.user_signup(
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                adult=form.cleaned_data["adult"],
                client_ip=client_ip(request),
            )
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return form_page(request, form, title=_("Sign up"), submit=_("Create account"), status=error.status)
        # The same page whether the address was new or already had an account (its owner got a
        # mail instead), and nobody is logged in: the address is confirmed first.
        return render(
            request,
            "web/message_page.html",
            {
                "page_title": _("Check your email"),
                "text": account_services.signup_received_message(),
                "link": {"url": reverse("web:login"), "label": _("Log in")},
            },
        )
    return form_page(
        request,
        form,
        title=_("Sign up"),
        submit=_("Create account"),
        intro=_("Post bounties, back them with credits, and submit your work. Adults only."),
        links=[{"url": reverse("web:login"), "label": _("Already have an account? Log in")}],
        status=invalid_status(form),
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
            return form_page(request, form, title=_("Log in"), submit=_("Log in"), status=error.status)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return HttpResponseRedirect(_safe_next(request, reverse("web:home")))
    return form_page(
        request,
        form,
        title=_("Log in"),
        submit=_("Log in"),
        links=[
            {"url": reverse("web:password_reset"), "label": _("Forgot your password?")},
            {"url": reverse("web:signup"), "label": _("No account yet? Sign up")},
        ],
        status=invalid_status(form),
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
            "link": (
                {"url": reverse("web:home"), "label": _("Back to the bounties")}
                if request.user.is_authenticated
                else {"url": reverse("web:login"), "label": _("Log in")}
            ),
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
        try:
            account_services.password_reset_request(email=form.cleaned_data["email"], client_ip=client_ip(request))
        except ApplicationError as error:
            form.add_error(None, page_message(error))
            return form_page(
                request, form, title=_("Reset your password"), submit=_("Send me a link"), status=error.status
            )
        # Same answer whether or not the address has an account (no account enumeration).
        return render(
            request,
            "web/message_page.html",
            {
                "page_title": _("Check your email"),
                "text": _("If an account uses that address, we sent it a link to set a new password."),
            },
        )
    return form_page(
        request,
        form,
        title=_("Reset your password"),
        submit=_("Send me a link"),
        status=invalid_status(form),
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
            return form_page(
                request, form, title=_("Choose a new password"), submit=_("Save password"), status=error.status
            )
        messages.success(request, _("Your password was changed. You can log in now."))
        return redirect("web:login")
    return form_page(
        request, form, title=_("Choose a new password"), submit=_("Save password"), status=invalid_status(form)
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

