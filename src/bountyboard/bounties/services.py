"""Bounty writes. Each public function is one ``transaction.atomic``: the state change, its ledger
movement (``ledger_post`` with an idempotency key derived from the change) and its audit event
commit together, or nothing does. Rules are enforced here, not only in forms.

Lock order, everywhere: bounty row -> entry row -> ledger accounts (ledger_post) -> audit chain head.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, TypeAlias

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    PUBLIC_STATUSES,
    RATING_LEVEL,
    Award,
    AwardKind,
    Bounty,
    BountyFile,
    BountyFileKind,
    BountyFollow,
    BountyImage,
    BountyStatus,
    BountyType,
    Comment,
    CommentStatus,
    ContentRating,
    Contribution,
    ContributionStatus,
    Entry,
    EntryFile,
    EntryImage,
    EntryMode,
    EntryStatus,
    FollowKind,
    Reaction,
    ReactionKind,
    Tip,
)
from bountyboard.bounties.rendering import markdown_to_safe_html
from bountyboard.bounties.search import search_document_for, search_document_index
from bountyboard.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from bountyboard.guard.verdict import Decision
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import escrow_for, ledger_post, platform_fee_account, wallet_for
from bountyboard.screening.engine import guard_engine, signals_from_json
from bountyboard.screening.models import Screening, ScreeningKind, ScreeningStatus
from bountyboard.screening.services import (
    screening_kind_for_file,
    screening_request,
    screening_upload_check,
)

if TYPE_CHECKING:
    from bountyboard.accounts.models import User

# Subject types this app registers with the screening bridge (BountiesConfig.ready).
SUBJECT_BOUNTY = "bounty"  # title/description/tags and every reference image
SUBJECT_ENTRY = "entry"  # description, sample images and deliverable files
SUBJECT_COMMENT = "comment"

EDITABLE_FIELDS = frozenset(
    {"title", "description", "type", "base_model", "model_details", "tags", "prize", "starts_at", "expires_at",
     "entry_mode", "min_contribution", "max_contribution", "entry_limit", "rights_statement", "rating"}
)
# Fields that change what entrants and benefactors signed up for: frozen once others are involved.
LOCKABLE_FIELDS = frozenset(
    {"type", "base_model", "model_details", "prize", "starts_at", "expires_at", "entry_mode",
     "min_contribution", "max_contribution", "entry_limit"}
)


def _setting(name: str, default: Any) -> Any:
    return getattr(settings, name, default)


def prize_limits() -> tuple[int, int]:
    return int(_setting("BOUNTY_PRIZE_MIN", 100)), int(_setting("BOUNTY_PRIZE_MAX", 1_000_000))


def award_window() -> dt.timedelta:
    return dt.timedelta(hours=float(_setting("BOUNTY_AWARD_WINDOW_HOURS", 48)))


def platform_fee_for(amount: int) -> int:
    """The platform's cut of an award, in whole credits rounded down (default 0%)."""
    percent = int(_setting("BOUNTY_PLATFORM_FEE_PERCENT", 0))
    return amount * percent // 100


# --- helpers ---------------------------------------------------------------------------------------


def _bounty_locked(bounty_id: int) -> Bounty:
    bounty = Bounty.objects.select_for_update().filter(pk=bounty_id).first()
    if bounty is None:
        raise NotFound("no such bounty", code="bounty_not_found")
    return bounty


def _entry_locked(entry_id: int) -> tuple[Bounty, Entry]:
    bounty_id = Entry.objects.filter(pk=entry_id).values_list("bounty_id", flat=True).first()
    if bounty_id is None:
        raise NotFound("no such entry", code="entry_not_found")
    bounty = _bounty_locked(bounty_id)
    entry = Entry.objects.select_for_update().get(pk=entry_id)
    return bounty, entry


def _is_moderator(user: User | None) -> bool:
    return bool(user is not None and getattr(user, "is_moderator", False))


def _require_active(user: User) -> None:
    if getattr(user, "is_banned", False):
        raise PermissionDenied("this account is suspended", code="account_banned")


