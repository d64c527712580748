"""Sexual and minor cues: lexicons in many languages (ours and Civitai's), stated ages, age shifts,
and Civitai's minor-harm combinations. One Aho-Corasick pass over the ``words`` view, a second over the ``names``
view when it undid leetspeak or spelt-out letters there ("nud3", "n u d e")."""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

from bountyboard.guard.config import TextConfig
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import lexicons
from bountyboard.guard.text.childhood import (
    ADULT_STATED,
    SCHOOL_UNIFORM,
    bare_boys,
    childhood_reading,
    costume_around,
)
from bountyboard.guard.text.detectors.base import (
    SEXUAL_KINDS,
    ScanContext,
    SpanIndex,
    bare_body_part,
    dedupe,
    negated,
)
from bountyboard.guard.text.name_words import PARTICLES, UPPER
from bountyboard.guard.text.normalize import fold, padded, padded_key
from bountyboard.guard.text.shipped import compile_any, harmful_combinations, lexicon_key, shipped_terms

_TIER_KIND = {
    "explicit": SignalKind.SEXUAL_EXPLICIT,
    "suggestive": SignalKind.SEXUAL_SUGGESTIVE,
    "mild": SignalKind.SEXUAL_SUGGESTIVE,
    "minor": SignalKind.MINOR_CUE,
}

_DIGIT = re.compile(r"\d")
_HARM_STEM = re.compile(r"abus|harm|violen|exploit|assault|attack|hurt|damag|molest")
_AGE_WORD_RE = compile_any(lexicons.AGE_WORD_PATTERNS)
_AGE_SHIFT_RE = compile_any(lexicons.AGE_SHIFT_PATTERNS)


# A sexual or minor word with letters starred out ("n*de", "p**n", "l#li"), read on the ``base`` view, which keeps the
# stars (the ``words`` view makes them spaces): the words of the lexicons posters censor so
_CENSORED = re.compile(
    r"(?<![^\W_])(?:n[u*#][d*#]es?|n[a*#][k*#][e*#]d|p[o*#][r*#]n|s[e*#]xy?|t[o*#]pl[e*#]ss|l[o*#][l*#]i|sh[o*#]ta|"
    r"b[o*#][o*#]bs|t[i*#]ts|h[e*#]nt[a*#]i|ns[f*#]w|n[a*#][c*#]kt|d[e*#]sn[u*#]d[ao])(?![^\W_])"
)  # first and last letters as written: "shot#" is no "sh*ta"
# A sexual word run into the end of a long token ("emmawatsonnude", "#ruthhallorannsfw": session 39, found by probing).
# Only words no ordinary word ends with: not "sex" (Essex, unisex), "nue" (avenue), "nua", "nago".
_RUN_INTO_A_TOKEN = re.compile(r"(?<=[^\W\d_]{5})(nude|nudes|naked|nsfw|porn|topless|nackt|desnuda|naakt|ciplak)(?![^\W_])")


