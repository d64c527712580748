"""Clothing or censorship asked away in the negative prompt: "photo of X on a beach. Negative prompt: clothes"
asks for nudity (round 12, decision 0035).

The scanner reads the text with its negative sections blanked (``text/prompt_sections.py``): what the picture
must not show is not its content. This detector reads the one thing there that counts the other way round, and
reports it as explicit, on the words' span in the original text. A garment alone is not read ("underwear,
panties" beside "nsfw" keeps a portrait clean).
"""

from __future__ import annotations

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext


class NegativePromptDetector:
    name = "negative-prompt"

    def detect(self, context: ScanContext) -> list[Signal]:
        sections = context.sections
        if sections is None or not sections.undressing:
            return []
        original = sections.original
        return [
            Signal(kind=SignalKind.SEXUAL_EXPLICIT, source="pattern:negative-prompt-undressing", text=original[start:end],
                span=(start, end), label=original[start:end].lower(), detail={"negative_prompt": True})
            for start, end in sections.undressing
        ]  # fmt: skip
