"""Uploads count against an account's hourly budget (accounts/rate_limits.py, issue 12): past it,
the upload is refused with a sentence and a 429, before anything is read or stored."""

from __future__ import annotations

import pytest

from bountyboard.bounties import services
from bountyboard.bounties.models import BountyImage
from bountyboard.errors import RateLimited
from bountyboard.testing.uploads import landscape_png

pytestmark = [pytest.mark.django_db(transaction=True)]


def test_reference_images_past_the_budget_are_refused_and_nothing_changes(
    funded_user, draft_bounty, unchanged, settings
) -> None:
    settings.RATE_LIMITS = {"upload.account": (2, 3600)}
    poster = funded_user()
    bounty = draft_bounty(poster)  # its first image is the first upload
    services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(3), filename="b.png")
    with unchanged(), pytest.raises(RateLimited) as refused:
        services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(4), filename="c.png")
    assert refused.value.status == 429 and refused.value.message.endswith(".")
    assert BountyImage.objects.filter(bounty=bounty).count() == 2
    # Another account has its own budget.
    other = funded_user()
    draft_bounty(other)
