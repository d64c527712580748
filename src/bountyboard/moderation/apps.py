from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "bountyboard.moderation"
    label = "moderation"

    def ready(self) -> None:
        # Models are loaded only now; the registrations live in hooks.py (module-level imports).
        from bountyboard.moderation.hooks import hooks_register

        hooks_register()
