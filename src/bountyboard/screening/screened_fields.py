"""The one list of every text field on the site's models, and what protects each (issue 9).

Every ``CharField``, ``TextField`` and ``JSONField`` of every model in a ``bountyboard`` app is on
this list with one of four uses, and ``screening/tests/test_screened_fields.py`` fails when a field
is added without being placed here:

- ``SCREENED``: a person typed it and others see or download it; the guard reads it before anyone
  else sees it, and again when it is edited (the owning object goes back to screening, hidden).
  The services build the text they screen from this list (``screened_text``), so adding a field
  here is what makes it screened.
- ``DERIVED``: a copy or rendering of screened text (``description_html``), shown only when the
  text it comes from is allowed.
- ``PRIVATE``: a person typed it but only they, the people the form is addressed to, and moderators
  see it (an email address, a takedown notice, a protected person's names).
- ``SYSTEM``: written by the site or its staff, never by an ordinary user (statuses, hashes,
  reasons, moderators' statements).

Files have no column of their own here: images, model files and datasets are each a ``Screening``
row scanned by kind (images by the image pipeline, models by the model-file scanner including every
metadata string and embedded thumbnail, datasets member by member including member paths).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any


class FieldUse(StrEnum):
    SCREENED = "screened"
    DERIVED = "derived"
    PRIVATE = "private"
    SYSTEM = "system"


S, D, P, Y = FieldUse.SCREENED, FieldUse.DERIVED, FieldUse.PRIVATE, FieldUse.SYSTEM

# model label -> field -> (use, where / why). Order inside a model is the order screened text is built.
SCREENED_FIELDS: dict[str, dict[str, tuple[FieldUse, str]]] = {
    "accounts.User": {
        "username": (S, "scanned at signup: blocked, above PG, or a listed or protected person is refused"),
        "first_name": (P, "never shown; Django's optional name fields, unused by the pages and API"),
        "last_name": (P, "never shown; see first_name"),
        "email": (P, "shown to its owner only"),
        "password": (Y, "a hash"),
        "role": (Y, "set by admins"),
        "rating_preference": (Y, "a choice among fixed values"),
    },
    "accounts.ApiToken": {
        "name": (P, "shown to its owner only"),
        "key_hash": (Y, "a hash"),
        "prefix": (Y, "random characters"),
    },
    "accounts.Notification": {
        "kind": (Y, "fixed codes"), "message": (Y, "written by the services from screened fields"),
        "url": (Y, "built by the services"), "target_type": (Y, "fixed codes"), "target_id": (Y, "an id"),
    },
    "audit.AuditEvent": {
        name: (Y, "written by the services") for name in
        ("actor_label", "action", "target_type", "target_id", "reasons", "data", "prev_hash", "hash")
    },
    "audit.AuditPersonalData": {
        "fields": (P, "a protected person's names and handles, kept outside the hash chain, erased with the registration"),
        "salt": (Y, "random, written by the audit service"),
    },
    "scheduler.JobLease": {
        "name": (Y, "a job name from settings"), "holder": (Y, "host and process id"),
        "last_error": (Y, "the job's exception, for operators"),
    },
    "ledger.LedgerAccount": {"kind": (Y, "fixed codes")},
    "ledger.LedgerTransaction": {
        "idempotency_key": (Y, "built by the services"), "kind": (Y, "fixed codes"),
        "memo": (Y, "written by the services"),
    },
    "screening.Screening": {
        "text": (D, "the screened text itself; shown to moderators only"),
        "filename": (D, "copy of the upload's name, screened with its owner's text"),
        "error": (Y, "the scanner's exception"),
        "faces": (Y, "the guard's face embeddings, kinds and boxes; never shown (screening/faces.py)"),
        **{name: (Y, "the guard's verdict or the stored bytes' names and hashes") for name in
           ("subject_type", "kind", "status", "decision", "rating", "reasons", "signals", "evidence",
            "person_ids", "upload_name", "stored_name", "content_type", "pdq", "md5", "sha256")},
    },
    "bounties.Bounty": {
        "title": (S, "the bounty's text screening"),
        "description": (S, "the bounty's text screening"),
        "tags": (S, "the bounty's text screening"),
        "base_model": (S, "the bounty's text screening"),
        "rights_statement": (S, "the bounty's text screening"),
        "model_details": (S, "the bounty's text screening: every key and string at any depth"),
        "description_html": (D, "rendered from description"),
        "search_document": (D, "built from title, tags, base_model and description; never shown"),
        **{name: (Y, "fixed values or the guard's verdict") for name in
           ("type", "rating", "guard_rating", "entry_mode", "status", "decision", "reasons", "consent_person_ids",
            "hidden_reason")},
    },
    "bounties.BountyFile": {
        "filename": (S, "the bounty's text screening, with the other reference file names"),
        "kind": (Y, "fixed codes"), "content_type": (Y, "chosen by the site from the suffix"),
        "stored_name": (Y, "a random storage name"),
    },
    "bounties.Entry": {
        "description": (S, "the entry's text screening"),
        "description_html": (D, "rendered from description"),
        "status": (Y, "lifecycle"), "rating": (Y, "the guard's rating"), "reasons": (Y, "the guard's reasons"),
    },
    "bounties.EntryFile": {"filename": (S, "the entry's text screening, with the description")},
    "bounties.Contribution": {"status": (Y, "lifecycle")},
    "bounties.Award": {"kind": (Y, "fixed codes")},
    "bounties.Reaction": {"kind": (Y, "fixed codes")},
    "bounties.BountyFollow": {"kind": (Y, "fixed codes")},
    "bounties.Comment": {
        "body": (S, "the comment's text screening"),
        "body_html": (D, "rendered from body"),
        "status": (Y, "lifecycle"),
    },
    "likeness.ProtectedLikeness": {
        **{name: (P, "the protected person's own registration: them and moderators only") for name in
           ("on_behalf_of", "legal_name", "known_names", "aliases", "handles", "verification_basis")},
        "id": (Y, "generated"), "status": (Y, "lifecycle"),
    },
    "likeness.ReferenceFace": {"pdq": (Y, "a hash")},
    "likeness.RegistryChange": {"kind": (Y, "fixed codes"), "person_id": (Y, "generated")},
    "likeness.RescanRun": {"trigger": (Y, "fixed codes"), "status": (Y, "lifecycle"), "last_error": (Y, "an exception")},
    "likeness.ConsentRequest": {
        "bounty_title": (D, "copy of the screened bounty title, shown to the person asked"),
        "purpose": (D, "copy of the screened bounty text, shown to the person asked"),
        "note": (P, "the person's reason for refusing: kept for moderators, shown to nobody else"),
        "status": (Y, "lifecycle"),
    },
    "moderation.HashBank": {"name": (Y, "set by admins")},
    "moderation.BankHash": {
        "kind": (Y, "fixed codes"), "value": (Y, "a hash"), "case_id": (Y, "staff"), "note": (Y, "staff"),
    },
    "moderation.BankChange": {name: (Y, "a hash list's journal") for name in
                              ("bank_name", "op", "kind", "value", "case_id")},
    "moderation.Report": {
        "details": (P, "the reporter's words: moderators only"),
        "target_type": (Y, "fixed codes"), "target_id": (Y, "an id"), "category": (Y, "fixed codes"),
    },
    "moderation.Takedown": {
        **{name: (P, "a legal notice: the notifier and moderators only") for name in
           ("locations", "good_faith_statement", "signature", "contact_name", "contact_email", "contact_phone",
            "contact_address", "on_behalf_of", "jurisdiction")},
        "category": (Y, "fixed codes"), "status": (Y, "lifecycle"), "removed": (Y, "what the site removed"),
    },
    "moderation.QueueItem": {
        name: (Y, "built by the services") for name in
        ("kind", "status", "source_key", "target_type", "target_id", "summary", "evidence")
    },
    "moderation.ModerationDecision": {"action": (Y, "fixed codes"), "statement": (Y, "a moderator's statement")},
    "moderation.Strike": {"reason": (Y, "a moderator's reason")},
}


def screened_field_names(model_label: str) -> tuple[str, ...]:
    """The ``SCREENED`` fields of a model, in order (``bounties.Bounty`` -> title, description, ...)."""
    return tuple(name for name, (use, _why) in SCREENED_FIELDS.get(model_label, {}).items() if use == FieldUse.SCREENED)


def _lines(value: Any) -> list[str]:
    """A field's text as lines: a string as it is; a list of strings (tags) on one line, so tags
    ``["emma", "watson"]`` still read as a name; a dict's string values after their key on one line;
    lists of anything else item by item; numbers carry no words."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        return [" ".join(value)]
    if isinstance(value, dict):
        lines: list[str] = []
        for key, inner in value.items():
            if isinstance(inner, str):
                lines.append(f"{key}: {inner}")
            else:
                lines.append(str(key))
                lines.extend(_lines(inner))
        return lines
    if isinstance(value, list | tuple):
        return [line for item in value for line in _lines(item)]
    return []


def screened_text(instance: Any, *, extra: Iterable[str] = ()) -> str:
    """The text the guard reads for one object: each ``SCREENED`` field in turn (JSON at any depth,
    keys included), then ``extra`` (e.g. the names of its files), one value per line."""
    lines: list[str] = []
    for name in screened_field_names(instance._meta.label):
        lines.extend(line for line in _lines(getattr(instance, name)) if line.strip())
    lines.extend(text for text in extra if text.strip())
    return "\n".join(lines)
