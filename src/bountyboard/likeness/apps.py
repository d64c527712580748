from django.apps import AppConfig


class LikenessConfig(AppConfig):
    name = "bountyboard.likeness"
    label = "likeness"

    def ready(self) -> None:
        # Explicit registration (not Django signals): with every verdict, a bounty that waits for
        # consent asks the people it depicts and other content showing a protected person is
        # queued; with every moderator decision, the person it shows is told.
        from bountyboard.likeness.services import moderation_decision_observed, screening_verdict_observed
        from bountyboard.moderation.services import decision_observer_register
        from bountyboard.screening.services import screening_observer_register

        screening_observer_register("likeness.matches", screening_verdict_observed)
        decision_observer_register("likeness.person", moderation_decision_observed)
