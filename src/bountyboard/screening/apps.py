from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "bountyboard.screening"
    label = "screening"
    verbose_name = "Screening (bridge to the guard engine)"
