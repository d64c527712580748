"""Moderators decide queue items (approve, remove, remove and ban, escalate) with a statement of
reasons; strikes and bans follow removals; an upheld appeal or counter-notice puts content back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from bountyboard.accounts.models import Role, User
from bountyboard.accounts.services import notification_create, user_ban_sessions_end
from bountyboard.audit.services import audit_record
from bountyboard.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from bountyboard.moderation import content as site_content
from bountyboard.moderation.models import (
    DecisionAction,
    ModerationDecision,
    QueueItem,
    QueueKind,
    QueueStatus,
    ReportCategory,
    Strike,
    Takedown,
    TakedownCategory,
    TakedownStatus,
)
from bountyboard.moderation.services._shared import _actor_check, _now
from bountyboard.moderation.services.banks import _bank_hashes_withdraw
from bountyboard.moderation.services.removals import _take_down
from bountyboard.moderation.services.statements import GROUNDS, statement_of_reasons
from bountyboard.moderation.services.takedowns import _requester_mail, _takedown_remove
from bountyboard.screening.models import Screening

STRIKES_TO_BAN_DEFAULT = 3


_TAKEDOWN_GROUND = {
    TakedownCategory.NCII: "law.take_it_down_act",
    TakedownCategory.LIKENESS: "policy.likeness_without_consent",
    TakedownCategory.ILLEGAL: "law.illegal_content",
}


def _strike(user: User, *, decision: ModerationDecision, reason: str, now: dt.datetime, ban: bool) -> bool:
    """Add a strike; ban at the threshold or when asked. Returns whether the user is now banned."""
    Strike.objects.create(user=user, decision=decision, reason=reason[:500], created_at=now)
    User.objects.filter(pk=user.pk).update(strikes=F("strikes") + 1)
    user.refresh_from_db(fields=["strikes", "banned_at"])
    threshold = int(getattr(settings, "MODERATION_STRIKES_TO_BAN", STRIKES_TO_BAN_DEFAULT))
    if user.banned_at is None and (ban or user.strikes >= threshold):
        User.objects.filter(pk=user.pk).update(banned_at=now)
        user.banned_at = now
        user_ban_sessions_end(user=user)
        audit_record(
            action="moderation.ban",
            target_type="user",
            target_id=user.pk,
            reasons=["ban.requested" if ban else "ban.strikes"],
            automated=not ban,
            actor=decision.moderator,
            data={"strikes": user.strikes, "decision_id": decision.pk, "at": now.isoformat()},
        )
        return True
    return user.banned_at is not None


def queue_decide(
    *,
    item_id: int,
    moderator: User,
    action: str,
    why: str,
    ground: str,
    now: dt.datetime | None = None,
) -> ModerationDecision:
    """Decide one queue item: approve, remove, remove_and_ban or escalate, with a statement of
    reasons. Only moderators; an escalated item only admins. Writes the decision's audit event."""
    _actor_check(moderator, moderator=True)
    errors = []
    if action not in DecisionAction.values:
        errors.append(f"action: must be one of {', '.join(DecisionAction.values)}")
    if ground not in GROUNDS:
        errors.append(f"ground: must be one of {', '.join(GROUNDS)}")
    if not why or not why.strip():
        errors.append("why: say why, in a sentence the owner will read")
    if errors:
        raise ValidationFailed("; ".join(errors), extra={"errors": errors})
    now = _now(now)
    with transaction.atomic():
        item = QueueItem.objects.select_for_update(of=("self",)).select_related("takedown", "report").filter(pk=item_id).first()
        if item is None:
            raise NotFound("no such queue item")
        if item.status == QueueStatus.DECIDED:
            raise Conflict("this item was already decided")
        if item.status == QueueStatus.ESCALATED and moderator.role != Role.ADMIN:
            raise PermissionDenied("an escalated item is decided by an admin")
        if item.kind == QueueKind.TAKEDOWN and item.takedown and item.takedown.status != TakedownStatus.RECEIVED:
            raise Conflict(f"this notice was already handled ({item.takedown.status})")
        automated_detection = item.kind == QueueKind.SCREENING
        decision = ModerationDecision.objects.create(
            item=item, moderator=moderator, action=action, automated=False, statement={}, created_at=now
        )
        content = site_content.content_resolve(item.target_type, item.target_id)
        outcome: dict[str, Any] = {}
        reverses: ModerationDecision | None = None
        if action == DecisionAction.ESCALATE:
            item.status = QueueStatus.ESCALATED
            what = f"{content.label} was escalated to an admin"
        elif item.kind in (QueueKind.APPEAL, QueueKind.COUNTER_NOTICE):
            what, reverses, outcome = _decide_appeal(item, decision, action=action, why=why, now=now)
        elif action == DecisionAction.APPROVE:
            what, outcome = _decide_approve(item, content, moderator=moderator, why=why, now=now)
        else:
            what, outcome = _decide_remove(
                item, content, decision, moderator=moderator, why=why, ground=ground, now=now,
                ban=action == DecisionAction.REMOVE_AND_BAN,
            )
        if action != DecisionAction.ESCALATE:
            item.status = QueueStatus.DECIDED
            item.decided_at = now
        item.save(update_fields=["status", "decided_at"])
        decision.reverses = reverses
        decision.statement = statement_of_reasons(
            what=what,
            why=why.strip(),
            ground=ground,
            automated_detection=automated_detection,
            automated_decision=False,
            decision_id=decision.pk,
            extra={"action": action, "item_kind": item.kind, "target": content.ref},
        )
        decision.save(update_fields=["reverses", "statement"])
        _decision_tell_parties(item, decision)
        for observer in list(_DECISION_OBSERVERS.values()):
            observer(item, decision)
        audit_record(
            action=f"moderation.decision.{action}",
            target_type=item.target_type,
            target_id=item.target_id,
            reasons=[ground],
            automated=False,
            actor=moderator,
            data={
                "decision_id": decision.pk,
                "queue_item_id": item.pk,
                "item_kind": item.kind,
                "statement": decision.statement,
                "reverses": reverses.pk if reverses else None,
                "decided_at": now.isoformat(),
                **outcome,
            },
        )
    return decision


