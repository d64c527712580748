"""Screenshots of the main pages for the README (docs/screenshots/*.png).

Builds a throwaway site (its own var dir), seeds the demo, starts `bountyboard serve` on a free port,
and drives Debian's Chromium headless through Playwright (the same setup as the browser test).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
DEMO_LOGINS = {"demo_poster": "lantern-cobalt-meadow-41", "demo_creator": "harbour-quartz-violet-17"}


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
        path = out / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        taken.append(path)

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
    poster.close()

    french = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")
    page = french.new_page()
    page.goto(f"{base}/bounties/")
    save(page, "browse-fr")
    french.close()

    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, locale="en-GB")
    page = phone.new_page()
    page.goto(f"{base}{bounty_path}")
    save(page, "bounty-mobile")
    phone.close()
    return taken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
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
                    bounty_path = page.locator("[data-testid=bounty-card] h3 a").first.get_attribute("href")
                    page.close()
                    if not bounty_path:
                        raise SystemExit("the demo bounty is not listed; did the demo seed run?")
                    taken = shoot(browser, base, args.out, bounty_path)
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
