"""Server-rendered pages (htmx)."""

from django.urls import include, path

from bountyboard.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("", include("bountyboard.moderation.urls")),  # report, takedown, queue, transparency (web:moderation:)
    path("", include("bountyboard.likeness.urls")),  # protect, dashboard, consents, verification (web:likeness_*)
    # accounts
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
    path("wallet/", views.wallet, name="wallet"),
    path("u/<str:username>/", views.profile, name="profile"),
    # bounties
    path("bounties/", views.browse, name="browse"),
    path("bounties/new/", views.bounty_create, name="bounty_create"),
    path("bounties/<int:bounty_id>/", views.bounty_detail, name="bounty_detail"),
    path("bounties/<int:bounty_id>/edit/", views.bounty_edit, name="bounty_edit"),
    path("bounties/<int:bounty_id>/images/", views.bounty_image_upload, name="bounty_image_upload"),
    path("bounties/<int:bounty_id>/files/", views.bounty_file_upload, name="bounty_file_upload"),
    path("bounties/<int:bounty_id>/publish/", views.bounty_publish, name="bounty_publish"),
    path("bounties/<int:bounty_id>/cancel/", views.bounty_cancel, name="bounty_cancel"),
    path("bounties/<int:bounty_id>/contribute/", views.bounty_contribute, name="bounty_contribute"),
    path("bounties/<int:bounty_id>/entries/new/", views.entry_submit, name="entry_submit"),
    path("bounties/<int:bounty_id>/award/", views.bounty_award, name="bounty_award"),
    path("bounties/<int:bounty_id>/comments/", views.bounty_comment, name="bounty_comment"),
    path("bounties/<int:bounty_id>/follow/<str:kind>/", views.bounty_follow, name="bounty_follow"),
    path("entries/<int:entry_id>/react/", views.entry_react, name="entry_react"),
    path("entries/<int:entry_id>/tip/", views.entry_tip, name="entry_tip"),
    path("entries/<int:entry_id>/withdraw/", views.entry_withdraw, name="entry_withdraw"),
    # user media: every file goes through a visibility check (fail closed), never static serving
    path("media/bounties/<int:bounty_id>/images/<int:image_id>/", views.media_bounty_image, name="media_bounty_image"),
    path("media/bounties/<int:bounty_id>/files/<int:file_id>/", views.media_bounty_file, name="media_bounty_file"),
    path("media/entries/<int:entry_id>/images/<int:image_id>/", views.media_entry_image, name="media_entry_image"),
    path("media/entries/<int:entry_id>/files/<int:file_id>/", views.media_entry_file, name="media_entry_file"),
]
