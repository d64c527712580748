from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bountyboard.moderation"
    label = "moderation"

    def ready(self) -> None:
        # Explicit registration with the screening bridge (not a Django signal): every media verdict
        # checks the takedown banks again inside its transaction, so a takedown wins a race with a scan.
        from bountyboard.moderation.services import screening_banks_check
        from bountyboard.screening.services import screening_verdict_check_register

        screening_verdict_check_register(screening_banks_check)
