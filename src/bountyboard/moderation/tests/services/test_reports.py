"""Reports: anyone reports content and it lands in the queue."""

from __future__ import annotations

from typing import Any

import pytest

from bountyboard.errors import ValidationFailed
from bountyboard.moderation import services
from bountyboard.moderation.selectors import queue_open
from bountyboard.moderation.tests.conftest import (
    T0,
    moderation_row_counts,
    picture,
    png,
)

pytestmark = pytest.mark.django_db


class TestReportCreate:
    def test_anyone_reports_and_it_is_queued_by_severity(self, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(50)))
        spam = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam", now=T0)
        minor = services.report_create(
            reporter=None, target_type="image", target_id=funded.image.pk, category="minor_safety", now=T0
        )
        order = [item.report_id for item in queue_open(now=T0)]
        assert order == [minor.pk, spam.pk]

    def test_unknown_content_or_category_is_refused(self, make_user: Any) -> None:
        before = moderation_row_counts()
        with pytest.raises(ValidationFailed):
            services.report_create(reporter=None, target_type="bounty", target_id="1", category="boring")
        with pytest.raises(Exception) as caught:
            services.report_create(reporter=None, target_type="bounty", target_id="424242", category="spam")
        assert getattr(caught.value, "status", 0) == 404
        assert moderation_row_counts() == before
