"""The learned model's reading of the whole request (``text.likeness_context``, decision 0053): how likely it is
to ask for a real person's likeness, whoever the rules found or missed.

It reports one ``likeness_context`` signal whose score is the model's probability, unless the policy would not read
it (a listed, private or corroborated person found; a character or a style and no unlisted name: the model's cost is
saved) or the request has fewer than six words (too little to read: ``likeness_context.MIN_WORDS``). The
policy reads the score at two places only: a request in which nothing was found, no name, no character and no
style, goes to a moderator when the score is high (and is refused when it is also sexual and the score near certain,
decision 0056); a lone unlisted name that would go to a moderator is allowed when the score is very low. The score
never asks for consent.

``likeness_context_signals`` is the same reading of a text alone: the site reads a bounty's whole request with it
once its parts (text, reference images, files) were scanned apart, and pools the signal with theirs.
"""

from __future__ import annotations

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext
from bountyboard.guard.text.likeness_context import LikenessContextModel, long_enough

_EXPLAINED = {SignalKind.FICTIONAL_CHARACTER, SignalKind.STYLE_REFERENCE}


def likeness_context_signals(model: LikenessContextModel, text: str) -> list[Signal]:
    """The model's one ``likeness_context`` signal for ``text``, or none when it is too short to read."""
    if not long_enough(text):
        return []
    source = f"model:likeness-context-v{model.version}"
    return [Signal(kind=SignalKind.LIKENESS_CONTEXT, source=source, score=model.score(text))]


class LikenessContextDetector:
    name = "likeness-context"

    def __init__(self, model: LikenessContextModel) -> None:
        self._model = model

    def detect(self, context: ScanContext) -> list[Signal]:
        if context.strong_person:
            return []
        kinds = {s.kind for s in context.signals}
        if SignalKind.NER_PERSON not in kinds and kinds & _EXPLAINED:
            return []  # a character or a style and no unlisted name: the policy reads no score then
        return likeness_context_signals(self._model, context.norm.original)
