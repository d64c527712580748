"""The consent-first journeys through the pages, in a real browser (Debian's Chromium through
Playwright), in English and French, at 1280 and 390 px: Lea protects her likeness with real photos,
a moderator verifies her, two bounties naming her reach her at once (no periodic sweep), she grants
one and refuses the other, and the poster is refused nothing but refunded the second prize; a bounty
naming someone who is not registered is explained before publishing, comes with an invitation link,
and is refunded after its bounded wait; a takedown filed with a link without its trailing slash; a
benefactor raises their stake."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance
from bountyboard.likeness import services as likeness_services
from bountyboard.likeness.models import ConsentRequest, ConsentStatus, LikenessStatus, ProtectedLikeness
from bountyboard.likeness.tests.conftest import funded_user, neutral_image
from bountyboard.moderation.models import Takedown
from bountyboard.testing.factories import TEST_PASSWORD, make_user
from bountyboard.testing.uploads import landscape_png

pytestmark = [pytest.mark.browser, pytest.mark.models, pytest.mark.django_db(transaction=True)]


def _page(browser: Any, base_url: str, *, locale: str, width: int, username: str | None = None) -> Any:
    context = browser.new_context(base_url=base_url, locale=locale, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(120_000)  # the face models load on first use
    if username:
        page.goto("/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", TEST_PASSWORD)
        page.click("form.card button[type=submit]")
        page.wait_for_url(f"{base_url}/")
    return page


def _fits_a_phone(page: Any, width: int) -> None:
    if width == 390:
        scroll = page.evaluate("() => document.scrollingElement.scrollWidth")
        assert scroll <= 390, f"{page.url} is {scroll}px wide"


def _draft(shared_data: Path, poster: User, *, title: str, description: str) -> Bounty:
    bounty = bounty_services.bounty_create(
        poster=poster, title=title, description=description, type="lora", prize=200,
        expires_at=timezone.now() + dt.timedelta(days=14), rights_statement="I took the reference photo myself.",
    )
    bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=neutral_image(shared_data), filename="dogs.jpg")
    return bounty


def _publish_through_the_page(page: Any, bounty: Bounty, base_url: str) -> str:
    """Open the publish page, return what the guard's check says, publish."""
    page.goto(f"/bounties/{bounty.pk}/publish/")
    check = page.locator("[data-testid=bounty-check]").inner_text()
    page.locator("[data-testid=confirm-button]").click()
    page.wait_for_url(f"{base_url}/bounties/{bounty.pk}/")
    return str(check)


