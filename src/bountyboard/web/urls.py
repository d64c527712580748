"""Every page of the site, in one ``web`` namespace: each app's ``urls`` is included here (names stay
``web:<name>``, moderation's ``web:moderation:<name>``), plus the pages that combine apps."""

from django.urls import include, path

from bountyboard.web import views

app_name = "web"
urlpatterns = [
    path("", include("bountyboard.bounties.urls")),  # home, browse, bounty and entry pages, their media
    path("", include("bountyboard.accounts.urls")),  # signup, login, reset, tokens, notifications
    path("", include("bountyboard.ledger.urls")),  # wallet
    path("", include("bountyboard.moderation.urls")),  # report, takedown, queue, transparency (web:moderation:)
    path("", include("bountyboard.likeness.urls")),  # protect, dashboard, consents, verification (web:likeness_*)
    path("u/<str:username>/", views.profile, name="profile"),
]
