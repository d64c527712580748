"""The policy's output: one decision, one rating, and the reasons for both."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bountyboard.guard.signals import Signal


class Decision(StrEnum):
    ALLOW = "allow"
    CONSENT_REQUIRED = "consent_required"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _DECISION_SEVERITY[self]


_DECISION_SEVERITY = {Decision.ALLOW: 0, Decision.CONSENT_REQUIRED: 1, Decision.REVIEW: 2, Decision.BLOCK: 3}


class Rating(StrEnum):
    PG = "pg"
    PG13 = "pg13"
    R = "r"
    X = "x"

    @property
    def level(self) -> int:
        return _RATING_LEVEL[self]


_RATING_LEVEL = {Rating.PG: 0, Rating.PG13: 1, Rating.R: 2, Rating.X: 3}


@dataclass(frozen=True, slots=True)
class Reason:
    code: str  # machine-readable and stable: "real_person_sexual", "minor_sexual", ... (docs/guard.md)
    detail: str  # one plain-language sentence a poster or moderator can read
    decision: Decision  # what this reason alone asks for
    signals: tuple[Signal, ...] = ()  # the evidence behind it
    person_ids: tuple[str, ...] = ()  # registry persons concerned (consent, dashboards)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "detail": self.detail, "decision": self.decision.value}
        if self.person_ids:
            out["person_ids"] = list(self.person_ids)
        if self.signals:
            out["evidence"] = [s.to_json() for s in self.signals]
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: Decision
    rating: Rating
    reasons: tuple[Reason, ...] = ()
    signals: tuple[Signal, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "decision": self.decision.value,
            "rating": self.rating.value,
            "reasons": [r.to_json() for r in self.reasons],
        }
