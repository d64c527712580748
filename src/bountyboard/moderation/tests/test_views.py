"""Moderation pages through Django's test client."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.moderation import services
from bountyboard.moderation.models import QueueItem, Takedown
from bountyboard.moderation.tests.conftest import TAKEDOWN_OK, picture, png, screened_image

pytestmark = pytest.mark.django_db


class TestTakedownPage:
    def test_the_form_names_each_missing_part_and_writes_nothing(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(200)))
        response = client.post(
            "/takedown/", {"category": "ncii", "locations": f"image:{funded.image.pk}", "contact_name": "Jane"}
        )
        assert response.status_code == 400
        page = response.content.decode()
        for part in ("good_faith_statement", "signature", "contact_email", "on_behalf_of"):
            assert f'data-field="{part}"' in page
        assert Takedown.objects.count() == 0

    def test_a_complete_notice_shows_its_deadline(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(201)))
        response = client.post("/takedown/", {**TAKEDOWN_OK, "locations": f"image:{funded.image.pk}"})
        assert response.status_code == 200
        takedown = Takedown.objects.get()
        assert takedown.due_at.isoformat()[:16] in response.content.decode().replace(" ", "T")


class TestQueuePage:
    def test_members_are_refused(self, client: Client, make_user: Any) -> None:
        client.force_login(make_user())
        assert client.get("/moderation/").status_code == 403

    def test_moderators_see_evidence_blurred(self, client: Client, moderator: User, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(202)))
        flagged = screened_image(subject_type="bounty", subject_id=funded.bounty.pk, data=png(picture(203)), decision="review")
        services.queue_screening_add(flagged)  # what the verdict observer does when the guard records it
        client.force_login(moderator)
        queue = client.get("/moderation/")
        assert queue.status_code == 200
        assert "1 open, 0 past their deadline" in queue.content.decode()
        item = QueueItem.objects.get(screening_id=flagged.pk)
        detail = client.get(f"/moderation/items/{item.pk}/").content.decode()
        assert 'class="mod-blur"' in detail and "css/site.css" in detail
        # The blur rule lives in the site's stylesheet (the Content-Security-Policy allows no inline style).
        from django.contrib.staticfiles import finders

        stylesheet = finders.find("css/site.css")
        assert stylesheet is not None and ".mod-blur { filter: blur(" in open(stylesheet).read()
        assert "protected_person_unverified" in detail
        image = client.get(f"/moderation/evidence/{flagged.pk}/")
        assert image.status_code == 200 and image.content[:8] == b"\x89PNG\r\n\x1a\n"

    def test_a_member_cannot_fetch_evidence(self, client: Client, make_user: Any, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(204)))
        client.force_login(make_user())
        assert client.get(f"/moderation/evidence/{funded.image.pk}/").status_code == 403

    def test_a_decision_without_reasons_is_refused_on_the_page(
        self, client: Client, moderator: User, make_bounty: Any
    ) -> None:
        funded = make_bounty(image=png(picture(205)))
        report = services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam")
        item = QueueItem.objects.get(report=report)
        client.force_login(moderator)
        response = client.post(f"/moderation/items/{item.pk}/", {"action": "remove", "ground": "policy.spam", "why": ""})
        assert response.status_code == 400 and "why" in response.content.decode()
        item.refresh_from_db()
        assert item.status == "open"


class TestTransparencyPage:
    def test_public_page_has_inline_svg_charts_and_no_external_assets(self, client: Client, make_bounty: Any) -> None:
        funded = make_bounty(image=png(picture(206)))
        services.report_create(reporter=None, target_type="bounty", target_id=funded.bounty.pk, category="spam")
        response = client.get("/transparency/")
        page = response.content.decode()
        assert response.status_code == 200
        assert page.count("<svg") >= 3 and "spam · anonymous_report" in page
        assert "http://" not in page and "https://" not in page  # no CDN
        csv_response = client.get("/transparency/?format=csv")
        assert csv_response["Content-Type"].startswith("text/csv")


class TestDecisionPage:
    def test_the_owner_reads_the_statement_and_appeals_others_do_not_see_it(
        self, client: Client, moderator: User, make_user: Any, make_bounty: Any
    ) -> None:
        funded = make_bounty(image=png(picture(210)))
        report = services.report_create(reporter=None, target_type="image", target_id=funded.image.pk, category="ip")
        decision = services.queue_decide(
            item_id=QueueItem.objects.get(report=report).pk, moderator=moderator, action="remove",
            why="Copied from a photographer's portfolio.", ground="law.copyright",
        )
        url = f"/moderation/decisions/{decision.pk}/"
        client.force_login(make_user())
        assert client.get(url).status_code == 404
        client.force_login(funded.bounty.poster)
        page = client.get(url).content.decode()
        assert "Copied from a photographer" in page and "Copyright" in page and "decided by a moderator" in page
        refused = client.post(url, {"statement": "no"})
        assert refused.status_code == 400 and QueueItem.objects.filter(kind="appeal").count() == 0
        done = client.post(url, {"statement": "I hold a licence from the photographer; invoice attached."})
        assert done.status_code == 200 and "Your appeal" in done.content.decode()
        assert QueueItem.objects.get(kind="appeal").appeal_of == decision
