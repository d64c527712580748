from django.apps import AppConfig


class LikenessConfig(AppConfig):
    name = "bountyboard.likeness"
    label = "likeness"
