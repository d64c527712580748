"""The takedown hash bank: hashes of removed media go in (so the guard blocks re-uploads), an upheld
appeal takes them out, and a sweep hides what a bank now blocks among content already on the site."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.db import transaction

from bountyboard.audit.services import audit_record
from bountyboard.guard.index.matchers import HashMatcher
from bountyboard.guard.signals import Signal
from bountyboard.guard.store.interfaces import BankEntry, HashKind
from bountyboard.moderation import content as site_content
from bountyboard.moderation.guard_banks import DjangoBankStore, bank_write_lock
from bountyboard.moderation.models import QueueKind
from bountyboard.moderation.services._shared import _now
from bountyboard.moderation.services.queue import _screening_evidence, queue_item_add
from bountyboard.screening.engine import guard_engine
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind, ScreeningStatus

TAKEDOWN_BANK = "takedown"


def screening_banks_check(row: Screening) -> list[Signal]:
    """Run inside every media verdict's transaction (``screening_verdict_check_register``): take the
    banks' write lock, then match the row's hashes against the banks as committed now. A takedown
    holds the same lock from its copy sweep to its commit, so a scan racing it is either swept as a
    copy (its verdict committed first) or blocked here (the takedown's hashes committed first)."""
    if row.kind == ScreeningKind.TEXT or not (row.pdq or row.md5 or row.sha256):
        return []
    bank_write_lock()
    evidence = row.evidence or {}
    variants = [str(h) for h in evidence.get("pdq_dihedral") or ([row.pdq] if row.pdq else [])]
    return guard_engine().bank_signals(
        sha256=row.sha256, md5=row.md5, pdq_dihedral=variants, pdq_quality=int(evidence.get("pdq_quality") or 0)
    )


def bank_sweep(*, now: dt.datetime | None = None) -> int:
    """After a hash list arrives (or a bank grows): hide every image or file already on the site
    that a bank now blocks, and queue each for a human. Safe to run twice; returns how many."""
    now = _now(now)
    matcher = HashMatcher(DjangoBankStore(), None)
    candidates = list(
        Screening.objects.filter(status=ScreeningStatus.DONE)
        .exclude(kind="text")
        .exclude(decision=ScreeningDecision.BLOCK)
        .values_list("pk", "pdq", "md5", "sha256")
    )
    hidden = 0
    for pk, pdq, md5, sha256 in candidates:
        matches = matcher.match_pdq([pdq]) if pdq else []
        for kind, value in ((HashKind.MD5, md5), (HashKind.SHA256, sha256)):
            if value:
                matches += matcher.match_exact(kind, value)
        if not matches:
            continue
        best = matches[0]
        with transaction.atomic():
            row = Screening.objects.select_for_update().get(pk=pk)
            if row.decision == ScreeningDecision.BLOCK:
                continue  # blocked meanwhile
            reason = {
                "code": "hash_match",
                "detail": f"Matches a hash in the {best.bank} bank (case {best.case_id or 'unknown'}).",
                "decision": "block",
                "bank": best.bank,
                "case_id": best.case_id,
                "distance": best.distance,
            }
            site_content.screenings_block([row], reason=reason, now=now)
            content = site_content.content_for_screening(row)
            queue_item_add(
                kind=QueueKind.SCREENING,
                source_key=f"hash_match:{row.pk}",
                target_type=content.target_type,
                target_id=content.target_id,
                owner=content.owner,
                severity=95,
                summary=f"{content.label} matches the {best.bank} hash list; hidden until a moderator decides",
                evidence=_screening_evidence(row),
                screening_id=row.pk,
                now=now,
            )
            audit_record(
                action="guard.decision",
                target_type=row.subject_type,
                target_id=row.subject_id,
                reasons=["hash_match"],
                automated=True,
                actor_label="hash-list sweep",
                data={
                    "screening_id": row.pk,
                    "decision": "block",
                    "bank": best.bank,
                    "case_id": best.case_id,
                    "distance": best.distance,
                },
            )
        hidden += 1
    return hidden


def _bank_hashes(rows: Sequence[Screening], *, case_id: str, note: str) -> int:
    """Add every hash of the removed media to the takedown bank, so the guard blocks re-uploads."""
    store = DjangoBankStore()
    store.bank_ensure(TAKEDOWN_BANK)
    added = 0
    for row in rows:
        for kind, value in ((HashKind.PDQ, row.pdq), (HashKind.MD5, row.md5), (HashKind.SHA256, row.sha256)):
            if value:
                added += store.hash_add(BankEntry(TAKEDOWN_BANK, kind, value, case_id=case_id, note=note))
    return added


def _bank_hashes_withdraw(case_ids: set[str]) -> int:
    """An upheld appeal takes the case's hashes out of the block bank, or the restored picture
    could never be uploaded again."""
    store = DjangoBankStore()
    doomed = [e for e in store.hash_list(TAKEDOWN_BANK) if e.case_id in case_ids]
    return sum(store.hash_remove(TAKEDOWN_BANK, e.kind, e.value) for e in doomed)
