"""The moderator roster: only admins manage it."""

from __future__ import annotations

from bountyboard.accounts.models import User
from bountyboard.accounts.services import user_set_role
from bountyboard.errors import NotFound
from bountyboard.moderation.services._shared import _actor_check


def moderator_role_set(*, admin: User, user_id: int, role: str) -> User:
    """Only admins manage moderators (the accounts service writes the role and its audit event)."""
    _actor_check(admin, admin=True)
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        raise NotFound("no such user")
    return user_set_role(user=user, role=role, actor=admin)
