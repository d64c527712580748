"""Service refusals in the visitor's language.

Services raise ``ApplicationError`` with an English ``message`` (also the API's) and a stable
machine ``code``. English pages show the message as is: it carries the exact figures. Other
languages get a translated sentence for the codes people meet on the pages, and the English
message otherwise (better precise than missing).
"""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bountyboard.errors import ApplicationError

_BY_CODE = {
    "invalid_credentials": _("Invalid username or password."),
    "rate_limited": _("Too many failed logins; try again in 15 minutes."),
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
}


def page_message(error: ApplicationError) -> str:
    """What the page shows for a refused action."""
    language = (get_language() or "en").split("-")[0]
    if language == "en" or error.code not in _BY_CODE:
        return error.message
    return str(_BY_CODE[error.code])
