"""Reads of the audit log, including verification of the hash chains and of an anchor."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db.models import Max, QuerySet

from bountyboard.audit.chain import audit_event_expected_hash, chain_genesis, personal_digest
from bountyboard.audit.models import AuditEvent, AuditPersonalData


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    problem: str = ""
    chain: int | None = None


def audit_chain_heads() -> dict[int, dict[str, Any]]:
    """Each chain's last event: ``{chain: {"seq": n, "hash": h}}``."""
    last = AuditEvent.objects.values("chain").annotate(seq=Max("seq"))
    heads: dict[int, dict[str, Any]] = {}
    for row in last:
        event = AuditEvent.objects.only("hash").get(chain=row["chain"], seq=row["seq"])
        heads[int(row["chain"])] = {"seq": int(row["seq"]), "hash": event.hash}
    return heads


def audit_anchor_read(path: Path | str) -> dict[str, Any]:
    """The newest anchor in an anchor file (its last line). ``ValueError`` with a sentence if the
    file holds none."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        raise ValueError(f"{path} holds no anchor.")
    anchor: dict[str, Any] = json.loads(lines[-1])
    return anchor


def _chain_verify(chain: int, personal: dict[int, AuditPersonalData]) -> tuple[int, AuditVerification | None]:
    expected_seq = 1
    prev_hash = chain_genesis(chain)
    checked = 0
    for event in AuditEvent.objects.filter(chain=chain).order_by("seq").iterator(chunk_size=2000):
        where = f"chain {chain}, seq {event.seq}"
        if event.seq != expected_seq:
            problem = f"chain {chain}: seq {expected_seq} is missing (next stored is {event.seq})"
            return checked, AuditVerification(False, checked, expected_seq, problem, chain)
        if event.prev_hash != prev_hash:
            problem = f"{where}: prev_hash does not match the previous hash"
            return checked, AuditVerification(False, checked, event.seq, problem, chain)
        if audit_event_expected_hash(event) != event.hash:
            problem = f"{where}: contents do not match its hash (row edited)"
            return checked, AuditVerification(False, checked, event.seq, problem, chain)
        kept = personal.get(event.pk)
        if kept is not None and personal_digest(salt=kept.salt, fields=kept.fields) != (event.data or {}).get(
            "personal_digest"
        ):
            problem = f"{where}: its personal fields do not match their digest (edited)"
            return checked, AuditVerification(False, checked, event.seq, problem, chain)
        prev_hash = event.hash
        expected_seq += 1
        checked += 1
    return checked, None


def audit_verify(*, anchor: dict[str, Any] | None = None) -> AuditVerification:
    """Walk every chain in seq order; report the first event whose seq, prev_hash, hash or personal
    fields are wrong. With ``anchor`` (``audit_anchor_read``), also refuse a log in which an anchored
    head is missing or different: the newest events were removed or replaced."""
    personal = {row.event_id: row for row in AuditPersonalData.objects.all()}
    chains = sorted(set(AuditEvent.objects.values_list("chain", flat=True).distinct()))
    checked = 0
    for chain in chains:
        counted, broken = _chain_verify(chain, personal)
        if broken is not None:
            return AuditVerification(False, checked + counted, broken.first_broken_seq, broken.problem, chain)
        checked += counted
    if anchor is not None:
        heads = audit_chain_heads()
        for chain_key, head in sorted((anchor.get("heads") or {}).items(), key=lambda item: int(item[0])):
            chain, seq = int(chain_key), int(head["seq"])
            stored = AuditEvent.objects.filter(chain=chain, seq=seq).values_list("hash", flat=True).first()
            if stored is None:
                have = heads.get(chain, {}).get("seq", 0)
                problem = (
                    f"chain {chain}: the anchor of {anchor.get('at')} has seq {seq}, the log ends at seq "
                    f"{have} (events removed)"
                )
                return AuditVerification(False, checked, seq, problem, chain)
            if stored != head["hash"]:
                problem = f"chain {chain}: seq {seq} differs from the anchor of {anchor.get('at')} (replaced)"
                return AuditVerification(False, checked, seq, problem, chain)
    return AuditVerification(True, checked)


def audit_events_for(*, target_type: str, target_id: int | str) -> QuerySet[AuditEvent]:
    """Events about one target, oldest first (e.g. a bounty's moderation history)."""
    return AuditEvent.objects.filter(target_type=target_type, target_id=str(target_id)).order_by("id")