@pytest.mark.parametrize(("locale", "width"), [("en-GB", 1280), ("fr-FR", 390)])
def test_she_registers_is_verified_grants_one_bounty_and_refuses_another(
    browser: Any, live_server: Any, her_photos: list[Path], shared_data: Path, locale: str, width: int
) -> None:
    base = live_server.url
    french = locale.startswith("fr")
    make_user("lea")
    make_user("mod", role="moderator")
    poster = funded_user("poster")

    # She protects her likeness with three real photos; the form shows its progress while it works.
    her = _page(browser, base, locale=locale, width=width, username="lea")
    her.goto("/likeness/protect/")
    _fits_a_phone(her, width)
    her.fill("#id_name", "Lea Moreau")
    her.fill("#id_handles", "@lea.moreau.fit")
    her.set_input_files("#id_photos", [str(p) for p in her_photos[:3]])
    # What the form shows while the request runs, noted where it survives the page change.
    her.evaluate("""() => document.querySelector('form[data-busy]').addEventListener('submit', () => setTimeout(() =>
        sessionStorage.setItem('busy', getComputedStyle(document.querySelector('[data-testid=busy]')).display + ' '
        + document.querySelector('form[data-busy] button[type=submit]').disabled), 50))""")
    her.click("form.card button[type=submit]")
    her.wait_for_url(re.compile(r".*/likeness/[0-9a-f-]+/$"))
    assert her.evaluate("() => sessionStorage.getItem('busy')") == "block true"  # progress shown, sent once
    likeness = ProtectedLikeness.objects.get()
    assert her.locator("[data-testid=likeness-status]").inner_text() == ("Pas encore vérifié" if french else "Not verified yet")

    # A moderator verifies her on the verification page.
    moderator = _page(browser, base, locale=locale, width=width, username="mod")
    moderator.goto("/likeness/verification/")
    _fits_a_phone(moderator, width)
    moderator.fill("[data-testid=verification] input[name=basis]", "Passport checked on a video call")
    moderator.click("[data-testid=verification] button[value=verify]")
    moderator.wait_for_url(f"{base}/likeness/verification/")
    likeness.refresh_from_db()
    assert likeness.status == LikenessStatus.VERIFIED

    # Two bounties name her; the poster reads the guard's check before paying, then publishes.
    poster_page = _page(browser, base, locale=locale, width=width, username="poster")
    knight = _draft(shared_data, poster, title="LoRA of Lea Moreau", description="Lea Moreau as a knight.")
    pilot = _draft(shared_data, poster, title="Lea Moreau as a pilot", description="A portrait of Lea Moreau flying a plane.")
    for bounty in (knight, pilot):
        check = _publish_through_the_page(poster_page, bounty, base)
        assert ("enregistré(e) et vérifié(e)" if french else "registered and verified") in check
    assert {b.status for b in Bounty.objects.filter(pk__in=[knight.pk, pilot.pk])} == {BountyStatus.CONSENT_PENDING}
    assert wallet_balance(poster) == 1000 - 400

    # Both requests are on her page at once (no sweep ran); she grants one and refuses the other.
    her.goto("/likeness/consents/")
    _fits_a_phone(her, width)
    assert her.locator("[data-testid=consent-request]").count() == 2
    her.locator("[data-testid=consent-request]", has_text="LoRA of Lea Moreau").locator("[data-testid=consent-grant]").click()
    her.wait_for_url(f"{base}/likeness/consents/")
    her.locator("[data-testid=consent-request]", has_text="Lea Moreau as a pilot").locator("[data-testid=consent-refuse]").click()
    her.wait_for_url(f"{base}/likeness/consents/")
    statuses = her.locator("[data-testid=consent-status]").all_inner_texts()
    assert sorted(statuses) == sorted(["Accordé", "Refusé"] if french else ["Granted", "Refused"])
    assert {c.status for c in ConsentRequest.objects.all()} == {ConsentStatus.GRANTED, ConsentStatus.REFUSED}
    knight.refresh_from_db()
    pilot.refresh_from_db()
    assert (knight.status, pilot.status) == (BountyStatus.OPEN, BountyStatus.REJECTED)

    # The refused bounty's prize came back; the wallet page says so in words.
    assert wallet_balance(poster) == 1000 - 200
    poster_page.goto("/wallet/")
    _fits_a_phone(poster_page, width)
    refund = f"Remboursement de la prime {pilot.pk}" if french else f"Refund from bounty {pilot.pk}"
    assert poster_page.locator("td", has_text=refund).count() == 1
    her.goto(f"/likeness/{likeness.id}/")
    _fits_a_phone(her, width)
    assert ledger_discrepancies() == []


@pytest.mark.parametrize(("locale", "width"), [("fr-FR", 1280), ("en-GB", 390)])
def test_a_bounty_naming_someone_unregistered_is_explained_invites_and_refunds(
    browser: Any, live_server: Any, shared_data: Path, locale: str, width: int
) -> None:
    base = live_server.url
    french = locale.startswith("fr")
    poster = funded_user("poster")
    bounty = _draft(shared_data, poster, title="Emma Watson LoRA",
                    description="A LoRA of Emma Watson dressed as a medieval knight.")
    page = _page(browser, base, locale=locale, width=width, username="poster")
    page.goto(f"/bounties/{bounty.pk}/publish/")
    _fits_a_phone(page, width)
    check = page.locator("[data-testid=bounty-check]").inner_text()
    assert ("n’est pas enregistré(e) ici" if french else "is not registered here") in check
    invite = page.locator("[data-testid=invite-link]").input_value()
    assert invite.endswith(f"/likeness/about/?bounty={bounty.pk}")
    assert wallet_balance(poster) == 1000  # nothing charged by looking

    # The person follows the invitation: how to register, be verified and answer.
    stranger = _page(browser, base, locale=locale, width=width)
    stranger.goto("/" + invite.split("/", 3)[3])  # the link names the configured site; this one runs elsewhere
    assert stranger.locator("[data-testid=invitation]").count() == 1
    _fits_a_phone(stranger, width)

    page.locator("[data-testid=confirm-button]").click()
    page.wait_for_url(f"{base}/bounties/{bounty.pk}/")
    bounty.refresh_from_db()
    assert bounty.status == BountyStatus.CONSENT_PENDING and bounty.consent_deadline is not None
    assert wallet_balance(poster) == 800  # held only for the bounded wait, whose date was shown

    assert likeness_services.consents_expire_overdue(now=bounty.consent_deadline + dt.timedelta(minutes=1)) == 1
    bounty.refresh_from_db()
    assert bounty.status == BountyStatus.REJECTED and wallet_balance(poster) == 1000
    page.goto(f"/bounties/{bounty.pk}/")
    assert page.locator("[data-testid=bounty-status]").inner_text() == ("Refusée" if french else "Rejected")
    assert ledger_discrepancies() == []


