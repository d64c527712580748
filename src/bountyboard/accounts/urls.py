"""Account pages, included by ``web/urls.py`` into the ``web`` namespace (``web:login`` and so on)."""

from django.urls import path

from bountyboard.accounts import views

urlpatterns = [
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/login/", views.login_view, name="login"),
    path("accounts/logout/", views.logout_view, name="logout"),
    path("accounts/verify/<str:token>/", views.email_verify, name="email_verify"),
    path("accounts/verify-again/", views.email_verification_resend, name="email_verification_resend"),
    path("accounts/reset/", views.password_reset, name="password_reset"),
    path("accounts/reset/<str:uidb64>/<str:token>/", views.password_reset_confirm, name="password_reset_confirm"),
    path("accounts/tokens/", views.tokens, name="tokens"),
    path("accounts/tokens/<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read/", views.notifications_mark_read, name="notifications_mark_read"),
]
