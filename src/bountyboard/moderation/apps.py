from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bountyboard.moderation"
    label = "moderation"

    def ready(self) -> None:
        # The site's guard engine matches uploads against this app's hash banks (takedowns,
        # imported lists). Registered here (screening imports no app above it); models load only now.
        from bountyboard.moderation.guard_banks import DjangoBankStore
        from bountyboard.screening.engine import screening_store_register

        screening_store_register(banks=DjangoBankStore())
