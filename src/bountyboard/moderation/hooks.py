"""What the moderation app tells the apps below it, installed once from ``ModerationConfig.ready``.

Kept as module-level imports (not inside ``ready``) so the import contracts see these directions.
"""

from __future__ import annotations

from bountyboard.moderation.guard_banks import DjangoBankStore
from bountyboard.moderation.services import queue_screening_add
from bountyboard.screening.engine import screening_store_register
from bountyboard.screening.services import screening_observer_register


def hooks_register() -> None:
    # The site's guard engine matches uploads against this app's hash banks (takedowns, imported lists).
    screening_store_register(banks=DjangoBankStore())
    # A verdict that needs a human is queued in the verdict's own transaction.
    screening_observer_register("moderation.queue", queue_screening_add)
