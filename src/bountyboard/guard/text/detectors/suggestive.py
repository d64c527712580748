"""Suggestive context that inflects: stems and phrases in ten languages (``text/suggestive_context``).

The literal lexicons (``SexualTermsDetector``) hold whole words; this detector holds the cues issue 8
found missing around a named person, in every language of the issue and with their endings ("svůdná
póza", "w przezroczystej koszuli nocnej", "minik bikiniyle", "im durchsichtigen Nachthemd", "pose lascive",
"licking a carrot", "between the sheets"). It reports ``sexual_explicit``/``sexual_suggestive`` signals
like the lexicons do, so the policy's floors and every later detector's "sexual context" see them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.alternation import grouped_alternation
from bountyboard.guard.text.childhood import childhood_reading
from bountyboard.guard.text.detectors.base import ScanContext, bare_body_part, dedupe, negated
from bountyboard.guard.text.suggestive_context import all_patterns

_KIND = {"explicit": SignalKind.SEXUAL_EXPLICIT, "suggestive": SignalKind.SEXUAL_SUGGESTIVE, "mild": SignalKind.SEXUAL_SUGGESTIVE}


class SuggestiveContextDetector:
    """One pass per tier: the cues of every language joined into one expression. No capturing groups:
    two hundred of them made the pass 25 times slower; the language is looked up only for a match."""

    name = "suggestive-context"

    def __init__(self) -> None:
        self._tiers: list[tuple[str, re.Pattern[str], list[tuple[str, re.Pattern[str]]]]] = []
        by_tier: dict[str, list[tuple[str, str]]] = {}
        for tier, lang, pattern in all_patterns():
            by_tier.setdefault(tier, []).append((lang, pattern))
        for tier, rows in by_tier.items():
            # Most cues open on a word boundary: testing it once, before the alternation, spares the engine
            # from trying every cue at every position inside a word; grouped by first character, it enters only
            # the cues that can start there (three times faster on the suggestive tier's four hundred).
            bounded = [p[2:] for _, p in rows if p.startswith(r"\b")]
            free = [f"(?:{p})" for _, p in rows if not p.startswith(r"\b")]
            joined = re.compile("|".join([r"\b" + grouped_alternation(bounded), *free]))
            self._tiers.append((tier, joined, [(lang, re.compile(pattern)) for lang, pattern in rows]))

    def detect(self, context: ScanContext) -> list[Signal]:
        words = context.norm.words.text
        known = _Covering(context.sexual_spans)  # what the literal lexicons already reported
        out: list[Signal] = []
        for tier, pattern, langs in self._tiers:
            for m in pattern.finditer(words):
                if negated(words, m.start()) or bare_body_part(words, *m.span()):
                    continue  # "no lingerie", "sans nuisette", "ohne BH"; "pieds nus dans", barefoot
                span = context.norm.words.span(*m.span())
                if known.covers(*span):
                    continue  # "bikini" is the lexicon's already; "tiny bikini" still adds its phrase
                lang = next((lang for lang, one in langs if one.match(words, m.start())), "")
                detail: dict[str, object] = {"term": m.group(0), "language": lang}
                if tier == "mild":
                    detail["level"] = "mild"
                if tier != "explicit" and (reading := childhood_reading(m.group(0))):
                    detail["childhood"] = reading  # "lying in bed", "licking a popsicle": see text/childhood.py
                out.append(
                    context.signal(
                        "words", *m.span(), _KIND[tier], source=f"pattern:suggestive-context:{lang}",
                        label=m.group(0), detail=detail,
                    )
                )  # fmt: skip
        return dedupe(out)


class _Covering:
    """Does one of these spans cover [start, end)? Logarithmic, so a 1 MB text stays linear."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and self._max_end[index] >= end
