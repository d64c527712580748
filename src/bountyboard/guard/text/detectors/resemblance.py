"""A demand that the picture look like someone: "Must look like him", "keep the face recognisable", "tem de ser
parecido com ele", "gezicht moet herkenbaar blijven", "yüzü videolardaki gibi olsun" (session 35).

Who asks that the face be recognisable asks for a real person's likeness, whether or not any rule read the name
("Dáithí Ó Sé on Dingle pier ... Needs to actually look like him"): the policy reads the demand as a likeness frame
for every name shape in the text, and, where no name is found, as a likeness request a moderator decides (or refuses,
when it is sexual). It never names anyone itself and is never a real person alone.

The forms point at a person ("him", "her", "the face"): "eski dergi çizgisine benzesin" (let it look like an old
magazine's drawing) or "it should look like a watercolour" demand a style. A demand denied ("nobody recognisable",
"niemand herkenbaar", "Ať není podobný nikomu") is the opposite: a negation in the few words before drops it.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext

SOURCE = "pattern:resemblance-demand"
# Read on the folded words view (no diacritics, lower case).
RESEMBLANCE_DEMAND = re.compile(
    r"\b(?:"
    # en
    r"(?:must|has to|have to|needs? to|should|gotta|got to) (?:actually |really |clearly |still |definitely )?"
    r"(?:look|be) (?:exactly |just )?like (?:him|her)|(?:actually|really) looks? like (?:him|her)|"
    r"keep (?:the |his |her |their )?(?:face|likeness) (?:recogni[sz]able|accurate)|recogni[sz]ably (?:him|her)|"
    r"(?:his|her) face (?:has to|must|needs to) be recogni[sz]able|"
    # fr
    r"(?:doit|faut qu'?(?:il|elle)) (?:lui )?ressembl\w*|qu'?on (?:le|la) reconnaisse|(?:le|la) reconnaitre tout de suite|"
    # es
    r"(?:tiene que|debe|que) (?:se )?(?:parecer|parecerse|parezca) a (?:el|ella)\b|que se (?:le )?reconozca|"
    # de
    r"(?:muss|soll) (?:ihm|ihr) (?:ahnlich sehen|gleichen)|(?:muss|soll) man (?:sie|ihn) (?:sofort )?erkennen|"
    r"(?:gesicht|er|sie) (?:muss|soll) erkennbar (?:sein|bleiben)|"
    # it
    r"deve (?:somigliargli|somigliarle|assomigliargli|assomigliarle|essere riconoscibile)|"
    r"(?:che )?(?:lo|la) si riconosca|(?:somigli|assomigli) (?:a lui|a lei)|"
    # pt
    r"(?:tem|tenha) (?:de|que) (?:ser )?parec(?:ido|ida|er) com (?:ele|ela)|(?:tem|tenha) (?:de|que) parecer (?:ele|ela)|"
    r"que se reconhe[cç]a|"
    # pl
    r"ma (?:byc|by) (?:rozpoznawaln\w*|podobn\w* do (?:niego|niej))|(?:zeby|aby|by) (?:byl|byla) (?:rozpoznawaln\w*|"
    r"podobn\w* do (?:niego|niej))|"
    # cs
    r"(?:musi|ma) (?:byt )?(?:poznat|rozpoznateln\w*|k poznani|podobn\w* (?:jemu|ji))|aby (?:byl|byla) (?:poznat|k poznani)|"
    # nl
    r"(?:gezicht )?moet herkenbaar (?:blijven|zijn)|moet (?:echt )?op (?:hem|haar) lijken|"
    # tr
    r"yuzu (?:videolardaki|fotograflardaki|resimlerdeki|fotolardaki) gibi|(?:ona|kendisine) benze(?:sin|meli)|"
    r"taninir (?:olsun|olmali)"
    r")\b"
)
# A negation just before the demand denies it ("no real players recognisable", "niemand herkenbaar", "non deve
# somigliargli"), in the ten languages (folded).
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|nobody|no one|never|pas|personne|ne|sin|nadie|ningun\w*|nicht|nie|niemand|kein\w*|non|nessun\w*|"
    r"nao|ninguem|nenhum\w*|nikt|nikogo|nikdo|nikoho|niet|geen|hic|kimse|degil)\b[^.!?\n]{0,24}$"
)


class ResemblanceDemandDetector:
    """ "Must look like him": the request demands a real person's likeness."""

    name = "resemblance-demand"

    def detect(self, context: ScanContext) -> list[Signal]:
        words = context.norm.words.text
        out: list[Signal] = []
        for m in RESEMBLANCE_DEMAND.finditer(words):
            if _DENIED_BEFORE.search(words, max(0, m.start() - 40), m.start()):
                continue
            out.append(
                context.signal(
                    "words", *m.span(), SignalKind.LIKENESS_INTENT,
                    source=SOURCE, label=m.group(0), detail={"subject": "resemblance"},
                )
            )  # fmt: skip
        return out
