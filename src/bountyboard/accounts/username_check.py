"""Whether a username may be shown to everyone, as the screening app decides (issue 9).

Accounts imports nothing above it: the screening app registers its check here from
``ScreeningConfig.ready`` (the direction stays screening -> accounts), as the bounties app registers
its escrow reader with the ledger. Fail closed: with no check registered, signup cannot run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# username -> None when it may be shown to everyone, else the guard's reason codes.
UsernameCheck = Callable[[str], Sequence[str] | None]

_check: UsernameCheck | None = None


def accounts_username_check_register(check: UsernameCheck) -> None:
    """Register the check every new username goes through; one per process."""
    global _check
    _check = check


def accounts_username_refusal(username: str) -> list[str] | None:
    """The reason codes that refuse ``username``, or None when it may be shown to everyone."""
    if _check is None:
        raise RuntimeError(
            "no username check is registered: the screening app registers one with "
            "accounts_username_check_register in ScreeningConfig.ready"
        )
    refusal = _check(username)
    return None if refusal is None else list(refusal)
