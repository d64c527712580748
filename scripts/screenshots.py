"""Screenshots of the main pages for the README (docs/screenshots/*.png).

Builds a throwaway site (its own var dir), seeds the demo, starts `bountyboard serve` on a free port,
and drives Debian's Chromium headless through Playwright (the same setup as the browser test).
The likeness and takedown walkthrough (docs/walkthrough.md) is played on the same site: a person
registers with real photos from /work/shared/data/faces (upload input only: the site never stores
or shows them), a moderator verifies, a bounty naming the person waits for consent, and a takedown
of a drawn demo image is overdue in the queue. No third-party photo appears in any screenshot.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DEMO_LOGINS = {
    "demo_poster": "lantern-cobalt-meadow-41",
    "demo_creator": "harbour-quartz-violet-17",
    # Created by this script only, on its throwaway site.
    "demo_person": "juniper-ledger-saffron-58",
    "demo_moderator": "copper-atlas-willow-24",
}
FACES = Path(os.environ.get("BOUNTYBOARD_SHARED_DATA", "/work/shared/data")) / "faces"
NOT_A_FACE = FACES / "negatives" / "dogs.jpg"
# A development identity of the shared deepface photos under an invented name; the example photos of
# ageitgey/face_recognition are reserved for the owner's evaluation and appear nowhere.
PERSON_IDENTITY = "deepface_id00"
PERSON_NAME = "Lea Moreau"
PERSON_KNOWN_NAMES = "Léa Moreau"
PERSON_HANDLE = "@lea.moreau.fit"
CONSENT_BOUNTY_TITLE = "LoRA of Lea Moreau giving a speech"


def person_photos() -> list[Path]:
    """The first three single-face photos of the development identity, in labels.csv order."""
    with (FACES / "deepface" / "labels.csv").open(newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["identity"] == PERSON_IDENTITY and r["n_faces"] == "1"]
    return [FACES / "deepface" / row["file"] for row in rows[:3]]


def screenshot_save(page: Any, path: Path) -> Path:
    """A full-page screenshot once every image has loaded: the cards' images are lazy, and a busy
    machine would otherwise photograph their empty frames."""
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })")
    # evaluate, not wait_for_function: the site's CSP forbids the string eval the latter polls with.
    page.evaluate(
        "() => Promise.all(Array.from(document.images).filter(img => !img.complete)"
        ".map(img => new Promise(done => { img.onload = done; img.onerror = done; })))"
    )
    page.screenshot(path=str(path), full_page=True)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer on {url}")


def log_in(page, base: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_LOGINS[username])
    page.click("form.card button[type=submit]")
    page.wait_for_url(f"{base}/")


def shoot(browser, base: str, out: Path, bounty_path: str) -> list[Path]:  # type: ignore[no-untyped-def]
    taken: list[Path] = []

    def save(page, name: str) -> None:  # type: ignore[no-untyped-def]
        taken.append(screenshot_save(page, out / f"{name}.png"))

    anonymous = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    page = anonymous.new_page()
    page.goto(f"{base}/")
    save(page, "home")
    page.goto(f"{base}/bounties/?sort=prize")
    save(page, "browse")
    page.goto(f"{base}{bounty_path}")
    save(page, "bounty")
    page.goto(f"{base}/accounts/signup/")
    save(page, "signup")
    anonymous.close()

    poster = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    page = poster.new_page()
    log_in(page, base, "demo_poster")
    page.goto(f"{base}{bounty_path}")
    save(page, "bounty-as-poster")
    page.goto(f"{base}/bounties/new/")
    save(page, "create-bounty")
    page.goto(f"{base}/wallet/")
    save(page, "wallet")
    page.goto(f"{base}/notifications/")
    save(page, "notifications")
    page.goto(f"{base}/me/bounties/")
    save(page, "my-bounties")
    page.goto(f"{base}/u/demo_poster/")
    save(page, "profile")
    award = page.locator("[data-testid=award-button]")
    page.goto(f"{base}{bounty_path}")
    if award.count():
        award.first.click()
        page.wait_for_load_state()
        save(page, "award-confirm")
    poster.close()

    french = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")
    page = french.new_page()
    page.goto(f"{base}/bounties/")
    save(page, "browse-fr")
    page.goto(f"{base}/no/such/page/")
    save(page, "not-found-fr")
    french.close()

    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, locale="en-GB")
    page = phone.new_page()
    page.goto(f"{base}{bounty_path}")
    save(page, "bounty-mobile")
    page.goto(f"{base}/transparency/")
    save(page, "transparency-mobile")
    phone.close()
    return taken


def stage_accounts() -> dict[str, object]:
    """In the site's own database: the person who protects a likeness and a moderator."""
    from bountyboard.accounts import selectors as account_selectors
    from bountyboard.accounts import services as account_services

    for username in ("demo_person", "demo_moderator"):
        if account_selectors.user_by_username(username) is None:
            account_services.user_signup(
                username=username, email=f"{username}@example.invalid", password=DEMO_LOGINS[username], adult=True
            )
        user = account_selectors.user_by_username(username)
        if user is not None and user.email_verified_at is None:
            # The link the site mails, opened: posting and protecting need a verified address.
            account_services.email_verify(token=account_services.email_verification_send(user=user))
    moderator = account_selectors.user_by_username("demo_moderator")
    account_services.user_set_role(user=moderator, role="moderator", actor=None)
    return {}


