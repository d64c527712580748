from django.apps import AppConfig


class LikenessConfig(AppConfig):
    name = "bountyboard.likeness"
    label = "likeness"

    def ready(self) -> None:
        # The site's guard engine matches faces and names against this app's registry tables.
        # Registered here (screening imports no app above it); models are loaded only now.
        from bountyboard.likeness.guard_store import DjangoRegistryStore
        from bountyboard.screening.engine import screening_store_register

        screening_store_register(registry=DjangoRegistryStore())
