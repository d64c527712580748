"""Initials for a person, with her trade, her town or her photographs beside them, as gossip and chats shorten a
local person: "M.F., monitrice d'auto-école à Manosque", "LoRA de M.P. (fotógrafa de bodas, Chinchón)", "S.McA (the
yoga lady in Pitlochry)", "M.D., kanoista z Poličky" (round 46; session 40 had left initials out).

Legitimate texts write initials too: for countries, towns, clubs and abbreviations ("U.S.", "L.A.", "A.C. Milan",
"P.S."), and before a surname ("J.R.R. Tolkien", "B.B. King", which the name detectors read). So only dotted
initials with no capitalised word after them count, a list of abbreviations is no one, and the evidence is weak:
a ``ner_person`` that blocks beside sexual words or in a sexual text about photographs or a LoRA, asks for consent
with the person's trade, role or town set beside it (an aside after a comma, a dash or in brackets), and reads as a
likeness in a likeness frame ("a LoRA of M.P."). Alone it is nothing; in a drawn medium sexual words make it a
character's, while a trade or a town still makes it someone drawn ("M.D., kanoista z Poličky, komiks").
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal
from bountyboard.guard.text import described_people, frames, private_cues, roles
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex, weak_name_signals
from bountyboard.guard.text.detectors.known_from import KNOWN_PLACE_AFTER
from bountyboard.guard.text.name_words import UPPER
from bountyboard.guard.text.normalize import fold

SOURCE_INITIALS = "heuristic:initials"
# Two or three capitals, each with its dot ("M.F.", "M. P.", "K.B."), or a Scottish or Irish surname's first letters
# ("S.McA"); not followed by a capitalised word (then they open a full name: "J.R.R. Tolkien")
_INITIALS = re.compile(
    rf"(?<![\w.])(?P<letters>[{UPPER}]\.\s?(?:[{UPPER}]\.\s?)?(?:[{UPPER}]\.|Mc[{UPPER}]\.?))(?![\w])"
    rf"(?!\s*[{UPPER}][\w])"
)
# ... and in lower case, as chats write them ("m.t. aus dem Ortsbeirat", "k.w. from the district council"): two or
# three letters, each with its dot; read only with a council or a role beside them (``_COUNCIL_AFTER``, ``_ROLE_BEFORE``)
_LOWER_INITIALS = re.compile(r"(?<![\w.])(?P<letters>[a-z]\.\s?[a-z]\.(?:\s?[a-z]\.)?)(?![\w])")
# ... and one lower-case initial before a lower-case surname, its particle kept ("j. de wijer, wethouder", "b. hoogenraad
# personal trainer"): read only with a role, a trade or a council right after the surname
_LOWER_INITIAL_SURNAME = re.compile(
    r"(?<![\w.])(?P<letters>[a-z]\.\s(?:(?:van der|van de|van den|van|de|der|den|von|da|di|le|la)\s)?[^\W\d_][\w'’-]{2,})(?![\w.])"
)
# The lower-case abbreviations of the ten languages written so ("e.g.", "z.B.", "d.h.", "o.a.", "s.r.o.", "t.j.")
_LOWER_ABBREVIATIONS = frozenset(
    "EG IE AM PM PS NB ZB DH UA OA PE EJ AKA ETC VS CA VA SO UU MAW TAV IPV DWZ AUB BV ZN VV TJ AS SRO PNE OO NN NP".split()
)
# A town's council or office after the initials, or a councillor's title before them, in the ten languages (folded):
# "m.t. aus dem Ortsbeirat", "l.p. del ayuntamiento", "belediye meclisi üyesi t.k.", "radny m.k."
_COUNCIL = (
    r"(?:(?:\w+ ){0,2}(?:council|town hall|ayuntamiento|cabildo|mairie|conseil municipal|ortsbeirat|gemeinderat|stadtrat|"
    r"rathaus|gemeenteraad|gemeentehuis|comune|consiglio comunale|camara municipal|prefeitura|rady miasta|rady gminy|"
    r"urzedu|radnice|zastupitelstva|belediye\w*|meclis\w*))"
)
_COUNCIL_AFTER = re.compile(
    rf"^\s*,?\s*(?:from|of|at|on|aus dem|aus der|im|vom|von der|del|de la|de|du|au|van de|van het|uit de|in de|z|ze|w|"
    rf"we|v|ve|do|da|della|del|dal|no|na|)\s*(?:the\s+)?{_COUNCIL}\b"
)
_COUNCILLOR_BEFORE = re.compile(
    r"\b(?:councillor|councilor|alderman|concejala?|conseill[eè]re? municipale?|gemeinderat|gemeinder[aä]tin|stadtr[aä]tin|"
    r"stadtrat|wethouder|raadslid|consigliere|consigliera|assessore|vereador|vereadora|radny|radna|zastupitel|zastupitelka|"
    r"meclis uyesi|meclisi uyesi)\s*,?\s*$"
)
# Abbreviations written with dots: places, clubs, companies, titles and letters' closings (listed here without them)
DOTTED_ABBREVIATIONS = frozenset(
    """US USA UK GB EU UN NY NYC LA DC SF NZ UAE UU EEUU BRD DDR RFA CCCP URSS UdSSR AI KI IA PS PPS NB TV RIP
    AC FC SC SS AS SL SA SAS SPA CF CD UD SV FK KS TJ BV NV AG KG OHG GMBH LTD PLC INC CO ASD AD BC AM PM OK ID CV
    DJ MC HQ SOS ST MR MS MRS DR VS IE EG ETC DIY OC NPC""".upper().split()
)
# ... and degrees, which follow a name and its comma ("Jan Novák, M.D."); elsewhere they may be someone's ("s M.D.,
# kanoistou z Poličky")
_DEGREES = frozenset({"MD", "PHD", "BA", "MA", "MSC", "BSC", "JR", "SR"})
# An aside after the initials: a comma, a dash or a bracket, then what she does or where ("M.F., monitrice
# d'auto-école à Manosque", "M.P. (fotógrafa de bodas, Chinchón)", "G.T. – Bingöl'ün bal satan arıcısı")
_ASIDE = re.compile(r"^\s*(?:,|\(|[-–—:])\s*(?P<aside>[^\n()]{3,70})")
# ... naming a place after a preposition, in the original text ("à Manosque", "in Pitlochry", "z Poličky")
_PLACE_IN_ASIDE = re.compile(
    rf"\b(?:in|at|from|near|of|on|à|a|en|de|du|des|del|aus|bei|im|am|von|vom|van|uit|bij|te|z|ze|w|we|ve|da|di|do|na|"
    rf"no|nel|nella)\s+(?:the\s+)?[{UPPER}][\w'’-]{{2,}}|[{UPPER}][\w-]{{2,}}['’](?:in|ın|un|ün|nin|nın|nun|nün|de|da|"
    rf"te|ta|den|dan|deki|daki)\b|,\s*[{UPPER}][\w-]{{2,}}\s*\)|"
    # ... or the town before a word for a person ("the Wirrimbi girl who ...")
    rf"\bthe\s+[{UPPER}][\w-]{{2,}}\s+(?:girl|woman|lady|lass|guy|man|lad|bloke|boy)\b"
)
_TRADE_IN_ASIDE = re.compile(rf"\b{described_people.TRADES}\b")
_TRADE_RIGHT_AFTER = re.compile(rf"^\s*,?\s*(?:(?:the|a|de|die|der|la|le|el|il|o)\s+)?(?:\w+\s+)?{described_people.TRADES}\b")
_SEXUAL_REACH = 80


class InitialsDetector:
    name = "initials"

    def detect(self, context: ScanContext) -> list[Signal]:
        original = context.norm.original
        found = [
            m for m in _INITIALS.finditer(original)
            if _letters(m.group("letters")) not in DOTTED_ABBREVIATIONS
            and not (_letters(m.group("letters")) in _DEGREES and original[: m.start()].rstrip().endswith(","))
        ]  # fmt: skip
        found += [
            m for m in _LOWER_INITIALS.finditer(original)
            if _letters(m.group("letters")) not in _LOWER_ABBREVIATIONS | DOTTED_ABBREVIATIONS
            and (_COUNCIL_AFTER.match(fold(original[m.end() : m.end() + 60]).text)
                 or _COUNCILLOR_BEFORE.search(fold(original[max(0, m.start() - 40) : m.start()]).text))
        ]  # fmt: skip
        found += [
            m for m in _LOWER_INITIAL_SURNAME.finditer(original)
            if m.group("letters").islower()  # "h. vávrová": any lower-case letters, not "j. Nowak" (a capital opens a name)
            and (_role_after(fold(original[m.end() : m.end() + 60]).text) or _COUNCILLOR_BEFORE.search(
                fold(original[max(0, m.start() - 40) : m.start()]).text
            ))
        ]  # fmt: skip
        if not found or context.names_fiction:
            return []  # most texts hold no dotted initials: the whole-text reads below wait for them
        words_text = context.norm.words.text
        drawn = frames.drawn_medium(words_text)
        sexual_spans = context.sexual_spans
        about_photos = not drawn and bool(context.real_life or private_cues.DEPICTION_CUES.search(words_text))
        taken, near = SpanIndex(context.taken), Near(sexual_spans)
        out: list[Signal] = []
        for m in found:
            start, end = m.span("letters")
            if taken.overlaps(start, end):
                continue
            before = fold(original[max(0, start - 48) : start]).text
            aside = _ASIDE.match(original[end : end + 80])
            placed = bool(aside and _PLACE_IN_ASIDE.search(aside.group("aside")))
            role = bool(
                _role_after(fold(original[end : end + 60]).text)
                or _COUNCILLOR_BEFORE.search(before)
                or (aside and _TRADE_IN_ASIDE.search(fold(aside.group("aside")).text))
            )
            sexual = near(start, end, _SEXUAL_REACH) or (bool(sexual_spans) and about_photos)
            framed = not drawn and bool(frames.NAME_SHAPE_BEFORE.search(before))
            if not (sexual or placed or role or framed):
                continue
            detail = {"given_name": False, "initials": True}
            if drawn and sexual:
                detail["drawn_medium"] = True  # "K.B., manga, lewd": a character's
            elif sexual:
                detail["sexual_context"] = True
            elif placed or role:
                detail["corroborated"] = True  # "M.D., kanoista z Poličky": one person of a town
            out += weak_name_signals(
                source=SOURCE_INITIALS, name=original[start:end], span=(start, end), detail=detail, framed=framed
            )
        return out


def _role_after(folded_after: str) -> bool:
    """A role, a trade, a town's council or the shop she works in right after the initials: "M.D., kanoistka", "j. de
    wijer, wethouder", "b. hoogenraad personal trainer", "m.t. aus dem Ortsbeirat", "h. vávrová z trafiky" (session 44)."""
    return bool(
        roles.ROLE_AFTER.match(folded_after) or _COUNCIL_AFTER.match(folded_after)
        or _TRADE_RIGHT_AFTER.match(folded_after) or KNOWN_PLACE_AFTER.match(folded_after)
    )  # fmt: skip


def _letters(initials: str) -> str:
    return re.sub(r"[\s.]", "", initials).upper()