def stage_scene() -> dict[str, object]:
    """After the person is verified: a bounty naming them (waits for their consent) and an overdue
    takedown of a drawn demo entry image (so the queue shows no third-party photo)."""
    from django.utils import timezone

    from bountyboard.accounts import selectors as account_selectors
    from bountyboard.bounties import services as bounty_services
    from bountyboard.bounties.models import Bounty, EntryImage
    from bountyboard.moderation import services as moderation_services
    from bountyboard.moderation.models import QueueItem
    from bountyboard.web import demo_art
    from bountyboard.web.management.commands.demo import demo_safetensors

    poster = account_selectors.user_by_username("demo_poster")
    bounty = Bounty.objects.filter(title=CONSENT_BOUNTY_TITLE).first()
    if bounty is None:
        bounty = bounty_services.bounty_create(
            poster=poster,
            title=CONSENT_BOUNTY_TITLE,
            description=f"A LoRA of {PERSON_NAME} giving a speech at a podium, documentary style.",
            type="lora",
            base_model="SDXL 1.0",
            tags=["portrait", "speech"],
            prize=300,
            expires_at=timezone.now() + dt.timedelta(days=30),
            rights_statement="The reference is a procedural drawing made for this demo.",
        )
        bounty_services.bounty_image_add(
            actor=poster, bounty_id=bounty.pk, data=demo_art.DRAWINGS["style"](5), filename="podium-style.png"
        )
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
    bounty.refresh_from_db()

    image = EntryImage.objects.order_by("pk").first()
    if image is None:
        # The demo entry only exists when its bounty opened; enter any open bounty with a drawing instead.
        target = Bounty.objects.filter(status="open").order_by("pk").first()
        if target is None:
            raise SystemExit("no open bounty to enter; did the demo seed run?")
        bounty_services.entry_submit(
            entrant=account_selectors.user_by_username("demo_creator"),
            bounty_id=target.pk,
            description="Samples from my own training run.",
            images=[("sample-1.png", demo_art.DRAWINGS["pattern"](104))],
            files=[("sample.safetensors", demo_safetensors(title="Samples"))],
        )
        image = EntryImage.objects.order_by("pk").first()
        if image is None:
            raise SystemExit("the entry image was not stored")
    location = f"/media/entries/{image.entry_id}/images/{image.pk}/"
    item = QueueItem.objects.filter(kind="takedown").order_by("pk").first()
    if item is None:
        # Received 50 hours ago: past the 48-hour clock, so it tops the queue and counts as late.
        takedown = moderation_services.takedown_create(
            category="ncii",
            locations=[location],
            good_faith_statement="This image shows me and I never agreed to it being shared.",
            signature="Alex Example",
            contact_name="Alex Example",
            contact_email="alex@example.invalid",
            on_behalf_of="myself",
            now=timezone.now() - dt.timedelta(hours=50),
        )
        item = QueueItem.objects.get(takedown=takedown)
    # A report on the same drawn image: its queue item carries the screened image, shown blurred.
    reported = QueueItem.objects.filter(kind="report").order_by("pk").first()
    if reported is None:
        report = moderation_services.report_create(
            reporter=account_selectors.user_by_username("demo_person"),
            target_type="image",
            target_id=image.screening_id,
            category="likeness",
            details="This image is meant to look like me.",
        )
        reported = QueueItem.objects.get(report=report)
    return {
        "bounty_id": bounty.pk,
        "bounty_status": bounty.status,
        "takedown_item_id": item.pk,
        "report_item_id": reported.pk,
    }


