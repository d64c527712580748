"""Moderation reads: locating content from what a requester typed, and the transparency figures."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.utils import timezone

from bountyboard.audit.services import audit_record
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import BountyImage
from bountyboard.moderation.content import content_resolve
from bountyboard.moderation.selectors import (
    REAL_PERSON_OUTCOME_LABELS,
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
        "given",
        [
            "/bounties/7",
            "/bounties/7/",
            "https://board.example/bounties/7",
            "http://board.example/bounties/7/",
            "https://board.example/bounties/7/?sort=new&page=2",
            "https://board.example:443/bounties/7?x=1#comments",
            "board.example/bounties/7",
            "  HTTPS://BOARD.EXAMPLE/bounties/7  ",
        ],
    )
    def test_any_form_of_a_bounty_address(self, settings: Any, given: str) -> None:
        settings.ALLOWED_HOSTS = ["board.example"]
        location = content_location_parse(given)
        assert (location.target_type, location.target_id) == ("bounty", "7")

    def test_an_entry_anchor_on_a_bounty_page_is_that_entry(self, settings: Any) -> None:
        settings.ALLOWED_HOSTS = ["board.example"]
        location = content_location_parse("https://board.example/bounties/7#entry-31")
        assert (location.target_type, location.target_id) == ("entry", "31")

    def test_a_media_link_without_its_trailing_slash(self, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(301)))
        image = BountyImage.objects.get(bounty=funded.bounty)
        location = content_location_parse(f"/media/bounties/{funded.bounty.pk}/images/{image.pk}?download=1")
        assert (location.target_type, location.target_id) == ("image", str(funded.image.pk))

    def test_a_bounty_reference_file_link_is_addressed_by_its_screening_row(self, make_user: Any) -> None:
        poster = make_user(credits=1000)
        draft = bounty_services.bounty_create(
            poster=poster, title="Castle LoRA", type="lora", prize=100,
            expires_at=timezone.now() + dt.timedelta(days=7), rights_statement="Mine.",
        )
        added = bounty_services.bounty_file_add(
            actor=poster, bounty_id=draft.pk, data=b"castle, stone, towers\n", filename="captions.txt"
        )
        location = content_location_parse(f"http://testserver/media/bounties/{draft.pk}/files/{added.pk}")
        assert (location.target_type, location.target_id) == ("file", str(added.screening_id))
        content = content_resolve(location.target_type, location.target_id)
        assert content.owner == poster and content.bounty is not None and content.bounty.pk == draft.pk

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

    def test_a_person_who_is_not_registered_is_counted_as_users_are_told(self) -> None:
        # The poster reads "waiting for consent until <date>", then "rejected ... did not register".
        audit_record(action="bounty.screened", target_type="bounty", target_id=3, reasons=["real_person_consent"],
                     automated=True, data={"decision": "consent_required", "status": "consent_pending"})
        audit_record(action="consent.unreachable", target_type="bounty", target_id=3, automated=True,
                     reasons=["consent_unregistered_person"])
        outcomes = transparency_report(now=T0)["real_person_requests"]["outcomes"]
        assert outcomes == {"consent_pending": 1}
        assert str(REAL_PERSON_OUTCOME_LABELS["consent_pending"]) == "Waiting for consent"
        audit_record(action="consent.unreachable_expire", target_type="bounty", target_id=3, automated=True,
                     reasons=["consent_person_not_registered"])
        outcomes = transparency_report(now=T0)["real_person_requests"]["outcomes"]
        assert outcomes == {"rejected_person_not_registered": 1}
        assert set(outcomes) <= set(REAL_PERSON_OUTCOME_LABELS)
