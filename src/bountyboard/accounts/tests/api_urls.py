"""Only the API, so these tests do not depend on the pages' URLs."""

from django.urls import path

from bountyboard.config.api import api

urlpatterns = [path("api/v1/", api.urls)]
