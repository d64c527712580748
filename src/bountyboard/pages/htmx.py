"""The request type of pages that answer htmx differently: django-htmx's middleware sets
``request.htmx`` (true for an htmx request; ``history_restore_request`` when htmx asks for a whole
page because its history cache missed)."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails
