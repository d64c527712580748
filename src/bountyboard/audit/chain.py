"""The audit chain's hashing: one canonical form shared by appending (services) and verifying (selectors)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder

from bountyboard.audit.models import AuditEvent

# Chain 0 starts from the historical all-zero genesis, so events written before chains were split
# still verify; every other chain starts from its own value, so a row moved between chains breaks.
GENESIS_HASH = "0" * 64
# How many chains events are spread over. Changing it only changes where new events go: each event
# records its chain, and verification follows what is stored.
AUDIT_CHAINS = 32


def chain_genesis(chain: int) -> str:
    if chain == 0:
        return GENESIS_HASH
    return hashlib.sha256(f"bountyboard.audit.chain:{chain}".encode()).hexdigest()


def chain_for(*, target_type: str, target_id: str) -> int:
    """Every event about one target goes to the same chain, so its history is in order in one place."""
    digest = hashlib.sha256(f"{target_type}:{target_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % AUDIT_CHAINS


def json_normalised(value: Any) -> Any:
    """Round-trip through JSON so what we hash is exactly what the database gives back
    (int dict keys become strings, tuples become lists, datetimes become ISO strings)."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def personal_digest(*, salt: str, fields: Any) -> str:
    """The salted digest an event keeps of its personal fields (the salt is erased with them, so
    a guessed name cannot be checked against the digest)."""
    return hashlib.sha256(f"{salt}:{_canonical(fields)}".encode()).hexdigest()


def audit_event_hash(
    *,
    seq: int,
    created_at: str,
    actor_id: int | None,
    actor_label: str,
    action: str,
    target_type: str,
    target_id: str,
    reasons: list[Any],
    automated: bool,
    data: Any,
    prev_hash: str,
) -> str:
    """SHA-256 over a canonical JSON (sorted keys, no whitespace) of the event's fields and prev_hash."""
    canonical = _canonical(
        {
            "seq": seq,
            "created_at": created_at,
            "actor_id": actor_id,
            "actor_label": actor_label,
            "action": action,
            "target_type": target_type,
            "target_id": target_id,
            "reasons": reasons,
            "automated": automated,
            "data": data,
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def audit_event_expected_hash(event: AuditEvent) -> str:
    """The hash a stored event should carry given its current column values."""
    return audit_event_hash(
        seq=event.seq,
        created_at=event.created_at.astimezone(dt.UTC).isoformat(),
        actor_id=event.actor_id,
        actor_label=event.actor_label,
        action=event.action,
        target_type=event.target_type,
        target_id=event.target_id,
        reasons=event.reasons,
        automated=event.automated,
        data=event.data,
        prev_hash=event.prev_hash,
    )
