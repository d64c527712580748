"""The admin's login form takes part in the login limits like every other login form: django-axes
already refuses a locked-out account or address there; this runs each attempt serialised so
concurrent wrong passwords cannot slip past the limit (bountyboard/accounts/login_limits.py)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError

from bountyboard.accounts.login_limits import login_attempts_serialised


class LimitedAdminAuthenticationForm(AdminAuthenticationForm):
    def clean(self) -> dict[str, Any]:
        if self.request is None:  # the admin always passes it; without one axes refuses the login anyway
            return super().clean()
        refused: ValidationError | None = None
        username = self.cleaned_data.get("username") or ""
        with login_attempts_serialised(request=self.request, username=username):
            try:
                cleaned = super().clean()
            except ValidationError as error:
                # Raised after the block, so the failure axes recorded is committed, not rolled back.
                refused = error
        if refused is not None:
            raise refused
        return cleaned


admin.site.login_form = LimitedAdminAuthenticationForm
