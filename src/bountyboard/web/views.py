"""Thin page views: read through selectors, write through services."""

from django.http import HttpRequest, HttpResponse


def home(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Bountyboard")
