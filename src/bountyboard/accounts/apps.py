from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "bountyboard.accounts"
    label = "accounts"
