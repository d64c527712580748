"""Display names of the codes pages show (statuses, kinds, categories...), in the visitor's language.

The models keep English-only choices (the API and the admin read them); pages read these instead,
through ``code_label`` or the ``label`` template filter (``web_chrome``). A code missing here is
shown as the model's English label rather than as a bare code.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

LABELS: dict[str, dict[str, Any]] = {
    "likeness_status": {"unverified": _("Not verified yet"), "verified": _("Verified"), "rejected": _("Rejected")},
    "rescan_status": {"pending": _("Waiting to start"), "running": _("Running"), "done": _("Done"), "failed": _("Stopped")},
    "rescan_trigger": {
        "registered": _("after registration"),
        "updated": _("after an update"),
        "verified": _("after verification"),
        "resumed": _("after resuming"),
    },
    "consent_status": {
        "pending": _("Waiting for your answer"),
        "granted": _("Granted"),
        "refused": _("Refused"),
        "expired": _("No answer before the deadline"),
        "revoked": _("Granted, then revoked"),
        "closed": _("The bounty closed first"),
    },
    "screening_kind": {"text": _("Text"), "image": _("Image"), "model": _("Model file"), "archive": _("Dataset archive")},
    "guard_decision": {
        "allow": _("Allowed"),
        "consent_required": _("Waits for consent"),
        "review": _("Held for review"),
        "block": _("Blocked"),
        "": _("Not scanned yet"),
    },
    "queue_kind": {
        "screening": _("Guard review"),
        "report": _("Report"),
        "takedown": _("Takedown request"),
        "consent_dispute": _("Consent dispute"),
        "appeal": _("Appeal"),
        "counter_notice": _("Counter-notice"),
    },
    "queue_status": {"open": _("Open"), "escalated": _("Escalated to an admin"), "decided": _("Decided")},
    "decision_action": {
        "approve": _("Approve"),
        "remove": _("Remove"),
        "remove_and_ban": _("Remove and ban"),
        "escalate": _("Escalate"),
    },
    "report_category": {
        "likeness": _("Likeness of a real person without consent"),
        "ncii": _("Intimate images shared without consent"),
        "minor_safety": _("Minor safety"),
        "illegal": _("Other illegal content"),
        "spam": _("Spam"),
        "ip": _("Intellectual property"),
        "other": _("Other"),
    },
    "target_type": {
        "bounty": _("Bounty"),
        "entry": _("Entry"),
        "image": _("Image"),
        "file": _("File"),
        "comment": _("Comment"),
        "user": _("User"),
    },
    "notice_source": {
        "user_report": _("user report"),
        "anonymous_report": _("anonymous report"),
        "takedown_notice": _("takedown notice"),
        "trusted_flagger": _("trusted flagger"),
    },
    # Short names of the guard's reasons, for charts (``error_messages.reason_sentence`` has the sentences).
    "reason_short": {
        "hash_match": _("Known image (hash match)"),
        "unsafe_file": _("Unsafe file"),
        "scan_error": _("Scan did not finish"),
        "scan_failed": _("Scan did not finish"),
        "minor_sexual": _("Sexualised minor"),
        "minor_harm": _("Harm to a minor"),
        "minor_scene": _("Child in bed or bathing"),
        "real_person_sexual": _("Sexual depiction of a real person"),
        "private_person": _("Private person"),
        "real_person_consent": _("Real person: consent needed"),
        "protected_person_unverified": _("Protected person (unverified)"),
        "possible_real_person": _("Possibly a real person"),
        "possible_real_person_sexual": _("Possibly a real person, sexual"),
        "likeness_context_sexual": _("Sexual, read as a real person's likeness"),
        "sexual_content": _("Sexual content (rating raised)"),
    },
    "decided_by": {"automated": _("By the guard (automated)"), "human": _("By a moderator")},
    "ground": {
        "law.take_it_down_act": _("TAKE IT DOWN Act (US): intimate images shared without consent"),
        "law.ncii": _("Laws against sharing intimate images without consent"),
        "law.illegal_content": _("Content that is illegal where it is hosted or seen"),
        "law.copyright": _("Copyright or other intellectual-property law"),
        "policy.real_person_sexual": _("No sexual depiction of a real, identifiable person"),
        "policy.minor_safety": _("No sexualised depiction of minors"),
        "policy.likeness_without_consent": _("A real person's likeness needs their own verified consent"),
        "policy.private_person": _("No depictions of private people"),
        "policy.harassment": _("No harassment or targeting of people"),
        "policy.spam": _("No spam or scams"),
        "policy.other": _("Other site rules (see the terms of use)"),
        "policy.no_violation": _("No rule was broken"),
    },
}
# Takedown notices use the report categories' names.
LABELS["takedown_category"] = {k: LABELS["report_category"][k] for k in ("ncii", "likeness", "illegal")}


def code_label(group: str, code: Any) -> str:
    """The display name of ``code`` in ``group``; the code itself only if nobody named it."""
    value = "" if code is None else str(code)
    return str(LABELS.get(group, {}).get(value, value))


def labelled_choices(group: str) -> list[tuple[str, str]]:
    """(code, display name) pairs of a group, for a select on a page."""
    return [(code, str(label)) for code, label in LABELS[group].items() if code]
