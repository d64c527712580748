"""The one write check (accounts/access.py) and the end of a banned account's sessions (issue 12)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.utils import timezone

from bountyboard.accounts.access import actor_check
from bountyboard.accounts.models import ApiToken, User
from bountyboard.accounts.services import api_token_create, user_ban_sessions_end
from bountyboard.errors import NotAuthenticated, PermissionDenied
from bountyboard.testing.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.urls("bountyboard.accounts.tests.api_urls")]


class TestActorCheck:
    def test_lets_an_active_verified_account_write(self) -> None:
        user = make_user()
        assert actor_check(user, verified_email=True) is user

    @pytest.mark.parametrize("who", [None, AnonymousUser()])
    def test_refuses_nobody(self, who: object) -> None:
        with pytest.raises(NotAuthenticated):
            actor_check(who)

    def test_reads_the_ban_from_the_database_not_the_object_held(self) -> None:
        # A User loaded before the ban (a long request, a task holding it) must not keep writing.
        user = make_user()
        User.objects.filter(pk=user.pk).update(banned_at=timezone.now())
        assert user.banned_at is None
        with pytest.raises(PermissionDenied) as refused:
            actor_check(user)
        assert refused.value.code == "banned"

    def test_refuses_a_deactivated_account(self) -> None:
        user = make_user()
        User.objects.filter(pk=user.pk).update(is_active=False)
        with pytest.raises(PermissionDenied) as refused:
            actor_check(user)
        assert refused.value.code == "account_inactive"

    def test_asks_an_unverified_account_to_verify_when_required(self) -> None:
        user = make_user(verified=False)
        assert actor_check(user) is user  # following, reacting: no verification needed
        with pytest.raises(PermissionDenied) as refused:
            actor_check(user, verified_email=True)
        assert refused.value.code == "email_unverified"
        assert "verify" in refused.value.message.lower() and refused.value.message.endswith(".")


class TestBanEndsSessions:
    def test_a_signed_in_browser_is_signed_out_by_the_ban(self, client: Client) -> None:
        user = make_user()
        client.force_login(user)
        assert client.get("/api/v1/me").status_code == 200
        User.objects.filter(pk=user.pk).update(banned_at=timezone.now())
        assert client.get("/api/v1/me").status_code == 401
        # The session was flushed, not merely refused: lifting the ban does not bring it back.
        User.objects.filter(pk=user.pk).update(banned_at=None)
        assert client.get("/api/v1/me").status_code == 401

    def test_a_password_change_still_ends_sessions(self, client: Client) -> None:
        user = make_user()
        client.force_login(user)
        user.set_password("another long phrase 99")
        user.save()
        assert client.get("/api/v1/me").status_code == 401

    def test_revokes_every_api_token(self) -> None:
        user, other = make_user(), make_user()
        api_token_create(user=user, name="a")
        api_token_create(user=other, name="b")
        assert user_ban_sessions_end(user=user) == 1
        assert not ApiToken.objects.filter(user=user, revoked_at__isnull=True).exists()
        assert ApiToken.objects.filter(user=other, revoked_at__isnull=True).count() == 1
