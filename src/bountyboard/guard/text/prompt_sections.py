"""The negative prompt: what the image must not show (round 12, decision 0035).

Automatic1111, ComfyUI and Civitai write a prompt's negative half after "Negative prompt:", up to the end of its
line or the generation settings ("Steps: 20, Sampler: ..."). Safe-for-work prompts put "nsfw, nude, child, loli"
there to keep those out of the image; read as content, they blocked "photo of a woman in a garden" as a sexualised
minor. So the scanner reads the text with its negative sections blanked (same length: every offset still points
into the original); ``detectors/negative_prompt.py`` reads one thing in them the other way round: clothing or
censorship asked away ("Negative prompt: clothes, censored") asks for nudity.

Only the rest of the marker's line is negative: text on the next line is the request again, so a poster cannot
hide a request behind the marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARKER = re.compile(
    r"\b(?:negative[ _-]?prompts?|neg[ _-]?prompt|prompt n[ée]gatif|prompt negativo|negativer? prompt|negativ-prompt|"
    r"negatywny prompt|prompt negatywny|negativn[ií] prompt|negatieve prompt|negatif prompt|"
    # round 16: the short marker people type ("..., raw photo, negative: child, teen")
    r"negative|negatives|neg|negatif|negativo|negativ|negatywny|negatywne|negatieve|negatief)\s*:",
    re.IGNORECASE,
)
_SECTION_END = re.compile(r"\n|\bsteps\s*:\s*\d", re.IGNORECASE)
# Clothing or censorship asked away, in the ten languages (accents optional). Not a garment: safe prompts ask
# "underwear, panties, cleavage" away beside "nsfw" to keep a portrait clean.
_UNDRESSING = re.compile(
    r"\b(?:clothes|clothing|clothed|dressed|censored|censorship|censoring|mosaic censoring|bar censor|"
    r"v[êe]tements|v[êe]tu|habill[ée]e?|ropa|vestid[ao]|kleidung|bekleidet|vestiti|vestit[ao]|roupas?|ubrani[ae]|"
    r"ubrana|oble[čc]en[íi]|oble[čc]en[áa]|kleding|gekleed|k[ıi]yafet|giyinik|sans censure)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PromptSections:
    original: str
    positive: str  # the text with every negative section blanked, same length as the original
    negative: tuple[tuple[int, int], ...]  # the negative sections' spans in the original
    undressing: tuple[tuple[int, int], ...]  # clothing or censorship words inside them


def prompt_sections(text: str) -> PromptSections:
    negative: list[tuple[int, int]] = []
    position = 0
    while (marker := _MARKER.search(text, position)) is not None:
        end_match = _SECTION_END.search(text, marker.end())
        end = end_match.start() if end_match else len(text)
        negative.append((marker.start(), end))
        position = max(end, marker.end())
    if not negative:
        return PromptSections(text, text, (), ())
    pieces: list[str] = []
    undressing: list[tuple[int, int]] = []
    last = 0
    for start, end in negative:
        pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
        undressing += [m.span() for m in _UNDRESSING.finditer(text, start, end)]
        last = end
    pieces.append(text[last:])
    return PromptSections(text, "".join(pieces), tuple(negative), tuple(undressing))
