"""What each escrow must hold, as the app that owns escrows says (``ledger audit`` checks it).

An escrow account carries a bounty id, but the ledger imports nothing of the bounties app: that app
registers its reader of held stakes here from ``BountiesConfig.ready`` (the direction stays
bounties -> ledger).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

EscrowOwedSource = Callable[[], Mapping[int, int]]

_source: EscrowOwedSource | None = None


def ledger_escrow_owed_register(source: EscrowOwedSource) -> None:
    """Register the reader of what each escrow still owes (bounty id -> credits); one per process."""
    global _source
    _source = source


def ledger_escrow_owed() -> dict[int, int] | None:
    """Bounty id -> credits its escrow must hold, or None when no app has registered a reader."""
    if _source is None:
        return None
    return {int(bounty_id): int(amount) for bounty_id, amount in _source().items()}