def stage_unregistered_draft() -> dict[str, object]:
    """A draft bounty naming a real person who is not registered here (left unpublished)."""
    from django.utils import timezone

    from bountyboard.accounts import selectors as account_selectors
    from bountyboard.bounties import services as bounty_services
    from bountyboard.bounties.models import Bounty
    from bountyboard.web import demo_art

    title = "Emma Watson LoRA"
    bounty = Bounty.objects.filter(title=title).first()
    if bounty is None:
        poster = account_selectors.user_by_username("demo_poster")
        bounty = bounty_services.bounty_create(
            poster=poster, title=title, description="A LoRA of Emma Watson dressed as a medieval knight.",
            type="lora", base_model="SDXL 1.0", tags=["portrait"], prize=300,
            expires_at=timezone.now() + dt.timedelta(days=30),
            rights_statement="The reference is a procedural drawing made for this demo.",
        )
        bounty_services.bounty_image_add(
            actor=poster, bounty_id=bounty.pk, data=demo_art.DRAWINGS["style"](7), filename="knight-style.png"
        )
    return {"bounty_id": bounty.pk}


STAGES = {"accounts": stage_accounts, "scene": stage_scene, "unregistered_draft": stage_unregistered_draft}


def run_stage(name: str, env: dict[str, str]) -> dict[str, object]:
    """Run a stage in a fresh process on the throwaway site's settings; it answers in JSON."""
    done = subprocess.run(
        [sys.executable, __file__, "--stage", name], env=env, check=True, stdout=subprocess.PIPE, text=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def shoot_likeness(browser, base: str, out: Path, env: dict[str, str]) -> list[Path]:  # type: ignore[no-untyped-def]
    """The walkthrough: protect a likeness, verification, consent request, takedown, queue, transparency."""
    taken: list[Path] = []

    def save(page, name: str) -> None:  # type: ignore[no-untyped-def]
        taken.append(screenshot_save(page, out / f"{name}.png"))

    def context() -> Any:
        return browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")

    anonymous = context()
    page = anonymous.new_page()
    page.goto(f"{base}/likeness/about/")
    save(page, "likeness-about")
    page.goto(f"{base}/takedown/")
    save(page, "takedown")
    # Only the kind and the location: the page must list every other missing part.
    page.select_option("#id_category", "ncii")
    page.fill("#id_locations", f"{base}/bounties/1/")
    page.click("form.card button[type=submit]")
    page.wait_for_load_state()
    save(page, "takedown-missing")
    anonymous.close()

    run_stage("accounts", env)
    person = context()
    page = person.new_page()
    log_in(page, base, "demo_person")
    page.goto(f"{base}/likeness/protect/")
    save(page, "likeness-protect")
    page.fill("input[name=name]", PERSON_NAME)
    page.fill("input[name=known_names]", PERSON_KNOWN_NAMES)
    page.fill("input[name=handles]", PERSON_HANDLE)
    page.set_input_files("input[name=photos]", [str(p) for p in person_photos()[:2]] + [str(NOT_A_FACE)])
    page.click("form.card button[type=submit]")
    page.wait_for_load_state()
    if page.locator(".error").count():
        save(page, "likeness-protect-refused")
    else:
        raise SystemExit("a photo without a face was accepted; the refusal screenshot cannot be taken")
    page.fill("input[name=name]", PERSON_NAME)
    page.set_input_files("input[name=photos]", [str(p) for p in person_photos()])
    with page.expect_navigation(timeout=180_000):  # the face pipeline runs in the request
        page.click("form.card button[type=submit]")
    if page.url.endswith("/likeness/protect/"):
        raise SystemExit(f"registration refused: {page.locator('.error').first.inner_text()}")

    moderator = context()
    mod_page = moderator.new_page()
    log_in(mod_page, base, "demo_moderator")
    mod_page.goto(f"{base}/likeness/verification/")
    save(mod_page, "likeness-verification")
    mod_page.fill("input[name=basis]", "Government ID checked on a video call")
    mod_page.click("button[name=verdict][value=verify]")
    mod_page.wait_for_load_state()

    # A draft naming someone who is not registered: the publish page's check and invitation link.
    draft = run_stage("unregistered_draft", env)
    poster = context()
    poster_page = poster.new_page()
    log_in(poster_page, base, "demo_poster")
    poster_page.goto(f"{base}/bounties/{draft['bounty_id']}/publish/")
    save(poster_page, "publish-check")
    poster.close()

    scene = run_stage("scene", env)
    if scene["bounty_status"] != "consent_pending":
        raise SystemExit(f"the bounty naming the person is {scene['bounty_status']}, not consent_pending")
    page.goto(f"{base}/likeness/")
    save(page, "likeness-dashboard")
    page.goto(f"{base}/likeness/consents/")
    save(page, "likeness-consents")
    person.close()

    mod_page.goto(f"{base}/moderation/")
    save(mod_page, "moderation-queue")
    mod_page.set_viewport_size({"width": 390, "height": 844})
    save(mod_page, "moderation-queue-mobile")
    mod_page.set_viewport_size({"width": 1280, "height": 800})
    mod_page.goto(f"{base}/moderation/items/{scene['takedown_item_id']}/")
    save(mod_page, "moderation-takedown")
    mod_page.goto(f"{base}/moderation/items/{scene['report_item_id']}/")
    if not mod_page.locator("img.mod-blur").count():
        raise SystemExit("the reported image is not on the moderation item page")
    save(mod_page, "moderation-item")
    moderator.close()

    public = context()
    page = public.new_page()
    page.goto(f"{base}/transparency/")
    save(page, "transparency")
    public.close()
    return taken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)  # internal: see run_stage
    args = parser.parse_args()
    if args.stage:
        import django

        django.setup()
        print(json.dumps(STAGES[args.stage]()))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    from bountyboard.testing.browser import chromium_launch

    with tempfile.TemporaryDirectory(prefix="bountyboard-shots-") as var_dir:
        env = {
            **os.environ,
            "BOUNTYBOARD_VAR_DIR": var_dir,
            "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production",
        }
        env.pop("DATABASE_URL", None)
        env.pop("CELERY_BROKER_URL", None)
        cli = str(BIN / "bountyboard")
        subprocess.run([cli, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        subprocess.run([cli, "demo", "seed"], env=env, check=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([cli, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env)
        try:
            wait_until_up(f"{base}/", server)
            with sync_playwright() as playwright:
                browser = chromium_launch(playwright)
                try:
                    page = browser.new_page()
                    page.goto(f"{base}/bounties/?q=lake")
                    cards = page.locator("[data-testid=bounty-card] h3 a")
                    if not cards.count():
                        print("the demo lake bounty is not open (did the guard hold it?); using the first open bounty")
                        page.goto(f"{base}/bounties/")
                    bounty_path = cards.first.get_attribute("href")
                    page.close()
                    if not bounty_path:
                        raise SystemExit("the demo bounty is not listed; did the demo seed run?")
                    taken = shoot(browser, base, args.out, bounty_path)
                    taken += shoot_likeness(browser, base, args.out, env)
                finally:
                    browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    for path in taken:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
