"""A real browser (Debian's Chromium, headless, through Playwright) against the live server: a
moderator logs in through the login page, finds a guard review in the queue, sees the evidence
blurred, clicks to reveal it, and removes it with a statement of reasons."""

from __future__ import annotations

from typing import Any

import pytest

from bountyboard.accounts.models import Role, User
from bountyboard.audit.models import AuditEvent
from bountyboard.moderation.services import queue_screening_add
from bountyboard.moderation.tests.conftest import picture, png, screened_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-unusual-pass-93"


def _filter_of(page: Any, selector: str) -> str:
    return str(page.eval_on_selector(selector, "el => getComputedStyle(el).filter"))


class TestModerationInTheBrowser:
    def test_evidence_is_blurred_until_clicked_and_a_removal_is_recorded(
        self, browser: Any, live_server: Any, make_bounty: Any
    ) -> None:
        User.objects.create_user(username="moddy", email="m@example.test", password=PASSWORD, role=Role.MODERATOR)
        funded = make_bounty(image=png(picture(500)))
        flagged = screened_image(
            subject_type="bounty", subject_id=funded.bounty.pk, data=png(picture(501)), decision="review"
        )
        queue_screening_add(flagged)  # what the verdict observer does when the guard records it

        context = browser.new_context(base_url=live_server.url)
        page = context.new_page()
        page.goto("/accounts/login/")
        page.fill("#id_username", "moddy")
        page.fill("#id_password", PASSWORD)
        page.click("form.card button[type=submit]")
        page.goto("/moderation/")
        page.click("table[data-testid=queue] tr[data-item] a")

        image = "img.mod-blur"
        page.wait_for_selector(image)
        assert page.eval_on_selector(image, "el => el.naturalWidth") > 0  # the evidence view served it
        assert "blur" in _filter_of(page, image)
        page.click(image)
        assert page.is_checked("input.mod-reveal")
        # The reveal animates (a short CSS transition): wait for the end state, not a fixed time.
        page.wait_for_function("sel => getComputedStyle(document.querySelector(sel)).filter === 'none'", arg=image)

        page.check("input[name=action][value=remove]")
        page.select_option("#id_ground", "policy.likeness_without_consent")
        page.fill("#id_why", "The face matches a protected person who did not consent.")
        page.click("form.card button[type=submit]")
        page.wait_for_url(f"{live_server.url}/moderation/")
        assert "Nothing waiting" in page.content()

        flagged.refresh_from_db()
        assert flagged.decision == "block"
        event = AuditEvent.objects.get(action="moderation.decision.remove")
        assert event.actor.username == "moddy"
        context.close()
