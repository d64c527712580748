"""The guard's bank-store conformance suites, run against the Django implementation on SQLite and
(``postgres`` mark) PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from bountyboard.guard.store.conformance import (
    BankBatchWriterConformance,
    BankChangeLogConformance,
    BankStoreConformance,
)
from bountyboard.moderation.guard_banks import DjangoBankStore

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class _DjangoStore:
    @pytest.fixture
    def store(self) -> DjangoBankStore:
        return DjangoBankStore()

    def reopen(self, store: Any) -> Any:
        return DjangoBankStore()  # a fresh instance over the same tables, as another process sees them


class TestDjangoBankStore(_DjangoStore, BankStoreConformance):
    pass


class TestDjangoBankChangeLog(_DjangoStore, BankChangeLogConformance):
    pass


class TestDjangoBankBatchWriter(_DjangoStore, BankBatchWriterConformance):
    pass
