from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "bountyboard.web"
    label = "web"
