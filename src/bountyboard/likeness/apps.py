from django.apps import AppConfig


class LikenessConfig(AppConfig):
    name = "bountyboard.likeness"
    label = "likeness"

    def ready(self) -> None:
        # The site's guard engine matches faces and names against this app's registry tables.
        # Registered here (screening imports no app above it); models are loaded only now.
        from bountyboard.likeness.guard_store import DjangoRegistryStore
        from bountyboard.likeness.services import moderation_decision_observed, screening_verdict_observed
        from bountyboard.moderation.services import decision_observer_register
        from bountyboard.screening.engine import screening_store_register
        from bountyboard.screening.services import screening_observer_register

        screening_store_register(registry=DjangoRegistryStore())
        # With every verdict, a bounty that waits for consent asks the people it depicts and other
        # content showing a protected person is queued; with every moderator decision, the person
        # it shows is told. Explicit registrations, not Django signals.
        screening_observer_register("likeness.matches", screening_verdict_observed)
        decision_observer_register("likeness.person", moderation_decision_observed)
