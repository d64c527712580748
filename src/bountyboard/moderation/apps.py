from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bountyboard.moderation"
    label = "moderation"

    def ready(self) -> None:
        # The site's guard engine matches uploads against this app's hash banks (takedowns,
        # imported lists). Registered here (screening imports no app above it); models load only now.
        from bountyboard.moderation.guard_banks import DjangoBankStore
        from bountyboard.moderation.services import queue_screening_add, screening_banks_check
        from bountyboard.screening.engine import screening_store_register
        from bountyboard.screening.services import (
            screening_observer_register,
            screening_verdict_check_register,
        )

        screening_store_register(banks=DjangoBankStore())
        # A verdict that needs a human is queued in the verdict's own transaction.
        screening_observer_register("moderation.queue", queue_screening_add)
        # Every media verdict checks the takedown banks again inside its transaction, so a takedown
        # wins a race with a scan (explicit registration with the screening bridge, not a signal).
        screening_verdict_check_register(screening_banks_check)
