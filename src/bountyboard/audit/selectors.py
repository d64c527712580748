"""Reads of the audit log, including verification of the hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from bountyboard.audit.chain import GENESIS_HASH, audit_event_expected_hash
from bountyboard.audit.models import AuditEvent


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    problem: str = ""


def audit_verify() -> AuditVerification:
    """Walk the chain in seq order; report the first event whose seq, prev_hash or hash is wrong."""
    expected_seq = 1
    prev_hash = GENESIS_HASH
    checked = 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=2000):
        if event.seq != expected_seq:
            return AuditVerification(
                False, checked, expected_seq, f"seq {expected_seq} is missing (next stored is {event.seq})"
            )
        if event.prev_hash != prev_hash:
            return AuditVerification(
                False, checked, event.seq, f"seq {event.seq}: prev_hash does not match the previous hash"
            )
        if audit_event_expected_hash(event) != event.hash:
            return AuditVerification(
                False, checked, event.seq, f"seq {event.seq}: contents do not match its hash (row edited)"
            )
        prev_hash = event.hash
        expected_seq += 1
        checked += 1
    return AuditVerification(True, checked)


def audit_events_for(*, target_type: str, target_id: int | str) -> QuerySet[AuditEvent]:
    """Events about one target, oldest first (e.g. a bounty's moderation history)."""
    return AuditEvent.objects.filter(target_type=target_type, target_id=str(target_id)).order_by("seq")

