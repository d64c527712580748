"""Bounty page forms: they only parse and shape input for a service call. Business rules (limits,
states, who may do what) live in the services, whose ``ApplicationError`` the views show as a form
error. The choice lists here also label codes in templates (``web_chrome``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

BOUNTY_TYPES = [
    ("checkpoint", _("Checkpoint")),
    ("lora", _("LoRA")),
    ("embedding", _("Embedding")),
    ("dataset", _("Dataset")),
    ("captions", _("Captions")),
    ("image", _("Image")),
    ("video", _("Video")),
    ("other", _("Other")),
]
RATINGS = [("pg", _("PG (safe)")), ("pg13", _("PG-13")), ("r", _("R")), ("x", _("X"))]
ENTRY_MODES = [("open", _("Anyone may enter")), ("benefactors", _("Benefactors only"))]
SORTS = [
    ("newest", _("Newest")),
    ("prize", _("Highest prize")),
    ("entries", _("Most entries")),
    ("ending", _("Ending soon")),
]
STATUSES = [
    ("open", _("Open")),
    ("all", _("Any status")),
    ("awarding", _("Awarding")),
    ("awarded", _("Awarded")),
    ("expired", _("Expired")),
]


DATETIME_LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files under one name (Django's documented pattern for ``multiple``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile[Any]]:
        single_clean = super().clean
        if isinstance(data, list | tuple):
            files = [single_clean(item, initial) for item in data if item]
            if self.required and not files:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return files
        cleaned = single_clean(data, initial)
        return [cleaned] if cleaned else []


class BountyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea, help_text=_("Markdown is supported.")
    )
    type = forms.ChoiceField(label=_("Type"), choices=BOUNTY_TYPES)
    base_model = forms.CharField(label=_("Base model"), max_length=100, required=False)
    tags = forms.CharField(label=_("Tags"), required=False, help_text=_("Comma-separated, e.g. landscape, watercolour"))
    prize = forms.IntegerField(label=_("Prize (credits)"), min_value=1)
    # datetime-local inputs only show a value in this exact format (minutes, "T" separator).
    starts_at = forms.DateTimeField(
        label=_("Starts"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL_FORMAT),
    )
    expires_at = forms.DateTimeField(
        label=_("Ends"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL_FORMAT)
    )
    rating = forms.ChoiceField(
        label=_("Content rating"),
        choices=RATINGS,
        initial="pg",
        help_text=_("Screening may raise it, never lower it."),
    )
    entry_mode = forms.ChoiceField(label=_("Who may enter"), choices=ENTRY_MODES)
    min_contribution = forms.IntegerField(label=_("Minimum contribution (credits)"), min_value=1, required=False)
    entry_limit = forms.IntegerField(label=_("Entries per person"), min_value=1, initial=1)
    rights_statement = forms.CharField(
        label=_("Rights statement"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_(
            "State that you own or have the right to use every reference you upload, and that no real "
            "person is depicted without their own verified consent. Required to publish."
        ),
    )

    def tag_list(self) -> list[str]:
        raw = self.cleaned_data.get("tags") or ""
        return [t.strip() for t in raw.split(",") if t.strip()]


class BountyCreateForm(BountyForm):
    reference_image = forms.FileField(
        label=_("Reference image"),
        required=False,
        help_text=_("PNG, JPEG or WebP. You can add more on the next page. At least one is needed to publish."),
    )


class ReferenceImageForm(forms.Form):
    image = forms.FileField(label=_("Reference image"), help_text=_("PNG, JPEG or WebP."))


class ReferenceFileForm(forms.Form):
    file = forms.FileField(
        label=_("Reference file"),
        help_text=_("A .safetensors model, a .zip dataset of images and captions, or .txt, .md, .json or .yaml "
                    "text. PDF files are not accepted: the guard cannot scan them."),
    )


class ContributeForm(forms.Form):
    amount = forms.IntegerField(label=_("Amount (credits)"), min_value=1)


class EntryForm(forms.Form):
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    images = MultipleFileField(label=_("Sample images"), help_text=_("At least one. PNG, JPEG or WebP."))
    # Not "files": that name is the form's own uploads attribute.
    deliverables = MultipleFileField(
        label=_("Deliverable files"),
        help_text=_("At least one: a .safetensors model, or a zip of images and captions."),
    )


class AwardForm(forms.Form):
    entry_id = forms.IntegerField(widget=forms.HiddenInput)


class TipForm(forms.Form):
    amount = forms.IntegerField(label=_("Tip (credits)"), min_value=1)


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class BrowseForm(forms.Form):
    """Browse filters from the query string; every field optional, bad values fall back to defaults."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    type = forms.ChoiceField(label=_("Type"), choices=[("", _("Any type")), *BOUNTY_TYPES], required=False)
    base_model = forms.CharField(label=_("Base model"), required=False, max_length=100)
    status = forms.ChoiceField(label=_("Status"), choices=STATUSES, required=False)
    rating = forms.ChoiceField(label=_("Rating up to"), choices=[("", _("My preference")), *RATINGS], required=False)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False)
    page = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)
