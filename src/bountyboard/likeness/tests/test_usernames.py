"""A protected person's name is refused as a username (docs/decisions/0024): the same name that an
unknown person may take as their own is impersonation once its holder registered it."""

from __future__ import annotations

import pytest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.accounts.tests.test_api import SIGNUP, assert_error_shape, post
from bountyboard.likeness.models import ProtectedLikeness

pytestmark = [pytest.mark.django_db, pytest.mark.urls("bountyboard.config.urls")]


def test_a_name_shaped_username_is_accepted_until_its_person_registers(client: Client) -> None:
    before = post(client, "/api/v1/auth/signup", {**SIGNUP, "username": "lea_moreau", "email": "a@example.test"})
    assert before.status_code == 202, before.content


@pytest.mark.parametrize("username", ["lea_moreau", "LeaMoreau", "lea.moreau.fit"])
def test_a_protected_persons_name_or_handle_is_refused(
    client: Client, registered: ProtectedLikeness, username: str
) -> None:
    users = User.objects.count()
    body = assert_error_shape(
        post(client, "/api/v1/auth/signup", {**SIGNUP, "username": username, "email": "b@example.test"}),
        400,
        "username_not_allowed",
    )
    assert "protected_person" in body["reasons"] or "real_person_consent" in body["reasons"]
    assert User.objects.count() == users
