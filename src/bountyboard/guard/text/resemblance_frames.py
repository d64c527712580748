"""A request that demands its subject be recognisable ("must look like her", "que se le reconozca", "ma być
rozpoznawalny"), in the ten languages, folded: the wider demand the alias detector reads (session 21), and the
narrower one, pointed at a person, that the policy reads as a likeness frame (session 35, ``detectors/resemblance``).
Split from ``frames`` when that module passed 600 lines.
"""

from __future__ import annotations

import re

# The request demands that the picture be recognisably its subject, in the ten languages (folded): "must look like
# her", "real face needed", "doit bien lui ressembler", "que se le reconozca", "ať je poznat", "ma być rozpoznawalny"
# (session 21). A character is drawn as its work draws it; a person must be recognised.
RESEMBLANCE_DEMANDED = re.compile(
    r"\b(?:(?:must|has to|have to|should|needs? to|make (?:it|him|her|them)) (?:really )?(?:look|looks) like (?:him|her|them)\b|"
    r"real face|recogni[sz]able|"
    r"(?:doit|doivent|faut qu'?(?:il|elle)) (?:bien |vraiment )?(?:lui|leur) ressembler|reconnaissable|"
    r"que se (?:le|la|les) reconozca|(?:que )?se parezca a (?:el|ella)|tiene que parecerse|reconocible|"
    r"(?:ihm|ihr) ahnlich sehen|erkennbar|deve somigliar\w*|riconoscibil\w*|"
    r"tem que parecer (?:com )?(?:ele|ela)|reconhecivel|"
    r"rozpoznawaln\w*|podobn\w* do (?:niej|niego)|(?:at|aby|musi) (?:je |byl |byla )?poznat|poznateln\w*|"
    r"herkenbaar|(?:op )?(?:hem|haar) (?:moet )?lijken|taninsin|taninabilir|ona benzesin)"
)
# ... never where the text says the opposite: "no recognizable faces", "nadie reconocible", "niemand herkenbaar" (the
# words for nobody too, which the sexual lexicon's ``lexicons.NEGATORS`` leaves out)
_NOBODY_OR_NOT_BEFORE = re.compile(
    r"\b(?:no|not|without|nobody|sin|nadie|ningun\w*|sans|aucun\w*|personne|ohne|kein\w*|niemand|non|nessun\w*|sem|"
    r"nenhum\w*|ninguem|bez|nikt|zadn\w*|nikdo|geen|niet|hic|kimse)\b[^,.;\n]{0,24}$"
)


def resemblance_demanded(words_text: str) -> bool:
    """The text (folded) demands that its subject be recognised (``RESEMBLANCE_DEMANDED``), not that nobody be."""
    return any(
        not _NOBODY_OR_NOT_BEFORE.search(words_text, max(0, m.start() - 40), m.start())
        for m in RESEMBLANCE_DEMANDED.finditer(words_text)
    )


# The narrower demand the policy reads as a likeness frame (session 35): only the forms that point at a person ("him",
# "her", the face) and say it must be so, in the ten languages (folded). "Recognisable" alone also describes a
# landmark or a silhouette, and "eski dergi çizgisine benzesin" (let it look like an old magazine's drawing) a style.
PERSON_RESEMBLANCE_DEMANDED = re.compile(
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
    r"deve (?:somigliare|assomigliare) (?:proprio |davvero |molto |tanto )?(?:a lui|a lei)|"  # session 43
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


def person_resemblance_demands(words_text: str) -> list[re.Match[str]]:
    """Where the text (folded) demands that a person's face be recognisable (``PERSON_RESEMBLANCE_DEMANDED``), not
    where it says nobody must be ("no real players recognisable", "nie ma być podobny do nikogo")."""
    return [
        m for m in PERSON_RESEMBLANCE_DEMANDED.finditer(words_text)
        if not _NOBODY_OR_NOT_BEFORE.search(words_text, max(0, m.start() - 40), m.start())
    ]
