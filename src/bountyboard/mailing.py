"""E-mail that reports a change, sent after the change commits.

A notice must not be lost because mail failed, and no mail may go out for a change that was rolled
back; so services call ``mail_after_commit`` inside their transaction, next to the in-app
notification they write there.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

logger = logging.getLogger(__name__)


def mail_after_commit(*, address: str, subject: str, body: str) -> None:
    """Send one e-mail once the current transaction commits (nothing without an address)."""
    if not address:
        return

    def send() -> None:
        try:
            send_mail(subject, body, None, [address])
        except Exception:  # noqa: BLE001 - the change stands; the failure is logged for the operator
            logger.exception("could not e-mail %s (%s)", address.split("@")[-1], subject)

    transaction.on_commit(send)


def site_absolute_url(path: str) -> str:
    """``path`` on this site as a full link (``BOUNTYBOARD_SITE_URL``), for mail and invitations."""
    return str(getattr(settings, "BOUNTYBOARD_SITE_URL", "http://127.0.0.1:8000")).rstrip("/") + path
