"""Server-rendered pages (htmx)."""

from django.urls import include, path

from bountyboard.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("", include("bountyboard.moderation.urls")),  # report, takedown, queue, transparency (web:moderation:)
]
