"""A real ``bountyboard serve`` on a given database, for the fault tests (``make test-faults``): migrated, started
with the production settings on a free port, stopped afterwards; its log is ``serve.log`` in its var dir."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bountyboard.testing.network import free_port, wait_for_port
from bountyboard.testing.site_client import BIN, site_command


@contextmanager
def site_served(*, database_url: str, var_dir: Path, extra_env: dict[str, str] | None = None
                ) -> Iterator[tuple[str, dict[str, str]]]:
    """(base URL, the site's environment). No broker: after-commit work runs on the server's own job threads.
    Behind a trusted proxy (the test), so each simulated member may sign up from an address of its own: the hourly
    signup budget is per address."""
    env = {
        **os.environ, "DATABASE_URL": database_url, "BOUNTYBOARD_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production", "PYTHONUNBUFFERED": "1",
        "BOUNTYBOARD_TRUSTED_PROXIES": "127.0.0.1", **(extra_env or {}),
    }
    env.pop("CELERY_BROKER_URL", None)
    migrated = site_command(env, "migrate", "--noinput", timeout=300)
    assert migrated.returncode == 0, migrated.stderr
    port = free_port()
    with (var_dir / "serve.log").open("wb") as log:
        server = subprocess.Popen([str(BIN / "bountyboard"), "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            assert wait_for_port(port, timeout=180), (var_dir / "serve.log").read_text()
            yield f"http://127.0.0.1:{port}", env
        finally:
            server.terminate()
            server.wait(timeout=30)
