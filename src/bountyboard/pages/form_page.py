"""The pages every app shares: a form on its own page (``web/form_page.html``) and the status a
form answers with. Templates live in ``templates/web/``; each app's views import these pieces rather
than copy them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def form_page(
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


def invalid_status(form: Any) -> int:
    # A form the browser sent but we could not accept: 400, so tests and clients can tell.
    return 400 if form.is_bound else 200

