"""Writes to the audit log. Appending is the only write: there is no update or delete function."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from bountyboard.audit.chain import GENESIS_HASH, audit_event_expected_hash, json_normalised
from bountyboard.audit.models import AuditChainHead, AuditEvent

if TYPE_CHECKING:
    from bountyboard.accounts.models import User


def audit_record(
    *,
    action: str,
    target_type: str,
    target_id: int | str,
    reasons: Iterable[str] = (),
    automated: bool,
    actor: User | None = None,
    actor_label: str = "",
    data: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the hash-chained audit log and return it.

    Call it inside the same ``transaction.atomic`` block as the state change it records, so both
    commit or neither does. ``action`` is dotted (``"bounty.publish"``, ``"guard.decision"``,
    ``"moderation.remove"``); ``reasons`` are machine-readable codes; ``automated`` says whether a
    machine (the guard, a scheduled job) decided. ``actor_label`` defaults to the actor's username,
    or ``"system"`` when there is no actor. Appends are serialised by locking the chain head row
    (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write lock does the same).
    """
    if not action or not target_type:
        raise ValueError("audit_record needs an action and a target_type")
    label = actor_label or (actor.get_username() if actor is not None else "system")
    with transaction.atomic():
        AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        last = AuditEvent.objects.order_by("-seq").only("seq", "hash").first()
        seq = (last.seq + 1) if last else 1
        prev_hash = last.hash if last else GENESIS_HASH
        # Microseconds survive both SQLite and PostgreSQL, so the stored value hashes the same.
        created_at = timezone.now().astimezone(dt.UTC)
        event = AuditEvent(
            seq=seq,
            created_at=created_at,
            actor=actor,
            actor_label=label[:150],
            action=action,
            target_type=target_type,
            target_id=str(target_id),
            reasons=json_normalised(list(reasons)),
            automated=bool(automated),
            data=json_normalised(dict(data or {})),
            prev_hash=prev_hash,
        )
        event.hash = audit_event_expected_hash(event)
        event.save(force_insert=True)
        AuditChainHead.objects.filter(pk=1).update(updated_at=created_at)
    return event
