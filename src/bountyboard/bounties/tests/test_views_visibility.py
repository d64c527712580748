"""``bounties.views.lookups``: the visibility rule every bounty page and media response starts with
(issue 9). A bounty or entry rated above the viewer's preference is refused with a page that says
why, its images too; a hidden bounty is not found."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties import services
from bountyboard.bounties.models import BountyImage, EntryImage
from bountyboard.testing.factories import make_user
from bountyboard.testing.pages import logged_in, text_of

pytestmark = pytest.mark.django_db(transaction=True)

X_RATED_TEXT = "Explicit nude pin-up of an original fantasy elf character, adult."


def _viewer(preference: str) -> User:
    user = make_user(f"viewer_{preference}")
    user.rating_preference = preference
    user.save(update_fields=["rating_preference"])
    return user


def test_an_x_rated_bounty_page_and_its_images_are_refused_with_the_reason(
    client: Client, poster: User, creator: User, open_bounty, visible_entry
) -> None:
    bounty = open_bounty(poster, title="Elf pin-up", description=X_RATED_TEXT)
    assert bounty.rating == "x"
    creator.rating_preference = "x"
    creator.save(update_fields=["rating_preference"])
    entry = visible_entry(creator, bounty)
    image = BountyImage.objects.get(bounty=bounty)
    entry_image = EntryImage.objects.get(entry=entry)
    urls = [
        reverse("web:bounty_detail", args=[bounty.pk]),
        reverse("web:media_bounty_image", args=[bounty.pk, image.pk]),
        reverse("web:media_entry_image", args=[entry.pk, entry_image.pk]),
    ]
    for viewer in (client, logged_in(_viewer("pg")), logged_in(_viewer("r"))):
        for url in urls:
            response = viewer.get(url)
            assert response.status_code == 403, (url, response.status_code)
            assert "rated X" in text_of(response), url
            assert "Elf pin-up" not in text_of(response)
    adult = logged_in(_viewer("x"))
    for url in urls:
        assert adult.get(url).status_code == 200, url
    assert logged_in(poster).get(urls[0]).status_code == 200  # the poster's own, whatever their preference


def test_a_hidden_expired_bounty_is_not_found_by_visitors_and_still_shown_to_its_poster(
    client: Client, poster: User, open_bounty
) -> None:
    bounty = open_bounty(poster, title="Plate armour study")
    services.bounty_expire(bounty_id=bounty.pk, now=timezone.now() + dt.timedelta(days=30))
    image = BountyImage.objects.get(bounty=bounty)
    page = reverse("web:bounty_detail", args=[bounty.pk])
    media = reverse("web:media_bounty_image", args=[bounty.pk, image.pk])
    assert client.get(page).status_code == 200 and client.get(media).status_code == 200
    services.bounty_hide(bounty_id=bounty.pk, reason="protected_person_match")
    assert (client.get(page).status_code, client.get(media).status_code) == (404, 404)
    assert "Plate armour study" not in text_of(client.get(reverse("web:browse"), {"status": "all"}))
    assert logged_in(poster).get(page).status_code == 200
