"""Removing content: which removals bank hashes, and finding every copy of a picture."""

from __future__ import annotations

from typing import Any

import pytest

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty
from bountyboard.moderation import services
from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.models import (
    QueueItem,
)
from bountyboard.moderation.selectors import screening_copies
from bountyboard.moderation.services.removals import _image_hashes
from bountyboard.moderation.tests.conftest import (
    jpeg,
    picture,
    png,
)
from bountyboard.screening.models import Screening

pytestmark = pytest.mark.django_db


@pytest.mark.postgres
class TestRemovalBanking:
    def test_a_bounty_removed_for_spam_keeps_its_pictures_unbanked(self, make_bounty: Any, moderator: User) -> None:
        funded = make_bounty(image=png(picture(98)))
        report = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam")
        services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Spam.", ground="policy.spam",
        )
        funded.bounty.refresh_from_db()
        assert funded.bounty.status == "removed"
        assert list(DjangoBankStore().hash_list(services.TAKEDOWN_BANK)) == []

    def test_an_ncii_report_on_a_bounty_banks_its_pictures_and_copies(self, make_bounty: Any, moderator: User) -> None:
        original = picture(99)
        funded = make_bounty(image=png(original))
        copy = make_bounty(image=jpeg(original.resize((256, 192))))
        report = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="ncii")
        services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Intimate image without consent.", ground="law.ncii",
        )
        copy.bounty.refresh_from_db()
        banked = {e.value for e in DjangoBankStore().hash_list(services.TAKEDOWN_BANK)}
        assert copy.bounty.status == "removed" and {funded.image.pdq, copy.image.sha256} <= banked


class TestScreeningCopies:
    def test_finds_exact_and_near_copies_but_not_other_pictures(self, make_bounty: Any) -> None:
        base = picture(80)
        a = make_bounty(image=png(base))
        b = make_bounty(image=jpeg(base.resize((256, 192))))
        c = make_bounty(image=png(base.transpose(0)))  # mirrored: found through the dihedral variants
        d = make_bounty(image=png(picture(81)))

        found = {s.pk for s in screening_copies(md5=a.image.md5, pdq_variants=_image_hashes(a.image))}
        assert {a.image.pk, b.image.pk, c.image.pk} <= found
        assert d.image.pk not in found
        assert Bounty.objects.count() == 4 and Screening.objects.count() == 4
