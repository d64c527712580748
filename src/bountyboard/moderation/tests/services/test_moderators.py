"""The moderator roster: only admins manage it."""

from __future__ import annotations

from typing import Any

import pytest

from bountyboard.accounts.models import Role, User
from bountyboard.errors import NotAuthenticated, PermissionDenied
from bountyboard.moderation import services

pytestmark = pytest.mark.django_db


class TestModeratorRoleSet:
    def test_only_admins_manage_moderators(self, make_user: Any, moderator: User, admin: User) -> None:
        member = make_user()
        with pytest.raises(PermissionDenied):
            services.moderator_role_set(admin=moderator, user_id=member.pk, role="moderator")
        member.refresh_from_db()
        assert member.role == Role.MEMBER
        services.moderator_role_set(admin=admin, user_id=member.pk, role="moderator")
        member.refresh_from_db()
        assert member.role == Role.MODERATOR

    def test_anonymous_is_refused(self, make_user: Any) -> None:
        from django.contrib.auth.models import AnonymousUser

        with pytest.raises(NotAuthenticated):
            services.moderator_role_set(admin=AnonymousUser(), user_id=make_user().pk, role="moderator")  # type: ignore[arg-type]
