from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _clear_login_counters() -> Iterator[None]:
    # Rate-limit counters live in the (process-wide) cache; each test starts from none.
    cache.clear()
    yield
    cache.clear()
