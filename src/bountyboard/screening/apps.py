from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "bountyboard.screening"
    label = "screening"
    verbose_name = "Screening (bridge to the guard engine)"

    def ready(self) -> None:
        # Explicit registration (not a Django signal): accounts sits below screening, so the
        # username check it runs at signup is handed to it from here.
        from bountyboard.accounts.username_check import accounts_username_check_register
        from bountyboard.screening.services import screening_username_refusal

        accounts_username_check_register(screening_username_refusal)
