"""Moderation writes, one module per concept: reports, takedown notices on the legal clock, the
queue, decisions with a statement of reasons (strikes and bans), appeals and counter-notices, the
takedown hash bank, content removal, and the moderator roster.

Every function takes ``now`` so the legal clock can be tested with a controlled time; every write
commits with its audit event (``audit_record``) in one transaction. Callers import from here
(``from bountyboard.moderation.services import report_create``); the names below are the public ones.
"""

from __future__ import annotations

from bountyboard.moderation.services.appeals import appeal_create, counter_notice_create
from bountyboard.moderation.services.banks import TAKEDOWN_BANK, bank_sweep, screening_banks_check
from bountyboard.moderation.services.decisions import (
    STRIKES_TO_BAN_DEFAULT,
    DecisionObserver,
    decision_observer_register,
    queue_decide,
    takedown_act,
)
from bountyboard.moderation.services.moderators import moderator_role_set
from bountyboard.moderation.services.queue import (
    KIND_SEVERITY,
    queue_item_add,
    queue_screening_add,
    queue_sync_screenings,
)
from bountyboard.moderation.services.reports import REPORT_SEVERITY, report_create
from bountyboard.moderation.services.statements import APPEAL_HOW, GROUNDS, statement_of_reasons
from bountyboard.moderation.services.takedowns import (
    TAKEDOWN_ALERT_HOURS_DEFAULT,
    TAKEDOWN_REQUIRED,
    TAKEDOWN_SEVERITY,
    takedown_create,
    takedown_validate,
    takedowns_due_alert,
)

__all__ = [
    "APPEAL_HOW",
    "GROUNDS",
    "KIND_SEVERITY",
    "REPORT_SEVERITY",
    "STRIKES_TO_BAN_DEFAULT",
    "TAKEDOWN_ALERT_HOURS_DEFAULT",
    "TAKEDOWN_BANK",
    "TAKEDOWN_REQUIRED",
    "TAKEDOWN_SEVERITY",
    "appeal_create",
    "bank_sweep",
    "DecisionObserver",
    "counter_notice_create",
    "decision_observer_register",
    "moderator_role_set",
    "queue_decide",
    "queue_item_add",
    "queue_screening_add",
    "queue_sync_screenings",
    "report_create",
    "screening_banks_check",
    "statement_of_reasons",
    "takedown_act",
    "takedown_create",
    "takedown_validate",
    "takedowns_due_alert",
]
