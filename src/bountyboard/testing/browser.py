"""Debian's Chromium, headless, through Playwright: one launch for the browser tests (the
``browser`` fixture in ``bountyboard.testing.plugin``) and for ``scripts/screenshots.py``."""

from __future__ import annotations

from typing import Any

CHROMIUM_PATH = "/usr/bin/chromium"
# No sandbox: the tests run as root in a container. The rest keeps Chromium off the network
# (updates, sync) so a run depends on nothing but the live server it is pointed at.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_launch(playwright: Any) -> Any:
    """A headless Chromium ``Browser`` from a started ``sync_playwright()``; the caller closes it."""
    return playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