def _int_amount(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationFailed(f"{field}: must be a whole number of credits", code="invalid_amount")
    if value <= 0:
        raise ValidationFailed(f"{field}: must be more than 0", code="invalid_amount")
    return value


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise ValidationFailed("tags: each tag must be text", code="invalid_tags")
        value = " ".join(tag.strip().lower().split())[:40]
        if value and value not in seen:
            seen.append(value)
    if len(seen) > 20:
        raise ValidationFailed("tags: at most 20 tags", code="invalid_tags")
    return seen


def _validate_fields(values: dict[str, Any], *, now: dt.datetime, publishing: bool = False) -> None:
    """Every rule on a bounty's own fields; raises ``ValidationFailed`` naming the field."""
    title = values["title"]
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise ValidationFailed("title: required, at most 200 characters", code="invalid_title")
    if len(values["description"]) > 20_000:
        raise ValidationFailed("description: at most 20,000 characters", code="invalid_description")
    if values["type"] not in BountyType.values:
        raise ValidationFailed(f"type: one of {', '.join(BountyType.values)}", code="invalid_type")
    if values["entry_mode"] not in EntryMode.values:
        raise ValidationFailed("entry_mode: 'open' or 'benefactors'", code="invalid_entry_mode")
    if values["rating"] not in ContentRating.values:
        raise ValidationFailed(f"rating: one of {', '.join(ContentRating.values)}", code="invalid_rating")
    low, high = prize_limits()
    prize = _int_amount(values["prize"], "prize")
    if not low <= prize <= high:
        raise ValidationFailed(f"prize: between {low} and {high} credits", code="prize_out_of_range")
    minimum = _int_amount(values["min_contribution"], "min_contribution")
    maximum = values["max_contribution"]
    if maximum is not None:
        maximum = _int_amount(maximum, "max_contribution")
        if maximum < minimum:
            raise ValidationFailed("max_contribution: must not be below min_contribution", code="invalid_amount")
    entry_limit = values["entry_limit"]
    if isinstance(entry_limit, bool) or not isinstance(entry_limit, int) or not 1 <= entry_limit <= 100:
        raise ValidationFailed("entry_limit: between 1 and 100", code="invalid_entry_limit")
    starts_at, expires_at = values["starts_at"], values["expires_at"]
    if expires_at <= starts_at:
        raise ValidationFailed("expires_at: must be after starts_at", code="invalid_dates")
    if expires_at - starts_at > dt.timedelta(days=int(_setting("BOUNTY_MAX_DURATION_DAYS", 90))):
        raise ValidationFailed("expires_at: a bounty runs at most 90 days", code="invalid_dates")
    if publishing and expires_at <= now:
        raise ValidationFailed("expires_at: already in the past", code="invalid_dates")
    if len(values["rights_statement"]) > 5_000:
        raise ValidationFailed("rights_statement: at most 5,000 characters", code="invalid_rights")


def _text_for_screening(bounty: Bounty) -> str:
    return "\n".join([bounty.title, bounty.description, " ".join(bounty.tags)])


def _refresh_search(bounty: Bounty) -> None:
    bounty.search_document = search_document_for(
        title=bounty.title, description=bounty.description, tags=bounty.tags, base_model=bounty.base_model
    )
    Bounty.objects.filter(pk=bounty.pk).update(search_document=bounty.search_document)
    search_document_index([bounty.pk])


def _followers(bounty: Bounty, *, exclude: Iterable[int] = ()) -> list[User]:
    """Poster, benefactors and trackers: who hears about a bounty's events."""
    from bountyboard.accounts.models import User

    ids = {bounty.poster_id}
    ids.update(Contribution.objects.filter(bounty=bounty).values_list("benefactor_id", flat=True))
    ids.update(BountyFollow.objects.filter(bounty=bounty, kind=FollowKind.TRACK).values_list("user_id", flat=True))
    ids.difference_update(exclude)
    return list(User.objects.filter(pk__in=ids))


def _notify(users: Iterable[User], *, kind: str, message: str, bounty: Bounty) -> None:
    for user in users:
        notification_create(user=user, kind=kind, message=message, url=f"/bounties/{bounty.pk}/", target=bounty)


def _refund_held(bounty: Bounty, *, reason: str, actor: User | None = None) -> int:
    """Return every held stake to its benefactor. Returns the credits refunded."""
    total = 0
    escrow = escrow_for(bounty.pk)
    for contribution in Contribution.objects.select_for_update().filter(
        bounty=bounty, status=ContributionStatus.HELD
    ).order_by("pk"):
        tx = ledger_post(
            idempotency_key=f"refund:{contribution.pk}",
            kind=TransactionKind.REFUND,
            postings=[(escrow, -contribution.amount), (wallet_for(contribution.benefactor), contribution.amount)],
            memo=f"refund of bounty {bounty.pk} ({reason})",
        )
        contribution.status = ContributionStatus.REFUNDED
        contribution.settled_at = timezone.now()
        contribution.save(update_fields=["status", "settled_at"])
        audit_record(
            action="bounty.refund",
            target_type="bounty",
            target_id=bounty.pk,
            reasons=[reason],
            automated=actor is None,
            actor=actor,
            data={"contribution_id": contribution.pk, "amount": contribution.amount, "ledger_transaction_id": tx.pk},
        )
        total += contribution.amount
    if total:
        Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") - total)
        bounty.pool -= total
    return total


def _close(bounty: Bounty, status: str) -> None:
    bounty.status = status
    bounty.closed_at = timezone.now()
    bounty.save(update_fields=["status", "closed_at", "updated_at"])


# --- create, edit, images, publish ------------------------------------------------------------------


def bounty_create(
    *,
    poster: User,
    title: str,
    description: str = "",
    type: str,
    base_model: str = "",
    model_details: dict[str, Any] | None = None,
    tags: Sequence[str] = (),
    prize: int,
    starts_at: dt.datetime | None = None,
    expires_at: dt.datetime,
    entry_mode: str = EntryMode.OPEN,
    min_contribution: int = 1,
    max_contribution: int | None = None,
    entry_limit: int = 1,
    rights_statement: str = "",
    rating: str = ContentRating.PG,
) -> Bounty:
    """Create a draft (editable, no money moves). ``publish`` escrows the prize later."""
    _require_active(poster)
    now = timezone.now()
    values: dict[str, Any] = {
        "title": (title or "").strip(),
        "description": description or "",
        "type": type,
        "base_model": (base_model or "").strip()[:64],
        "model_details": dict(model_details or {}),
        "tags": _clean_tags(tags),
        "prize": prize,
        "starts_at": starts_at or now,
        "expires_at": expires_at,
        "entry_mode": entry_mode,
        "min_contribution": min_contribution,
        "max_contribution": max_contribution,
        "entry_limit": entry_limit,
        "rights_statement": (rights_statement or "").strip(),
        "rating": rating,
    }
    _validate_fields(values, now=now)
    with transaction.atomic():
        bounty = Bounty.objects.create(
            poster=poster, description_html=markdown_to_safe_html(values["description"]), **values
        )
        _refresh_search(bounty)
        audit_record(action="bounty.create", target_type="bounty", target_id=bounty.pk, automated=False, actor=poster)
    return bounty


def bounty_is_locked(bounty: Bounty) -> bool:
    """Terms are frozen once someone else joined (an entry or another benefactor) or a moderator locked it."""
    if bounty.locked_by_moderator:
        return True
    if Entry.objects.filter(bounty=bounty).exclude(status=EntryStatus.WITHDRAWN).exists():
        return True
    return Contribution.objects.filter(bounty=bounty, is_poster=False).exists()


def bounty_update(*, actor: User, bounty_id: int, **changes: Any) -> Bounty:
    """Edit a bounty. Drafts: anything. Published: title/description/tags/rights re-screen the text
    (the bounty goes back to ``screening``, hidden); the terms are refused once locked."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValidationFailed(f"cannot edit: {', '.join(sorted(unknown))}", code="invalid_field")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can edit this bounty", code="not_poster")
        published = bounty.status != BountyStatus.DRAFT
        if published:
            if bounty.status not in (BountyStatus.OPEN, BountyStatus.SCREENING, BountyStatus.IN_REVIEW,
                                     BountyStatus.CONSENT_PENDING):
                raise Conflict(f"a {bounty.status} bounty can no longer be edited", code="bounty_not_editable")
            if "prize" in changes:
                raise Conflict("the prize is escrowed; add to the pool as a benefactor instead", code="bounty_locked")
            if set(changes) & LOCKABLE_FIELDS and bounty_is_locked(bounty):
                raise Conflict("the terms are locked once there are entries or other benefactors",
                               code="bounty_locked")
        values = {name: getattr(bounty, name) for name in EDITABLE_FIELDS}
        if "tags" in changes:
            changes["tags"] = _clean_tags(changes["tags"])
        values.update(changes)
        _validate_fields(values, now=timezone.now(), publishing=published)
        text_changed = any(values[n] != getattr(bounty, n) for n in ("title", "description", "tags"))
        for name, value in changes.items():
            setattr(bounty, name, value)
        bounty.description_html = markdown_to_safe_html(bounty.description)
        if published and text_changed:
            bounty.text_screening = screening_request(
                subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=ScreeningKind.TEXT,
                text=_text_for_screening(bounty),
            )
            bounty.status = BountyStatus.SCREENING
        bounty.save()
        _refresh_search(bounty)
        audit_record(action="bounty.update", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=actor, data={"fields": sorted(changes)})
    return bounty


def bounty_image_add(*, actor: User, bounty_id: int, data: bytes, filename: str = "image") -> BountyImage:
    """Attach a reference image to a draft. Its scan starts now; the bytes kept are the guard's
    metadata-free re-encoding."""
    screening_upload_check(kind=ScreeningKind.IMAGE, filename=filename, data=data)
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can add images", code="not_poster")
        if bounty.status != BountyStatus.DRAFT:
            raise Conflict("reference images can only be added to a draft", code="bounty_not_draft")
        if bounty.images.count() >= 20:
            raise ValidationFailed("at most 20 reference images", code="too_many_images")
        screening = screening_request(
            subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=ScreeningKind.IMAGE, upload=data,
            filename=filename,
        )
        image = BountyImage.objects.create(bounty=bounty, screening=screening, position=bounty.images.count())
    return image


REFERENCE_FILES_MAX = 10
_TEXT_FILE_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".json": "application/json",
                    ".yaml": "application/yaml", ".yml": "application/yaml"}
# Formats the guard has no scanner for: refused with the reason rather than stored unscanned.
_UNSCANNABLE_SUFFIXES = {".pdf": "PDF", ".docx": "Word", ".doc": "Word", ".odt": "OpenDocument", ".rtf": "RTF"}


def bounty_file_limits() -> tuple[int, int]:
    """(largest reference file, largest text reference file) in bytes, from settings."""
    return (int(_setting("BOUNTY_FILE_MAX_BYTES", 512 * 1024 * 1024)),
            int(_setting("BOUNTY_TEXT_FILE_MAX_BYTES", 1024 * 1024)))


def bounty_file_size_check(*, filename: str, size: int | None) -> None:
    """The reference-file size rule. Pages and the API call it with the upload's declared size
    before reading it into memory; ``bounty_file_add`` calls it again with the bytes it got."""
    max_bytes, _text_max = bounty_file_limits()
    if size is not None and size > max_bytes:
        raise ValidationFailed(f"{filename} is larger than {max_bytes // (1024 * 1024)} MB", code="file_too_large")


def _reference_file_kind(filename: str, data: bytes) -> tuple[str, str]:
    """(BountyFileKind, ScreeningKind) for an accepted reference file, else ``ValidationFailed``."""
    suffix = PurePosixPath(filename.lower()).suffix
    if suffix in _TEXT_FILE_TYPES:
        return BountyFileKind.TEXT, ScreeningKind.TEXT
    if suffix in _UNSCANNABLE_SUFFIXES:
        raise ValidationFailed(
            f"{filename}: {_UNSCANNABLE_SUFFIXES[suffix]} files cannot be scanned by the guard, so they are not "
            "accepted; paste the text into a .txt or .md file instead",
            code="file_type_unscannable",
        )
    try:
        scan_kind = screening_kind_for_file(filename)  # .safetensors / .zip; pickles refused with the reason
    except ValidationFailed as exc:
        if exc.code == "file_type_unsafe":
            raise
        raise ValidationFailed(
            f"{filename}: reference files must be .safetensors, .zip datasets or .txt/.md/.json/.yaml text",
            code="reference_file_type",
        ) from exc
    return (BountyFileKind.MODEL if scan_kind == ScreeningKind.MODEL else BountyFileKind.DATASET), scan_kind


def bounty_file_add(*, actor: User, bounty_id: int, data: bytes, filename: str) -> BountyFile:
    """Attach a reference file to a draft: a ``.safetensors`` model (the guard's model scanner), a
    ``.zip`` dataset (validated, then scanned member by member) or UTF-8 text (the text scanner).
    Its screening joins the bounty's pooled decision at publish; it is served only once allowed."""
    filename = filename or "file"
    file_kind, scan_kind = _reference_file_kind(filename, data)
    _max_bytes, text_max_bytes = bounty_file_limits()
    if not data:
        raise ValidationFailed(f"{filename} is empty", code="file_empty")
    bounty_file_size_check(filename=filename, size=len(data))
    text = ""
    if file_kind == BountyFileKind.TEXT:
        if len(data) > text_max_bytes:
            raise ValidationFailed(f"{filename}: text files are limited to {text_max_bytes // 1024} KB",
                                   code="file_too_large")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationFailed(f"{filename} is not UTF-8 text", code="text_invalid") from exc
    else:
        screening_upload_check(kind=scan_kind, filename=filename, data=data, size=len(data))
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can add reference files", code="not_poster")
        if bounty.status != BountyStatus.DRAFT:
            raise Conflict("reference files can only be added to a draft", code="bounty_not_draft")
        if bounty.files.count() >= REFERENCE_FILES_MAX:
            raise ValidationFailed(f"at most {REFERENCE_FILES_MAX} reference files", code="too_many_files")
        stored_name = ""
        content_type = "application/octet-stream"
        if file_kind == BountyFileKind.TEXT:
            suffix = PurePosixPath(filename.lower()).suffix
            content_type = _TEXT_FILE_TYPES[suffix]
            # Private path, served only by the media view after the screening allows it.
            stored_name = default_storage.save(f"bounty_files/{uuid.uuid4().hex}{suffix}", ContentFile(data))
            screening = screening_request(subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=scan_kind,
                                          text=text, filename=filename, content_type=content_type)
        else:
            screening = screening_request(subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=scan_kind,
                                          upload=data, filename=filename, content_type=content_type)
        reference = BountyFile.objects.create(
            bounty=bounty, screening=screening, kind=file_kind, filename=screening.filename, size=len(data),
            content_type=content_type, stored_name=stored_name,
        )
        audit_record(action="bounty.file_add", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=actor, data={"file_id": reference.pk, "kind": file_kind, "size": len(data),
                                        "screening_id": screening.pk})
    return reference


def bounty_publish(*, actor: User, bounty_id: int) -> Bounty:
    """Draft -> screening: escrow the prize from the poster's wallet (the poster is the first
    benefactor) and scan the text; the guard's pooled verdict then opens, holds or rejects it."""
    _require_active(actor)
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can publish this bounty", code="not_poster")
        if bounty.status != BountyStatus.DRAFT:
            raise Conflict(f"this bounty is already {bounty.status}", code="bounty_not_draft")
        if not bounty.rights_statement:
            raise ValidationFailed("rights_statement: say what rights you hold over the references",
                                   code="rights_statement_required")
        if not bounty.images.exists():
            raise ValidationFailed("add at least one reference image before publishing", code="image_required")
        values = {name: getattr(bounty, name) for name in EDITABLE_FIELDS}
        _validate_fields(values, now=timezone.now(), publishing=True)
        contribution = Contribution.objects.create(
            bounty=bounty, benefactor=actor, amount=bounty.prize, is_poster=True
        )
        tx = ledger_post(
            idempotency_key=f"contribution:{contribution.pk}",
            kind=TransactionKind.BOUNTY_FUNDING,
            postings=[(wallet_for(actor), -bounty.prize), (escrow_for(bounty.pk), bounty.prize)],
            memo=f"prize of bounty {bounty.pk}",
        )
        bounty.pool = bounty.prize
        bounty.benefactor_count = 1
        bounty.status = BountyStatus.SCREENING
        bounty.published_at = timezone.now()
        bounty.text_screening = screening_request(
            subject_type=SUBJECT_BOUNTY, subject_id=bounty.pk, kind=ScreeningKind.TEXT,
            text=_text_for_screening(bounty),
        )
        bounty.save()
        audit_record(action="bounty.publish", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=actor, data={"prize": bounty.prize, "ledger_transaction_id": tx.pk})
    return bounty


# --- guard callbacks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PooledDecision:
    decision: str
    rating: str
    reasons: list[dict[str, Any]]
    person_ids: list[str]


def pooled_decision(parts: Sequence[Screening], *, consented_person_ids: Iterable[str] = ()) -> PooledDecision | None:
    """One decision over several scanned parts, or None while any part is still pending.

    The guard decides over the pooled signals (a name in the text plus a face in an image); the
    result is never milder than any single part's own decision (fail closed).
    """
    if not parts or any(p.status == ScreeningStatus.PENDING for p in parts):
        return None
    reasons: list[dict[str, Any]] = []
    decision = Decision.ALLOW
    rating = ContentRating.PG.value
    person_ids: set[str] = set()
    done = [p for p in parts if p.status == ScreeningStatus.DONE]
    if done:
        signals = signals_from_json(s for p in done for s in p.signals)
        verdict = guard_engine().decide(signals, consented_person_ids=tuple(consented_person_ids))
        decision = verdict.decision
        rating = verdict.rating.value
        reasons = [r.to_json() for r in verdict.reasons]
        person_ids.update(pid for r in verdict.reasons for pid in r.person_ids)
    seen_codes = {r["code"] for r in reasons}
    for part in parts:
        part_decision = Decision(part.decision or Decision.REVIEW)
        if part_decision == Decision.CONSENT_REQUIRED and consented_person_ids and part.status == ScreeningStatus.DONE:
            part_decision = decision  # the pooled verdict above already weighed the consents given
        if part_decision.severity > decision.severity:
            decision = part_decision
        if part.rating in RATING_LEVEL and RATING_LEVEL[ContentRating(part.rating)] > RATING_LEVEL[ContentRating(rating)]:
            rating = part.rating
        person_ids.update(part.person_ids or [])
        for reason in part.reasons:
            reason_decision = Decision(reason.get("decision", "review"))
            if consented_person_ids and reason_decision == Decision.CONSENT_REQUIRED:
                continue
            if reason.get("code") not in seen_codes and reason_decision != Decision.ALLOW:
                reasons.append(reason)
                seen_codes.add(reason.get("code"))
    return PooledDecision(decision.value, rating, reasons, sorted(person_ids))


def _bounty_parts(bounty: Bounty) -> list[Screening]:
    ids = list(BountyImage.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    # Reference files count too: a LoRA trained on a person or a text naming someone changes the decision.
    ids += list(BountyFile.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    if bounty.text_screening_id:
        ids.append(bounty.text_screening_id)
    return list(Screening.objects.filter(pk__in=ids))


def on_bounty_screened(screening: Screening) -> None:
    """Screening handler for subject ``bounty``: once the text and every reference image are scanned,
    move the bounty from ``screening`` to open / consent_pending / in_review / rejected."""
    bounty = _bounty_locked(screening.subject_id)
    if bounty.status != BountyStatus.SCREENING:
        return  # a draft's images are scanned early; the decision waits for publish
    result = pooled_decision(_bounty_parts(bounty))
    if result is None:
        return
    bounty.decision = result.decision
    bounty.reasons = result.reasons
    if RATING_LEVEL[ContentRating(result.rating)] > RATING_LEVEL[ContentRating(bounty.rating)]:
        bounty.rating = result.rating  # the guard may raise the declared rating, never lower it
    target = {
        Decision.ALLOW: BountyStatus.OPEN,
        Decision.CONSENT_REQUIRED: BountyStatus.CONSENT_PENDING,
        Decision.REVIEW: BountyStatus.IN_REVIEW,
        Decision.BLOCK: BountyStatus.REJECTED,
    }[Decision(result.decision)]
    bounty.status = target
    if target == BountyStatus.CONSENT_PENDING:
        bounty.consent_person_ids = result.person_ids
    bounty.save()
    codes = [r["code"] for r in result.reasons]
    audit_record(action="bounty.screened", target_type="bounty", target_id=bounty.pk, reasons=codes, automated=True,
                 actor_label="guard", data={"decision": result.decision, "status": target,
                                            "person_ids": result.person_ids})
    if target == BountyStatus.REJECTED:
        _refund_held(bounty, reason="guard_rejected")
        bounty.closed_at = timezone.now()
        bounty.save(update_fields=["closed_at"])
    messages = {
        BountyStatus.OPEN: "Your bounty passed screening and is open.",
        BountyStatus.CONSENT_PENDING: "Your bounty depicts a real person and waits for their verified consent.",
        BountyStatus.IN_REVIEW: "Your bounty is waiting for a moderator's review.",
        BountyStatus.REJECTED: "Your bounty was rejected by screening and the prize refunded: "
        + "; ".join(r.get("detail", r["code"]) for r in result.reasons)[:300],
    }
    notification_create(user=bounty.poster, kind="moderation.outcome", message=messages[target],
                        url=f"/bounties/{bounty.pk}/", target=bounty)


def _entry_parts(entry: Entry) -> list[Screening]:
    ids = list(EntryImage.objects.filter(entry=entry).values_list("screening_id", flat=True))
    ids += list(EntryFile.objects.filter(entry=entry).values_list("screening_id", flat=True))
    if entry.text_screening_id:
        ids.append(entry.text_screening_id)
    return list(Screening.objects.filter(pk__in=ids))


def on_entry_screened(screening: Screening) -> None:
    """Screening handler for subject ``entry``: visible only when every part is allowed."""
    bounty, entry = _entry_locked(screening.subject_id)
    if entry.status != EntryStatus.SCREENING:
        return
    parts = _entry_parts(entry)
    if any(p.status == ScreeningStatus.PENDING for p in parts):
        return
    worst = max((Decision(p.decision or Decision.REVIEW) for p in parts), key=lambda d: d.severity)
    failed = any(p.status == ScreeningStatus.FAILED for p in parts)
    entry.reasons = [r for p in parts for r in p.reasons if r.get("decision") != Decision.ALLOW]
    ratings = [ContentRating(p.rating) for p in parts if p.rating in ContentRating.values]
    if ratings:
        entry.rating = max(ratings, key=lambda r: RATING_LEVEL[r])
    if worst == Decision.ALLOW and not failed:
        entry.status = EntryStatus.VISIBLE
        Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") + 1)
        _notify(_followers(bounty, exclude=[entry.entrant_id]), kind="entry.new",
                message=f"New entry on “{bounty.title[:80]}”.", bounty=bounty)
    elif worst == Decision.BLOCK:
        entry.status = EntryStatus.BLOCKED
    else:
        entry.status = EntryStatus.IN_REVIEW
    entry.save()
    audit_record(action="entry.screened", target_type="entry", target_id=entry.pk,
                 reasons=[r["code"] for r in entry.reasons], automated=True, actor_label="guard",
                 data={"decision": worst.value, "status": entry.status, "bounty_id": bounty.pk})
    if entry.status != EntryStatus.VISIBLE:
        notification_create(user=entry.entrant, kind="moderation.outcome",
                            message=f"Your entry is {entry.get_status_display().lower()} after screening.",
                            url=f"/bounties/{bounty.pk}/", target=entry)


def on_comment_screened(screening: Screening) -> None:
    """Screening handler for subject ``comment``: shown only when allowed."""
    comment = Comment.objects.select_for_update().filter(pk=screening.subject_id).first()
    if comment is None or comment.status != CommentStatus.SCREENING:
        return
    allowed = screening.status == ScreeningStatus.DONE and screening.decision == Decision.ALLOW
    comment.status = CommentStatus.VISIBLE if allowed else CommentStatus.HIDDEN
    comment.save(update_fields=["status"])


def bounty_consent_recheck(*, bounty_id: int, consented_person_ids: Sequence[str]) -> Bounty:
    """For the likeness/consent flow: decide a ``consent_pending`` bounty again with the person ids
    that have given verified consent scoped to it. Opens it when the guard now allows it; anything
    else (more consent still needed, or a floor such as sexual content) leaves it as it is."""
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.CONSENT_PENDING:
            raise Conflict("this bounty is not waiting for consent", code="bounty_not_consent_pending")
        result = pooled_decision(_bounty_parts(bounty), consented_person_ids=consented_person_ids)
        if result is None or result.decision != Decision.ALLOW:
            return bounty
        bounty.status = BountyStatus.OPEN
        bounty.decision = result.decision
        bounty.reasons = result.reasons
        bounty.save(update_fields=["status", "decision", "reasons", "updated_at"])
        audit_record(action="bounty.consent_granted", target_type="bounty", target_id=bounty.pk, automated=True,
                     reasons=["consent_verified"], data={"person_ids": sorted(consented_person_ids)})
        notification_create(user=bounty.poster, kind="moderation.outcome", target=bounty,
                            message=f"Consent was given: “{bounty.title[:80]}” is open.", url=f"/bounties/{bounty.pk}/")
    return bounty


def entry_review_resolve(*, moderator: User, entry_id: int, approve: bool, note: str = "") -> Entry:
    """A moderator decides an ``in_review`` entry: make it visible, or block it."""
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can review entries", code="not_moderator")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        if entry.status != EntryStatus.IN_REVIEW:
            raise Conflict("this entry is not waiting for review", code="entry_not_in_review")
        entry.status = EntryStatus.VISIBLE if approve else EntryStatus.BLOCKED
        entry.save(update_fields=["status", "updated_at"])
        if approve:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") + 1)
        audit_record(action="moderation.review", target_type="entry", target_id=entry.pk,
                     reasons=["approved" if approve else "rejected"], automated=False, actor=moderator,
                     data={"note": note[:500], "bounty_id": bounty.pk})
        notification_create(user=entry.entrant, kind="moderation.outcome", target=entry, url=f"/bounties/{bounty.pk}/",
                            message="A moderator " + ("approved" if approve else "blocked") + " your entry.")
    return entry


def entry_hide(*, moderator: User, entry_id: int, reason: str) -> Entry:
    """A moderator takes one entry down (awards already paid stay paid)."""
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can hide entries", code="not_moderator")
    if not reason or not reason.strip():
        raise ValidationFailed("reason: say why the entry is hidden", code="reason_required")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        if entry.status in (EntryStatus.BLOCKED, EntryStatus.WITHDRAWN):
            return entry
        if entry.status == EntryStatus.VISIBLE:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") - 1)
        entry.status = EntryStatus.BLOCKED
        entry.save(update_fields=["status", "updated_at"])
        audit_record(action="moderation.remove", target_type="entry", target_id=entry.pk, reasons=["removed"],
                     automated=False, actor=moderator, data={"note": reason.strip()[:500], "bounty_id": bounty.pk})
    return entry


def entry_restore(*, moderator: User, entry_id: int, note: str = "") -> Entry:
    """A moderator puts a hidden entry back (an upheld appeal): it is visible and counted again.
    The caller checks first that its text and media are allowed (fail closed)."""
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can restore entries", code="not_moderator")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        if entry.status != EntryStatus.BLOCKED:
            raise Conflict("only a hidden entry can be restored", code="entry_not_hidden")
        entry.status = EntryStatus.VISIBLE
        entry.save(update_fields=["status", "updated_at"])
        Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") + 1)
        audit_record(action="moderation.restore", target_type="entry", target_id=entry.pk, reasons=["restored"],
                     automated=False, actor=moderator, data={"note": note[:500], "bounty_id": bounty.pk})
    return entry


# --- benefactors ----------------------------------------------------------------------------------


def bounty_contribute(*, benefactor: User, bounty_id: int, amount: int) -> Contribution:
    """Add a stake to an open bounty's pool (held in escrow). One stake per benefactor."""
    _require_active(benefactor)
    amount = _int_amount(amount, "amount")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        now = timezone.now()
        if bounty.status != BountyStatus.OPEN or now >= bounty.expires_at:
            raise Conflict("contributions are only taken while the bounty is open", code="bounty_not_open")
        if amount < bounty.min_contribution:
            raise ValidationFailed(f"amount: at least {bounty.min_contribution} credits", code="below_minimum")
        if bounty.max_contribution is not None and amount > bounty.max_contribution:
            raise ValidationFailed(f"amount: at most {bounty.max_contribution} credits", code="above_maximum")
        if Contribution.objects.filter(bounty=bounty, benefactor=benefactor).exists():
            raise Conflict("you are already a benefactor of this bounty", code="already_benefactor")
        try:
            with transaction.atomic():
                contribution = Contribution.objects.create(bounty=bounty, benefactor=benefactor, amount=amount)
        except IntegrityError as exc:
            raise Conflict("you are already a benefactor of this bounty", code="already_benefactor") from exc
        tx = ledger_post(
            idempotency_key=f"contribution:{contribution.pk}",
            kind=TransactionKind.CONTRIBUTION,
            postings=[(wallet_for(benefactor), -amount), (escrow_for(bounty.pk), amount)],
            memo=f"contribution to bounty {bounty.pk}",
        )
        Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") + amount, benefactor_count=F("benefactor_count") + 1)
        audit_record(action="bounty.contribute", target_type="bounty", target_id=bounty.pk, automated=False,
                     actor=benefactor, data={"contribution_id": contribution.pk, "amount": amount,
                                             "ledger_transaction_id": tx.pk})
        notification_create(user=bounty.poster, kind="bounty.contribution",
                            message=f"{benefactor.get_username()} added {amount} credits to “{bounty.title[:80]}”.",
                            url=f"/bounties/{bounty.pk}/", target=bounty)
    return contribution


# --- entries --------------------------------------------------------------------------------------

UploadedPart: TypeAlias = "tuple[str, bytes | File[Any]]"  # (filename, content); a string: File is generic only in the stubs


def _part_bytes(content: bytes | File[Any]) -> bytes:
    if isinstance(content, bytes):
        return content
    content.seek(0)
    data = content.read()
    content.seek(0)
    return bytes(data)


def entry_submit(
    *,
    entrant: User,
    bounty_id: int,
    description: str,
    images: Sequence[UploadedPart],
    files: Sequence[UploadedPart],
) -> Entry:
    """Submit an entry: >= 1 sample image and >= 1 deliverable. Hidden until every part is allowed."""
    _require_active(entrant)
    if not images:
        raise ValidationFailed("add at least one sample image", code="image_required")
    if not files:
        raise ValidationFailed("add at least one deliverable file", code="file_required")
    if len(images) > 20 or len(files) > 10:
        raise ValidationFailed("at most 20 images and 10 files per entry", code="too_many_parts")
    if len(description or "") > 10_000:
        raise ValidationFailed("description: at most 10,000 characters", code="invalid_description")
    image_bytes = [(name, _part_bytes(content)) for name, content in images]
    for name, data in image_bytes:
        screening_upload_check(kind=ScreeningKind.IMAGE, filename=name, data=data)
    file_kinds = []
    for name, content in files:
        kind = screening_kind_for_file(name)
        archive = _part_bytes(content) if kind == ScreeningKind.ARCHIVE else None
        size = len(content) if isinstance(content, bytes) else (content.size or 0)
        screening_upload_check(kind=kind, filename=name, data=archive, size=size)
        file_kinds.append((name, content, kind, size))
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        now = timezone.now()
        if bounty.status != BountyStatus.OPEN:
            raise Conflict("entries are only accepted while the bounty is open", code="bounty_not_open")
        if now < bounty.starts_at:
            raise Conflict("this bounty has not started yet", code="bounty_not_started")
        if now >= bounty.expires_at:
            raise Conflict("this bounty has expired", code="bounty_expired")
        if bounty.poster_id == entrant.pk:
            raise PermissionDenied("you cannot enter your own bounty", code="own_bounty")
        if bounty.entry_mode == EntryMode.BENEFACTORS and not Contribution.objects.filter(
            bounty=bounty, benefactor=entrant
        ).exists():
            raise PermissionDenied("only benefactors may enter this bounty", code="benefactors_only")
        mine = Entry.objects.filter(bounty=bounty, entrant=entrant).exclude(status=EntryStatus.WITHDRAWN).count()
        if mine >= bounty.entry_limit:
            raise Conflict(f"you reached this bounty's limit of {bounty.entry_limit} entries",
                           code="entry_limit_reached")
        entry = Entry.objects.create(
            bounty=bounty, entrant=entrant, description=description or "",
            description_html=markdown_to_safe_html(description or ""),
        )
        entry.text_screening = screening_request(
            subject_type=SUBJECT_ENTRY, subject_id=entry.pk, kind=ScreeningKind.TEXT, text=description or ""
        )
        entry.save(update_fields=["text_screening"])
        for position, (name, data) in enumerate(image_bytes):
            screening = screening_request(subject_type=SUBJECT_ENTRY, subject_id=entry.pk,
                                          kind=ScreeningKind.IMAGE, upload=data, filename=name)
            EntryImage.objects.create(entry=entry, screening=screening, position=position)
        for name, content, kind, size in file_kinds:
            screening = screening_request(subject_type=SUBJECT_ENTRY, subject_id=entry.pk, kind=kind,
                                          upload=content, filename=name)
            EntryFile.objects.create(entry=entry, screening=screening, filename=screening.filename, size=size)
        audit_record(action="entry.submit", target_type="entry", target_id=entry.pk, automated=False,
                     actor=entrant, data={"bounty_id": bounty.pk, "images": len(images), "files": len(files)})
    return entry


def _entry_editable(bounty: Bounty, entry: Entry, actor: User) -> None:
    if entry.entrant_id != actor.pk:
        raise PermissionDenied("only the entrant can change this entry", code="not_entrant")
    if entry.status == EntryStatus.WITHDRAWN:
        raise Conflict("this entry was withdrawn", code="entry_withdrawn")
    if entry.awards.exists() or bounty.status not in (BountyStatus.OPEN, BountyStatus.AWARDING):
        raise Conflict("an entry cannot change once awards are made or the bounty is closed",
                       code="entry_locked")


def entry_update(*, actor: User, entry_id: int, description: str) -> Entry:
    """Edit the description (re-screened: the entry is hidden until the new text is allowed)."""
    if len(description or "") > 10_000:
        raise ValidationFailed("description: at most 10,000 characters", code="invalid_description")
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        _entry_editable(bounty, entry, actor)
        if entry.status == EntryStatus.VISIBLE:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") - 1)
        entry.description = description or ""
        entry.description_html = markdown_to_safe_html(entry.description)
        entry.status = EntryStatus.SCREENING
        entry.text_screening = screening_request(
            subject_type=SUBJECT_ENTRY, subject_id=entry.pk, kind=ScreeningKind.TEXT, text=entry.description
        )
        entry.save()
        audit_record(action="entry.update", target_type="entry", target_id=entry.pk, automated=False, actor=actor)
    return entry


def entry_withdraw(*, actor: User, entry_id: int) -> Entry:
    """The entrant takes their entry back (before any award)."""
    with transaction.atomic():
        bounty, entry = _entry_locked(entry_id)
        _entry_editable(bounty, entry, actor)
        if entry.status == EntryStatus.VISIBLE:
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=F("entry_count") - 1)
        entry.status = EntryStatus.WITHDRAWN
        entry.save(update_fields=["status", "updated_at"])
        audit_record(action="entry.withdraw", target_type="entry", target_id=entry.pk, automated=False, actor=actor)
    return entry


# --- awards ---------------------------------------------------------------------------------------


def _pay_award(bounty: Bounty, contribution: Contribution, shares: Sequence[tuple[Entry, int]], kind: str,
               actor: User | None) -> list[Award]:
    """Move a stake from escrow to the entrants (minus the platform fee), in one ledger transaction."""
    escrow = escrow_for(bounty.pk)
    by_wallet: dict[int, tuple[Any, int]] = {}
    fee_total = 0
    awards: list[Award] = []
    for entry, amount in shares:
        fee = platform_fee_for(amount)
        fee_total += fee
        wallet = wallet_for(entry.entrant)
        previous = by_wallet.get(wallet.pk, (wallet, 0))[1]
        by_wallet[wallet.pk] = (wallet, previous + amount - fee)
        awards.append(Award(contribution=contribution, entry=entry, amount=amount, fee=fee, kind=kind))
    postings = [(escrow, -contribution.amount)]
    postings += [(wallet, net) for wallet, net in by_wallet.values() if net]
    if fee_total:
        postings.append((platform_fee_account(), fee_total))
    tx = ledger_post(idempotency_key=f"award:{contribution.pk}", kind=TransactionKind.AWARD, postings=postings,
                     memo=f"award of bounty {bounty.pk}")
    Award.objects.bulk_create(awards)
    for entry, amount in shares:
        Entry.objects.filter(pk=entry.pk).update(awarded_total=F("awarded_total") + amount)
    contribution.status = ContributionStatus.AWARDED
    contribution.settled_at = timezone.now()
    contribution.save(update_fields=["status", "settled_at"])
    Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") - contribution.amount)
    bounty.pool -= contribution.amount
    audit_record(action="bounty.award", target_type="bounty", target_id=bounty.pk, reasons=[kind],
                 automated=actor is None, actor=actor,
                 data={"contribution_id": contribution.pk, "amount": contribution.amount, "fee": fee_total,
                       "shares": [[e.pk, a] for e, a in shares], "ledger_transaction_id": tx.pk})
    for entry, amount in shares:
        notification_create(user=entry.entrant, kind="bounty.awarded",
                            message=f"Your entry on “{bounty.title[:80]}” was awarded {amount} credits.",
                            url=f"/bounties/{bounty.pk}/", target=entry)
    return awards


def _finish_if_settled(bounty: Bounty) -> None:
    if not Contribution.objects.filter(bounty=bounty, status=ContributionStatus.HELD).exists():
        any_award = Award.objects.filter(contribution__bounty=bounty).exists()
        _close(bounty, BountyStatus.AWARDED if any_award else BountyStatus.EXPIRED)


def bounty_award(*, benefactor: User, bounty_id: int, entry_id: int) -> Award:
    """The caller awards their own whole stake to one guard-allowed entry of someone else."""
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status not in (BountyStatus.OPEN, BountyStatus.AWARDING):
            raise Conflict(f"awards are not possible on a {bounty.status} bounty", code="bounty_not_awardable")
        contribution = Contribution.objects.select_for_update().filter(bounty=bounty, benefactor=benefactor).first()
        if contribution is None:
            raise PermissionDenied("only benefactors can award, each their own stake", code="not_benefactor")
        if contribution.status != ContributionStatus.HELD:
            raise Conflict("you already awarded your stake", code="already_awarded")
        entry = Entry.objects.select_for_update().filter(pk=entry_id, bounty=bounty).first()
        if entry is None:
            raise NotFound("no such entry on this bounty", code="entry_not_found")
        if entry.entrant_id == benefactor.pk:
            raise PermissionDenied("you cannot award your own entry", code="self_award")
        if entry.status != EntryStatus.VISIBLE:
            raise Conflict("only entries the guard allowed can be awarded", code="entry_not_allowed")
        (award,) = _pay_award(bounty, contribution, [(entry, contribution.amount)], AwardKind.BENEFACTOR, benefactor)
        _finish_if_settled(bounty)
    return award


# --- poster and moderator actions -----------------------------------------------------------------


def bounty_cancel(*, actor: User, bounty_id: int) -> Bounty:
    """The poster cancels before any entry: everyone is refunded."""
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.poster_id != actor.pk:
            raise PermissionDenied("only the poster can cancel this bounty", code="not_poster")
        if bounty.status not in (BountyStatus.DRAFT, BountyStatus.SCREENING, BountyStatus.OPEN,
                                 BountyStatus.CONSENT_PENDING, BountyStatus.IN_REVIEW):
            raise Conflict(f"a {bounty.status} bounty cannot be cancelled", code="bounty_not_cancellable")
        if Entry.objects.filter(bounty=bounty).exclude(status=EntryStatus.WITHDRAWN).exists():
            raise Conflict("a bounty with entries cannot be cancelled", code="bounty_has_entries")
        refunded = _refund_held(bounty, reason="cancelled", actor=actor)
        _close(bounty, BountyStatus.CANCELLED)
        audit_record(action="bounty.cancel", target_type="bounty", target_id=bounty.pk, automated=False, actor=actor,
                     data={"refunded": refunded})
        _notify(_followers(bounty, exclude=[actor.pk]), kind="bounty.cancelled",
                message=f"“{bounty.title[:80]}” was cancelled; your stake was refunded.", bounty=bounty)
    return bounty


def bounty_remove(*, moderator: User, bounty_id: int, reason: str) -> Bounty:
    """A moderator takes a bounty down: every benefactor who has not awarded is refunded."""
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can remove bounties", code="not_moderator")
    if not reason or not reason.strip():
        raise ValidationFailed("reason: say why the bounty is removed", code="reason_required")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status in (BountyStatus.REMOVED, BountyStatus.CANCELLED, BountyStatus.REJECTED):
            raise Conflict(f"this bounty is already {bounty.status}", code="bounty_closed")
        refunded = _refund_held(bounty, reason="removed", actor=moderator)
        _close(bounty, BountyStatus.REMOVED)
        audit_record(action="moderation.remove", target_type="bounty", target_id=bounty.pk, reasons=["removed"],
                     automated=False, actor=moderator, data={"note": reason.strip()[:500], "refunded": refunded})
        notification_create(user=bounty.poster, kind="moderation.outcome",
                            message=f"A moderator removed “{bounty.title[:80]}”: {reason.strip()[:200]}",
                            url=f"/bounties/{bounty.pk}/", target=bounty)
    return bounty


def bounty_review_resolve(*, moderator: User, bounty_id: int, approve: bool, note: str = "") -> Bounty:
    """A moderator decides an ``in_review`` bounty: open it, or reject it (everyone refunded)."""
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can review bounties", code="not_moderator")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.IN_REVIEW:
            raise Conflict("this bounty is not waiting for review", code="bounty_not_in_review")
        if approve:
            bounty.status = BountyStatus.OPEN
            bounty.save(update_fields=["status", "updated_at"])
        else:
            _refund_held(bounty, reason="moderator_rejected", actor=moderator)
            _close(bounty, BountyStatus.REJECTED)
        audit_record(action="moderation.review", target_type="bounty", target_id=bounty.pk,
                     reasons=["approved" if approve else "rejected"], automated=False, actor=moderator,
                     data={"note": note[:500]})
        notification_create(user=bounty.poster, kind="moderation.outcome",
                            message="A moderator " + ("approved" if approve else "rejected") + f" “{bounty.title[:80]}”.",
                            url=f"/bounties/{bounty.pk}/", target=bounty)
    return bounty


def bounty_lock_set(*, moderator: User, bounty_id: int, locked: bool) -> Bounty:
    if not _is_moderator(moderator):
        raise PermissionDenied("only moderators can lock bounties", code="not_moderator")
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        bounty.locked_by_moderator = locked
        bounty.save(update_fields=["locked_by_moderator", "updated_at"])
        audit_record(action="moderation.lock" if locked else "moderation.unlock", target_type="bounty",
                     target_id=bounty.pk, automated=False, actor=moderator)
    return bounty


# --- scheduled work -------------------------------------------------------------------------------


def _eligible_entries(bounty: Bounty) -> list[Entry]:
    return list(Entry.objects.filter(bounty=bounty, status=EntryStatus.VISIBLE).select_related("entrant")
                .order_by("created_at", "pk"))


EXPIRABLE_STATUSES = (BountyStatus.OPEN, BountyStatus.SCREENING, BountyStatus.CONSENT_PENDING,
                      BountyStatus.IN_REVIEW)


def bounty_expire(*, bounty_id: int, now: dt.datetime | None = None) -> Bounty:
    """Open -> awarding at expiry (48-hour window), or -> expired with refunds when no entry is
    eligible or the bounty never opened (screening, consent_pending, in_review). Safe to run twice."""
    now = now or timezone.now()
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status not in EXPIRABLE_STATUSES or bounty.expires_at > now:
            return bounty
        if bounty.status != BountyStatus.OPEN or not _eligible_entries(bounty):
            # Never opened in time (still screening, waiting for consent or review), or nobody
            # entered: the escrow must not be held forever.
            _refund_held(bounty, reason="expired_no_entries")
            _close(bounty, BountyStatus.EXPIRED)
            audit_record(action="bounty.expire", target_type="bounty", target_id=bounty.pk,
                         reasons=["no_eligible_entries"], automated=True)
            _notify(_followers(bounty), kind="bounty.expired",
                    message=f"“{bounty.title[:80]}” ended without entries; stakes were refunded.", bounty=bounty)
            return bounty
        bounty.status = BountyStatus.AWARDING
        bounty.awarding_ends_at = now + award_window()
        bounty.save(update_fields=["status", "awarding_ends_at", "updated_at"])
        audit_record(action="bounty.awarding", target_type="bounty", target_id=bounty.pk, automated=True,
                     data={"awarding_ends_at": bounty.awarding_ends_at.isoformat()})
        holders = Contribution.objects.filter(bounty=bounty, status=ContributionStatus.HELD).values_list(
            "benefactor_id", flat=True)
        from bountyboard.accounts.models import User

        _notify(User.objects.filter(pk__in=list(holders)), kind="bounty.awarding",
                message=f"“{bounty.title[:80]}” ended: award your stake within 48 hours.", bounty=bounty)
    return bounty


def award_window_shares(bounty: Bounty, contribution: Contribution, eligible: Sequence[Entry]) -> tuple[str, list[tuple[Entry, int]]]:
    """Where an unawarded stake goes at window close (docs/decisions/0006-award-window-rule.md).

    1. The poster awarded: follow the poster's own pick.
    2. Otherwise split equally per distinct entrant among eligible entries whose account existed
       before the bounty was published (one entry per entrant, their earliest); the integer
       remainder goes to the earliest such entry.
    3. No such entrant: refund (``"refund"``, no shares).
    Entries of the benefactor themself never count.
    """
    candidates = [e for e in eligible if e.entrant_id != contribution.benefactor_id]
    poster_award = (Award.objects.filter(contribution__bounty=bounty, contribution__is_poster=True)
                    .order_by("-amount", "pk").select_related("entry").first())
    if poster_award is not None:
        pick = next((e for e in candidates if e.pk == poster_award.entry_id), None)
        if pick is not None:
            return AwardKind.POSTER_PICK, [(pick, contribution.amount)]
    published_at = bounty.published_at or bounty.created_at
    first_per_entrant: dict[int, Entry] = {}
    for entry in candidates:  # already oldest first
        if entry.entrant.date_joined < published_at and entry.entrant_id not in first_per_entrant:
            first_per_entrant[entry.entrant_id] = entry
    chosen = sorted(first_per_entrant.values(), key=lambda e: (e.created_at, e.pk))
    if not chosen:
        return "refund", []
    share, remainder = divmod(contribution.amount, len(chosen))
    shares = [(entry, share + (remainder if i == 0 else 0)) for i, entry in enumerate(chosen)]
    return AwardKind.SPLIT, [(e, a) for e, a in shares if a > 0]


def bounty_award_window_close(*, bounty_id: int, now: dt.datetime | None = None) -> Bounty:
    """Settle every stake still held when the awarding window ends (see ``award_window_shares``)."""
    now = now or timezone.now()
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.AWARDING or (bounty.awarding_ends_at and bounty.awarding_ends_at > now):
            return bounty
        eligible = _eligible_entries(bounty)
        for contribution in Contribution.objects.select_for_update().filter(
            bounty=bounty, status=ContributionStatus.HELD
        ).select_related("benefactor").order_by("pk"):
            kind, shares = award_window_shares(bounty, contribution, eligible)
            if shares:
                _pay_award(bounty, contribution, shares, kind, None)
            else:
                tx = ledger_post(
                    idempotency_key=f"refund:{contribution.pk}", kind=TransactionKind.REFUND,
                    postings=[(escrow_for(bounty.pk), -contribution.amount),
                              (wallet_for(contribution.benefactor), contribution.amount)],
                    memo=f"refund of bounty {bounty.pk} (no established entrant)",
                )
                contribution.status = ContributionStatus.REFUNDED
                contribution.settled_at = now
                contribution.save(update_fields=["status", "settled_at"])
                Bounty.objects.filter(pk=bounty.pk).update(pool=F("pool") - contribution.amount)
                audit_record(action="bounty.refund", target_type="bounty", target_id=bounty.pk,
                             reasons=["no_established_entrant"], automated=True,
                             data={"contribution_id": contribution.pk, "amount": contribution.amount,
                                   "ledger_transaction_id": tx.pk})
        bounty.refresh_from_db()
        _finish_if_settled(bounty)
        audit_record(action="bounty.window_close", target_type="bounty", target_id=bounty.pk, automated=True,
                     data={"status": bounty.status})
    return bounty


def bounty_remind_expiring(*, bounty_id: int, now: dt.datetime | None = None) -> bool:
    """Tell trackers and benefactors an open bounty ends soon. Once per bounty (safe to run twice)."""
    now = now or timezone.now()
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status != BountyStatus.OPEN or bounty.expiry_reminded_at is not None:
            return False
        bounty.expiry_reminded_at = now
        bounty.save(update_fields=["expiry_reminded_at"])
        _notify(_followers(bounty), kind="bounty.expiring", bounty=bounty,
                message=f"“{bounty.title[:80]}” ends {bounty.expires_at:%Y-%m-%d %H:%M} UTC.")
    return True


@dataclass(frozen=True)
class TickReport:
    expired: list[int]
    windows_closed: list[int]
    reminded: list[int]


def bounties_tick(*, now: dt.datetime | None = None) -> TickReport:
    """Run every due transition once: expiry, window close, reminders. Each bounty in its own
    transaction, so one failure does not hold back the rest; re-running finds nothing left to do."""
    now = now or timezone.now()
    soon = now + dt.timedelta(hours=float(_setting("BOUNTY_EXPIRING_SOON_HOURS", 24)))
    due_expiry = list(Bounty.objects.filter(status__in=EXPIRABLE_STATUSES, expires_at__lte=now)
                      .values_list("pk", flat=True))
    expired = [pk for pk in due_expiry if bounty_expire(bounty_id=pk, now=now).status not in EXPIRABLE_STATUSES]
    due_close = list(Bounty.objects.filter(status=BountyStatus.AWARDING, awarding_ends_at__lte=now)
                     .values_list("pk", flat=True))
    closed = [pk for pk in due_close
              if bounty_award_window_close(bounty_id=pk, now=now).status != BountyStatus.AWARDING]
    due_remind = list(Bounty.objects.filter(status=BountyStatus.OPEN, expires_at__gt=now, expires_at__lte=soon,
                                            expiry_reminded_at__isnull=True).values_list("pk", flat=True))
    reminded = [pk for pk in due_remind if bounty_remind_expiring(bounty_id=pk, now=now)]
    return TickReport(expired=expired, windows_closed=closed, reminded=reminded)


# --- engagement -----------------------------------------------------------------------------------


def tip_create(*, tipper: User, entry_id: int, amount: int) -> Tip:
    """Send credits from the tipper's wallet to a visible entry's entrant."""
    _require_active(tipper)
    amount = _int_amount(amount, "amount")
    with transaction.atomic():
        entry = Entry.objects.select_related("entrant").filter(pk=entry_id).first()
        if entry is None:
            raise NotFound("no such entry", code="entry_not_found")
        if entry.status != EntryStatus.VISIBLE:
            raise Conflict("only visible entries can be tipped", code="entry_not_allowed")
        if entry.entrant_id == tipper.pk:
            raise PermissionDenied("you cannot tip your own entry", code="self_tip")
        tip = Tip.objects.create(entry=entry, tipper=tipper, amount=amount)
        tx = ledger_post(idempotency_key=f"tip:{tip.pk}", kind=TransactionKind.TIP,
                         postings=[(wallet_for(tipper), -amount), (wallet_for(entry.entrant), amount)],
                         memo=f"tip on entry {entry.pk}")
        Entry.objects.filter(pk=entry.pk).update(tip_total=F("tip_total") + amount)
        audit_record(action="entry.tip", target_type="entry", target_id=entry.pk, automated=False, actor=tipper,
                     data={"tip_id": tip.pk, "amount": amount, "ledger_transaction_id": tx.pk})
        notification_create(user=entry.entrant, kind="entry.tip", message=f"You received a {amount}-credit tip.",
                            url=f"/bounties/{entry.bounty_id}/", target=entry)
    return tip


def reaction_set(*, user: User, entry_id: int, kind: str, on: bool = True) -> bool:
    """Add (``on``) or remove a reaction on a visible entry. Returns whether it is now set."""
    if kind not in ReactionKind.values:
        raise ValidationFailed(f"kind: one of {', '.join(ReactionKind.values)}", code="invalid_reaction")
    with transaction.atomic():
        entry = Entry.objects.select_for_update().filter(pk=entry_id).first()
        if entry is None or entry.status != EntryStatus.VISIBLE:
            raise NotFound("no such entry", code="entry_not_found")
        existing = Reaction.objects.filter(entry=entry, user=user, kind=kind)
        if on and not existing.exists():
            Reaction.objects.create(entry=entry, user=user, kind=kind)
            Entry.objects.filter(pk=entry.pk).update(reaction_count=F("reaction_count") + 1)
        elif not on and existing.exists():
            existing.delete()
            Entry.objects.filter(pk=entry.pk).update(reaction_count=F("reaction_count") - 1)
    return on


def bounty_follow_set(*, user: User, bounty_id: int, kind: str, on: bool = True) -> bool:
    """Track (get notifications) or favourite a bounty, or undo it. Idempotent."""
    if kind not in FollowKind.values:
        raise ValidationFailed("kind: 'track' or 'favourite'", code="invalid_follow")
    with transaction.atomic():
        bounty = Bounty.objects.filter(pk=bounty_id).first()
        if bounty is None:
            raise NotFound("no such bounty", code="bounty_not_found")
        if on:
            BountyFollow.objects.get_or_create(bounty=bounty, user=user, kind=kind)
        else:
            BountyFollow.objects.filter(bounty=bounty, user=user, kind=kind).delete()
    return on


def comment_create(*, author: User, bounty_id: int, body: str, entry_id: int | None = None,
                   parent_id: int | None = None) -> Comment:
    """Post a comment (hidden until the guard allows its text)."""
    _require_active(author)
    body = (body or "").strip()
    if not body or len(body) > 5_000:
        raise ValidationFailed("body: 1 to 5,000 characters", code="invalid_comment")
    with transaction.atomic():
        bounty = Bounty.objects.filter(pk=bounty_id).first()
        if bounty is None or bounty.status not in PUBLIC_STATUSES:
            raise NotFound("no such bounty", code="bounty_not_found")
        if entry_id is not None and not Entry.objects.filter(pk=entry_id, bounty=bounty).exists():
            raise NotFound("no such entry on this bounty", code="entry_not_found")
        parent = None
        if parent_id is not None:
            parent = Comment.objects.filter(pk=parent_id, bounty=bounty).first()
            if parent is None:
                raise NotFound("no such comment to reply to", code="comment_not_found")
        comment = Comment.objects.create(bounty=bounty, entry_id=entry_id, parent=parent, author=author, body=body,
                                         body_html=markdown_to_safe_html(body))
        comment.screening = screening_request(subject_type=SUBJECT_COMMENT, subject_id=comment.pk,
                                              kind=ScreeningKind.TEXT, text=body)
        comment.save(update_fields=["screening"])
        audit_record(action="comment.create", target_type="comment", target_id=comment.pk, automated=False,
                     actor=author, data={"bounty_id": bounty.pk})
    return comment




# --- likeness consent: the person says no (called by bountyboard.likeness.services) ----------------

_CONSENT_CLOSED = (BountyStatus.REJECTED, BountyStatus.REMOVED, BountyStatus.CANCELLED, BountyStatus.EXPIRED,
                   BountyStatus.AWARDED)


def bounty_consent_refused(*, bounty_id: int, reason: str, actor: User | None = None) -> Bounty:
    """The depicted person refused, let the deadline pass, revoked or let lapse their consent.

    A bounty still waiting for consent is rejected; one that opened on the consent is removed and its
    entries hidden. Either way every held stake goes back to its benefactor. ``actor`` is the person
    (None for the scheduler). Runs in the caller's transaction so the consent change commits with it.
    """
    with transaction.atomic():
        bounty = _bounty_locked(bounty_id)
        if bounty.status in _CONSENT_CLOSED:
            return bounty
        target = BountyStatus.REJECTED if bounty.status == BountyStatus.CONSENT_PENDING else BountyStatus.REMOVED
        refunded = _refund_held(bounty, reason=reason, actor=actor)
        if target == BountyStatus.REMOVED:
            Entry.objects.filter(bounty=bounty).exclude(status=EntryStatus.WITHDRAWN).update(
                status=EntryStatus.BLOCKED, updated_at=timezone.now())
            Bounty.objects.filter(pk=bounty.pk).update(entry_count=0)
        _close(bounty, target)
        audit_record(action="bounty.consent_refused", target_type="bounty", target_id=bounty.pk, reasons=[reason],
                     automated=actor is None, actor=actor, data={"status": target, "refunded": refunded})
        _notify(_followers(bounty), kind="moderation.outcome", bounty=bounty,
                message=f"“{bounty.title[:80]}” was {'rejected' if target == BountyStatus.REJECTED else 'taken down'}:"
                " the person it depicts did not consent. Stakes were refunded.")
    return bounty
