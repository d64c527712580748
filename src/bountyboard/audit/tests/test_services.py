from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection

from bountyboard.audit.chain import GENESIS_HASH, audit_event_expected_hash
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.audit.services import audit_record
from bountyboard.testing.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class TestAuditRecord:
    def test_first_event_chains_from_genesis(self) -> None:
        event = audit_record(action="bounty.publish", target_type="bounty", target_id=1, automated=False)
        assert (event.seq, event.prev_hash, event.actor_label) == (1, GENESIS_HASH, "system")
        assert len(event.hash) == 64 and event.hash == audit_event_expected_hash(event)

    def test_events_chain_in_order(self) -> None:
        first = audit_record(action="a.one", target_type="t", target_id=1, automated=True)
        second = audit_record(action="a.two", target_type="t", target_id=2, automated=True)
        assert second.seq == 2 and second.prev_hash == first.hash

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
        assert list(AuditEvent.objects.order_by("seq").values_list("seq", flat=True)) == list(range(1, 101))
        assert audit_verify().ok
