"""Run the real `bountyboard` command in a subprocess against the test database.

Use with ``@pytest.mark.django_db(transaction=True)`` so the subprocess sees committed rows.
"""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    from django.db import connection

    from bountyboard.testing.database import database_url_for

    env = {
        **os.environ,
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test",
    }
    return subprocess.run(
        [sys.executable, "-m", "bountyboard.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
