from django.apps import AppConfig


class BountiesConfig(AppConfig):
    name = "bountyboard.bounties"
    label = "bounties"
