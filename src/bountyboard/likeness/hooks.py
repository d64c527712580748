"""What the likeness app tells the apps below it, installed once from ``LikenessConfig.ready``.

Kept as module-level imports (not inside ``ready``) so the import contracts see these directions.
"""

from __future__ import annotations

from bountyboard.likeness.guard_store import DjangoRegistryStore
from bountyboard.likeness.services import moderation_decision_observed, screening_verdict_observed
from bountyboard.moderation.services import decision_observer_register
from bountyboard.screening.engine import screening_store_register
from bountyboard.screening.services import screening_observer_register


def hooks_register() -> None:
    # The site's guard engine matches faces and names against this app's registry tables.
    screening_store_register(registry=DjangoRegistryStore())
    # With every verdict, a bounty that waits for consent asks the people it depicts and other
    # content showing a protected person is queued; with every moderator decision, the person
    # it shows is told. Explicit registrations, not Django signals.
    screening_observer_register("likeness.matches", screening_verdict_observed)
    decision_observer_register("likeness.person", moderation_decision_observed)
