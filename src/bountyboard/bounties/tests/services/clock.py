"""Moving a bounty's clock: the services tests cannot wait a week for expiry."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from bountyboard.bounties.models import Bounty


def expire(bounty: Bounty, *, ago: dt.timedelta = dt.timedelta(minutes=1)) -> None:
    """Put the bounty's expiry ``ago`` in the past (and its start two days back)."""
    Bounty.objects.filter(pk=bounty.pk).update(expires_at=timezone.now() - ago,
                                               starts_at=timezone.now() - dt.timedelta(days=2))
