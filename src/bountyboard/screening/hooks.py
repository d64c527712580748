"""What the screening app tells the apps below it, installed once from ``ScreeningConfig.ready``.

Kept as module-level imports (not inside ``ready``) so the import contracts see these directions.
"""

from __future__ import annotations

from bountyboard.accounts.username_check import accounts_username_check_register
from bountyboard.screening.services import screening_username_refusal


def hooks_register() -> None:
    # accounts sits below screening, so the username check it runs at signup is handed to it from here.
    accounts_username_check_register(screening_username_refusal)
