"""Who may write: the one check every write service runs on the person acting (issue 12).

Pages and the API both call services, so a ban, a deactivation or a missing e-mail verification is
refused here once, whatever door the request came through. The standing is read from the database,
not from the ``User`` object the caller holds: an object loaded before a ban must not keep writing.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from bountyboard.accounts.models import User
from bountyboard.errors import NotAuthenticated, PermissionDenied


def email_unverified_message() -> str:
    return _(
        "Verify your e-mail address first: open the link we sent you when you signed up, "
        "or ask for a new one on your profile page."
    )


def actor_check(user: Any, *, verified_email: bool = False) -> User:
    """Refuse (``NotAuthenticated``/``PermissionDenied``, nothing changed) unless ``user`` is a signed-in,
    active, not banned account, with a verified e-mail address when ``verified_email`` is set
    (posting, entering, contributing, registering a likeness). Returns the user."""
    if not isinstance(user, User) or not user.is_authenticated:
        raise NotAuthenticated(_("Log in first."), code="not_authenticated")
    standing = User.objects.filter(pk=user.pk).values("is_active", "banned_at", "email_verified_at").first()
    if standing is None or not standing["is_active"]:
        raise PermissionDenied(_("This account is deactivated."), code="account_inactive")
    if standing["banned_at"] is not None:
        raise PermissionDenied(_("This account is banned."), code="banned")
    if verified_email and standing["email_verified_at"] is None:
        raise PermissionDenied(email_unverified_message(), code="email_unverified")
    return user
