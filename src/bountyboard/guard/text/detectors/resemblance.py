"""A demand that the picture look like someone: "Must look like him", "keep the face recognisable", "tem de ser
parecido com ele", "gezicht moet herkenbaar blijven", "yüzü videolardaki gibi olsun" (session 35).

Who asks that the face be recognisable asks for a real person's likeness, whether or not any rule read the name
("Dáithí Ó Sé on Dingle pier ... Needs to actually look like him"): the policy reads the demand as a likeness frame
for every name shape in the text, and, where no name is found, as a likeness request a moderator decides (or refuses,
when it is sexual). It never names anyone itself and is never a real person alone.

The forms (``resemblance_frames.PERSON_RESEMBLANCE_DEMANDED``) point at a person ("him", "her", "the face"): "eski dergi
çizgisine benzesin" (let it look like an old magazine's drawing) or "it should look like a watercolour" demand a
style. A demand denied ("nobody recognisable", "niemand herkenbaar") is the opposite: a negation in the few words
before drops it. A one-word alias the demand falls on stays a moderator's case (session 22: the alias detector reads
the wider ``resemblance_frames.RESEMBLANCE_DEMANDED``).
"""

from __future__ import annotations

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import resemblance_frames
from bountyboard.guard.text.detectors.base import ScanContext

SOURCE = "pattern:resemblance-demand"


class ResemblanceDemandDetector:
    """ "Must look like him": the request demands a real person's likeness."""

    name = "resemblance-demand"

    def detect(self, context: ScanContext) -> list[Signal]:
        return [
            context.signal(
                "words", *m.span(), SignalKind.LIKENESS_INTENT,
                source=SOURCE, label=m.group(0), detail={"subject": "resemblance"},
            )
            for m in resemblance_frames.person_resemblance_demands(context.norm.words.text)
        ]  # fmt: skip
