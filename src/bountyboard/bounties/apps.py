from django.apps import AppConfig


class BountiesConfig(AppConfig):
    name = "bountyboard.bounties"
    label = "bounties"

    def ready(self) -> None:
        # Models are loaded only now; the registrations live in hooks.py (module-level imports).
        from bountyboard.bounties.hooks import hooks_register

        hooks_register()
