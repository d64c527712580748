"""Likeness pages, included by ``web/urls.py`` into the ``web`` namespace (``web:likeness_*``)."""

from django.urls import path

from bountyboard.likeness import views

urlpatterns = [
    path("likeness/", views.dashboard, name="likeness_dashboard"),
    path("likeness/about/", views.protect_info, name="likeness_about"),
    path("likeness/protect/", views.protect, name="likeness_protect"),
    path("likeness/consents/", views.consents, name="likeness_consents"),
    path(
        "likeness/consents/<int:consent_id>/<str:verb>/", views.consent_answer, name="likeness_consent_answer"
    ),
    path("likeness/verification/", views.verification_queue, name="likeness_verification"),
    path("likeness/<str:likeness_id>/", views.dashboard_one, name="likeness_dashboard_one"),
    path("likeness/<str:likeness_id>/rescan/", views.rescan_progress, name="likeness_rescan_progress"),
    path("likeness/<str:likeness_id>/<str:verb>/", views.action, name="likeness_action"),
]
