from __future__ import annotations

import pytest
from django.db import connection

from bountyboard.audit.services import audit_record
from bountyboard.cli import main

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


class TestAuditVerifyCommand:
    def test_intact_chain_exits_zero(self, capsys: pytest.CaptureFixture[str]) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=n, automated=True)
        assert run("audit", "verify") == 0
        assert "3 events verified" in capsys.readouterr().out

    def test_edited_row_exits_non_zero_naming_the_seq(self, capsys: pytest.CaptureFixture[str]) -> None:
        for n in range(3):
            audit_record(action="a.b", target_type="t", target_id=n, automated=True)
        with connection.cursor() as cursor:
            cursor.execute("UPDATE audit_auditevent SET data = %s WHERE seq = 2", ['{"forged": true}'])
        assert run("audit", "verify") == 1
        assert "seq 2" in capsys.readouterr().err
