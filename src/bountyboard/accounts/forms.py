"""Account page forms: they only parse input for a service call; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class SignupForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput(render_value=False))
    adult = forms.BooleanField(
        label=_("I am 18 or older"),
        help_text=_("Bountyboard is for adults only. You must confirm this to create an account."),
        error_messages={"required": _("You must confirm you are an adult to sign up.")},
    )


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput)


class PasswordResetRequestForm(forms.Form):
    email = forms.EmailField(label=_("Email"))


class PasswordResetConfirmForm(forms.Form):
    password = forms.CharField(label=_("New password"), widget=forms.PasswordInput)


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
