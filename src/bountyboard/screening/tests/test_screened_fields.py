"""The list of text fields (issue 9): every text field of every model is on it, and the text the
services screen is built from it."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.db import models

from bountyboard.screening.screened_fields import (
    SCREENED_FIELDS,
    FieldUse,
    screened_field_names,
    screened_text,
)

TEXT_FIELD_TYPES = (models.CharField, models.TextField, models.JSONField)


def _site_text_fields() -> dict[str, set[str]]:
    """label -> names of the CharField / TextField / JSONField columns of every bountyboard model."""
    found: dict[str, set[str]] = {}
    for model in apps.get_models():
        if not model.__module__.startswith("bountyboard."):
            continue
        names = {field.name for field in model._meta.get_fields() if isinstance(field, TEXT_FIELD_TYPES)}
        if names:
            found[model._meta.label] = names
    return found


def test_every_text_field_of_every_model_is_screened_or_declared() -> None:
    missing = {
        label: sorted(names - set(SCREENED_FIELDS.get(label, {})))
        for label, names in _site_text_fields().items()
        if names - set(SCREENED_FIELDS.get(label, {}))
    }
    assert not missing, (
        "text fields nobody decided about; add each to screening/screened_fields.py as SCREENED (and make its "
        f"service screen it) or say why it is DERIVED, PRIVATE or SYSTEM: {missing}"
    )


def test_the_list_names_no_field_that_does_not_exist() -> None:
    site = _site_text_fields()
    stale = {label: sorted(set(fields) - site.get(label, set())) for label, fields in SCREENED_FIELDS.items()
             if set(fields) - site.get(label, set())}
    assert not stale


def test_every_declaration_says_why() -> None:
    for label, fields in SCREENED_FIELDS.items():
        for name, (use, why) in fields.items():
            assert isinstance(use, FieldUse) and why.strip(), (label, name)


def test_the_fields_shown_to_visitors_are_screened() -> None:
    assert set(screened_field_names("bounties.Bounty")) == {
        "title", "description", "tags", "base_model", "rights_statement", "model_details"
    }
    assert screened_field_names("bounties.Entry") == ("description",)
    assert screened_field_names("bounties.Comment") == ("body",)
    assert screened_field_names("accounts.User") == ("username",)
    assert {screened_field_names(label) for label in ("bounties.BountyFile", "bounties.EntryFile")} == {("filename",)}


class _Bounty:
    """Stands in for a model instance: ``screened_text`` reads only ``_meta.label`` and the fields."""

    class _meta:  # noqa: N801 - the attribute Django models have
        label = "bounties.Bounty"

    def __init__(self, **values: Any) -> None:
        defaults: dict[str, Any] = {"title": "", "description": "", "tags": [], "base_model": "",
                                    "rights_statement": "", "model_details": {}}
        self.__dict__.update({**defaults, **values})


@pytest.mark.parametrize(
    ("values", "expected_line"),
    [
        ({"tags": ["emma", "watson"]}, "emma watson"),
        ({"model_details": {"base": "Emma Watson nude"}}, "base: Emma Watson nude"),
        ({"model_details": {"a": {"b": [{"c": "deep words"}]}}}, "c: deep words"),
        ({"model_details": {"emma watson nude": 1}}, "emma watson nude"),
        ({"rights_statement": "mine"}, "mine"),
    ],
)
def test_screened_text_reads_every_string_at_any_depth(values: dict[str, Any], expected_line: str) -> None:
    assert expected_line in screened_text(_Bounty(**values)).splitlines()


def test_screened_text_adds_the_extra_lines_and_skips_numbers() -> None:
    text = screened_text(_Bounty(title="Fox", model_details={"dim": 32}), extra=["fox.safetensors", " "])
    assert text.splitlines() == ["Fox", "dim", "fox.safetensors"]
