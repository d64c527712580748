"""Bounty pages, included by ``web/urls.py`` into the ``web`` namespace (``web:browse`` and so on)."""

from django.urls import path

from bountyboard.bounties.views import awards, browse, detail, engagement, entries, lifecycle, media, mine

urlpatterns = [
    path("", browse.home, name="home"),
    path("bounties/", browse.browse, name="browse"),
    path("me/bounties/", mine.my_bounties, name="my_bounties"),
    path("me/entries/", mine.my_entries, name="my_entries"),
    path("me/contributions/", mine.my_contributions, name="my_contributions"),
    path("bounties/new/", lifecycle.bounty_create, name="bounty_create"),
    path("bounties/<int:bounty_id>/", detail.bounty_detail, name="bounty_detail"),
    path("bounties/<int:bounty_id>/edit/", lifecycle.bounty_edit, name="bounty_edit"),
    path("bounties/<int:bounty_id>/images/", lifecycle.bounty_image_upload, name="bounty_image_upload"),
    path("bounties/<int:bounty_id>/files/", lifecycle.bounty_file_upload, name="bounty_file_upload"),
    path("bounties/<int:bounty_id>/publish/", lifecycle.bounty_publish, name="bounty_publish"),
    path("bounties/<int:bounty_id>/cancel/", lifecycle.bounty_cancel, name="bounty_cancel"),
    path("bounties/<int:bounty_id>/contribute/", awards.bounty_contribute, name="bounty_contribute"),
    path("bounties/<int:bounty_id>/raise/", awards.bounty_raise, name="bounty_raise"),
    path("bounties/<int:bounty_id>/entries/new/", entries.entry_submit, name="entry_submit"),
    path("bounties/<int:bounty_id>/award/", awards.bounty_award, name="bounty_award"),
    path("bounties/<int:bounty_id>/comments/", engagement.bounty_comment, name="bounty_comment"),
    path("bounties/<int:bounty_id>/follow/<str:kind>/", engagement.bounty_follow, name="bounty_follow"),
    path("entries/<int:entry_id>/react/", engagement.entry_react, name="entry_react"),
    path("entries/<int:entry_id>/tip/", awards.entry_tip, name="entry_tip"),
    path("entries/<int:entry_id>/withdraw/", entries.entry_withdraw, name="entry_withdraw"),
    # user media: every file goes through a visibility check (fail closed), never static serving
    path("media/bounties/<int:bounty_id>/images/<int:image_id>/", media.media_bounty_image, name="media_bounty_image"),
    path("media/bounties/<int:bounty_id>/files/<int:file_id>/", media.media_bounty_file, name="media_bounty_file"),
    path("media/entries/<int:entry_id>/images/<int:image_id>/", media.media_entry_image, name="media_entry_image"),
    path("media/entries/<int:entry_id>/files/<int:file_id>/", media.media_entry_file, name="media_entry_file"),
]
