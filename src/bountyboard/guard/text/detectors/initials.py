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
from bountyboard.guard.text.name_words import UPPER
from bountyboard.guard.text.normalize import fold

SOURCE_INITIALS = "heuristic:initials"
# Two or three capitals, each with its dot ("M.F.", "M. P.", "K.B."), or a Scottish or Irish surname's first letters
# ("S.McA"); not followed by a capitalised word (then they open a full name: "J.R.R. Tolkien")
_INITIALS = re.compile(
    rf"(?<![\w.])(?P<letters>[{UPPER}]\.\s?(?:[{UPPER}]\.\s?)?(?:[{UPPER}]\.|Mc[{UPPER}]\.?))(?![\w])"
    rf"(?!\s*[{UPPER}][\w])"
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
                roles.ROLE_AFTER.match(fold(original[end : end + 60]).text)
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


def _letters(initials: str) -> str:
    return re.sub(r"[\s.]", "", initials).upper()
