"""Writes to the audit log. Appending is the only write to events: there is no update or delete
function. Personal fields kept beside an event can be erased (``audit_personal_erase``), and the
chains' heads are written to an anchor file (``audit_anchor_write``)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from bountyboard.audit.chain import (
    audit_event_expected_hash,
    chain_for,
    chain_genesis,
    json_normalised,
    personal_digest,
)
from bountyboard.audit.models import AuditChainHead, AuditEvent, AuditPersonalData
from bountyboard.audit.selectors import audit_chain_heads

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
    personal: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the hash-chained audit log and return it.

    Call it inside the same ``transaction.atomic`` block as the state change it records, so both
    commit or neither does. ``action`` is dotted (``"bounty.publish"``, ``"guard.decision"``,
    ``"moderation.remove"``); ``reasons`` are machine-readable codes; ``automated`` says whether a
    machine (the guard, a scheduled job) decided. ``actor_label`` defaults to the actor's username,
    or ``"system"`` when there is no actor. ``personal`` holds fields about a person that must be
    erasable (names, handles, photo hashes): they are stored beside the event, and the event's
    ``data`` keeps only their salted digest (``personal_digest``).

    Appends to one chain are serialised by locking that chain's head row (SELECT ... FOR UPDATE on
    PostgreSQL; SQLite's write lock does the same); the chain is chosen by target, so audited writes
    about different targets mostly take different locks.
    """
    if not action or not target_type:
        raise ValueError("audit_record needs an action and a target_type")
    label = actor_label or (actor.get_username() if actor is not None else "system")
    event_data = json_normalised(dict(data or {}))
    personal_fields = json_normalised(dict(personal)) if personal else None
    salt = secrets.token_hex(16) if personal_fields is not None else ""
    if personal_fields is not None:
        event_data["personal_digest"] = personal_digest(salt=salt, fields=personal_fields)
    chain = chain_for(target_type=target_type, target_id=str(target_id))
    with transaction.atomic():
        AuditChainHead.objects.select_for_update().get_or_create(pk=chain)
        last = AuditEvent.objects.filter(chain=chain).order_by("-seq").only("seq", "hash").first()
        # Microseconds survive both SQLite and PostgreSQL, so the stored value hashes the same.
        created_at = timezone.now().astimezone(dt.UTC)
        event = AuditEvent(
            chain=chain,
            seq=(last.seq + 1) if last else 1,
            created_at=created_at,
            actor=actor,
            actor_label=label[:150],
            action=action,
            target_type=target_type,
            target_id=str(target_id),
            reasons=json_normalised(list(reasons)),
            automated=bool(automated),
            data=event_data,
            prev_hash=last.hash if last else chain_genesis(chain),
        )
        event.hash = audit_event_expected_hash(event)
        event.save(force_insert=True)
        if personal_fields is not None:
            AuditPersonalData.objects.create(event=event, salt=salt, fields=personal_fields)
        # The head row is only a lock: writing to it too would add a row version to every audited write.
    return event


def audit_personal_erase(*, target_type: str, target_id: int | str) -> int:
    """Erase the personal fields (and their salts) of every event about one target, e.g. a deleted
    likeness registration. The events stay, with digests nobody can check a guess against, and the
    chain still verifies. Returns how many events had personal fields. Safe to run twice."""
    with transaction.atomic():
        erased, _by_model = AuditPersonalData.objects.filter(
            event__target_type=target_type, event__target_id=str(target_id)
        ).delete()
    return int(erased)


def audit_anchor_write(*, path: Path | str | None = None) -> dict[str, Any]:
    """Append the head (last seq and hash) of every chain to the anchor file, one JSON line, and
    return it. ``bountyboard audit verify --anchor FILE`` then refuses a log whose newest events
    were removed or replaced. Keep the file (or copies of it) where whoever can write to the
    database cannot: another disk, host or object store (``BOUNTYBOARD_AUDIT_ANCHOR_FILE``)."""
    target = Path(path or settings.AUDIT_ANCHOR_FILE)
    anchor = {
        "at": timezone.now().astimezone(dt.UTC).isoformat(),
        "heads": {str(chain): head for chain, head in sorted(audit_chain_heads().items())},
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as file:
        file.write(json.dumps(anchor, sort_keys=True) + "\n")
    return anchor
