"""A named person's wife, daughter or girlfriend: "tom kettlesby's wife in her nightie", "la mujer de
Chema Wirrimbi en bikini", "Tarrawong'un karısı" (session 46, from round 51's ``tune`` half).

The request depicts someone the text names only through a person it does name: a relation of a private person, whom
the platform cannot ask (``private_person_cue``). Read after every rule that finds a name, on a name no list holds (a
listed person's daughter may be public herself, and the listed name already asks for consent), in sexual text or
beside a depiction cue, never in a story's frame.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import private_cues
from bountyboard.guard.text.detectors.base import ScanContext, dedupe

SOURCE_RELATIVE = "pattern:relative-of-named"
# English and Turkish put the relation after the name ("X's wife", "X'in karısı")
_RELATION_AFTER = re.compile(
    # (a name shape may hold the "'s" already: "Dave Kettlesby's")
    r"(?:['’]s|['’](?=\s)|['’]?(?:n?[ıiuü]n))?\s+(?:(?:new|young|pretty|hot|ex|former)\s+)?"
    r"(?:wife|wifey|missus|girlfriend|gf|fianc[eé]e|daughter|sister|mum|mom|mother|husband|boyfriend|"
    r"karısı|kızı|sevgilisi|eşi|kız kardeşi)\b",
    re.IGNORECASE,
)
# ... the other eight before it ("la femme de X", "die Frau von X", "żona X", "de vrouw van X")
_RELATION_BEFORE = re.compile(
    r"\b(?:femme|copine|fille|s(?:oe|œ)ur|mujer|esposa|novia|hija|hermana|frau|freundin|tochter|schwester|moglie|"
    r"ragazza|figlia|sorella|mulher|namorada|filha|irmã|vrouw|vriendin|dochter|zus|żona|dziewczyna|córka|siostra|"
    r"manželka|přítelkyně|dcera|sestra)\s+(?:(?:de|du|del|von|van|di|do|da|des)\s+)?$",
    re.IGNORECASE,
)
_PERSON_KINDS = frozenset({SignalKind.NER_PERSON, SignalKind.PERSON_NAME})
_REACH = 24


class RelativeOfNamedDetector:
    name = "relative-of-named"

    def detect(self, context: ScanContext) -> list[Signal]:
        people = [
            s for s in context.signals
            if s.kind in _PERSON_KINDS and s.span and s.source.startswith("heuristic:")
        ]  # fmt: skip
        if not people or context.fiction_framed:
            return []
        if not (context.has_sexual or private_cues.DEPICTION_CUES.search(context.norm.words.text)):
            return []  # "the logo for Dave's wife's bakery" depicts no one
        original = context.norm.original
        out: list[Signal] = []
        for person in people:
            assert person.span is not None
            start, end = person.span
            after = _RELATION_AFTER.match(original, end)
            before = _RELATION_BEFORE.search(original, max(0, start - _REACH), start)
            if after is None and before is None:
                continue
            span = (start, after.end()) if after else (before.start() if before else start, end)
            out.append(
                Signal(
                    kind=SignalKind.PRIVATE_PERSON_CUE, source=SOURCE_RELATIVE, score=1.0, text=original[span[0] : span[1]],
                    span=span, label=original[span[0] : span[1]].lower(),
                )
            )  # fmt: skip
        return dedupe(out)
