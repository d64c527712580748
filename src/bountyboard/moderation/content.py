"""What a moderation target is on this site: who owns it, which screening rows hold its text and
media, and how to take it down or put it back through the owning app's services.

Targets are ``(target_type, target_id)``: ``bounty:<id>``, ``entry:<id>``, ``comment:<id>``,
``user:<id>``, and ``image:<screening id>`` / ``file:<screening id>`` (an image or file is
addressed by its screening row, which holds its bytes and hashes, whichever bounty or entry it
belongs to). Only moderation services call this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model

from bountyboard.bounties import selectors as bounty_selectors
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import (
    Bounty,
    BountyFile,
    BountyImage,
    Comment,
    CommentStatus,
    Contribution,
    ContributionStatus,
    Entry,
    EntryFile,
    EntryImage,
    EntryStatus,
)
from bountyboard.errors import NotFound
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningStatus

User = get_user_model()

# Screening subject types that are a bounty's or an entry's own text (not media).
_BOUNTY_TEXT_SUBJECTS = ("bounty",)
_ENTRY_TEXT_SUBJECTS = ("entry",)
_COMMENT_SUBJECTS = ("comment",)


@dataclass
class Content:
    target_type: str
    target_id: str
    owner: Any | None  # accounts.User
    screenings: list[Screening] = field(default_factory=list)
    bounty: Bounty | None = None  # the bounty whose money is involved, if any
    entry: Entry | None = None
    comment: Comment | None = None
    label: str = ""

    @property
    def ref(self) -> dict[str, str]:
        return {"target_type": self.target_type, "target_id": self.target_id}


def _screenings_of(subject_types: tuple[str, ...], subject_id: int) -> list[Screening]:
    return list(Screening.objects.filter(subject_type__in=subject_types, subject_id=subject_id).order_by("pk"))


def _media_screenings_of_bounty(bounty: Bounty) -> list[Screening]:
    ids = list(BountyImage.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    ids += list(BountyFile.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    return list(Screening.objects.filter(pk__in=ids).order_by("pk"))


def _media_screenings_of_entry(entry: Entry) -> list[Screening]:
    ids = list(EntryImage.objects.filter(entry=entry).values_list("screening_id", flat=True))
    ids += list(EntryFile.objects.filter(entry=entry).values_list("screening_id", flat=True))
    return list(Screening.objects.filter(pk__in=ids).order_by("pk"))


def _unique(rows: list[Screening]) -> list[Screening]:
    return list({row.pk: row for row in rows}.values())


def content_resolve(target_type: str, target_id: str) -> Content:
    """Find the target, its owner and its screening rows. Raises ``NotFound`` naming the target."""
    missing = NotFound(f"{target_type}:{target_id} does not exist on this site", code="content_not_found")
    try:
        pk = int(target_id)
    except (TypeError, ValueError):
        raise missing from None
    if target_type == "bounty":
        bounty = Bounty.objects.select_related("poster").filter(pk=pk).first()
        if bounty is None:
            raise missing
        rows = _unique(_screenings_of(_BOUNTY_TEXT_SUBJECTS, pk) + _media_screenings_of_bounty(bounty))
        return Content("bounty", str(pk), bounty.poster, rows, bounty=bounty, label=f"bounty “{bounty.title}”")
    if target_type == "entry":
        entry = Entry.objects.select_related("entrant", "bounty").filter(pk=pk).first()
        if entry is None:
            raise missing
        rows = _unique(_screenings_of(_ENTRY_TEXT_SUBJECTS, pk) + _media_screenings_of_entry(entry))
        return Content("entry", str(pk), entry.entrant, rows, bounty=entry.bounty, entry=entry, label=f"entry {pk}")
    if target_type in ("image", "file"):
        row = Screening.objects.filter(pk=pk).first()
        if row is None or (target_type == "image" and row.kind != "image"):
            raise missing
        return _media_content(target_type, row)
    if target_type == "comment":
        comment = Comment.objects.select_related("author", "bounty").filter(pk=pk).first()
        if comment is None:
            raise missing
        rows = _screenings_of(_COMMENT_SUBJECTS, pk)
        return Content("comment", str(pk), comment.author, rows, comment=comment, label=f"comment {pk}")
    if target_type == "user":
        user = User.objects.filter(pk=pk).first()
        if user is None:
            raise missing
        return Content("user", str(pk), user, [], label=f"user {user.get_username()}")
    raise NotFound(f"{target_type!r} is not a kind of content", code="content_not_found")


def content_visible_to(content: Content, viewer: Any) -> bool:
    """Whether ``viewer`` (``None`` for anonymous) can see this content on the site. A report on
    content they cannot see answers exactly as one on content that does not exist, so reports do
    not reveal drafts, held entries or hidden comments (issue 12)."""
    if content.target_type == "user":
        return True
    moderator = bool(getattr(viewer, "is_moderator", False))
    viewer_id = getattr(viewer, "pk", None)
    if content.target_type in ("image", "file"):
        if content.owner is None:
            return moderator
        mine = content.owner.pk == viewer_id
        if not (mine or moderator or all(row.is_allowed for row in content.screenings)):
            return False
    if content.comment is not None and content.target_type == "comment":
        comment = content.comment
        if not (comment.status == CommentStatus.VISIBLE or comment.author_id == viewer_id or moderator):
            return False
    if content.entry is not None:
        return bounty_selectors.entry_get(entry_id=content.entry.pk, viewer=viewer) is not None
    if content.bounty is not None:
        return bounty_selectors.bounty_can_view(content.bounty, viewer)
    comment_bounty = content.comment.bounty if content.comment is not None else None
    return comment_bounty is None or bounty_selectors.bounty_can_view(comment_bounty, viewer)


def _media_content(target_type: str, row: Screening) -> Content:
    label = f"{target_type} {row.pk}"
    bounty_media = (
        BountyImage.objects.select_related("bounty__poster").filter(screening=row).first()
        or BountyFile.objects.select_related("bounty__poster").filter(screening=row).first()
    )
    if bounty_media is not None:
        bounty = bounty_media.bounty
        return Content(target_type, str(row.pk), bounty.poster, [row], bounty=bounty, label=label)
    entry_image = EntryImage.objects.select_related("entry__entrant", "entry__bounty").filter(screening=row).first()
    entry_file = EntryFile.objects.select_related("entry__entrant", "entry__bounty").filter(screening=row).first()
    holder = entry_image or entry_file
    if holder is not None:
        entry = holder.entry
        return Content(target_type, str(row.pk), entry.entrant, [row], bounty=entry.bounty, entry=entry, label=label)
    return Content(target_type, str(row.pk), None, [row], label=label)


def content_for_screening(row: Screening) -> Content:
    """The moderation target a screening row belongs to (its media, or its text's owner)."""
    if row.kind in ("image", "model", "archive"):
        return _media_content("image" if row.kind == "image" else "file", row)
    subject = row.subject_type
    if subject in _BOUNTY_TEXT_SUBJECTS:
        return content_resolve("bounty", str(row.subject_id))
    if subject in _ENTRY_TEXT_SUBJECTS:
        return content_resolve("entry", str(row.subject_id))
    if subject in _COMMENT_SUBJECTS:
        return content_resolve("comment", str(row.subject_id))
    return Content(subject, str(row.subject_id), None, [row], label=f"{subject} {row.subject_id}")


def screenings_block(rows: list[Screening], *, reason: dict[str, Any], now: dt.datetime) -> list[int]:
    """Hide content by turning its screening decision into ``block`` (every page and the media view
    check the screening first, so this is what takes it off the site), keeping the guard's reasons
    and adding the moderation reason on top."""
    changed = []
    for row in rows:
        if row.decision == ScreeningDecision.BLOCK and any(r.get("code") == reason["code"] for r in row.reasons):
            continue
        row.decision = ScreeningDecision.BLOCK
        if row.status == ScreeningStatus.PENDING:
            row.status = ScreeningStatus.DONE
        row.reasons = [*row.reasons, reason]
        row.finished_at = row.finished_at or now
        row.save(update_fields=["decision", "status", "reasons", "finished_at"])
        changed.append(row.pk)
    return changed


def screenings_allow(rows: list[Screening], *, reason: dict[str, Any]) -> list[int]:
    """A moderator approved (or restored) content: the human decision replaces the guard's review
    or a moderation block. Never called for hard-floor blocks (see ``services.decisions.queue_decide``)."""
    changed = []
    for row in rows:
        if row.status == ScreeningStatus.PENDING:
            continue  # never publish something the guard has not looked at yet (fail closed)
        row.decision = ScreeningDecision.ALLOW
        row.status = ScreeningStatus.DONE
        row.reasons = [*row.reasons, reason]
        row.save(update_fields=["decision", "status", "reasons"])
        changed.append(row.pk)
    return changed


def content_take_down(target: Content, *, actor: Any, reason: str, now: dt.datetime) -> dict[str, Any]:
    """The owning app's side of a removal. A bounty (or one of its reference images) is removed
    through ``bounties.services.bounty_remove``, which refunds every benefactor who has not awarded;
    an entry (or its image or file) is hidden; a comment is hidden."""
    removed: dict[str, Any] = {}
    refunds: list[dict[str, Any]] = []
    if target.bounty is not None and target.entry is None and target.target_type in ("bounty", "image", "file"):
        bounty = Bounty.objects.get(pk=target.bounty.pk)
        if bounty.status not in _BOUNTY_CLOSED:
            held = _held_contributions(bounty)
            bounty_services.bounty_remove(moderator=actor, bounty_id=bounty.pk, reason=reason)
            still_held = {c["id"] for c in _held_contributions(bounty)}
            refunds = [c for c in held if c["id"] not in still_held]
        removed["bounty_status"] = Bounty.objects.filter(pk=bounty.pk).values_list("status", flat=True).first()
    elif target.entry is not None:
        entry = bounty_services.entry_hide(moderator=actor, entry_id=target.entry.pk, reason=reason)
        removed["entry_status"] = str(entry.status)
    elif target.comment is not None:
        Comment.objects.filter(pk=target.comment.pk).update(status=CommentStatus.HIDDEN)
        removed["comment_status"] = CommentStatus.HIDDEN.value
    return {"removed": removed, "refunds": refunds}


_BOUNTY_CLOSED = frozenset({"removed", "cancelled", "rejected"})


def _entry_locked(entry_id: int) -> Entry:
    """Lock the bounty, then the entry: the order the bounties services use, so no deadlock. Held
    while checking the entry's screenings, then the bounties service changes it (same transaction)."""
    bounty_id = Entry.objects.filter(pk=entry_id).values_list("bounty_id", flat=True).get()
    Bounty.objects.select_for_update().filter(pk=bounty_id).first()
    return Entry.objects.select_for_update().get(pk=entry_id)


def _entry_parts_allowed(entry: Entry) -> bool:
    parts = _media_screenings_of_entry(entry) + _screenings_of(_ENTRY_TEXT_SUBJECTS, entry.pk)
    return all(_allowed(p) for p in parts)


def _held_contributions(bounty: Bounty) -> list[dict[str, Any]]:
    return [
        {"id": c.pk, "benefactor_id": c.benefactor_id, "amount": c.amount}
        for c in Contribution.objects.filter(bounty=bounty, status=ContributionStatus.HELD).order_by("pk")
    ]


def content_reviewed(content: Content, *, actor: Any, now: dt.datetime) -> dict[str, Any]:
    """A moderator approved a guard ``review``: the owning object leaves review (a bounty opens
    through ``bounties.services.bounty_review_resolve``; an entry becomes visible)."""
    bounty, entry = content.bounty, content.entry
    if entry is not None:
        entry = _entry_locked(entry.pk)
        if entry.status == EntryStatus.IN_REVIEW and _entry_parts_allowed(entry):
            entry = bounty_services.entry_review_resolve(
                moderator=actor, entry_id=entry.pk, approve=True, note="approved from the moderation queue"
            )
        return {"entry_status": entry.status}
    if bounty is not None:
        bounty = Bounty.objects.get(pk=bounty.pk)
        parts = _screenings_of(_BOUNTY_TEXT_SUBJECTS, bounty.pk)
        if bounty.status == "in_review" and all(_allowed(p) for p in parts):
            bounty = bounty_services.bounty_review_resolve(
                moderator=actor, bounty_id=bounty.pk, approve=True, note="approved from the moderation queue"
            )
        if bounty.hidden_at is not None and all(_allowed(p) for p in parts):
            # Hidden by a re-scan match whatever its status: shown again in the status it kept.
            bounty = bounty_services.bounty_unhide(
                moderator=actor, bounty_id=bounty.pk, note="approved from the moderation queue"
            )
        return {"bounty_status": bounty.status}
    if content.comment is not None:
        Comment.objects.filter(pk=content.comment.pk, status=CommentStatus.HIDDEN).update(status=CommentStatus.VISIBLE)
    return {}


def _allowed(row: Screening) -> bool:
    return row.status == ScreeningStatus.DONE and row.decision == ScreeningDecision.ALLOW


def content_restore(content: Content, *, actor: Any, now: dt.datetime) -> dict[str, Any]:
    """An upheld appeal or counter-notice puts hidden content back (an entry through
    ``bounties.services.entry_restore``). A removed bounty stays closed: its benefactors were
    refunded, so reopening it would hold no money; the poster can post again."""
    if content.entry is not None:
        entry = _entry_locked(content.entry.pk)
        if entry.status == EntryStatus.BLOCKED and _entry_parts_allowed(entry):
            entry = bounty_services.entry_restore(moderator=actor, entry_id=entry.pk, note="appeal upheld")
        return {"entry_status": entry.status}
    if content.comment is not None:
        Comment.objects.filter(pk=content.comment.pk).update(status=CommentStatus.VISIBLE)
        return {"comment_status": CommentStatus.VISIBLE.value}
    return {}
