"""Codes turned into sentences in the visitor's language: one place for the pages.

Services raise ``ApplicationError`` with an English ``message`` (the API's, for developers: it may
name fields and ids) and a stable machine ``code``. Pages show the sentence this module gives the
code, in both languages, with the figures the error carries in ``extra``; only a code this module
does not know falls back to the service's message. Screening reasons work the same way
(``reason_sentence``): codes stay in the API and the audit log, people read sentences.
"""

from __future__ import annotations

import re

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bountyboard.errors import ApplicationError

_BY_CODE = {
    "invalid_credentials": _("Invalid username or password."),
    "banned": _("This account is banned."),
    "account_banned": _("This account is suspended."),
    "token_invalid": _("This link is not valid or was already used."),
    "token_expired": _("This link has expired."),
    "insufficient_funds": _("Your wallet does not hold enough credits for this."),
    "below_minimum": _("This amount is below the bounty's minimum contribution."),
    "above_maximum": _("This amount is above the bounty's maximum contribution."),
    "invalid_amount": _("Enter a whole number of credits above zero."),
    "already_benefactor": _("You are already a benefactor of this bounty."),
    "bounty_not_open": _("This bounty is not open."),
    "bounty_not_started": _("This bounty has not started yet."),
    "bounty_expired": _("This bounty has ended."),
    "bounty_locked": _("The terms are locked once there are entries or other benefactors."),
    "bounty_not_editable": _("This bounty can no longer be edited."),
    "bounty_not_draft": _("Only a draft can be changed this way."),
    "bounty_not_cancellable": _("This bounty can no longer be cancelled."),
    "bounty_has_entries": _("A bounty with entries cannot be cancelled."),
    "bounty_not_awardable": _("Awards are not possible on this bounty now."),
    "not_poster": _("Only the poster can do this."),
    "not_benefactor": _("Only benefactors can award, each their own stake."),
    "not_entrant": _("Only the entrant can change this entry."),
    "own_bounty": _("You cannot enter your own bounty."),
    "benefactors_only": _("Only benefactors may enter this bounty."),
    "entry_limit_reached": _("You reached this bounty's limit of entries."),
    "entry_locked": _("An entry cannot change once awards are made or the bounty is closed."),
    "entry_withdrawn": _("This entry was withdrawn."),
    "entry_not_allowed": _("Only entries that passed screening can be awarded or tipped."),
    "self_award": _("You cannot award your own entry."),
    "self_tip": _("You cannot tip your own entry."),
    "already_awarded": _("You already awarded your stake."),
    "rights_statement_required": _("Write the rights statement before publishing."),
    "image_required": _("Add at least one image."),
    "file_required": _("Add at least one deliverable file."),
    "image_invalid": _("This file is not a PNG, JPEG, WebP or GIF image."),
    "image_too_large": _("This image is too large."),
    "file_type_unsafe": _(
        "Pickle-based model files can run code when loaded; upload a .safetensors file instead."
    ),
    "file_type": _("Deliverables must be .safetensors model files or .zip datasets."),
    "reference_file_type": _("Reference files must be .safetensors, .zip datasets or .txt, .md, .json or .yaml text."),
    "file_too_large": _("The file is too large for this site's limit."),
    "file_type_unscannable": _("The guard cannot scan this kind of file (for example PDF); upload it as text instead."),
    "too_many_files": _("A bounty holds at most 10 reference files."),
    "prize_out_of_range": _("The prize is outside the allowed range."),
    "invalid_dates": _("Check the dates: the end must be after the start, within 90 days, and in the future."),
    "invalid_title": _("A title is required (at most 200 characters)."),
    "invalid_comment": _("A comment needs 1 to 5,000 characters."),
    "rating_below_guard": _("The guard rated this bounty higher: you can raise its rating but not lower it below the guard's."),
    "rating_above_preference": _(
        "This content is rated above what your rating preference shows; sign in and raise your preference to see it."
    ),
    "username_not_allowed": _(
        "This name cannot be used: usernames are shown to everyone, and this one names a real person or reads as "
        "sexual; please choose another."
    ),
    "invalid_description": _("The description is too long (at most 10,000 characters)."),
    "invalid_tags": _("Use at most 20 tags."),
    "invalid_expiry": _("Check the end date: it must be in the future and within 90 days."),
    "invalid_rights": _("The rights statement is too long."),
    "invalid_entry_limit": _("Entries per person must be a whole number from 1 to 100."),
    "invalid_entry_mode": _("Choose who may enter."),
    "invalid_rating": _("Choose a content rating from the list."),
    "invalid_type": _("Choose a bounty type from the list."),
    "nothing_to_update": _("Nothing was changed."),
    "no_change": _("Nothing was changed."),
    "too_many_parts": _("An entry holds at most 20 images and 10 files."),
    "too_many_images": _("A bounty holds at most 20 reference images."),
    "file_empty": _("This file is empty."),
    "too_large": _("The file is too large for this site's limit."),
    "model_invalid": _("This model file is damaged or not a .safetensors file."),
    "archive_invalid": _("This zip file is damaged or not a zip file."),
    "archive_bomb": _("This zip file expands to far more than its size; it was refused."),
    "archive_too_large": _("This zip file is too large once unpacked."),
    "archive_too_many": _("This zip file holds too many files."),
    "archive_empty": _("This zip file holds no images."),
    "archive_encrypted": _("Encrypted zip files cannot be scanned; send it without a password."),
    "archive_path_traversal": _("This zip file contains unsafe paths; it was refused."),
    "archive_symlink": _("This zip file contains links to other files; it was refused."),
    "archive_member_type": _("This zip file holds files that are neither images nor captions."),
    "archive_member_too_large": _("A file inside this zip is too large."),
    "archive_caption": _("A caption inside this zip is not plain text."),
    "text_invalid": _("This text file could not be read as text."),
    "bounty_closed": _("This bounty is closed."),
    "bounty_not_found": _("This bounty does not exist or you cannot see it."),
    "entry_not_found": _("This entry does not exist or you cannot see it."),
    "comment_not_found": _("This comment does not exist."),
    "content_not_found": _("Nothing on this site has that address."),
    "user_not_found": _("There is no account with that username."),
    "not_moderator": _("Only moderators can do this."),
    "hard_floor": _("This is never allowed on Bountyboard, whatever the settings or consent."),
    "idempotency_conflict": _("This request was already sent with different values."),
    "login_locked": _("Too many failed logins; try again in 15 minutes."),
    # Likeness and consent.
    "too_few_photos": _("Send at least three photos, each showing your face."),
    "too_many_photos": _("Send at most ten photos."),
    "photo_too_large": _("A photo is too large; send photos of at most 15 MB each."),
    "photo_rejected": _("The photo “%(photo)s” was refused: %(reason_sentence)s"),
    "name_required": _("Write the legal name of the person to protect."),
    "invalid_name": _("A name is too long or empty."),
    "invalid_handle": _("A handle or profile link is too long."),
    "too_many_names": _("Give at most 20 names, aliases and handles."),
    "likeness_not_found": _("This registration does not exist."),
    "not_verified": _("This registration is not verified yet."),
    "basis_required": _("Say on what basis you verified (for example, an ID checked on a video call)."),
    "consent_not_found": _("This consent request does not exist."),
    "consent_not_pending": _("This consent request was already answered."),
    "consent_not_granted": _("Only a granted consent can be revoked."),
    "not_depicted_person": _("Only the person depicted can answer this request."),
    "not_consent_pending": _("This bounty is not waiting for consent."),
    "bounty_not_consent_pending": _("This bounty is not waiting for consent."),
    "store_unknown_person": _("This registration is not in the protection index."),
    # Moderation.
    "takedown_incomplete": _("Some parts of the notice are missing or need a fix; see below."),
    "reason_required": _("Write why: the owner of the content reads it."),
    "entry_not_in_review": _("This entry is not waiting for review."),
    "entry_not_hidden": _("This entry is not hidden."),
    "bounty_not_in_review": _("This bounty is not waiting for review."),
}

