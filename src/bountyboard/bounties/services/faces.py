"""Unknown real faces across a submission (issue 9; docs/guard-media.md, "Faces in a submission").

Each image scan keeps its faces (``Screening.faces``). Here they are gathered per submission and
grouped by identity: a bounty is its references (reference images, and the images inside its
reference datasets and model thumbnails); an entry is its samples (sample images, datasets,
model thumbnails) together with its bounty's references. The guard turns every group nobody in the
registry matched into an ``UNREGISTERED_FACE`` signal, which the pooled decision weighs with the
rest: the same real face in two images, or in both references and samples, needs that person's
registered, verified consent; a single one in a likeness bounty goes to a moderator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from bountyboard.bounties.models import Bounty
from bountyboard.guard.policy import UNREGISTERED_REAL_FACE_REPEATED
from bountyboard.guard.signals import Signal
from bountyboard.screening.engine import guard_engine
from bountyboard.screening.faces import screening_submission_faces
from bountyboard.screening.models import Screening
from bountyboard.screening.services import screenings_decision_raise

PART_REFERENCE = "reference"  # a bounty's side of a submission
PART_SAMPLE = "sample"  # an entry's side

# An entry has no consent of its own: its samples behind a repeated face are held, so no approval of
# the entry serves them. Review reasons hold nothing: the bounty or entry waits in review itself, and
# moderation queues it with its pooled verdict (a held part would keep a moderator from approving it).
ENTRY_HELD = frozenset({UNREGISTERED_REAL_FACE_REPEATED})


def bounty_face_signals(bounty: Bounty, parts: Sequence[Screening]) -> list[Signal]:
    """``UNREGISTERED_FACE`` signals for the faces across a bounty's scanned references."""
    faces = screening_submission_faces(parts, part=PART_REFERENCE)
    if not faces:
        return []
    return guard_engine().submission_face_signals(faces, bounty_type=bounty.type)


def entry_face_signals(bounty: Bounty, references: Sequence[Screening], samples: Sequence[Screening]) -> list[Signal]:
    """``UNREGISTERED_FACE`` signals for the faces of an entry's samples, grouped with its bounty's
    references. Only groups with a sample face in them count: a face seen only in the references
    was the bounty's to answer for, not the entry's."""
    sample_faces = screening_submission_faces(samples, part=PART_SAMPLE)
    if not sample_faces:
        return []
    faces = screening_submission_faces(references, part=PART_REFERENCE) + sample_faces
    signals = guard_engine().submission_face_signals(faces, bounty_type=bounty.type)
    return [s for s in signals if PART_SAMPLE in s.detail.get("parts", ())]


def face_reasons_hold(reasons: Iterable[dict[str, Any]], *, rows: Sequence[Screening], codes: frozenset[str]) -> list[int]:
    """Hold the image scans behind unknown real faces at the decision of their reason (``codes``:
    which reasons), among ``rows`` only: a ``consent_required`` row is never served, whoever approves
    the object it belongs to. Returns the screening ids changed (handler's transaction)."""
    own = {row.pk for row in rows}
    changed: list[int] = []
    for reason in reasons:
        if reason.get("code") not in codes:
            continue
        image_ids = [i for e in reason.get("evidence") or [] for i in (e.get("detail") or {}).get("image_ids", [])]
        screening_ids = sorted({int(str(i).split("/", 1)[0]) for i in image_ids} & own)
        held = {k: v for k, v in reason.items() if k != "evidence"}
        changed += screenings_decision_raise(screening_ids=screening_ids, decision=reason["decision"], reason=held)
    return changed
