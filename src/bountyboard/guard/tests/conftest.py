"""Fixtures several guard test modules share."""

from __future__ import annotations

import pytest

from bountyboard.guard.text import shipped
from bountyboard.guard.text.famous import load_famous_people
from bountyboard.guard.text.gazetteer import ListedName


@pytest.fixture(scope="session")
def famous_people_loaded() -> dict[str, ListedName]:
    """The gazetteer's people as the scanner loads them beside the shipped lists, by key."""
    names = [ListedName(key=k, display=d, category=c, sources=[s]) for k, d, c, s in shipped.shipped_names()]
    return {e.key: e for e in load_famous_people(names)}