DecisionObserver = Callable[[QueueItem, ModerationDecision], object]
_DECISION_OBSERVERS: dict[str, DecisionObserver] = {}


def decision_observer_register(name: str, observer: DecisionObserver) -> None:
    """Register a callback run with every moderator decision, in its transaction (e.g. likeness
    tells the protected person a decision about content showing them). Explicit registration from
    ``AppConfig.ready``; ``name`` keeps it idempotent. Moderation never imports the observers."""
    _DECISION_OBSERVERS[name] = observer


def _decision_tell_parties(item: QueueItem, decision: ModerationDecision) -> None:
    """The person who reported, the person who appealed and whoever filed a takedown notice learn
    what was decided and why (owners of removed content are told by the removal itself). An
    escalation is a step too: the filer hears that an admin will decide."""
    statement = decision.statement
    text = f"{statement['what']}. Why: {statement['why']} Ground: {statement['ground']['text']}."
    if decision.action == DecisionAction.ESCALATE:
        if item.takedown is not None:
            _requester_mail(
                item.takedown,
                _("Takedown request %(id)s: passed to an administrator") % {"id": item.takedown.pk},
                _("A moderator asked an administrator to decide on your request; the deadline still applies."),
            )
        return
    reporter = item.report.reporter if item.report else None
    if reporter is not None:
        notification_create(
            user=reporter, kind="moderation.report_outcome", message=f"Your report: {text}",
            target=(item.target_type, item.target_id),
        )
    if item.kind in (QueueKind.APPEAL, QueueKind.COUNTER_NOTICE) and item.owner is not None:
        notification_create(
            user=item.owner, kind="moderation.appeal_outcome", message=f"Your appeal: {text}",
            target=(item.target_type, item.target_id),
        )
    original = item.appeal_of
    if item.kind == QueueKind.COUNTER_NOTICE and original is not None and original.item.takedown is not None:
        upheld = decision.action == DecisionAction.APPROVE
        _requester_mail(
            original.item.takedown,
            _("Takedown request %(id)s: counter-notice decided") % {"id": original.item.takedown.pk},
            (
                _("A moderator accepted the uploader's counter-notice and put the content back: %(why)s")
                if upheld
                else _("A moderator rejected the uploader's counter-notice; the content stays removed: %(why)s")
            )
            % {"why": statement["why"]},
        )


def _decide_approve(
    item: QueueItem, content: site_content.Content, *, moderator: User, why: str, now: dt.datetime
) -> tuple[str, dict[str, Any]]:
    if item.kind == QueueKind.TAKEDOWN and item.takedown is not None:
        takedown = item.takedown
        takedown.status = TakedownStatus.REJECTED
        takedown.acted_at = now
        takedown.acted_by = moderator
        takedown.save(update_fields=["status", "acted_at", "acted_by"])
        audit_record(
            action="moderation.takedown.reject",
            target_type="takedown",
            target_id=takedown.pk,
            reasons=["policy.no_violation"],
            automated=False,
            actor=moderator,
            data={"decided_at": now.isoformat(), "due_at": takedown.due_at.isoformat(), "why": why},
        )
        _requester_mail(
            takedown,
            f"Takedown request {takedown.pk}: not removed",
            f"A moderator reviewed your request and did not remove the content: {why.strip()} "
            "You can reply to this email with more information, or send a new request.",
        )
        return f"the takedown notice for {content.label} was refused; the content stays", {}
    if item.kind == QueueKind.SCREENING and item.screening_id:
        rows = list(Screening.objects.filter(pk=item.screening_id))
        if rows and _hard_floor(rows[0]):
            raise Conflict("the guard blocked this on a hard floor; a moderator cannot approve it", code="hard_floor")
        allowed = site_content.screenings_allow(
            rows, reason={"code": "moderator_approved", "detail": why[:300], "decision": "allow"}
        )
        state = site_content.content_reviewed(content, actor=moderator, now=now)
        return f"{content.label} was approved after review", {"allowed_screenings": allowed, **state}
    return f"the report about {content.label} was closed with no action", {}


