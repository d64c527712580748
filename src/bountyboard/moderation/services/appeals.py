"""Appeals and counter-notices: the owner of moderated content asks a human to look again (decided
in ``decisions.queue_decide``)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from bountyboard.accounts.models import User
from bountyboard.audit.services import audit_record
from bountyboard.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from bountyboard.moderation.models import (
    DecisionAction,
    ModerationDecision,
    QueueItem,
    QueueKind,
    Takedown,
    TakedownStatus,
)
from bountyboard.moderation.services._shared import _actor_check, _now
from bountyboard.moderation.services.queue import queue_item_add
from bountyboard.moderation.services.takedowns import _requester_mail


def appeal_create(*, decision_id: int, user: User, statement: str, now: dt.datetime | None = None) -> QueueItem:
    """The owner of moderated content asks a human to look again (a complaint, in DSA terms)."""
    _actor_check(user)
    if not statement or len(statement.strip()) < 10:
        raise ValidationFailed("statement: say in a sentence why the decision is wrong")
    now = _now(now)
    with transaction.atomic():
        original = ModerationDecision.objects.select_related("item").filter(pk=decision_id).first()
        if original is None:
            raise NotFound("no such decision")
        if original.item.owner_id != user.pk:
            raise PermissionDenied("only the owner of the content can appeal this decision")
        if original.action in (DecisionAction.APPROVE, DecisionAction.ESCALATE):
            raise Conflict("there is nothing to appeal: the content was not removed")
        if QueueItem.objects.filter(source_key=f"appeal:{original.pk}").exists():
            raise Conflict("this decision was already appealed")
        item = queue_item_add(
            kind=QueueKind.APPEAL,
            source_key=f"appeal:{original.pk}",
            target_type=original.item.target_type,
            target_id=original.item.target_id,
            owner=user,
            summary=f"Appeal against decision {original.pk} ({original.action})",
            evidence={"statement": statement.strip(), "original": original.statement},
            appeal_of=original,
            now=now,
        )
        audit_record(
            action="moderation.appeal",
            target_type=original.item.target_type,
            target_id=original.item.target_id,
            reasons=["appeal"],
            automated=False,
            actor=user,
            data={"decision_id": original.pk, "queue_item_id": item.pk, "at": now.isoformat()},
        )
    return item


def counter_notice_create(
    *, takedown_id: int, user: User, statement: str, signature: str, now: dt.datetime | None = None
) -> QueueItem:
    """The uploader disputes a takedown: the notice goes back to a human."""
    _actor_check(user)
    errors = []
    if not statement or len(statement.strip()) < 10:
        errors.append("statement: say why the content was removed by mistake")
    if not signature or not signature.strip():
        errors.append("signature: type your full name")
    if errors:
        raise ValidationFailed("; ".join(errors), extra={"errors": errors})
    now = _now(now)
    with transaction.atomic():
        takedown = Takedown.objects.filter(pk=takedown_id).first()
        if takedown is None:
            raise NotFound("no such takedown notice")
        if takedown.status != TakedownStatus.REMOVED:
            raise Conflict("only a notice that removed content can be disputed")
        original = (
            ModerationDecision.objects.filter(item__takedown=takedown, action__in=["remove", "remove_and_ban"])
            .select_related("item")
            .first()
        )
        if original is None or original.item.owner_id != user.pk:
            raise PermissionDenied("only the uploader of the removed content can send a counter-notice")
        item = queue_item_add(
            kind=QueueKind.COUNTER_NOTICE,
            source_key=f"counter_notice:{takedown.pk}",
            target_type=original.item.target_type,
            target_id=original.item.target_id,
            owner=user,
            summary=f"Counter-notice against takedown {takedown.pk}",
            evidence={"statement": statement.strip(), "signature": signature.strip()},
            appeal_of=original,
            now=now,
        )
        audit_record(
            action="moderation.appeal",
            target_type="takedown",
            target_id=takedown.pk,
            reasons=["counter_notice"],
            automated=False,
            actor=user,
            data={"decision_id": original.pk, "queue_item_id": item.pk, "at": now.isoformat()},
        )
        _requester_mail(
            takedown,
            _("Takedown request %(id)s: the uploader disputes the removal") % {"id": takedown.pk},
            _(
                "The person who posted the content sent a counter-notice saying it was removed by "
                "mistake. A moderator will look at it again; we will tell you what they decide."
            ),
        )
    return item
