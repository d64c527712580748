"""Refusals and screening reasons as sentences in the visitor's language: no code, no field name."""

from __future__ import annotations

from django.utils import translation

from bountyboard.errors import InsufficientFunds, ValidationFailed
from bountyboard.guard import policy
from bountyboard.pages.error_messages import page_message, reason_sentence
from bountyboard.pages.labels import code_label


def test_a_known_code_is_a_sentence_with_its_figures_in_both_languages() -> None:
    error = InsufficientFunds("wallet of user 5 holds 500 credits; 9999 needed", extra={"balance": 500, "needed": 9999})
    with translation.override("en"):
        assert page_message(error) == "Your wallet holds 500 credits; this needs 9999."
    with translation.override("fr"):
        assert page_message(error) == "Votre portefeuille contient 500 crédits ; il en faut 9999."


def test_figures_the_page_knows_fill_the_sentence_and_without_them_it_still_reads() -> None:
    error = ValidationFailed("you reached this bounty's limit of 1 entries", code="entry_limit_reached")
    with translation.override("en"):
        assert page_message(error, limit=1) == "You reached this bounty's limit of 1 entries per person."
        assert page_message(error) == "You reached this bounty's limit of entries."


def test_an_unknown_code_keeps_the_service_words_as_a_sentence_without_the_field_name() -> None:
    with translation.override("en"):
        assert page_message(ValidationFailed("username: that username is taken")) == "That username is taken."


def test_a_refused_photo_is_named_with_the_reason_in_words() -> None:
    error = ValidationFailed("dogs.jpg: no face found", code="photo_rejected", extra={"photo": "dogs.jpg", "reason": "no_face"})
    with translation.override("fr"):
        assert page_message(error) == "La photo « dogs.jpg » a été refusée : aucun visage n’y a été trouvé."


def test_a_reason_is_the_guards_detail_in_english_and_a_translated_sentence_in_french() -> None:
    reason = {"code": "unsafe_file", "detail": "the png file is truncated", "decision": "block"}
    with translation.override("en"):
        assert reason_sentence(reason) == "The png file is truncated."
    with translation.override("fr"):
        assert reason_sentence(reason) == "Le fichier ne peut pas être analysé sans risque."
        assert "unsafe_file" not in reason_sentence({"code": "unsafe_file"})


def test_every_reason_the_guards_policy_gives_has_a_french_sentence() -> None:
    # the policy's reason codes are its module's string constants (guard/policy.py); a page never shows a code
    codes = sorted(value for name, value in vars(policy).items() if name.isupper() and isinstance(value, str))
    assert "no_person_depicted" in codes and "unregistered_real_face" in codes
    with translation.override("fr"):
        french = {code: reason_sentence({"code": code}) for code in codes}
        unknown = reason_sentence({"code": "no_such_reason"})  # what a code without its own sentence gets
    with translation.override("en"):
        english = {code: reason_sentence({"code": code}) for code in codes}
    assert [code for code in codes if french[code] == unknown] == []
    assert [code for code in codes if french[code] == english[code]] == []  # translated
    assert all(code not in sentence for code, sentence in french.items())


def test_labels_name_codes_and_leave_an_unknown_code_as_it_is() -> None:
    with translation.override("fr"):
        assert code_label("queue_kind", "takedown") == "Demande de retrait"
        assert code_label("consent_status", "pending") == "En attente de votre réponse"
    assert code_label("queue_kind", "something_new") == "something_new"
