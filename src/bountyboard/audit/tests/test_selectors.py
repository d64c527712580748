from __future__ import annotations

import pytest
from django.db import connection

from bountyboard.audit.selectors import audit_events_for, audit_verify
from bountyboard.audit.services import audit_record

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def chain(length: int) -> None:
    for n in range(1, length + 1):
        audit_record(
            action="bounty.publish",
            target_type="bounty",
            target_id=n,
            automated=False,
            reasons=["ok"],
            data={"n": n},
        )


def raw_sql(sql: str, *params: object) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))


class TestAuditVerify:
    def test_empty_chain_is_ok(self) -> None:
        assert audit_verify().ok and audit_verify().checked == 0

    def test_intact_chain_is_ok(self) -> None:
        chain(5)
        result = audit_verify()
        assert result.ok and result.checked == 5 and result.first_broken_seq is None

    @pytest.mark.parametrize(
        "sql",
        [
            "UPDATE audit_auditevent SET action = 'bounty.hide' WHERE seq = %s",
            "UPDATE audit_auditevent SET reasons = '[]' WHERE seq = %s",
            "UPDATE audit_auditevent SET automated = NOT automated WHERE seq = %s",
            "UPDATE audit_auditevent SET actor_label = 'someone' WHERE seq = %s",
        ],
    )
    def test_an_edited_row_is_named(self, sql: str) -> None:
        chain(5)
        raw_sql(sql, 3)
        result = audit_verify()
        assert not result.ok and result.first_broken_seq == 3 and result.checked == 2

    def test_rehashing_an_edited_row_breaks_the_next_link(self) -> None:
        chain(4)
        raw_sql("UPDATE audit_auditevent SET target_id = '99', hash = %s WHERE seq = 2", "f" * 64)
        result = audit_verify()
        assert result.first_broken_seq == 2
        # Even a forger who recomputes the row's hash breaks the next row's prev_hash.
        from bountyboard.audit.chain import audit_event_expected_hash
        from bountyboard.audit.models import AuditEvent

        forged = AuditEvent.objects.get(seq=2)
        raw_sql("UPDATE audit_auditevent SET hash = %s WHERE seq = 2", audit_event_expected_hash(forged))
        result = audit_verify()
        assert result.first_broken_seq == 3 and "prev_hash" in result.problem

    def test_a_deleted_row_is_named(self) -> None:
        chain(4)
        raw_sql("DELETE FROM audit_auditevent WHERE seq = 2")
        result = audit_verify()
        assert not result.ok and result.first_broken_seq == 2 and "missing" in result.problem


class TestAuditEventsFor:
    def test_filters_by_target(self) -> None:
        chain(3)
        assert [e.target_id for e in audit_events_for(target_type="bounty", target_id=2)] == ["2"]
