"""The pages people use, in a real browser (Debian's Chromium through Playwright), in English and
French, on a desktop (1280 px) and a phone (390 px): my bounties / entries / contributions, profile
stats, the live countdown, the image viewer, tags that filter, the award confirmation, the site's own
404 page, and no page pushed sideways on a phone. Real services, real guard, real photos."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import Any

import pytest

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance
from bountyboard.likeness import services as likeness_services
from bountyboard.likeness.services import ReferencePhoto
from bountyboard.moderation import services as moderation_services
from bountyboard.moderation.models import QueueItem
from bountyboard.testing.factories import TEST_PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# (browser locale, viewport width): each language on each screen size.
SCREENS = [("en-GB", 1280), ("fr-FR", 390), ("fr-FR", 1280), ("en-GB", 390)]


def _page(browser: Any, base_url: str, *, locale: str, width: int, username: str | None = None) -> Any:
    context = browser.new_context(base_url=base_url, locale=locale, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)  # the first scan loads the guard's models
    if username:
        page.goto("/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", TEST_PASSWORD)
        page.click("form.card button[type=submit]")
        page.wait_for_url(f"{base_url}/")
    return page


def _no_sideways_scroll(page: Any, path: str) -> None:
    page.goto(path)
    width = page.evaluate("() => document.scrollingElement.scrollWidth")
    assert width <= 390, f"{path} is {width}px wide at 390px"


@pytest.fixture
def board(poster: User, creator: User, backer: User, open_bounty: Any, visible_entry: Any) -> dict[str, Any]:
    """A bounty with a tag, a backer and a visible entry with a sample image; and a second bounty
    with another tag, so a tag link has something to leave out."""
    bounty = open_bounty(poster, title="Red fox LoRA", tags=["fox", "watercolour"], entry_limit=1)
    open_bounty(poster, title="Harbour at dusk", tags=["harbour"], description="Flat-colour boats at dusk.")
    bounty_services.bounty_contribute(benefactor=backer, bounty_id=bounty.pk, amount=300)
    entry = visible_entry(creator, bounty)
    return {"bounty": bounty, "entry": entry}


@pytest.mark.parametrize(("locale", "width"), SCREENS)
def test_my_pages_profile_countdown_viewer_and_tags(
    browser: Any, live_server: Any, board: dict[str, Any], locale: str, width: int
) -> None:
    bounty, entry = board["bounty"], board["entry"]
    french = locale.startswith("fr")
    page = _page(browser, live_server.url, locale=locale, width=width, username="creator")

    page.goto("/me/entries/")
    assert page.locator("h1").inner_text() == ("Mon activité" if french else "My activity")
    assert page.locator(f"[data-testid=my-entries] a[href='/bounties/{bounty.pk}/#entry-{entry.pk}']").count() == 1
    page.goto("/me/contributions/")
    assert page.locator("[data-testid=my-contributions]").count() == 0  # the creator backed nothing
    backer = _page(browser, live_server.url, locale=locale, width=width, username="backer")
    backer.goto("/me/contributions/")
    assert "300" in backer.locator("[data-testid=my-contributions]").inner_text()
    poster = _page(browser, live_server.url, locale=locale, width=width, username="poster")
    poster.goto("/me/bounties/")
    assert poster.locator("[data-testid=bounty-card]").count() == 2

    # A profile shows an avatar and figures instead of "None yet".
    page.goto("/u/creator/")
    assert page.locator("[data-testid=avatar]").count() == 1
    assert page.locator("[data-testid=stat-entries]").inner_text() == "1"
    assert page.locator("[data-testid=stat-posted]").inner_text() == "0"
    poster.goto("/u/poster/")
    assert poster.locator("[data-testid=stat-posted]").inner_text() == "2"

    # The bounty page: a countdown that ticks, the entry limit reached said as a sentence, no form.
    page.goto(f"/bounties/{bounty.pk}/")
    countdown = page.locator("[data-testid=countdown]")
    first = countdown.inner_text()
    assert re.fullmatch(r"\d+ (j|days) \d\d:\d\d:\d\d", first), first
    page.wait_for_function(f"() => document.querySelector('[data-testid=countdown]').textContent !== {first!r}")
    refusal = page.locator("[data-testid=entry-refusal]").inner_text()
    assert refusal == (
        "Vous avez atteint la limite de 1 participations par personne de cette prime."
        if french
        else "You reached this bounty's limit of 1 entries per person."
    )
    assert page.locator(f"a[href='/bounties/{bounty.pk}/entries/new/']").count() == 0

    # Click a sample: the full-size viewer opens; Escape closes it.
    page.locator(f"#entry-{entry.pk} a[data-viewer]").first.click()
    viewer = page.locator("dialog[data-testid=image-viewer]")
    viewer.wait_for(state="visible")
    assert viewer.locator("img").get_attribute("src") == page.locator(f"#entry-{entry.pk} a[data-viewer]").first.get_attribute("href")
    page.keyboard.press("Escape")
    viewer.wait_for(state="hidden")

    # A tag is a link to browse filtered by that tag.
    page.locator("[data-testid=tag-link]", has_text="watercolour").click()
    page.wait_for_url(re.compile(r".*/bounties/\?tag=watercolour.*"))
    titles = page.locator("[data-testid=bounty-card] h3").all_inner_texts()
    assert titles == ["Red fox LoRA"]
    card = page.locator("[data-testid=bounty-card]").first
    assert card.locator("[data-testid=entry-thumbs] img").count() == 1  # the entry's sample on the card
    assert card.locator("[data-testid=benefactor-count]").inner_text() == ("2 bienfaiteurs" if french else "2 benefactors")
    for context_page in (page, backer, poster):
        context_page.context.close()


@pytest.mark.parametrize(("locale", "width"), [("en-GB", 1280), ("fr-FR", 390)])
def test_an_award_asks_for_confirmation_and_shows_what_was_paid(
    browser: Any, live_server: Any, board: dict[str, Any], locale: str, width: int
) -> None:
    bounty, entry = board["bounty"], board["entry"]
    french = locale.startswith("fr")
    poster = _page(browser, live_server.url, locale=locale, width=width, username="poster")
    poster.goto(f"/bounties/{bounty.pk}/")
    poster.locator(f"#entry-{entry.pk} [data-testid=award-button]").click()
    poster.wait_for_url(re.compile(rf".*/bounties/{bounty.pk}/award/\?entry_id={entry.pk}$"))
    assert "creator" in poster.locator("main").inner_text()
    assert Entry.objects.get(pk=entry.pk).awarded_total == 0  # nothing moved on the way to the question
    poster.locator("[data-testid=confirm-button]").click()
    poster.wait_for_url(f"{live_server.url}/bounties/{bounty.pk}/")
    assert Entry.objects.get(pk=entry.pk).awarded_total == 500

    backer = _page(browser, live_server.url, locale=locale, width=width, username="backer")
    backer.goto(f"/bounties/{bounty.pk}/award/?entry_id={entry.pk}")
    backer.locator("[data-testid=confirm-button]").click()
    backer.wait_for_url(f"{live_server.url}/bounties/{bounty.pk}/")
    # Awarded: the page says what was paid, not an empty pool.
    assert Bounty.objects.get(pk=bounty.pk).status == "awarded"
    paid = backer.locator("[data-testid=bounty-paid]").inner_text().replace("\u202f", "").replace("\xa0", "").replace(",", "")
    assert paid == ("800 crédits" if french else "800 credits")
    assert backer.locator("[data-testid=bounty-pool]").count() == 0
    assert wallet_balance(User.objects.get(username="creator")) == 100 + 800
    assert ledger_discrepancies() == []
    if width == 390:
        _no_sideways_scroll(backer, f"/bounties/{bounty.pk}/")


def test_the_404_page_is_the_sites_own_in_french(browser: Any, live_server: Any) -> None:
    page = _page(browser, live_server.url, locale="fr-FR", width=390)
    response = page.goto("/bounties/999999/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Cette page n’existe pas"
    assert page.locator("header.site-header a.brand").count() == 1  # in the site's layout
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 390
    english = _page(browser, live_server.url, locale="en-GB", width=1280)
    assert english.goto("/no/such/page/").status == 404
    assert english.locator("h1").inner_text() == "This page does not exist"


def _deepface_photos(identity: str) -> list[Path]:
    folder = Path(os.environ.get("BOUNTYBOARD_SHARED_DATA", "/work/shared/data")) / "faces" / "deepface"
    with (folder / "labels.csv").open(newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["identity"] == identity and row["n_faces"] == "1"]
    return [folder / row["file"] for row in rows]


@pytest.mark.models
@pytest.mark.parametrize("locale", ["en-GB", "fr-FR"])
def test_no_main_page_scrolls_sideways_on_a_phone(
    browser: Any, live_server: Any, board: dict[str, Any], locale: str
) -> None:
    bounty, entry = board["bounty"], board["entry"]
    person = make_user("lea")
    make_user("mod", role="moderator")
    photos = _deepface_photos("deepface_id00")[:3]
    likeness = likeness_services.likeness_register(
        actor=person,
        photos=[ReferencePhoto(name=p.name, data=p.read_bytes()) for p in photos],
        legal_name="Lea Moreau",
        known_names=[],
        aliases=[],
        handles=["@lea.moreau.fit"],
        on_behalf_of="",
    )
    report = moderation_services.report_create(
        reporter=person, target_type="entry", target_id=str(entry.pk), category="likeness",
        details="This entry is meant to look like me, a long sentence that must wrap on a narrow phone screen.",
    )
    item = QueueItem.objects.get(report=report)

    anonymous = _page(browser, live_server.url, locale=locale, width=390)
    for path in ("/", "/bounties/", f"/bounties/{bounty.pk}/", "/u/poster/", "/accounts/signup/",
                 "/likeness/about/", "/takedown/", "/report/", "/transparency/"):
        _no_sideways_scroll(anonymous, path)
    her = _page(browser, live_server.url, locale=locale, width=390, username="lea")
    for path in (f"/likeness/{likeness.id}/", "/likeness/consents/", "/likeness/protect/", "/me/bounties/",
                 "/me/entries/", "/me/contributions/", "/wallet/", "/notifications/", "/bounties/new/"):
        _no_sideways_scroll(her, path)
    moderator = _page(browser, live_server.url, locale=locale, width=390, username="mod")
    for path in ("/moderation/", f"/moderation/items/{item.pk}/", "/likeness/verification/"):
        _no_sideways_scroll(moderator, path)
    assert moderator.locator("[data-testid=verification]").count() == 1  # her registration waits
