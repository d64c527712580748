from django.apps import AppConfig


class LikenessConfig(AppConfig):
    name = "bountyboard.likeness"
    label = "likeness"

    def ready(self) -> None:
        # Models are loaded only now; the registrations live in hooks.py (module-level imports).
        from bountyboard.likeness.hooks import hooks_register

        hooks_register()
