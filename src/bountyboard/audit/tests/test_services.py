from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection, transaction

from bountyboard.audit.chain import GENESIS_HASH, audit_event_expected_hash, chain_for, chain_genesis
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.audit.services import audit_record
from bountyboard.testing.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class TestAuditRecord:
    def test_first_event_chains_from_genesis(self) -> None:
        event = audit_record(action="bounty.publish", target_type="bounty", target_id=1, automated=False)
        assert (event.seq, event.prev_hash, event.actor_label) == (1, chain_genesis(event.chain), "system")
        assert len(event.hash) == 64 and event.hash == audit_event_expected_hash(event)
        assert chain_genesis(0) == GENESIS_HASH  # events from before the split still verify

    def test_events_about_one_target_chain_in_order(self) -> None:
        first = audit_record(action="a.one", target_type="t", target_id=1, automated=True)
        second = audit_record(action="a.two", target_type="t", target_id=1, automated=True)
        assert second.chain == first.chain and second.seq == 2 and second.prev_hash == first.hash

    def test_other_targets_go_to_other_chains(self) -> None:
        events = [audit_record(action="a.b", target_type="t", target_id=n, automated=True) for n in range(40)]
        assert len({event.chain for event in events}) > 10
        assert audit_verify().ok and audit_verify().checked == 40

    def test_stores_reasons_data_and_actor(self) -> None:
        user = make_user("mod", role="moderator")
        event = audit_record(
            action="moderation.remove",
            target_type="entry",
            target_id="9",
            reasons=["real_person_sexual", "likeness_protected"],
            automated=False,
            actor=user,
            data={"note": "ok", 3: dt.date(2026, 1, 2)},
        )
        stored = AuditEvent.objects.get(pk=event.pk)
        assert stored.actor == user and stored.actor_label == "mod"
        assert stored.reasons == ["real_person_sexual", "likeness_protected"]
        # JSON-normalised before hashing, so the stored row verifies.
        assert stored.data == {"note": "ok", "3": "2026-01-02"}
        assert audit_event_expected_hash(stored) == stored.hash

    def test_actor_label_overrides(self) -> None:
        event = audit_record(
            action="guard.decision", target_type="upload", target_id=1, automated=True, actor_label="guard"
        )
        assert event.actor_label == "guard"

    @pytest.mark.parametrize("action, target_type", [("", "t"), ("a.b", "")])
    def test_refuses_missing_action_or_target(self, action: str, target_type: str) -> None:
        with pytest.raises(ValueError):
            audit_record(action=action, target_type=target_type, target_id=1, automated=False)
        assert not AuditEvent.objects.exists()


@pytest.mark.django_db(transaction=True)
class TestAuditRecordConcurrently:
    def test_parallel_appends_keep_one_unbroken_chain(self) -> None:
        barrier = threading.Barrier(20)
        errors: list[BaseException] = []

        def append(n: int) -> None:
            try:
                barrier.wait()
                for k in range(5):
                    audit_record(action="race.append", target_type="t", target_id=f"{n}-{k}", automated=True)
            except BaseException as error:
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=append, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert AuditEvent.objects.count() == 100
        for chain in set(AuditEvent.objects.values_list("chain", flat=True)):
            seqs = list(AuditEvent.objects.filter(chain=chain).order_by("seq").values_list("seq", flat=True))
            assert seqs == list(range(1, len(seqs) + 1))
        assert audit_verify().ok

    def test_writes_about_other_targets_do_not_wait_for_an_open_transaction(self) -> None:
        # Issue 12: one chain-head row lock serialised every audited write on PostgreSQL.
        if connection.vendor != "postgresql":
            pytest.skip("SQLite runs one writer at a time whatever the audit log does")
        first, other = _targets_in_two_chains()
        holding, release = threading.Event(), threading.Event()
        errors: list[BaseException] = []

        def hold_a_transaction_open() -> None:
            try:
                with transaction.atomic():
                    audit_record(action="slow.write", target_type="t", target_id=first, automated=True)
                    holding.set()
                    release.wait(30)
            except BaseException as error:
                errors.append(error)
                holding.set()
            finally:
                connection.close()

        thread = threading.Thread(target=hold_a_transaction_open)
        thread.start()
        try:
            assert holding.wait(30)
            with transaction.atomic():
                with connection.cursor() as cursor:
                    # Waiting at all would be the bug: fail instead of waiting.
                    cursor.execute("SET LOCAL lock_timeout = '2s'")
                event = audit_record(action="fast.write", target_type="t", target_id=other, automated=True)
            assert event.seq == 1
        finally:
            release.set()
            thread.join()
        assert errors == [] and audit_verify().ok


def _targets_in_two_chains() -> tuple[str, str]:
    first = "0"
    for n in range(1, 100):
        if chain_for(target_type="t", target_id=str(n)) != chain_for(target_type="t", target_id=first):
            return first, str(n)
    raise AssertionError("every target landed in one chain")