_HARD_FLOOR_CODES = frozenset({"real_person_sexual", "minor_sexual", "private_person", "hash_match", "unsafe_file"})


def _hard_floor(row: Screening) -> bool:
    return any(r.get("code") in _HARD_FLOOR_CODES and r.get("decision") == "block" for r in row.reasons)


def _decide_remove(
    item: QueueItem,
    content: site_content.Content,
    decision: ModerationDecision,
    *,
    moderator: User,
    why: str,
    ground: str,
    now: dt.datetime,
    ban: bool,
) -> tuple[str, dict[str, Any]]:
    outcome: dict[str, Any] = {}
    if item.kind == QueueKind.TAKEDOWN and item.takedown is not None:
        takedown = _takedown_remove(
            takedown_id=item.takedown.pk, moderator=moderator, why=why, ground=ground, now=now, decision=decision
        )
        item.takedown = takedown
        outcome["removed"] = takedown.removed
    elif content.target_type == "user":
        outcome["removed"] = []
    else:
        # NCII and minor-safety reports remove every copy on the site, like a takedown notice.
        category = item.report.category if item.report else ""
        result = _take_down(
            [content],
            actor=moderator,
            ground=ground,
            why=why,
            what_prefix="Moderation",
            decision=decision,
            case_id=f"decision:{decision.pk}",
            include_copies=category in (ReportCategory.NCII, ReportCategory.MINOR_SAFETY),
            now=now,
        )
        outcome.update(result)
    owner = content.owner
    if owner is not None:
        outcome["banned"] = _strike(owner, decision=decision, reason=why, now=now, ban=ban)
        outcome["strikes"] = owner.strikes
    return f"{content.label} was removed" + (" and its owner banned" if ban else ""), outcome


def _decide_appeal(
    item: QueueItem, decision: ModerationDecision, *, action: str, why: str, now: dt.datetime
) -> tuple[str, ModerationDecision | None, dict[str, Any]]:
    """Approve = the appeal (or counter-notice) is upheld: the content comes back, strikes lift.
    Remove = the original decision stands."""
    original = item.appeal_of
    if action != DecisionAction.APPROVE or original is None:
        if action == DecisionAction.REMOVE_AND_BAN and item.owner is not None:
            _strike(item.owner, decision=decision, reason=why, now=now, ban=True)
        return "the appeal was rejected; the decision stands", None, {}
    restored = []
    target = site_content.content_resolve(original.item.target_type, original.item.target_id)
    screenings = list(target.screenings)
    removed = (original.item.takedown.removed if original.item.takedown else None) or []
    for entry in removed:
        screenings += list(Screening.objects.filter(pk__in=entry.get("screenings", [])))
    restored = site_content.screenings_allow(
        [s for s in screenings if not _hard_floor(s)],
        reason={"code": "appeal_upheld", "detail": why[:300], "decision": "allow"},
    )
    site_content.content_restore(target, actor=decision.moderator, now=now)
    lifted = Strike.objects.filter(decision=original, lifted_at__isnull=True)
    for strike in lifted:
        User.objects.filter(pk=strike.user_id, strikes__gt=0).update(strikes=F("strikes") - 1)
    lifted.update(lifted_at=now)
    case_ids = {f"decision:{original.pk}"}
    if original.item.takedown is not None:
        takedown = original.item.takedown
        takedown.status = TakedownStatus.RESTORED
        takedown.save(update_fields=["status"])
        case_ids.add(f"takedown:{takedown.pk}")
    unbanked = _bank_hashes_withdraw(case_ids)
    return (
        "the appeal was upheld; the content is restored",
        original,
        {"restored_screenings": restored, "hashes_withdrawn": unbanked},
    )


def takedown_act(*, takedown_id: int, moderator: User, why: str = "", now: dt.datetime | None = None) -> Takedown:
    """Act on a notice: remove the content and its known copies, block their hashes, refund, notify.
    The same as deciding ``remove`` on the notice's queue item (one decision, one statement)."""
    _actor_check(moderator, moderator=True)
    item = QueueItem.objects.filter(takedown_id=takedown_id, kind=QueueKind.TAKEDOWN).first()
    takedown = Takedown.objects.filter(pk=takedown_id).first()
    if item is None or takedown is None:
        raise NotFound("no such takedown notice")
    if takedown.status != TakedownStatus.RECEIVED:
        raise Conflict(f"this notice was already handled ({takedown.status})")
    queue_decide(
        item_id=item.pk,
        moderator=moderator,
        action=DecisionAction.REMOVE,
        why=why or f"A takedown notice ({TakedownCategory(takedown.category).label.lower()}) was received and checked.",
        ground=_TAKEDOWN_GROUND[TakedownCategory(takedown.category)],
        now=now,
    )
    takedown.refresh_from_db()
    return takedown
