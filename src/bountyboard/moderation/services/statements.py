"""The statement of reasons every moderation decision carries (what, why, on which legal or policy
ground, whether a machine detected or decided it, and how to appeal), and the grounds a moderator may cite."""

from __future__ import annotations

from typing import Any

# Grounds a moderator may cite: code -> (legal or policy, the text shown in the statement of reasons).
GROUNDS: dict[str, tuple[str, str]] = {
    "law.take_it_down_act": ("legal", "TAKE IT DOWN Act (US): non-consensual intimate imagery, 47 U.S.C. § 223(h)"),
    "law.ncii": ("legal", "Laws against sharing intimate images without consent"),
    "law.illegal_content": ("legal", "Content that is illegal where it is hosted or seen"),
    "law.copyright": ("legal", "Copyright or other intellectual-property law"),
    "policy.real_person_sexual": ("policy", "No sexual depiction of a real, identifiable person"),
    "policy.minor_safety": ("policy", "No sexualised depiction of minors"),
    "policy.likeness_without_consent": ("policy", "A real person's likeness needs their own verified consent"),
    "policy.private_person": ("policy", "No depictions of private people"),
    "policy.harassment": ("policy", "No harassment or targeting of people"),
    "policy.spam": ("policy", "No spam or scams"),
    "policy.other": ("policy", "Other site rules (see the terms of use)"),
    "policy.no_violation": ("policy", "No rule was broken"),
}


APPEAL_HOW = (
    "You can appeal this decision within 6 months at /moderation/decisions/{id}/ or with "
    "POST /api/v1/moderation/decisions/{id}/appeal; a different moderator will review it."
)


def statement_of_reasons(
    *,
    what: str,
    why: str,
    ground: str,
    automated_detection: bool,
    automated_decision: bool,
    decision_id: int | None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The statement every decision carries (what was decided, why, on which legal or policy ground,
    whether a machine detected or decided it, and how to appeal)."""
    kind, ground_text = GROUNDS[ground]
    return {
        "what": what,
        "why": why,
        "ground": {"code": ground, "type": kind, "text": ground_text},
        "automated_detection": automated_detection,
        "automated_decision": automated_decision,
        "how_to_appeal": APPEAL_HOW.replace("{id}", str(decision_id) if decision_id else "<id>"),
        **(extra or {}),
    }
