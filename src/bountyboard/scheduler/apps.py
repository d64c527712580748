from django.apps import AppConfig


class SchedulerConfig(AppConfig):
    name = "bountyboard.scheduler"
    label = "scheduler"
