"""What the bounties app tells the apps below it, installed once from ``BountiesConfig.ready``.

Kept as module-level imports (not inside ``ready``) so the import contracts see these directions.
"""

from __future__ import annotations

from bountyboard.bounties.selectors import bounty_open_pools
from bountyboard.bounties.services import (
    SUBJECT_BOUNTY,
    SUBJECT_COMMENT,
    SUBJECT_ENTRY,
    on_bounty_screened,
    on_comment_screened,
    on_entry_screened,
)
from bountyboard.ledger.escrow_owed import ledger_escrow_owed_register
from bountyboard.screening.services import screening_handler_register


def hooks_register() -> None:
    # When the guard finishes a part of a bounty, entry or comment, these move the owner to its
    # next state (explicit registration with the screening bridge, not a Django signal).
    screening_handler_register(SUBJECT_BOUNTY, on_bounty_screened)
    screening_handler_register(SUBJECT_ENTRY, on_entry_screened)
    screening_handler_register(SUBJECT_COMMENT, on_comment_screened)
    # ``ledger audit`` checks each escrow against the stakes its bounty still holds; the ledger
    # imports nothing of bounties, so the bounties app tells it how to read them.
    ledger_escrow_owed_register(bounty_open_pools)
