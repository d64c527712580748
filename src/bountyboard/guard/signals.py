"""Typed signals: what a scanner saw, with the evidence that shows it.

A signal says nothing about what to do; only ``guard.policy.Policy`` decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class SignalKind(StrEnum):
    # real people
    PERSON_NAME = "person_name"  # a public figure from the gazetteer
    PROTECTED_PERSON = "protected_person"  # someone in the likeness registry (name, alias, handle or face)
    SOCIAL_PROFILE = "social_profile"  # a profile link or @handle
    PRIVATE_PERSON_CUE = "private_person_cue"  # "my wife", "ma voisine", "photos of her attached"
    LIKENESS_INTENT = "likeness_intent"  # "LoRA of", "lookalike", "face of", "as a knight" around a name
    NER_PERSON = "ner_person"  # a statistical NER person entity: weak, leads to review at most
    STYLE_REFERENCE = "style_reference"  # an artist named as a style ("by greg rutkowski")
    FICTIONAL_CHARACTER = "fictional_character"  # a known fictional character ("Hermione Granger")
    NO_PERSON_DEPICTED = "no_person_depicted"  # the text says nobody is in the picture ("no people in shot")
    LIKENESS_CONTEXT = "likeness_context"  # a learned model's probability that the request depicts a real person
    # sexual content and minors
    SEXUAL_EXPLICIT = "sexual_explicit"
    SEXUAL_SUGGESTIVE = "sexual_suggestive"
    MINOR_CUE = "minor_cue"
    NUDITY = "nudity"  # image regions; ``label`` is the body-part class
    # images and files
    FACE = "face"  # a detected face; ``person_id`` set when it matched the registry
    UNREGISTERED_FACE = "unregistered_face"  # one unregistered real person's photographic face(s) in a submission
    HASH_MATCH = "hash_match"  # PDQ / MD5 / SHA-256 bank match; ``label`` is the bank
    UNSAFE_FILE = "unsafe_file"  # pickle formats, malformed headers, bombs, truncated files
    SCAN_ERROR = "scan_error"  # a scanner could not finish: the policy fails closed


@dataclass(frozen=True, slots=True)
class Signal:
    kind: SignalKind
    source: str  # the list or model that produced it: "gazetteer:civitai-poi", "yunet+sface", "nudenet-320n"
    score: float = 1.0  # confidence in [0, 1]
    text: str | None = None  # the matched text, as it stood in the input
    span: tuple[int, int] | None = None  # [start, end) character offsets into the scanned text
    box: tuple[int, int, int, int] | None = None  # x, y, w, h in pixels of the decoded image
    label: str | None = None  # a class, a normalised name, a bank name
    person_id: str | None = None  # registry id for protected_person / matched face
    detail: dict[str, Any] = field(default_factory=dict)  # anything else worth showing a moderator

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value, "source": self.source, "score": round(self.score, 4)}
        for name in ("text", "span", "box", "label", "person_id"):
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if isinstance(value, tuple) else value
        if self.detail:
            out["detail"] = self.detail
        return out
