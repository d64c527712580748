"""Moderation pages, included from ``web/urls.py``."""

from django.urls import path

from bountyboard.moderation import views

app_name = "moderation"
urlpatterns = [
    path("report/", views.report_page, name="report"),
    path("takedown/", views.takedown_page, name="takedown"),
    path("moderation/", views.queue_page, name="queue"),
    path("moderation/items/<int:item_id>/", views.queue_item_page, name="queue_item"),
    path("moderation/decisions/<int:decision_id>/", views.decision_page, name="decision"),
    path("moderation/evidence/<int:screening_id>/", views.evidence_media, name="evidence_media"),
    path("transparency/", views.transparency_page, name="transparency"),
]
