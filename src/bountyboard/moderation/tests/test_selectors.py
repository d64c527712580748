"""Moderation reads: locating content from what a requester typed, and the transparency figures."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import BountyImage
from bountyboard.moderation.selectors import (
    content_location_parse,
    takedown_deadline_hours,
    transparency_csv_rows,
    transparency_report,
)
from bountyboard.moderation.tests.conftest import T0, picture, png

pytestmark = pytest.mark.django_db


class TestContentLocationParse:
    def test_typed_ids(self) -> None:
        location = content_location_parse(" Image:12 ")
        assert (location.target_type, location.target_id) == ("image", "12")

    def test_a_bounty_page_link(self, settings: Any) -> None:
        settings.ALLOWED_HOSTS = ["board.example"]
        location = content_location_parse("https://board.example/bounties/7/")
        assert (location.target_type, location.target_id) == ("bounty", "7")

    def test_a_media_link_is_addressed_by_its_screening_row(self, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(300)))
        image = BountyImage.objects.get(bounty=funded.bounty)
        location = content_location_parse(f"/media/bounties/{funded.bounty.pk}/images/{image.pk}/")
        assert (location.target_type, location.target_id) == ("image", str(funded.image.pk))

    @pytest.mark.parametrize(
        ("given", "problem"),
        [
            ("ftp://board.example/x", "only http(s)"),
            ("https://evil.example/bounties/1/", "not a page of this site"),
            ("/no/such/page/", "no page of this site"),
            ("/transparency/", "not a page showing one piece of content"),
            ("widget:3", "unknown content type"),
        ],
    )
    def test_refusals_say_why(self, settings: Any, given: str, problem: str) -> None:
        settings.ALLOWED_HOSTS = ["board.example"]
        with pytest.raises(ValueError, match=re.escape(problem)):
            content_location_parse(given)


class TestTakedownDeadlineHours:
    def test_defaults_and_settings(self, settings: Any) -> None:
        settings.TAKEDOWN_DEADLINES = {"EU": 72}
        assert takedown_deadline_hours("us") == 48
        assert takedown_deadline_hours("EU") == 72
        assert takedown_deadline_hours("BR") == 48  # unknown jurisdiction: the default


class TestTransparencyReport:
    def test_empty_log(self) -> None:
        report = transparency_report(now=T0)
        assert report["notices_total"] == 0
        assert report["takedowns"]["hours_to_removal_median"] is None
        assert ("notices_total", "", "0") in transparency_csv_rows(report)

    def test_real_person_requests_are_counted_from_guard_decisions(self) -> None:
        for bounty_id, codes, decision in (
            (1, ["real_person_consent"], "consent_required"),
            (2, ["real_person_sexual"], "block"),
            (3, [], "allow"),
            (4, [], "allow"),
        ):
            audit_record(
                action="guard.decision", target_type="bounty", target_id=bounty_id, reasons=codes,
                automated=True, actor_label="guard", data={"decision": decision},
            )
        real = transparency_report(now=T0)["real_person_requests"]
        assert real == {
            "bounties_screened": 4,
            "targeting_real_person": 2,
            "share": 0.5,
            "outcomes": {"block": 1, "consent_required": 1},
        }
        assert transparency_report(now=T0)["actions"] == {"automated": 4, "human": 0}
        assert transparency_report(now=T0)["own_initiative"] == {"real_person_sexual": 1}

    def test_what_happened_to_real_person_bounties_follows_later_events(self) -> None:
        audit_record(action="bounty.screened", target_type="bounty", target_id=1, reasons=["real_person_consent"],
                     automated=True, data={"decision": "consent_required", "status": "consent_pending"})
        audit_record(action="bounty.screened", target_type="bounty", target_id=2, reasons=[],
                     automated=True, data={"decision": "allow", "status": "open"})
        assert transparency_report(now=T0)["real_person_requests"]["outcomes"] == {"consent_pending": 1}
        audit_record(action="consent.refuse", target_type="bounty", target_id=1, automated=False)
        real = transparency_report(now=T0)["real_person_requests"]
        assert real["outcomes"] == {"consent_refused": 1}
        assert (real["bounties_screened"], real["targeting_real_person"]) == (2, 1)