@pytest.mark.parametrize(("locale", "width"), [("en-GB", 390), ("fr-FR", 1280)])
def test_a_takedown_names_a_page_without_its_trailing_slash(
    browser: Any, live_server: Any, shared_data: Path, locale: str, width: int
) -> None:
    poster = funded_user("poster")
    bounty = _draft(shared_data, poster, title="Harbour at dusk", description="Flat-colour boats at dusk.")
    bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    page = _page(browser, live_server.url, locale=locale, width=width)
    page.goto("/takedown/")
    _fits_a_phone(page, width)
    page.select_option("#id_category", "likeness")
    page.fill("#id_locations", f"{live_server.url}/bounties/{bounty.pk}")  # no trailing slash
    page.fill("#id_good_faith_statement", "This bounty asks for my likeness and I never agreed to it.")
    page.fill("#id_on_behalf_of", "myself")
    page.fill("#id_contact_name", "Alex Example")
    page.fill("#id_contact_email", "alex@example.test")
    page.fill("#id_signature", "Alex Example")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    takedown = Takedown.objects.get()
    assert [(loc["target_type"], str(loc["target_id"])) for loc in takedown.locations] == [("bounty", str(bounty.pk))]
    assert page.locator("h1").inner_text() == (
        "Votre demande de retrait a bien été reçue" if locale.startswith("fr") else "Your takedown request was received"
    )
    _fits_a_phone(page, width)


@pytest.mark.parametrize(("locale", "width"), [("fr-FR", 390), ("en-GB", 1280)])
def test_a_benefactor_raises_their_stake(browser: Any, live_server: Any, locale: str, width: int) -> None:
    poster = funded_user("poster")
    backer = funded_user("backer")
    bounty = bounty_services.bounty_create(
        poster=poster, title="Quiet harbour LoRA", description="Flat-colour harbour scenes at dusk.", type="lora",
        prize=200, expires_at=timezone.now() + dt.timedelta(days=10), rights_statement="I drew the reference myself.",
        max_contribution=500,
    )
    bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(5), filename="r.png")
    bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    bounty_services.bounty_contribute(benefactor=backer, bounty_id=bounty.pk, amount=100)

    page = _page(browser, live_server.url, locale=locale, width=width, username="backer")
    page.goto(f"/bounties/{bounty.pk}/")
    _fits_a_phone(page, width)
    page.fill("[data-testid=raise-form] input[name=amount]", "150")
    page.click("[data-testid=raise-form] button[type=submit]")
    page.wait_for_url(f"{live_server.url}/bounties/{bounty.pk}/")
    bounty.refresh_from_db()
    assert bounty.pool == 200 + 250 and wallet_balance(backer) == 1000 - 250

    # Above the maximum per benefactor: refused with the room left, nothing moves.
    page.fill("[data-testid=raise-form] input[name=amount]", "400")
    page.click("[data-testid=raise-form] button[type=submit]")
    page.wait_for_load_state()
    refusal = page.locator("[data-testid=action-error]").inner_text()
    assert "250" in refusal and ("au plus" if locale.startswith("fr") else "at most") in refusal
    bounty.refresh_from_db()
    assert bounty.pool == 450 and wallet_balance(backer) == 750
    page.goto("/wallet/")
    raised = f"Mise augmentée sur la prime {bounty.pk}" if locale.startswith("fr") else f"Stake raised on bounty {bounty.pk}"
    assert page.locator("td", has_text=raised).count() == 1
    assert ledger_discrepancies() == []
