"""Bounty page forms: they only parse and shape input for a service call. Business rules (limits,
states, who may do what) live in the services, whose ``ApplicationError`` the views show as a form
error. The choice lists here also label codes in templates (``web_chrome``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from bountyboard.bounties.services import prize_limits

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
# The base models people pick from; the stored field stays free text ("other" lets a poster write one).
BASE_MODELS = [
    ("SD 1.5", "SD 1.5"),
    ("SDXL 1.0", "SDXL 1.0"),
    ("Pony", "Pony"),
    ("Illustrious", "Illustrious"),
    ("NoobAI", "NoobAI"),
    ("SD 3.5", "SD 3.5"),
    ("Flux.1 D", "Flux.1 D"),
    ("Flux.1 S", "Flux.1 S"),
    ("HiDream", "HiDream"),
    ("Wan Video", "Wan Video"),
    ("Hunyuan Video", "Hunyuan Video"),
]
BASE_MODEL_OTHER = "other"
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


class ListedOrTextChoiceField(forms.ChoiceField):
    """A list to choose from that still takes any short text a client sends (the stored field is text:
    an API-made bounty's own value must survive an edit through the page)."""

    def valid_value(self, value: Any) -> bool:
        return isinstance(value, str) and len(value) <= 64


class BountyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea, help_text=_("Markdown is supported.")
    )
    type = forms.ChoiceField(label=_("Type"), choices=BOUNTY_TYPES)
    base_model = ListedOrTextChoiceField(
        label=_("Base model"),
        choices=[("", _("Not specified")), *BASE_MODELS, (BASE_MODEL_OTHER, _("Other (write it below)"))],
        required=False,
    )
    base_model_other = forms.CharField(
        label=_("Other base model"), max_length=64, required=False, help_text=_("Only when you chose “Other”.")
    )
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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The field says the site's own prize range, so the browser and the form refuse what the service would.
        low, high = prize_limits()
        prize = self.fields["prize"]
        assert isinstance(prize, forms.IntegerField)
        prize.min_value, prize.max_value = low, high
        prize.validators = [MinValueValidator(low), MaxValueValidator(high)]
        prize.widget.attrs.update({"min": low, "max": high})
        prize.help_text = _("Between %(low)s and %(high)s credits, held in escrow when you publish.") % {
            "low": low,
            "high": high,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("base_model") == BASE_MODEL_OTHER:
            other = (data.get("base_model_other") or "").strip()
            if not other:
                self.add_error("base_model_other", _("Write the base model, or choose one from the list."))
            data["base_model"] = other
        return data

    @staticmethod
    def base_model_initial(stored: str) -> dict[str, str]:
        """The two fields for a stored base model: a listed one, or "other" with its text."""
        if not stored or stored in dict(BASE_MODELS):
            return {"base_model": stored, "base_model_other": ""}
        return {"base_model": BASE_MODEL_OTHER, "base_model_other": stored}

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


class RaiseForm(forms.Form):
    amount = forms.IntegerField(label=_("Credits to add to my stake"), min_value=1)


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
    base_model = forms.ChoiceField(label=_("Base model"), choices=[("", _("Any base model")), *BASE_MODELS], required=False)
    tag = forms.CharField(label=_("Tag"), required=False, max_length=100, widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=STATUSES, required=False)
    rating = forms.ChoiceField(label=_("Rating up to"), choices=[("", _("My preference")), *RATINGS], required=False)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False)
    page = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)
