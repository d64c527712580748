"""A title and a surname, as neighbours, pupils and customers name someone: "Mrs Halloran from the bakery in
Mudgee, nude", "pani Kowalska z poczty w Bochni nago", "mevrouw De Smet van de bakkerij", "la señora Ibáñez de
la farmacia", and in Turkish the title after the name ("Ayşe Hanım", "Hasan Bey") (session 40, found by probing).

The name-shape rules split a run at a title word ("Mrs" is no name), which left the surname alone, and one
capitalised word is a name only with a role beside it. A title says a person is meant, but fiction is full of them
("Mrs Doubtfire", "Frau Holle", "Madame Bovary", "Mr Darcy") and so are brands ("Dr Pepper"), so the title and
surname are weak evidence: a ``ner_person`` that blocks beside sexual words or in a sexual text about photographs,
and elsewhere counts only with a trade or a shop beside it ("old Mr Doyle the butcher in Cooma", "Mrs Halloran from the
bakery": corroborated, so consent) or in a likeness frame ("a LoRA of Mrs Halloran"). A listed character or brand
is no one, with or without the title's dot ("Mrs. Hudson", "Madame Tussauds"), nor is a title before a place's word;
a drawn medium makes it a character's; a text that names a work of fiction holds characters only.

A given name alone before a shop ("Tony from the bakery") is read by ``detectors.known_from``.

The press, weather pages and club newsletters shorten the given name to its initial ("E. Varley from the RTÉ weather",
"T.J. Harkness, lifeguard at the Taupo baths, shirtless", "M.-C. Rouvière, prof de yoga à Annonay": round 47): an
initial or two before a surname are read as a title is, with the same checks and the same weak evidence; a dotted
abbreviation before a word ("U.S. Army", "A.C. Milan") is no initial.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import (
    described_people,
    frames,
    lexicons,
    name_words,
    named_things,
    private_cues,
    roles,
)
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex, weak_name_signals
from bountyboard.guard.text.detectors.initials import DOTTED_ABBREVIATIONS
from bountyboard.guard.text.gazetteer import Category, NameMatcher
from bountyboard.guard.text.normalize import fold, normalize_name

SOURCE_TITLED_NAME = "heuristic:title-and-surname"
# A word that may be one of ``name_words.TITLES`` (any case), before a capital: read a word at a time, since a word
# that is no title may stand before one ("la cantante Madame Ruiz")
_TITLE_WORD = re.compile(r"(?<![\w'’])[^\W\d_]{2,11}(?=\.?\s+[^\W\d_a-z])")
# ... then its dot or none, and one capitalised word: a surname, its particle kept ("De Smet", "van Dijk", "Le Goff"),
# its letters run to an apostrophe's end ("O'Brien")
_SURNAME_AFTER_TITLE = re.compile(
    r"\.?\s+(?P<name>(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]i|[Dd]el|[Ll]e|[Ll]a|[Dd]u|[Dd]a|[Dd]os|[Vv]an der|[Vv]an den|[Vv]an de)"
    r"\s+)?[^\W\d_a-z][^\W\d_]{2,}(?:['’-][^\W\d_]+)?)(?![\w'’])"
)
# One to three initials, each with its dot ("E.", "T.J.", "M.-C.", "J. P."), before a capitalised word
_INITIALS_BEFORE = re.compile(
    rf"(?<![\w.'’])[{name_words.UPPER}]\.(?:\s?-?[{name_words.UPPER}]\.){{0,2}}(?=\s+[{name_words.UPPER}])"
)
# ... the abbreviations that are a person's initials too, before a surname ("T.J. Harkness", "M.C. Rouvière")
_ALSO_A_PERSONS_INITIALS = frozenset({"TJ", "MC", "DJ"})
# Turkish sets the title after the given name: "Ayşe Hanım", "Hasan Bey", "Serpil Abla" (folded "hanim", "bey").
_TITLED_AFTER = re.compile(r"(?<![\w'’])(?P<name>[^\W\d_a-z][^\W\d_]{2,})\s+(?P<title>Han[ıi]m|Bey|Abla|Hoca)(?![\w'’])")
# A shop the person works in, set after the name ("Mrs Halloran from the bakery", "Frau Berger aus der Apotheke") or in
# brackets after it ("Mme Le Bihan (pharmacie du port, Roscoff)": round 45), folded: someone the poster meets there
_SHOP_AFTER = re.compile(
    r"^\s*(?:,\s*|\(\s*(?=\w+ (?:du|de|del|della|do|da|der|van|z) )|(?:,\s*)?(?:from|at|of|de|du|del|de la|da|do|della|aus|"
    r"von|vom|van|bij|z|ze|w|(?:who|that) (?:runs|works at|works in|owns|keeps|manages))\s+(?:the|la|el|le|der|dem|de|het|"
    r"my|our|a)?\s*)(?:\w+\s+)?"
    rf"{private_cues.PLACES_OF_WORK}\b"
)
# ... or the class she or he teaches ("Mr Penhaligon from year 5", "Mrs Feeney, 3rd class", "meester Bakker van groep 7",
# "Frau Schmid aus der 4b"), folded
_CLASS_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:from|of|in|van|uit|aus|von|de|du|da|di|z|ze)\s+(?:the\s+|der\s+)?)?(?:year|grade|class|form|groep|"
    r"klas|klasse|classe|clase|sezione|turma|klasa|trida)\s+\d{1,2}\w?\b|^\s*,?\s*(?:from|in)?\s*\d{1,2}(?:st|nd|rd|th)\s+"
    r"(?:class|grade|year)\b|^\s*,?\s*(?:aus|von|in)\s+der\s+\d{1,2}[a-e]?\b"
    # ... or the class's number and letter alone ("do 9ºB", "ze 3.A": round 47)
    r"|^\s*,?\s*(?:z|ze|do|da|de|del|della|dalla|from|in|of|van|uit|aus)\s+\d{1,2}\s*(?:\.|o|a)?\s*[a-f]\b"
)
# ... or a trade set beside it ("old Mr Doyle the butcher", "la pharmacienne Madame Le Goff"), folded
_TRADE_AFTER = re.compile(
    rf"^\s*(?:,?\s*(?:the|la|le|el|der|die|de|il|o|a|our|my)|,) (?:\w+ )?{described_people.TRADES}\b"
)  # "Mrs Halloran the butcher", "Fr. Mulcahy, parish priest in ..." (session 43)
_TRADE_BEFORE = re.compile(rf"\b{described_people.TRADES},?\s+$")
_SEXUAL_REACH = 80
# What joins two items of a list of artists ("Gustav Klimt, J.W. Waterhouse and Mel Ramos"), read only this far back
# from a name: a list of a thousand artists and initials stays linear
_LIST_JOIN = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\ben\b|\bve\b|\|)?\s*")
_LIST_JOIN_WIDTH = 12


class TitledNameDetector:
    name = "titled-names"

    def __init__(
        self, gazetteer: NameMatcher, *, dictionary_words: frozenset[str], surnames: frozenset[str],
    ) -> None:
        self._gazetteer = gazetteer
        self._dictionary = dictionary_words
        self._surnames = surnames

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        original, words_text = norm.original, norm.words.text
        titled = self._titled(original)
        if not titled or context.names_fiction:
            return []  # most texts hold no title: the whole-text reads wait for one
        sexual_spans = context.sexual_spans
        role_in_text = roles.names_a_role(words_text)
        characters = [s.span for s in context.signals if s.kind is SignalKind.FICTIONAL_CHARACTER and s.span]
        style_ends = sorted(s.span[1] for s in context.signals if s.kind is SignalKind.STYLE_REFERENCE and s.span)
        taken, near = SpanIndex(context.taken + characters), Near(sexual_spans)
        drawn = frames.drawn_medium(words_text)
        designed = context.fiction_framed
        about_photos = not drawn and bool(context.real_life or private_cues.DEPICTION_CUES.search(words_text))
        out: list[Signal] = []
        for start, end, title, name in titled:
            surname = fold(name).text.replace("-", " ").split()[-1]
            if taken.overlaps(start, end) or surname in name_words.NOT_NAME_WORDS:
                continue
            if surname in self._dictionary and surname not in self._surnames:
                continue  # "Mr Clean", "Miss Universe", "Herr Doktor": a word, no surname
            if self._character(title, name):
                continue  # "Mrs. Hudson", "Dr. Jekyll": a listed character, its title's dot the list does not write
            if frames.STYLE_BEFORE.search(fold(original[max(0, start - 24) : start]).text) or any(
                _LIST_JOIN.fullmatch(original, style_end, start)
                for style_end in style_ends[bisect_left(style_ends, start - _LIST_JOIN_WIDTH) : bisect_right(style_ends, start)]
            ):
                continue  # "by J.W. Waterhouse", "Gustav Klimt, J.W. Waterhouse and Mel Ramos": an artist named as a style
            after = fold(original[end : end + 60]).text
            before = fold(original[max(0, start - 48) : start]).text
            head = after.split(maxsplit=2)[:2]
            if any(w in lexicons.NOT_PERSON_HEADS or w in named_things.PLACE_AFTER_NAME for w in head):
                continue  # "Madame Tussauds wax museum", "Mrs Fields cookies shop": a place or a brand bears the name
            # a shop, a trade or a class: someone a town meets, no public figure ("Mrs Halloran from the bakery",
            # "Mr Penhaligon from year 5": round 46)
            classroom = bool(_CLASS_AFTER.match(after))
            local = classroom or bool(_SHOP_AFTER.match(after) or _TRADE_AFTER.match(after) or _TRADE_BEFORE.search(before))
            role = local or bool(
                role_in_text and (roles.ROLE_BEFORE.search(before) or roles.ROLE_AFTER.match(after))
                or roles.PROGRAMME_AFTER.match(after) or roles.ROLE_IN_PARENS.match(after)
            )  # fmt: skip
            # beside a sexual word, or in a sexual text about photographs or a LoRA of someone ("un LoRA de Mme Le Bihan ...
            # la mettre à poil": round 45)
            sexual = near(start, end, _SEXUAL_REACH) or (bool(sexual_spans) and about_photos)
            # ... or in a likeness frame ("a LoRA of Mrs Halloran", "Porträt von Frau Berger"), outside a drawn medium
            framed = not drawn and bool(frames.NAME_SHAPE_BEFORE.search(before) or frames.NAME_SHAPE_AFTER.match(after))
            if not (role or sexual or framed):
                continue
            detail: dict[str, Any] = {"given_name": False, "title": title}
            if drawn and (sexual or not role):
                detail["drawn_medium"] = True  # "Mrs Robinson, hentai": a character's
            elif sexual:
                detail["sexual_context"] = True
            elif role:
                # "old Mr Doyle the butcher in Cooma": one person of a town, drawn too ("old Mr Doyle the butcher, pencil
                # drawing": round 47)
                detail["corroborated"] = True
            out += weak_name_signals(
                source=SOURCE_TITLED_NAME, name=original[start:end], span=(start, end), detail=detail, framed=framed,
                # ... and pictured from photographs beside a shop, a trade or a class: a private person, whom the
                # platform cannot ask (session 41); a teacher by her class is one however she is drawn, but for a
                # character designed for a story or a game ("el profe Ordóñez de 5ºB ... Turnaround": round 47)
                private=(classroom and not designed) or (local and about_photos),
            )
        return out

    @staticmethod
    def _titled(original: str) -> list[tuple[int, int, str, str]]:
        """(start, end, title, name) of every title and surname: "Mrs Halloran", "Ayşe Hanım"."""
        found: list[tuple[int, int, str, str]] = []
        for word in _TITLE_WORD.finditer(original):
            title = word.group(0).lower()  # folded only when it has accents ("señora", "paní"): most words do not
            if title not in name_words.TITLES and (title.isascii() or fold(title).text not in name_words.TITLES):
                continue
            if m := _SURNAME_AFTER_TITLE.match(original, word.end()):
                found.append((word.start(), m.end(), word.group(0), m.group("name")))
        found += [(m.start(), m.end(), m.group("title"), m.group("name")) for m in _TITLED_AFTER.finditer(original)]
        for initials in _INITIALS_BEFORE.finditer(original):
            letters = re.sub(r"[\s.-]", "", initials.group(0))
            if letters in DOTTED_ABBREVIATIONS and letters not in _ALSO_A_PERSONS_INITIALS:
                continue
            if m := _SURNAME_AFTER_TITLE.match(original, initials.end()):
                found.append((initials.start(), m.end(), initials.group(0), m.group("name")))
        return found

    def _character(self, title: str, name: str) -> bool:
        key = normalize_name(f"{title} {name}")
        return any(
            hit.start == 0 and hit.end == len(key) and hit.entry.category & (Category.FICTIONAL | Category.NOT_PERSON)
            for hit in self._gazetteer.find(key)
        )
