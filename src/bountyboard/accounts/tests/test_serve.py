"""`bountyboard serve` for real: waitress + whitenoise, production settings, on the test database."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from bountyboard.testing.database import database_url_for
from bountyboard.testing.network import free_port, wait_for_port
from bountyboard.testing.services import process_stop

pytestmark = pytest.mark.django_db(transaction=True)


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def served() -> Iterator[str]:
    from django.db import connection

    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production",
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "DJANGO_DEBUG": "1",  # must be ignored: production settings force DEBUG off
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bountyboard.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        if not wait_for_port(port, timeout=90):
            process.kill()
            output = process.communicate()[0].decode(errors="replace")
            pytest.fail(f"bountyboard serve did not start:\n{output[-3000:]}")
        yield f"http://127.0.0.1:{port}"
    finally:
        process_stop(process)
        if process.stdout is not None:
            process.stdout.close()


def test_serves_the_api_and_static_files_with_debug_off(served: str) -> None:
    status, headers, body = fetch(f"{served}/api/v1/openapi.json")
    assert status == 200 and b'"/api/v1/me"' in body

    status, headers, body = fetch(f"{served}/api/v1/me")
    assert status == 401 and headers["Content-Type"].startswith("application/json")

    # whitenoise serves collected static files, with a long cache on the hashed names.
    status, headers, body = fetch(f"{served}/static/css/site.css")
    assert status == 200 and body

    # DEBUG off: an unknown URL gives a plain 404, never Django's technical page.
    status, headers, body = fetch(f"{served}/no-such-page-{free_port()}")
    assert status == 404 and b"URLconf" not in body