# The same refusals with their figures, used when the error (``extra``) or the page supplies every one.
_WITH_FIGURES = {
    "insufficient_funds": _("Your wallet holds %(balance)s credits; this needs %(needed)s."),
    "below_minimum": _("This bounty takes contributions of at least %(minimum)s credits."),
    "above_maximum": _("This bounty takes contributions of at most %(maximum)s credits."),
    "entry_limit_reached": _("You reached this bounty's limit of %(limit)s entries per person."),
    "prize_out_of_range": _("The prize must be between %(low)s and %(high)s credits."),
    "rating_above_preference": _(
        "This is rated %(rating_label)s, above what your rating preference shows; sign in and raise your "
        "preference to see it."
    ),
}

# Why the guard refused a photo (``GuardError`` codes), for ``photo_rejected``.
_PHOTO_REASONS = {
    "no_face": _("no face was found in it."),
    "several_faces": _("it shows more than one face."),
    "unsupported_format": _("it is not a JPEG, PNG or WebP image."),
    "unreadable": _("it could not be read as an image."),
    "truncated": _("the file is incomplete."),
    "too_large": _("it is too large."),
    "too_many_pixels": _("it has too many pixels."),
    "empty": _("the file is empty."),
}

# Screening reasons (``guard.policy`` codes and the moderators' own), as people read them.
_REASONS = {
    "hash_match": _("The image matches one already known to be abusive or taken down."),
    "unsafe_file": _("The file cannot be scanned safely."),
    "scan_error": _("A scan did not finish; a moderator looks before anything is shown."),
    "scan_failed": _("A scan did not finish; a moderator looks before anything is shown."),
    "minor_sexual": _("It sexualises a minor: never allowed."),
    "minor_harm": _("The text describes harm to a minor."),
    "minor_scene": _("It shows a child in bed or bathing: a moderator reviews it."),
    "real_person_sexual": _("It is a sexual depiction of a real person: never allowed."),
    "private_person": _("It depicts a private person, who must consent through their own account."),
    "real_person_consent": _("It depicts a real person: it waits for that person's own verified consent."),
    "protected_person_unverified": _(
        "It may depict a person who protects their likeness (not verified yet): a moderator reviews it."
    ),
    "possible_real_person": _("It may depict a real person: a moderator reviews it."),
    "possible_real_person_sexual": _("It may be a sexual depiction of a real person: a moderator reviews it."),
    "consent_on_file": _("The person depicted consented to this bounty."),
    "sexual_content": _("Sexual content: the rating was raised to match."),
    "style_reference": _("A name is used as a style reference, not as a person depicted."),
    "fictional_character": _("It names a fictional character, not a real person."),
    "no_person_depicted": _("It says nobody is in the picture: the names in it are read as the names of things."),
    "likeness_context": _("It reads like a request for a real person's likeness: a moderator reviews it."),
    "likeness_context_sexual": _(
        "It is sexual and reads beyond doubt like a request for a real person's likeness: never allowed."
    ),
    "likeness_unlikely": _("A word in it may be a name, but it reads as no real person's likeness."),
    "unregistered_real_face": _("An image shows a real person's face: a moderator reviews it."),
    "unregistered_real_face_repeated": _(
        "The same real person's face appears in several images: it waits for that person's own verified consent."
    ),
    "moderator_approved": _("A moderator reviewed and allowed it."),
    "moderation_removed": _("A moderator removed it."),
    "appeal_upheld": _("An appeal was upheld: it is back."),
}


