"""Forms of the pages that combine apps (the profile). Each app's own forms live in its ``forms``."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from bountyboard.bounties.forms import RATINGS


class RatingPreferenceForm(forms.Form):
    rating_preference = forms.ChoiceField(label=_("Most explicit rating I want to see"), choices=RATINGS)
