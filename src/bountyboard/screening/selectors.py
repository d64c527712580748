"""Screening reads: one row, whether its content may be shown, and its stored bytes."""

from __future__ import annotations

from typing import IO

from django.core.files.storage import default_storage

from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningStatus


def screening_get(*, screening_id: int) -> Screening | None:
    return Screening.objects.filter(pk=screening_id).first()


def screening_is_allowed(row: Screening | None) -> bool:
    """Fail closed: only a finished scan with an allowing decision is public."""
    return row is not None and row.status == ScreeningStatus.DONE and row.decision == ScreeningDecision.ALLOW


def screening_open_stored(row: Screening) -> IO[bytes]:
    """The stored (clean) bytes. Callers must check visibility first (``screening_is_allowed`` or owner)."""
    if not row.stored_name:
        raise FileNotFoundError(f"screening {row.pk} has no stored content")
    handle: IO[bytes] = default_storage.open(row.stored_name, "rb")
    return handle
