"""Bounty writes, one module per concept. Each public function is one ``transaction.atomic``: the state
change, its ledger movement (``ledger_post`` with an idempotency key derived from the change) and its
audit event commit together, or nothing does. Rules are enforced here, not only in forms.

- ``lifecycle``: create, edit, publish and cancel a bounty (the poster's side).
- ``references``: reference images and files attached to a draft.
- ``contributions``: benefactors' stakes held in escrow, and raising them.
- ``entries``: submit, edit and withdraw entries.
- ``awards``: stakes paid to entrants, and the awarding-window rule.
- ``scheduled``: expiry, window close and reminders (``bounties tick``).
- ``engagement``: tips, reactions, follows and comments.
- ``screened``: the screening bridge's handlers (``on_*_screened``) and the pooled decision.
- ``check``: what the guard decides about a draft before publishing, and what publishing then does.
- ``consent``: the depicted person's answer (called by ``bountyboard.likeness``).
- ``moderator_actions``: review, hide, restore, remove, lock.
- ``steps``: private steps the modules above share (row locks, actor checks, refunds, notifications).

Lock order, everywhere: bounty row -> entry row -> ledger accounts (ledger_post) -> audit chain head.

Other apps import from here (``from bountyboard.bounties import services``); the names below are
that public surface. Patch a name in the module that owns it, not here.
"""

from bountyboard.bounties.services.awards import (
    award_window,
    award_window_shares,
    bounty_award,
    bounty_award_window_close,
    platform_fee_for,
)
from bountyboard.bounties.services.check import (
    BountyCheck,
    DepictedPerson,
    bounty_check,
    bounty_publish_message,
    consent_invite_url,
    depicted_people,
)
from bountyboard.bounties.services.consent import (
    bounty_consent_needed,
    bounty_consent_recheck,
    bounty_consent_refused,
)
from bountyboard.bounties.services.contributions import (
    bounty_contribute,
    bounty_contribution_raise,
)
from bountyboard.bounties.services.engagement import (
    bounty_follow_set,
    comment_create,
    reaction_set,
    tip_create,
)
from bountyboard.bounties.services.entries import (
    UploadedPart,
    entry_submit,
    entry_submit_check,
    entry_update,
    entry_withdraw,
)
from bountyboard.bounties.services.lifecycle import (
    EDITABLE_FIELDS,
    LOCKABLE_FIELDS,
    bounty_cancel,
    bounty_create,
    bounty_is_locked,
    bounty_publish,
    bounty_update,
    prize_limits,
)
from bountyboard.bounties.services.moderator_actions import (
    bounty_hide,
    bounty_lock_set,
    bounty_remove,
    bounty_review_resolve,
    bounty_unhide,
    entry_hide,
    entry_restore,
    entry_review_resolve,
)
from bountyboard.bounties.services.references import (
    REFERENCE_FILES_MAX,
    bounty_file_add,
    bounty_file_limits,
    bounty_file_size_check,
    bounty_image_add,
)
from bountyboard.bounties.services.scheduled import (
    EXPIRABLE_STATUSES,
    TickReport,
    bounties_tick,
    bounty_expire,
    bounty_remind_expiring,
)
from bountyboard.bounties.services.screened import (
    PooledDecision,
    bounty_pooled_decision,
    on_bounty_screened,
    on_comment_screened,
    on_entry_screened,
    pooled_decision,
)
from bountyboard.bounties.services.steps import (
    CONSENT_WAIT_DAYS_DEFAULT,
    SUBJECT_BOUNTY,
    SUBJECT_COMMENT,
    SUBJECT_ENTRY,
    consent_deadline_from,
)

__all__ = [
    "BountyCheck",
    "DepictedPerson",
    "bounty_check",
    "bounty_publish_message",
    "consent_invite_url",
    "depicted_people",
    "CONSENT_WAIT_DAYS_DEFAULT",
    "EDITABLE_FIELDS",
    "EXPIRABLE_STATUSES",
    "LOCKABLE_FIELDS",
    "PooledDecision",
    "REFERENCE_FILES_MAX",
    "SUBJECT_BOUNTY",
    "SUBJECT_COMMENT",
    "SUBJECT_ENTRY",
    "TickReport",
    "UploadedPart",
    "award_window",
    "award_window_shares",
    "bounties_tick",
    "bounty_award",
    "bounty_award_window_close",
    "bounty_cancel",
    "bounty_consent_needed",
    "bounty_consent_recheck",
    "bounty_consent_refused",
    "bounty_contribute",
    "bounty_contribution_raise",
    "bounty_create",
    "bounty_expire",
    "bounty_file_add",
    "bounty_file_limits",
    "bounty_file_size_check",
    "bounty_follow_set",
    "bounty_hide",
    "bounty_image_add",
    "bounty_is_locked",
    "bounty_lock_set",
    "bounty_publish",
    "bounty_remind_expiring",
    "bounty_remove",
    "bounty_review_resolve",
    "bounty_unhide",
    "bounty_update",
    "comment_create",
    "consent_deadline_from",
    "entry_hide",
    "entry_restore",
    "entry_review_resolve",
    "entry_submit",
    "entry_submit_check",
    "entry_update",
    "entry_withdraw",
    "on_bounty_screened",
    "on_comment_screened",
    "on_entry_screened",
    "platform_fee_for",
    "bounty_pooled_decision",
    "pooled_decision",
    "prize_limits",
    "reaction_set",
    "tip_create",
]
