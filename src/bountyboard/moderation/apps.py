from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bountyboard.moderation"
    label = "moderation"

    def ready(self) -> None:
        # A verdict that needs a human is queued in the verdict's own transaction (explicit
        # registration with the screening bridge, not a Django signal; screening never imports us).
        from bountyboard.moderation.services import queue_screening_add
        from bountyboard.screening.services import screening_observer_register

        screening_observer_register("moderation.queue", queue_screening_add)
