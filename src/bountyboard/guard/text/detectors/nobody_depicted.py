"""The text says nobody is in the picture: "no people in shot", "aucune personne", "sin gente", "insan yok",
"bez ludzi", "geen mensen nodig" (session 25, decision 0051).

A name no list knows, with no frame and no role, goes to a moderator (``possible_real_person``). In a request that
says no person is shown, such a name is the name of a thing: a stadium, a brand, a ship, a shop ("Hüseyin Avni Aker
Stadyumu ... kimse yok", "Bernard Matthews turkey twizzlers ..., no people in shot"). This detector reports the
statement once, as ``no_person_depicted`` on its span, when an earlier detector found an unlisted name; the policy
reads it only for weak names, outside sexual text and outside a likeness frame. Listed people, private people and
names a role makes strong: the statement changes nothing for them.

The statement is ``named_things.nobody_depicted``'s (none when the text seeks a likeness), which ``given_names`` also
reads (round 21): there a weak pair where no person stands is dropped, and a sure one (a known given name and a
surname no list holds: a brand's founder) is made weak, so the policy allows it too. Qualified statements are no
statement: "no people in the background" keeps someone in front.
"""

from __future__ import annotations

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import named_things
from bountyboard.guard.text.detectors.base import ScanContext


class NobodyDepictedDetector:
    name = "nobody-depicted"

    def detect(self, context: ScanContext) -> list[Signal]:
        if not any(s.kind is SignalKind.NER_PERSON for s in context.signals):
            return []
        words = context.norm.words
        found = named_things.nobody_depicted(words.text)
        if found is None:
            return []
        span = words.span(found.start(), found.end())
        return [
            Signal(kind=SignalKind.NO_PERSON_DEPICTED, source="pattern:nobody-depicted", score=0.6,
                text=context.norm.original[span[0] : span[1]], span=span, label=found.group(0))
        ]  # fmt: skip
