from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "bountyboard.ledger"
    label = "ledger"
