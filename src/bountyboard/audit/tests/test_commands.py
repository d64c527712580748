"""The real `bountyboard audit verify` in a subprocess, on the test database."""

from __future__ import annotations

import pytest
from django.db import connection

from bountyboard.audit.services import audit_record
from bountyboard.testing.cli import run_cli

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


class TestAuditVerifyCommand:
    def test_intact_chain_exits_zero(self) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=n, automated=True)
        result = run_cli("audit", "verify")
        assert result.returncode == 0, result.stderr
        assert "3 events verified" in result.stdout

    def test_edited_row_exits_non_zero_naming_the_seq(self) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=n, automated=True)
        with connection.cursor() as cursor:
            cursor.execute("UPDATE audit_auditevent SET data = %s WHERE seq = 2", ['{"forged": true}'])
        result = run_cli("audit", "verify")
        assert result.returncode == 1 and "seq 2" in result.stderr
