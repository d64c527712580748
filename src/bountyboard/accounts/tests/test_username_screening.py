"""Usernames are shown to everyone, so the guard reads them at signup (issue 9), through the API and
the signup page: a listed public figure's name or a sexual phrase is refused with a sentence and
nothing is created; a name merely shaped like a person's is its holder's own and is accepted
(docs/decisions/0024-usernames-name-their-holder.md). Protected people's names: likeness/tests."""

from __future__ import annotations

import pytest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.accounts.tests.test_api import SIGNUP, assert_error_shape, post
from bountyboard.audit.models import AuditEvent

pytestmark = [pytest.mark.django_db, pytest.mark.urls("bountyboard.accounts.tests.api_urls")]


@pytest.mark.parametrize(
    "username",
    ["emma_watson_nude", "emmawatson", "emma_watson99", "taylor_swift", "sexy_emma_watson", "hot_girl_69", "alice_smith_nude"],
)
def test_a_username_not_fit_for_everyone_is_refused_and_nothing_is_written(client: Client, username: str) -> None:
    users, events = User.objects.count(), AuditEvent.objects.count()
    body = assert_error_shape(post(client, "/api/v1/auth/signup", {**SIGNUP, "username": username}), 400,
                              "username_not_allowed")
    assert body["field"] == "username" and "choose another" in body["message"]
    assert (User.objects.count(), AuditEvent.objects.count()) == (users, events)


@pytest.mark.parametrize(
    "username", ["alice", "fox_painter", "demo_poster", "alice_smith", "marek.novak", "JanDeVries", "poster0"]
)
def test_an_ordinary_username_is_accepted(client: Client, username: str) -> None:
    response = post(client, "/api/v1/auth/signup", {**SIGNUP, "username": username,
                                                    "email": f"{username}@example.test"})
    assert response.status_code == 202, response.content
    assert User.objects.filter(username=username).exists()


@pytest.mark.urls("bountyboard.config.urls")
def test_the_signup_page_shows_the_refusal_in_the_visitors_language(client: Client) -> None:
    from django.urls import reverse

    form = {"username": "emma_watson_nude", "email": "e@example.test", "password": "a-long-unusual-pass-93",
            "adult": "on"}
    response = client.post(reverse("web:signup"), form)
    assert response.status_code == 400 and "please choose another" in response.content.decode()
    french = client.post(reverse("web:signup"), form, HTTP_ACCEPT_LANGUAGE="fr")
    assert french.status_code == 400 and "choisissez-en un autre" in french.content.decode()
    assert not User.objects.filter(username="emma_watson_nude").exists()
