"""Account background jobs (thin: take ids, call a service, safe to run twice)."""

from __future__ import annotations

from celery import shared_task

from bountyboard.accounts import services


@shared_task(name="accounts.user_welcome")  # type: ignore[untyped-decorator]
def user_welcome(*, user_id: int) -> None:
    services.user_welcome_notify(user_id=user_id)


@shared_task(name="accounts.email_verification_send")  # type: ignore[untyped-decorator]
def email_verification_send(*, user_id: int) -> None:
    services.email_verification_send_by_id(user_id=user_id)


@shared_task(name="accounts.signup_existing_notify")  # type: ignore[untyped-decorator]
def signup_existing_notify(*, user_id: int) -> None:
    services.signup_existing_notify(user_id=user_id)
