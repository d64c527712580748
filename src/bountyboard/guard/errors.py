"""Errors the engine raises. Every one carries a stable code and a one-line message for a person."""

from __future__ import annotations


class GuardError(Exception):
    code = "guard_error"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code


class InputRejected(GuardError):
    """The input cannot be scanned safely: wrong format, too large, truncated, a bomb, a pickle.

    The web layer turns it into a ``block`` with an ``unsafe_file`` reason; the CLI exits 2.
    """

    code = "input_rejected"


class EnrollmentRejected(GuardError):
    """A reference photo that cannot enrol someone (no face, several faces)."""

    code = "enrollment_rejected"


class StoreError(GuardError):
    """The store directory is missing, unreadable or corrupt."""

    code = "store_error"