def page_message(error: ApplicationError, **figures: object) -> str:
    """The sentence a page shows for a refused action, with the figures the error carries in
    ``extra`` or the page passes (``page_message(error, minimum=bounty.min_contribution)``)."""
    values = {key: value for key, value in {**error.extra, **figures}.items() if isinstance(value, str | int)}
    if error.code in _WITH_FIGURES:
        try:
            return str(_WITH_FIGURES[error.code]) % values
        except (KeyError, TypeError, ValueError):
            pass  # a figure is missing: the sentence without figures
    if error.code not in _BY_CODE:
        return _as_sentence(error.message)  # a code without a sentence yet: the service's own words
    text = str(_BY_CODE[error.code])
    if "%(" not in text:
        return text
    if error.code == "photo_rejected":
        values["reason_sentence"] = str(_PHOTO_REASONS.get(str(error.extra.get("reason")), _("it was not usable.")))
    try:
        return text % values
    except (KeyError, TypeError, ValueError):
        return error.message


_FIELD_PREFIX = re.compile(r"^[a-z_]+: ")


def _as_sentence(message: str) -> str:
    """The service's own words as a sentence: no leading field name ("username: ..."), a capital, a full stop."""
    text = _FIELD_PREFIX.sub("", message.strip())
    if not text:
        return str(_("This was refused."))
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def reason_sentence(reason: dict[str, object]) -> str:
    """A screening reason as a person reads it: the English detail (it names what matched) on English
    pages, the translated sentence for its code otherwise; never the bare code."""
    code = str(reason.get("code", ""))
    detail = str(reason.get("detail") or "")
    language = (get_language() or "en").split("-")[0]
    if (language == "en" and detail) or code not in _REASONS:
        return _as_sentence(detail) if detail else str(_("Held for a moderator's review."))
    return str(_REASONS[code])
