from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "bountyboard.screening"
    label = "screening"
