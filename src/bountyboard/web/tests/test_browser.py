"""A real browser (Debian's Chromium, headless, through Playwright) against the live server: three
people sign up, one posts a bounty with an image, one backs it, one enters, the backers award, and
the balances add up. Everything goes through the pages and the real services and guard."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance
from bountyboard.ledger.services import credits_grant
from bountyboard.testing.uploads import landscape_png, safetensors_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-unusual-pass-93"


def sign_up(browser: Any, base_url: str, username: str) -> Any:
    """A fresh browser context (own cookies) signing up through the form, adult box ticked."""
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    page.set_default_timeout(60_000)  # the first scan loads the guard's models
    page.goto("/accounts/signup/")
    page.fill("#id_username", username)
    page.fill("#id_email", f"{username}@example.test")
    page.fill("#id_password", PASSWORD)
    page.check("#id_adult")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("text=Check your email")
    # Posting, backing and entering need a confirmed address: open the mailed link, then log in.
    body = next(m.body for m in reversed(mail.outbox) if m.to == [f"{username}@example.test"])
    link = re.search(r"(/accounts/verify/\S+/)", body)
    assert link is not None
    page.goto(link.group(1))
    page.wait_for_selector("text=Email confirmed")
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form.card button[type=submit]")
    page.wait_for_url(f"{base_url}/")
    assert page.locator(f"a[href='/u/{username}/']").count() == 1
    return page


def grant(username: str, amount: int) -> None:
    # Credits come from the operator (`bountyboard credits grant`); there is no page for minting.
    credits_grant(
        admin_or_none=None, user=User.objects.get(username=username), amount=amount,
        idempotency_key=f"browser-test:{username}",
    )


def header_balance(page: Any) -> int:
    return int(page.locator("[data-testid=header-balance]").inner_text())


def test_post_back_enter_award_in_a_real_browser(browser: Any, live_server: Any) -> None:
    base = live_server.url
    poster = sign_up(browser, base, "ada_poster")
    grant("ada_poster", 2000)

    # Post a bounty with a reference image, then publish it (escrowing the prize).
    poster.goto("/bounties/new/")
    poster.fill("#id_title", "Quiet harbour at dusk LoRA")
    poster.fill("#id_description", "Flat-colour harbour scenes at dusk: boats, still water, a low sun.")
    poster.select_option("#id_type", "lora")
    poster.fill("#id_base_model", "SDXL 1.0")
    poster.fill("#id_tags", "harbour, dusk")
    poster.fill("#id_prize", "600")
    poster.fill("#id_expires_at", (timezone.now() + dt.timedelta(days=10)).strftime("%Y-%m-%dT%H:%M"))
    poster.fill("#id_min_contribution", "50")
    poster.fill("#id_rights_statement", "I drew the reference myself; no real person is depicted.")
    poster.set_input_files("#id_reference_image", {"name": "harbour.png", "mimeType": "image/png", "buffer": landscape_png(5)})
    poster.click("form.card button[type=submit]")
    poster.wait_for_url(re.compile(r".*/bounties/\d+/edit/$"))
    bounty = Bounty.objects.get(title="Quiet harbour at dusk LoRA")
    assert bounty.status == "draft" and bounty.images.count() == 1

    poster.goto(f"/bounties/{bounty.pk}/publish/")
    poster.click("main form.actions button[type=submit]")
    poster.wait_for_url(f"{base}/bounties/{bounty.pk}/")
    assert poster.locator("[data-testid=bounty-status]").inner_text() == "Open"
    assert header_balance(poster) == 1400
    assert poster.locator(f"img[src^='/media/bounties/{bounty.pk}/images/']").count() == 1

    # A second person finds it by search and backs it.
    backer = sign_up(browser, base, "bo_backer")
    grant("bo_backer", 1000)
    backer.goto("/bounties/?q=harbour")
    backer.click("text=Quiet harbour at dusk LoRA")
    backer.fill("#id_amount", "300")
    backer.click("text=Add to the pool")
    backer.wait_for_url(f"{base}/bounties/{bounty.pk}/")
    assert backer.locator("[data-testid=bounty-pool]").inner_text().replace("\u202f", "").replace(",", "") == "900 credits"
    assert header_balance(backer) == 700

    # A third person enters with a sample image and a model file.
    creator = sign_up(browser, base, "cy_creator")
    creator.goto(f"/bounties/{bounty.pk}/")
    creator.click("text=Submit an entry")
    creator.fill("#id_description", "Trained on 30 of my own harbour drawings.")
    creator.set_input_files(
        "#id_images",
        [
            {"name": "sample-1.png", "mimeType": "image/png", "buffer": landscape_png(70)},
            {"name": "sample-2.png", "mimeType": "image/png", "buffer": landscape_png(71)},
        ],
    )
    creator.set_input_files(
        "#id_deliverables", {"name": "harbour.safetensors", "mimeType": "application/octet-stream", "buffer": safetensors_bytes()}
    )
    creator.click("form.card button[type=submit]")
    creator.wait_for_url(f"{base}/bounties/{bounty.pk}/")
    entry = Entry.objects.get(bounty=bounty)
    assert entry.status == "visible", entry.reasons
    assert creator.locator(f"#entry-{entry.pk} img").count() == 2

    # Both benefactors award the entry; the bounty is then fully awarded.
    for page in (poster, backer):
        page.goto(f"/bounties/{bounty.pk}/")
        page.locator(f"#entry-{entry.pk} [data-testid=award-button]").click()
        page.wait_for_url(f"{base}/bounties/{bounty.pk}/")
    poster.goto(f"/bounties/{bounty.pk}/")
    assert poster.locator("[data-testid=bounty-status]").inner_text() == "Awarded"

    # The poster can now download the deliverable; the wallet pages show the money where it went.
    with poster.expect_download() as download_info:
        poster.locator(f"#entry-{entry.pk} a[download]").click()
    assert download_info.value.suggested_filename == "harbour.safetensors"

    creator.goto("/wallet/")
    assert creator.locator("[data-testid=wallet-balance]").inner_text() == "900"
    poster.goto("/wallet/")
    assert poster.locator("[data-testid=wallet-balance]").inner_text() == "1400"
    assert wallet_balance(User.objects.get(username="cy_creator")) == 900
    assert wallet_balance(User.objects.get(username="bo_backer")) == 700
    assert wallet_balance(User.objects.get(username="ada_poster")) == 1400
    bounty.refresh_from_db()
    assert bounty.pool == 0 and bounty.status == "awarded"
    assert ledger_discrepancies() == []


def test_browse_filters_update_the_list_in_place_with_htmx(browser: Any, live_server: Any) -> None:
    from bountyboard.bounties import services as bounty_services
    from bountyboard.testing.factories import make_user

    poster = make_user("htmx_poster")
    credits_grant(admin_or_none=None, user=poster, amount=2000, idempotency_key="browser-test:htmx")
    for title, description in (
        ("Boxy robot mascot", "An embedding for a friendly boxy robot with amber eyes."),
        ("Pastel circles style", "Soft translucent circles on pastel gradients."),
    ):
        bounty = bounty_services.bounty_create(
            poster=poster, title=title, description=description, type="lora", prize=300,
            expires_at=timezone.now() + dt.timedelta(days=5), rights_statement="Drawn by me.",
        )
        bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=landscape_png(bounty.pk), filename="r.png")
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)

    page = browser.new_context(base_url=live_server.url).new_page()
    page.goto("/bounties/")
    page.wait_for_function("() => window.htmx !== undefined")  # the vendored htmx loaded from our static files
    assert page.locator("[data-testid=bounty-card]").count() == 2
    page.evaluate("() => { window.notReloaded = true; }")
    page.fill("#id_q", "robot")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=bounty-card]').length === 1")
    assert page.locator("[data-testid=bounty-card] h3").inner_text() == "Boxy robot mascot"
    assert page.evaluate("() => window.notReloaded") is True  # swapped in place, not a page load
    assert "q=robot" in page.url  # hx-push-url keeps the filter shareable
