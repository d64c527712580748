from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from bountyboard.audit.models import AuditEvent, AuditPersonalData
from bountyboard.audit.selectors import audit_anchor_read, audit_events_for, audit_verify
from bountyboard.audit.services import audit_anchor_write, audit_personal_erase, audit_record

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def chain(length: int, *, target_ids: list[int] | None = None) -> None:
    """``length`` events about one bounty: one chain, seq 1..length."""
    for n in range(1, length + 1):
        audit_record(
            action="bounty.publish",
            target_type="bounty",
            target_id=target_ids[n - 1] if target_ids else 1,
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
        chain(3, target_ids=[1, 2, 3])
        assert [e.target_id for e in audit_events_for(target_type="bounty", target_id=2)] == ["2"]


class TestAuditAnchor:
    def test_an_intact_log_matches_its_anchor(self, tmp_path: Path) -> None:
        chain(3, target_ids=[1, 2, 3])
        audit_anchor_write(path=tmp_path / "anchor.jsonl")
        chain(2, target_ids=[4, 5])  # later events are fine
        assert audit_verify(anchor=audit_anchor_read(tmp_path / "anchor.jsonl")).ok

    def test_removing_the_newest_events_is_detected(self, tmp_path: Path) -> None:
        # Issue 12: deleting the last entries still passed `audit verify`.
        chain(4)
        audit_anchor_write(path=tmp_path / "anchor.jsonl")
        raw_sql("DELETE FROM audit_auditevent WHERE seq >= 3")
        assert audit_verify().ok  # the chain alone cannot tell
        result = audit_verify(anchor=audit_anchor_read(tmp_path / "anchor.jsonl"))
        assert not result.ok and result.first_broken_seq == 4 and "removed" in result.problem

    def test_replacing_the_newest_events_is_detected(self, tmp_path: Path) -> None:
        chain(3)
        audit_anchor_write(path=tmp_path / "anchor.jsonl")
        raw_sql("DELETE FROM audit_auditevent WHERE seq = 3")
        audit_record(action="bounty.publish", target_type="bounty", target_id=1, automated=False, data={"n": 99})
        result = audit_verify(anchor=audit_anchor_read(tmp_path / "anchor.jsonl"))
        assert not result.ok and result.first_broken_seq == 3 and "replaced" in result.problem

    def test_the_newest_anchor_in_the_file_counts(self, tmp_path: Path) -> None:
        chain(2)
        audit_anchor_write(path=tmp_path / "anchor.jsonl")
        chain(1)
        audit_anchor_write(path=tmp_path / "anchor.jsonl")
        assert audit_anchor_read(tmp_path / "anchor.jsonl")["heads"][f"{_chain_of_bounty_1()}"]["seq"] == 3


def _chain_of_bounty_1() -> int:
    from bountyboard.audit.chain import chain_for

    return chain_for(target_type="bounty", target_id="1")


class TestPersonalData:
    def _registration(self) -> AuditEvent:
        return audit_record(
            action="likeness.register",
            target_type="likeness",
            target_id=7,
            automated=False,
            data={"status": "unverified"},
            personal={"legal_name": "Lea Moreau", "handles": ["@lea"]},
        )

    def test_the_hashed_event_holds_a_digest_not_the_fields(self) -> None:
        event = self._registration()
        assert "Lea" not in str(event.data) and len(event.data["personal_digest"]) == 64
        assert AuditPersonalData.objects.get(event=event).fields["legal_name"] == "Lea Moreau"
        assert audit_verify().ok

    def test_editing_the_personal_fields_is_detected(self) -> None:
        event = self._registration()
        raw_sql("UPDATE audit_auditpersonaldata SET fields = %s WHERE event_id = %s", '{"legal_name": "X"}', event.pk)
        result = audit_verify()
        assert not result.ok and "personal fields" in result.problem

    def test_erasing_them_keeps_the_chain_verifiable(self) -> None:
        event = self._registration()
        audit_record(action="likeness.pause", target_type="likeness", target_id=7, automated=False)
        assert audit_personal_erase(target_type="likeness", target_id=7) == 1
        assert audit_personal_erase(target_type="likeness", target_id=7) == 0  # safe to run twice
        assert not AuditPersonalData.objects.exists()
        assert AuditEvent.objects.get(pk=event.pk).data == event.data
        assert audit_verify().ok
