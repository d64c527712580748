"""A real browser (Debian's Chromium, headless, through Playwright) against the live server: Lea
protects her likeness with real photos through the form, a moderator verifies it, a bounty naming her
waits for her consent, she refuses on her consent page, and the poster's stake comes back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bountyboard.bounties.models import BountyStatus
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance
from bountyboard.likeness import services
from bountyboard.likeness.models import ConsentRequest, ConsentStatus, ProtectedLikeness
from bountyboard.likeness.tests.conftest import bounty_published, funded_user
from bountyboard.testing.factories import TEST_PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.models, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
# Set BOUNTYBOARD_SCREENSHOTS=<dir> to keep a picture of each page (for the docs).
SCREENSHOTS = os.environ.get("BOUNTYBOARD_SCREENSHOTS")


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop runs in this thread
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _logged_in(browser: Any, base_url: str, username: str) -> Any:
    page = browser.new_context(base_url=base_url).new_page()
    page.set_default_timeout(60_000)  # the first scan loads the guard's models
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", TEST_PASSWORD)
    page.click("form.card button[type=submit]")
    page.wait_for_url(f"{base_url}/")
    return page


def _shot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


def test_she_protects_her_likeness_and_refuses_a_bounty_in_the_browser(
    browser: Any, live_server: Any, her_photos: list[Path], shared_data: Path
) -> None:
    make_user("lea")
    moderator = make_user("mod", role="moderator")
    page = _logged_in(browser, live_server.url, "lea")

    page.goto("/likeness/protect/")
    page.fill("input[name=name]", "Lea Moreau")
    page.fill("input[name=handles]", "@lea.moreau.fit")
    page.set_input_files("input[name=photos]", [str(p) for p in her_photos[:3]])
    _shot(page, "likeness-protect")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("text=3 face embeddings kept")
    likeness = ProtectedLikeness.objects.get()
    services.likeness_verify(moderator=moderator, likeness=likeness, basis="passport on a video call")

    poster = funded_user("poster")
    bounty = bounty_published(shared_data, poster=poster, title="LoRA of Lea Moreau", description="portrait")
    assert bounty.status == BountyStatus.CONSENT_PENDING
    services.consent_requests_open(bounty_id=bounty.pk)

    page.goto("/likeness/consents/")
    page.wait_for_selector("text=LoRA of Lea Moreau")
    _shot(page, "likeness-consents")
    page.click("form[action$='/refuse/'] button")
    page.wait_for_selector("text=Refused. The bounty is rejected")

    consent = ConsentRequest.objects.get()
    bounty.refresh_from_db()
    assert consent.status == ConsentStatus.REFUSED and bounty.status == BountyStatus.REJECTED
    assert wallet_balance(poster) == 1000 and ledger_discrepancies() == []

    page.goto(f"/likeness/{likeness.id}/")
    page.wait_for_selector(f"text=Text of Bounty {bounty.pk}")
    _shot(page, "likeness-dashboard")
