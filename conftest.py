"""Fixtures every test may use. Service fixtures (PostgreSQL, Redis, Celery, Chromium) live in
``bountyboard/testing/`` and are loaded as a pytest plugin below."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent

pytest_plugins = ["bountyboard.testing.plugin"]


def shared_data_dir() -> Path:
    """The read-only shared test data: ``$BOUNTYBOARD_SHARED_DATA`` or ``../shared/data`` beside the clone."""
    env = os.environ.get("BOUNTYBOARD_SHARED_DATA")
    path = Path(env) if env else REPO.parent / "shared" / "data"
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.fail(f"shared test data not found at {path}; set BOUNTYBOARD_SHARED_DATA")
    return path
