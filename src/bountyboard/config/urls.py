from django.contrib import admin
from django.urls import include, path

from bountyboard.config.api import api
from bountyboard.config.health import healthz_view, readyz_view

# User media is never served as static files: every file goes through a view that checks the
# guard's decision first (fail closed), see bountyboard/bounties/views/media.py.
urlpatterns = [
    # Probes at the root, as orchestrators expect; the same answers as /api/v1/healthz and /readyz.
    path("healthz", healthz_view, name="healthz"),
    path("readyz", readyz_view, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("bountyboard.web.urls")),
]
