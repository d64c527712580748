"""Steps several bounty services share: row locks taken in the house lock order, actor checks,
who hears about a bounty, handing held stakes back, and the subject types registered with screening.

Lock order, everywhere: bounty row -> entry row -> ledger accounts (ledger_post) -> audit chain head.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.accounts.services import notification_create
from bountyboard.audit.services import audit_record
from bountyboard.bounties.models import (
    Bounty,
    BountyFile,
    BountyFollow,
    BountyImage,
    Contribution,
    ContributionStatus,
    Entry,
    EntryStatus,
    FollowKind,
)
from bountyboard.errors import NotFound, ValidationFailed
from bountyboard.ledger.models import TransactionKind
from bountyboard.ledger.services import escrow_for, ledger_post, wallet_for
from bountyboard.screening.models import Screening
from bountyboard.screening.screened_fields import screened_text

# Subject types this app registers with the screening bridge (BountiesConfig.ready).
SUBJECT_BOUNTY = "bounty"  # title/description/tags and every reference image
SUBJECT_ENTRY = "entry"  # description, sample images and deliverable files
SUBJECT_COMMENT = "comment"


def _setting(name: str, default: Any) -> Any:
    return getattr(settings, name, default)


CONSENT_WAIT_DAYS_DEFAULT = 7


def consent_deadline_from(start: dt.datetime) -> dt.datetime:
    """When a bounty that starts waiting for consent at ``start`` is rejected and refunded if nobody
    consented (``BOUNTY_CONSENT_WAIT_DAYS``): long enough for a person who is not registered yet to
    register, be verified and answer; short enough that no prize is held for a consent that never comes."""
    return start + dt.timedelta(days=int(_setting("BOUNTY_CONSENT_WAIT_DAYS", CONSENT_WAIT_DAYS_DEFAULT)))


def text_for_screening(bounty: Bounty) -> str:
    """The text of a bounty the guard reads: every screened field (screening.screened_fields), then its
    reference files' names (shown on its page). The draft check and every (re-)screening use it."""
    names = BountyFile.objects.filter(bounty=bounty).order_by("pk").values_list("filename", flat=True)
    return screened_text(bounty, extra=names)


def bounty_request_text(bounty: Bounty) -> str:
    """The request as its poster wrote it (title, description, tags): what the learned reading of the whole request
    reads (decision 0053). The rights statement, base model, model details and file names stay out: the model never
    learned from them ("My own photos." would read as a likeness)."""
    return "\n".join(line for line in (bounty.title, bounty.description, " ".join(bounty.tags or [])) if line.strip())


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


def _int_amount(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationFailed(f"{field}: must be a whole number of credits", code="invalid_amount")
    if value <= 0:
        raise ValidationFailed(f"{field}: must be more than 0", code="invalid_amount")
    return value


def _followers(bounty: Bounty, *, exclude: Iterable[int] = ()) -> list[User]:
    """Poster, benefactors and trackers: who hears about a bounty's events."""
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


def _bounty_parts(bounty: Bounty) -> list[Screening]:
    ids = list(BountyImage.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    # Reference files count too: a LoRA trained on a person or a text naming someone changes the decision.
    ids += list(BountyFile.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    if bounty.text_screening_id:
        ids.append(bounty.text_screening_id)
    return list(Screening.objects.filter(pk__in=ids))


def _eligible_entries(bounty: Bounty) -> list[Entry]:
    return list(Entry.objects.filter(bounty=bounty, status=EntryStatus.VISIBLE).select_related("entrant")
                .order_by("created_at", "pk"))
