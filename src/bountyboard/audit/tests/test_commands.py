"""The real `bountyboard audit verify` in a subprocess, on the test database."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from bountyboard.audit.services import audit_record
from bountyboard.testing.cli import run_cli

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


class TestAuditVerifyCommand:
    def test_intact_chain_exits_zero(self) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=1, automated=True, data={"n": n})
        result = run_cli("audit", "verify")
        assert result.returncode == 0, result.stderr
        assert "3 events verified" in result.stdout

    def test_edited_row_exits_non_zero_naming_the_seq(self) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=1, automated=True, data={"n": n})
        with connection.cursor() as cursor:
            cursor.execute("UPDATE audit_auditevent SET data = %s WHERE seq = 2", ['{"forged": true}'])
        result = run_cli("audit", "verify")
        assert result.returncode == 1 and "seq 2" in result.stderr

    def test_truncation_after_an_anchor_exits_non_zero(self, tmp_path: Path) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=1, automated=True, data={"n": n})
        anchor = tmp_path / "anchor.jsonl"
        written = run_cli("audit", "anchor", "--file", str(anchor))
        assert written.returncode == 0, written.stderr
        assert run_cli("audit", "verify", "--anchor", str(anchor)).returncode == 0
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM audit_auditevent WHERE seq = 3")
        assert run_cli("audit", "verify").returncode == 0  # the chain alone cannot tell
        result = run_cli("audit", "verify", "--anchor", str(anchor))
        assert result.returncode == 1 and "removed" in result.stderr
