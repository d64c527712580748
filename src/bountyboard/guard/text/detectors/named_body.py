"""A real person's name followed by "body": "<an actress> with <a celebrity> body", "a portrait of <an actress> body
by gustave courbet", "<a politician> in <a wrestler> body": the shapes of our I2P prompts (session 29).

Prompts that put one person's head on another's body, or ask for a named person's body, sexualise that person:
the words around them ("with", "by courbet", "tom of finland style") are no sexual words the lexicons could hold,
and the name is the cue. This detector reports ``sexual_suggestive`` on "<name> body" (and "<name>'s body") when an
earlier detector found the name as strong evidence of a real person (``base.is_strong_person``: a listed or
registered person, a profile, a private person, or a name a role corroborates). A name shape no list or role backs is
left alone: in Czech, Polish, French or German "body" is also a garment ("těsné flitrové body", a bodysuit), which the
lexicons already weigh.

Not a body: "body of work" (an artist's œuvre, a style reference), "body horror" (a genre: "cronenberg body horror"),
"body double", "body language", "body armour", "body builder", "body camera" and "bodyguard". "full body" comes before
a name, never after it.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext, dedupe, is_strong_person

_BODY_AFTER = re.compile(
    r"(?:['’]s|s)?\s+bod(?:y|ies)\b"
    r"(?!\s*(?:of\s+work|horror|doubles?|language|armou?r|guards?|builders?|building|cam(?:era)?s?)\b)",
    re.IGNORECASE,
)


class NamedBodyDetector:
    name = "named-body"

    def detect(self, context: ScanContext) -> list[Signal]:
        original = context.norm.original
        out: list[Signal] = []
        for person in context.signals:
            if person.span is None or not is_strong_person(person):
                continue
            start, end = person.span
            found = _BODY_AFTER.match(original, end)
            if found is None:
                continue
            phrase = original[start : found.end()]
            out.append(
                Signal(
                    kind=SignalKind.SEXUAL_SUGGESTIVE, source="pattern:named-body", score=0.8, text=phrase,
                    span=(start, found.end()), label=phrase.lower(), detail={"term": phrase.lower(), "language": "en"},
                )
            )  # fmt: skip
        return dedupe(out)