class SexualTermsDetector:
    """Sexual (explicit, suggestive, mild) and minor words and patterns."""

    name = "sexual-terms"

    def __init__(self, config: TextConfig) -> None:
        self._terms = ahocorasick.Automaton()
        term_rows = list(shipped_terms())
        term_rows += [(lexicon_key(t), "explicit", "lexicon:config") for t in config.extra_sexual_terms]
        term_rows += [(lexicon_key(t), "minor", "lexicon:config") for t in config.extra_minor_terms]
        seen: dict[str, tuple[int, str, str]] = {}
        severity = {"minor": 4, "explicit": 3, "suggestive": 2, "mild": 1}
        for key, tier, source in term_rows:
            variants = [key] if key.endswith("s") or len(key) < 4 else [key, key + "s"]
            for variant in variants:
                current = seen.get(variant)
                # A word in two tiers keeps the stronger one; minor words never downgrade.
                if current is None or severity[tier] > severity[current[1]]:
                    seen[variant] = (len(variant), tier, source)
        for variant, (_, tier, source) in seen.items():
            key = padded_key(variant)
            self._terms.add_word(key, (len(key), tier, source))
        self._terms.make_automaton()

    def _hidden_terms(self, context: ScanContext, found: list[Signal]) -> list[Signal]:
        """Sexual and minor words written to slip past the lexicons (session 38): in leetspeak or spelt out letter by
        letter ("nud3", "t0pless", "n u d e", "n.s.f.w"), read on the ``names`` view that undoes both, and starred
        out ("n*de"). Only where the ``words`` pass found nothing; never a mild word."""
        norm = context.norm
        taken = SpanIndex(s.span for s in found if s.span)
        out: list[Signal] = []
        names = norm.names.text
        if names != norm.words.text:
            for end_index, (length, tier, source) in self._terms.iter(padded(names)):
                start, end = end_index - length + 1, end_index - 1
                span = norm.names.span(start, end)
                term = names[start:end]
                if tier == "mild" or taken.overlaps(*span) or fold(norm.original[span[0] : span[1]]).text == term:
                    continue  # a word the first pass read, or set aside ("pieds nus" is barefoot)
                if negated(names, start) or bare_body_part(names, start, end):
                    continue
                detail: dict[str, Any] = {"term": term, "obfuscated": True}
                if tier == "minor" and term in lexicons.SEXUALISED_MINOR:
                    detail["sexualised"] = True  # "l0li": sexual by what the word means, as the plain word is
                out.append(context.signal("names", start, end, _TIER_KIND[tier], source=source, label=term, detail=detail))
        for m in _RUN_INTO_A_TOKEN.finditer(names):
            span = norm.names.span(*m.span(1))
            if not taken.overlaps(*span):
                out.append(context.signal("names", *m.span(1), SignalKind.SEXUAL_EXPLICIT, source="pattern:run-together-term",
                    label=m.group(1), detail={"term": m.group(1), "obfuscated": True}))  # fmt: skip
        for m in _CENSORED.finditer(norm.base.text) if "*" in norm.base.text or "#" in norm.base.text else ():
            if ("*" in m.group(0) or "#" in m.group(0)) and not taken.overlaps(*norm.base.span(*m.span())):
                minor = m.group(0).startswith(("l", "sh"))  # "l*li", "sh*ta": a sexualised minor, as the plain word
                kind = SignalKind.MINOR_CUE if minor else SignalKind.SEXUAL_EXPLICIT
                detail = {"term": m.group(0), "obfuscated": True, **({"sexualised": True} if minor else {})}
                out.append(context.signal("base", *m.span(), kind, source="pattern:censored-term", label=m.group(0), detail=detail))
        return out

    def detect(self, context: ScanContext) -> list[Signal]:
        words = context.norm.words.text
        out: list[Signal] = []
        minor_spans: list[tuple[int, int]] = []
        for end_index, (length, tier, source) in self._terms.iter(padded(words)):
            start, end_index = (
                end_index - length + 1,
                end_index - 2,
            )  # back to ``words`` offsets, end inclusive
            term = words[start : end_index + 1]
            if negated(words, start) or bare_body_part(words, start, end_index + 1):
                continue  # "no nudity"; "pieds nus", barefoot
            if term in lexicons.SURNAME_TERMS and _surname_after_particle(context.norm.original, context.norm.words.span(start, end_index + 1)):
                continue
            if term in lexicons.GIVEN_NAME_TERMS and _given_name_before_a_surname(context.norm.original, context.norm.words.span(start, end_index + 1)):
                continue
            if term in ("nude", "nudes") and (
                lexicons.NUDE_COLOUR.match(words[end_index + 1 :]) or lexicons.NUDE_COLOUR_BEFORE.search(words[max(0, start - 24) : start])
            ):
                continue
            if term in lexicons.EXPLICIT_WORDS and (
                lexicons.EXPLICIT_NOT_SEXUAL_AFTER.match(words, end_index + 1)
                or lexicons.EXPLICIT_NOT_SEXUAL_BEFORE.search(words, max(0, start - 40), start)
            ):
                continue  # "with her explicit consent": how clearly it is given
            detail: dict[str, Any] = {"term": term}
            if tier == "mild":
                detail["level"] = "mild"
            if tier in ("suggestive", "mild") and (reading := childhood_reading(term)):
                detail["childhood"] = reading  # "in bed", "pacifier": ordinary beside a child (text/childhood.py)
            if tier == "minor":
                minor_spans.append((start, end_index + 1))
                if costume_around(words, start, end_index + 1):
                    detail["costume"] = True  # "dressed as a schoolgirl": an adult in a child's costume
            if tier == "minor" and term in lexicons.SEXUALISED_MINOR and not (
                term == "lolita" and lexicons.LOLITA_FASHION.search(words, max(0, start - 12), end_index + 16)
            ):
                # "loli", "jailbait": sexual by what the word means here. "Gothic lolita fashion" is a street
                # fashion adults wear (round 12): still a minor cue, sexual only beside sexual words.
                detail["sexualised"] = True
            out.append(
                context.signal(
                    "words", start, end_index + 1, _TIER_KIND[tier], source=source, label=term, detail=detail
                )
            )
        out += self._hidden_terms(context, out)
        child_spans = [(m.start(), m.end()) for m in lexicons.YOUNG_DESCRIBED_CHILD.finditer(words)]
        for start, end in child_spans:
            out.append(
                context.signal("words", start, end, SignalKind.MINOR_CUE,
                    source="pattern:young-described-child", label=words[start:end], detail={"term": words[start:end]},
                )
            )  # fmt: skip
        for start, end in bare_boys(words):
            out.append(
                context.signal("words", start, end, SignalKind.MINOR_CUE,
                    source="pattern:bare-boy", label=words[start:end], detail={"term": words[start:end]},
                )
            )  # fmt: skip
            child_spans.append((start, end))
        if (uniform := SCHOOL_UNIFORM.search(words)) and not ADULT_STATED.search(words) and any(
            signal.kind in SEXUAL_KINDS and "childhood" not in signal.detail and signal.detail.get("level") != "mild"
            for signal in out
        ):
            out.append(
                context.signal("words", *uniform.span(), SignalKind.MINOR_CUE,
                    source="pattern:school-uniform-sexual", label=uniform.group(0), detail={"term": uniform.group(0)},
                )
            )  # fmt: skip
        child_spans += minor_spans
        for start, end in child_spans:
            if attractive := lexicons.ATTRACTIVE_BEFORE_CHILD.search(words, max(0, start - 48), start):
                out.append(
                    context.signal("words", attractive.start(), end, SignalKind.SEXUAL_SUGGESTIVE,
                        source="pattern:attractive-child", label=words[attractive.start() : end],
                        detail={"term": words[attractive.start() : end]},
                    )
                )  # fmt: skip
        for m in (
            lexicons.HOT_PERSON.finditer(words)
            if "hot" in words or "sexy" in words or "thicc" in words
            else ()
        ):
            if negated(words, m.start()):
                continue
            out.append(
                context.signal("words", *m.span(), SignalKind.SEXUAL_SUGGESTIVE,
                    source="pattern:hot-person", label=m.group(0), detail={"term": m.group(0)},
                )
            )  # fmt: skip
        for m in lexicons.ADULT_MARKER.finditer(words):
            out.append(
                context.signal("words", *m.span(), SignalKind.SEXUAL_SUGGESTIVE,
                    source="pattern:adult-marker", label=m.group(0), detail={"term": m.group(0)},
                )
            )  # fmt: skip
        spans = [(m.span(), "age_shift") for m in _AGE_SHIFT_RE.finditer(words)]
        spans += [(m.span(), "stated_age") for m in _AGE_WORD_RE.finditer(words)]
        if _DIGIT.search(words):
            spans += [(span, "stated_age") for span in _stated_ages(words)]
        for (start, end), label in spans:
            out.append(
                context.signal(
                    "words", start, end, SignalKind.MINOR_CUE, source="pattern:" + label, label=label
                )
            )
        # Every harmful combination names a kind of harm: skip the 37 patterns when none is there.
        for pattern in harmful_combinations() if _HARM_STEM.search(words) else ():
            for m in pattern.finditer(words):
                out.append(
                    context.signal("words", *m.span(), SignalKind.MINOR_CUE,
                        source="lexicon:civitai-harmful-combinations", label="minor_harm", detail={"harm": True},
                    )
                )  # fmt: skip
        return dedupe(out)


