from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "bountyboard.screening"
    label = "screening"
    verbose_name = "Screening (bridge to the guard engine)"

    def ready(self) -> None:
        # Models are loaded only now; the registrations live in hooks.py (module-level imports).
        from bountyboard.screening.hooks import hooks_register

        hooks_register()
