"""Point a subprocess (worker, CLI) at the database the current test uses."""

from __future__ import annotations

from typing import Any


def database_url_for(settings_dict: dict[str, Any]) -> str:
    """A DATABASE_URL naming the database this test run really uses (the test database)."""
    engine = settings_dict["ENGINE"]
    name = settings_dict["NAME"]
    if engine.endswith("sqlite3"):
        if str(name).startswith("file:") or name == ":memory:":
            raise RuntimeError("a worker cannot share an in-memory SQLite test database; use a file")
        return f"sqlite:///{name}"
    user = settings_dict.get("USER") or ""
    password = settings_dict.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{name}"