def _stated_ages(words: str) -> list[tuple[int, int]]:
    """Spans of ages under 18: "15yo", "15-year-old", "she's 14", "Schoolgirl (14)", "16 again", "15 ans"."""
    found = [m.span() for m in lexicons.GRADE.finditer(words)]
    for m in lexicons.AGE_NUMBER.finditer(words):
        start, end = m.span()
        window = max(0, start - 24)
        if suffix := lexicons.AGE_SUFFIX.match(words, end):
            found.append((start, suffix.end()))
        elif prefix := lexicons.AGE_PREFIX.search(words, window, start):
            if not lexicons.AGE_NOT_AN_AGE.match(words, end):
                found.append((prefix.start(), end))
        elif (prefix := lexicons.AGE_PAREN_PREFIX.search(words, window, start)) and (
            close := lexicons.AGE_PAREN_SUFFIX.match(words, end)
        ):
            found.append((prefix.start(), close.end()))
    return found


def _surname_after_particle(original: str, span: tuple[int, int]) -> bool:
    """The word at ``span`` is capitalised right after a surname's particle ("De Cock"): a surname."""
    before = original[max(0, span[0] - 5) : span[0]]
    particle = before.split()[-1].lower() if before.endswith(" ") and before.split() else ""
    return original[span[0] : span[0] + 1].isupper() and particle in PARTICLES


_TITLE_WORD_NEXT = re.compile(rf"[ \t]+[{UPPER}](?![{UPPER}])")


def _given_name_before_a_surname(original: str, span: tuple[int, int]) -> bool:
    """The word at ``span`` is capitalised before another capitalised word ("Dick Bruna"): a given name. Not in capitals
    ("DICK PICS" is shouted)."""
    return original[span[0] : span[1]].istitle() and bool(_TITLE_WORD_NEXT.match(original, span[1]))
