"""Server-rendered pages (htmx)."""

from django.urls import path

from bountyboard.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
]
