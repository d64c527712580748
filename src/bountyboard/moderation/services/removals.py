"""Removing content from the site: the content itself and, when asked, every copy of its media, with
its hashes banked, money refunded through the owning app and each owner told the statement of reasons.
Shared by decisions on reports and screenings and by takedown notices."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

import numpy as np
from django.core.files.storage import default_storage
from PIL import Image

from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.guard.image.perceptual import compute_pdq
from bountyboard.moderation import content as site_content
from bountyboard.moderation.guard_banks import bank_write_lock
from bountyboard.moderation.models import ModerationDecision
from bountyboard.moderation.selectors import screening_copies
from bountyboard.moderation.services.banks import _bank_hashes
from bountyboard.moderation.services.statements import GROUNDS, statement_of_reasons
from bountyboard.screening.models import Screening


def _image_hashes(row: Screening) -> tuple[str, ...]:
    """The 8 dihedral PDQ variants of a stored image (rotated and mirrored copies count as copies).
    Computed from the stored clean bytes; falls back to the recorded hash alone."""
    recorded = tuple((row.evidence or {}).get("pdq_dihedral") or ())
    if recorded:
        return tuple(str(h) for h in recorded)
    if row.kind != "image" or not row.stored_name:
        return (row.pdq,) if row.pdq else ()
    try:
        with default_storage.open(row.stored_name, "rb") as handle:
            image = Image.open(io.BytesIO(handle.read())).convert("RGB")
    except (OSError, ValueError):
        return (row.pdq,) if row.pdq else ()
    variants = compute_pdq(np.asarray(image)).dihedral
    return ((row.pdq,) if row.pdq else ()) + variants


def _copies_of(rows: Sequence[Screening]) -> list[Screening]:
    """Every screening row holding the same bytes or the same picture as any of ``rows``."""
    found: dict[int, Screening] = {row.pk: row for row in rows}
    for row in rows:
        if row.kind == "text":
            continue
        for copy in screening_copies(md5=row.md5, sha256=row.sha256, pdq_variants=_image_hashes(row)):
            found.setdefault(copy.pk, copy)
    return sorted(found.values(), key=lambda r: r.pk)


def _take_down(
    contents: Sequence[site_content.Content],
    *,
    actor: User,
    ground: str,
    why: str,
    what_prefix: str,
    decision: ModerationDecision | None,
    case_id: str,
    include_copies: bool,
    now: dt.datetime,
) -> dict[str, Any]:
    """Remove each piece of content (and, when asked, every copy of its media on the site), bank its
    hashes, refund money through the bounties services, and notify each owner with the statement."""
    screenings = [row for c in contents for row in c.screenings]
    media = [row for row in screenings if row.kind != "text"]
    if media:
        # Before looking for copies, to the commit: a scan finishing meanwhile waits, then checks
        # the banks again in its verdict (``banks.screening_banks_check``) and is blocked.
        bank_write_lock()
    copies = _copies_of(media) if include_copies else list(media)
    extra_targets = [site_content.content_for_screening(row) for row in copies if row.pk not in {s.pk for s in media}]
    targets = list(contents) + extra_targets
    reason = {
        "code": "moderation_removed",
        "detail": f"Removed by a moderator: {GROUNDS[ground][1]}.",
        "decision": "block",
        "ground": ground,
        "case_id": case_id,
    }
    removed: list[dict[str, Any]] = []
    refunds: list[dict[str, Any]] = []
    notified: set[int] = set()
    for target in targets:
        rows = target.screenings if target in contents else [r for r in target.screenings if r in copies]
        blocked = site_content.screenings_block(rows, reason=reason, now=now)
        outcome = site_content.content_take_down(target, actor=actor, reason=why, now=now)
        removed.append({**target.ref, "screenings": blocked, **outcome.get("removed", {})})
        refunds.extend(outcome.get("refunds", []))
        owner = target.owner
        if owner is not None and owner.pk not in notified:
            notified.add(owner.pk)
            statement = statement_of_reasons(
                what=f"{what_prefix}: {target.label or target.target_type + ' ' + target.target_id} was removed",
                why=why,
                ground=ground,
                automated_detection=False,
                automated_decision=False,
                decision_id=decision.pk if decision else None,
            )
            notification_create(
                user=owner,
                kind="moderation.outcome",
                message=f"{statement['what']}. Why: {why} Ground: {statement['ground']['text']}. {statement['how_to_appeal']}",
                url=f"/moderation/decisions/{decision.pk}/" if decision else "",
                target=(target.target_type, target.target_id),
            )
    # Block re-uploads of what was removed as media, or of anything removed under a notice or an
    # NCII / minor-safety report; a bounty removed for its words keeps its innocent pictures usable.
    bank_it = include_copies or any(c.target_type in ("image", "file") for c in contents)
    banked = _bank_hashes(copies, case_id=case_id, note=why[:200]) if media and bank_it else 0
    return {"removed": removed, "refunds": refunds, "hashes_banked": banked, "copies": len(copies) - len(media)}
