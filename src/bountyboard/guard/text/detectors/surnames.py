"""The surname alone of one of the best-known modern people: "putin riding a bear", "obama as a
pharaoh", "photo of putin, trump, obama and bush" (docs/decisions/0032).

Prompts name the people everyone knows by their surname alone, in lower case, with no given name for the
name-shape detectors to hold on to. The candidates are the ``top`` best-known people born 1850-1980 by
Pantheon 2.0's historical popularity index (guard/data/pantheon2/well_known_2020.txt). A surname is left
out when it would mostly be something else: shorter than four letters, a given name ("Kennedy",
"Jackson"; a name fewer than 1,000 American babies were given, such as "Stalin", does not count), a place, a
popular surname ("Díaz", "Castro"), a word that is no name ("meine"), a thing named
after someone ("houdini", the software), or the surname of a curated artist or film director (a style:
"kubrick") or fictional character ("Wayne", "Stark"). The 27,000 museum artists are no veto: they share
"eastwood" and "trump"; a style cue around the surname still makes it a style.

What follows it must read as a person doing or being something: the end of a clause, a cast or an action
("as a pharaoh", "riding", "eating money"), a verb's -ing, -ed or present form ("putin bathes"), or a link
word ("and", "with", "vs"). A word that follows and describes it makes it a modifier ("goth girl", "Guinness
pint").

A surname that is also a dictionary word ("trump", "bush", "cage") counts only where the text uses it as a
name: capitalised inside a sentence of lower-case words ("a cartoon of Trump"), cast or doing something at
the start of a clause or after a likeness frame ("trump as a soyjack", "photo of bush riding a horse"; not
"luminous fish entering the window"), or listed beside another person ("putin, trump and obama"), never
after a thing's determiner ("who runs the Ruby"). Any surname is left alone when it stands next to another
name-like word (it is then part of a longer name the other detectors judge: "krenz cushart", "Sam Porter
Bridges"), when a style cue cites it ("by X"), or when it names a thing ("X Foundation").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import fiction_frames, frames, pinyin, private_cues, roles
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.listed_context import (
    LIST_REACH,
    STYLE_WORD_AFTER,
    named_after,
    style_cited,
)
from bountyboard.guard.text.name_words import PARTICLES
from bountyboard.guard.text.normalize import View, normalize_name

SOURCE_SURNAME = "gazetteer:pantheon2-surname"
_NAME_KINDS = (SignalKind.STYLE_REFERENCE, SignalKind.PERSON_NAME, SignalKind.NER_PERSON)
# How many of the best-known people count (chosen on the real prompts' tune splits, decision 0032); not a
# setting: fewer would let famous people through.
WELL_KNOWN_TOP = 2000
_MIN_LETTERS = 4
_TOKEN = re.compile(r"[^\W\d_]+")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Regnal and religious names ("Elizabeth II", "Pope Francis", "Dalai Lama") have no surname.
_NO_SURNAME = re.compile(r"^(?:pope|prince|princess|queen|king|saint|sheikh|dalai)\b|\b(?:of|the)\b|\b[ivxl]+$")
_ONLY_SPACE = re.compile(r"^[ \t]+$")
_QUALIFIER_AFTER = re.compile(r"^\s*\\?\(([^()]{2,40})\\?\)")
# Between two items of a list of people: "putin, trump", "trump and obama", "biden vs trump".
_LISTED_BESIDE = re.compile(r"^\s*(?:,|&|/|\+|\band\b|\bvs\.?|\bversus\b|\bet\b|\bund\b|\by\b|\bwith\b)\s*$")
_LIST_WORDS = frozenset({"and", "vs", "versus", "et", "und", "y", "e", "with"})
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n(\[\"]|\s-)\s*$")
# Before a word that is also a name: the start of a clause ("trump as a soyjack", "..., bush riding").
_CLAUSE_START = re.compile(r"(?:^|[,.;:!?()\[\]{}\"“”|\n]|\s-)\s*$")
# After the surname: the end of a clause, or a word that links it to what it does or is.
_CLAUSE_AFTER = re.compile(r"^\s*(?:$|[,.;:!?()\[\]{}<>\"“”'’|/+&*]|\s-)")
_LINK_AFTER = frozenset(
    """and or vs versus with in on at is was are has had having being who from into under over near inside
    meets meeting x und et y e i ve en og als como come jako comme wie""".split()
)


# Surnames that are mostly a word of another language or a place no shipped list holds: "bianco e nero",
# "carpe diem", "Rhodes", "Évora", "Huntington Beach", Malay "hari", Chinese "ling".
# A preposition of place right before a surname alone, in the ten languages (folded): "en Aragón", "in Lincoln",
# "w Sienkiewiczu" is rare enough, and sexual text keeps the surname ("X nude in Y" names Y no less). Not "a": English
# "a putin lookalike".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|en|au|aux|nel|nella|im|w|we|v|ve|op|te|nach|no|na|em|near|bei)\s+$")
# "runs the Ruby", "fill my cage": a thing's determiner; not "a", which casts ("a putin lookalike")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|my|his|her|their|our|your|its|this|that|du)\s+$")  # "pas loin du Berry"
# An indefinite article before a famous surname in lower case: a thing named after them ("a pavlova piled with
# passionfruit", "une tatin"), not the person (session 34); a size or a kind between too ("a big pavlova with kiwifruit",
# "a tall pavlova": session 37), not a word that describes a person ("a young putin")
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|un|une|una|uno|ein|eine|einen|een|um|uma)\s+"
    r"(?:(?:big|tall|huge|giant|large|small|little|mini|classic|homemade|fresh|whole|towering|massive|grande|grand|"
    r"gross(?:e|en)?|petite?|enorme|pequena|kleinen?|grote)\s+){0,2}$"
)
_WORDS_THE_LISTS_MISS = frozenset({
    "nero", "diem", "hari", "ling", "rhodes", "evora", "huntington",
    # session 21: "miners walking home", "sucking diesel", "Gaming-Zimmer", "Ende des Monats", "Hahn" (a rooster), "capa"
    # (a cape), "bandera" (a flag): words of English, German and Spanish first
    "home", "diesel", "zimmer", "ende", "hahn", "capa", "bandera",
})
# session 32: famous surnames that are first a common word of one of the nine languages (the frequent-word list's
# surnames, checked one by one): read as the dictionary's words are, a name only where the text uses one ("am Bach",
# "con pesci", "aereo in decollo, palme" are no people; "bach as a rapper" still is)
_WORDS_OF_THE_NINE_LANGUAGES = frozenset({
    "bach", "ganz", "tolle", "reich", "krebs", "weil", "sorge", "ehrlich", "bose", "elbe", "brod", "pesci", "piccoli",
    "croce", "ponti", "nobile", "rota", "cardinale", "duras", "haber", "peres", "princip", "bataille", "palme", "marais",
})


def well_known_surnames(
    people: Iterable[tuple[str, int]],
    *,
    top: int,
    given_names: frozenset[str],
    places: frozenset[str],
    vetoed: frozenset[str],
) -> dict[str, str]:
    """surname -> the best-known person who has it, for the ``top`` first of ``people`` ((name, rank),
    best known first); ``vetoed`` holds the surnames of listed artists and fictional characters."""
    out: dict[str, str] = {}
    for name, rank in people:
        if rank > top:
            break
        key = normalize_name(name)
        if _NO_SURNAME.search(key):
            continue
        words = [w for w in key.split() if w.rstrip(".") not in _SUFFIXES]
        if len(words) < 2 or words[-2] in PARTICLES:
            continue  # one-word names are the gazetteer's; "de Gaulle" is not "gaulle"
        surname = words[-1]
        if len(words) == 2 and words[0] in pinyin.FAMILY_NAMES and pinyin.given_name(surname):
            continue  # "Hua Guofeng", "Deng Xiaoping": Chinese order, the last word is the given name (round 12)
        if len(surname) < _MIN_LETTERS or not surname.isascii() or not surname.isalpha():
            continue
        if surname in given_names or surname in places or surname in vetoed or surname in _WORDS_THE_LISTS_MISS:
            continue
        out.setdefault(surname, name)
    return out


# A shop named with the surname's possessive ("Churchill's Butchers"), on the words view (session 46, round 51)
_SHOP_AFTER_POSSESSIVE = re.compile(rf"['’]?s\s+(?:{private_cues.PLACES_OF_WORK})\b")


def _shop_of(word: str, words_text: str) -> bool:
    """``word`` names a shop somewhere in the text: "<word>'s <shop>"."""
    return any(
        _SHOP_AFTER_POSSESSIVE.match(words_text, m.end()) for m in re.finditer(rf"\b{re.escape(word)}", words_text)
    )


class SurnameAloneDetector:
    name = "well-known-surnames"

    def __init__(
        self, surnames: dict[str, str], *, dictionary: frozenset[str], given_names: frozenset[str],
        frequent_words: frozenset[str] = frozenset(),
    ) -> None:
        self._surnames = surnames
        self._dictionary = dictionary | _WORDS_OF_THE_NINE_LANGUAGES
        self._given_names = given_names
        self._frequent = frequent_words  # the nine languages' frequent words, accents kept

    def detect(self, context: ScanContext) -> list[Signal]:
        view = context.norm.names
        text = view.text
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        hits = [i for i, (_, _, word) in enumerate(tokens) if word in self._surnames]
        if not hits:
            return []
        taken = SpanIndex(
            context.explained + [s.span for s in context.signals if s.span and s.kind is not SignalKind.NER_PERSON]
        )
        people = SpanIndex(s.span for s in context.signals if s.span and s.kind is SignalKind.PERSON_NAME)
        candidates = {i for i in hits if self._standalone(tokens, i, text, context.norm.original, view)}
        out: list[Signal] = []
        for i in sorted(candidates):
            start, end, word = tokens[i]
            span = view.span(start, end)
            if taken.overlaps(*span):
                continue
            raw = context.norm.original[span[0] : span[1]].lower()
            if not raw.isascii() and raw in self._frequent:
                continue  # "léto": a Czech word its accent shows, not "Leto" (round 21)
            before, after = text[max(0, start - 48) : start], text[end : end + 40]
            if self._cited_as_style(text[max(0, start - LIST_REACH) : start], after) or self._weighted_style(
                context.norm.original, span, context.signals
            ):
                continue
            if not context.has_sexual and _shop_of(word, context.norm.words.text):
                continue  # "Churchill's Butchers ... Churchill's has been here since 1961": the shop's name in every mention (round 51)
            if frames.work_verb_before(before):
                continue  # "an orchestra playing debussy", "a man reading hemingway": their work, not them
            if _PLACE_PREPOSITION_BEFORE.search(before) and not context.has_sexual:
                continue  # "plaza de pueblo en Aragón", "a village in Lincoln": a place a famous surname names (round 20)
            if (qualifier := _QUALIFIER_AFTER.match(after)) and fiction_frames.FICTIONAL_CONTEXT.search(qualifier.group(1)):
                continue  # "kafka (honkai: star rail)": booru names a character's franchise after it (round 12)
            if named_after(before, after, original_before=context.norm.original[max(0, span[0] - 80) : span[0]]) or not (
                self._person_follows(after, before) or (word not in self._dictionary and frames.verb_before(before))
            ):
                continue
            if word in self._dictionary and _DETERMINER_BEFORE.search(before):
                continue
            if raw.islower() and _INDEFINITE_BEFORE.search(before) and not frames.LIKENESS_AFTER.match(after):
                continue  # ... but "a putin lookalike" is someone's likeness
            if word in self._dictionary and not (
                self._used_as_name(context.norm.original, span)
                or (
                    (_CLAUSE_START.search(before) or frames.LIKENESS_BEFORE.search(before))
                    and (frames.CAST_AFTER.match(after) or frames.ACTION_AFTER.match(after) or frames.verb_after(after, past=True))
                )
                or self._beside_person(tokens, i, view, candidates, people)
                # the object of a person's doing, ending its clause: "robocop detaining trump," (session 19)
                or (frames.verb_before(before) and bool(_CLAUSE_AFTER.match(after)))
            ):
                continue
            out.append(
                Signal(
                    kind=SignalKind.PERSON_NAME, source=SOURCE_SURNAME, score=0.9,
                    text=context.norm.original[span[0] : span[1]], span=span, label=self._surnames[word],
                    detail={"surname_alone": True},
                )
            )  # fmt: skip
        return out

    @staticmethod
    def _cited_as_style(before: str, after: str) -> bool:
        """A style cue before it, also before a given name it may carry that no list knows ("in the style of
        kees van dongan and even amundsen"), or a style word after it."""
        if STYLE_WORD_AFTER.match(after) or frames.STYLE_AFTER.match(after):
            return True
        text = before
        for _ in range(2):
            if style_cited(text):
                return True
            word = re.search(r"[^\W\d_]+\.?\s+$", text)  # "in the style of J. Borges": an initial too (round 21)
            if word is None:
                return False
            text = text[: word.start()]
        return style_cited(text)

    def _weighted_style(self, original: str, span: tuple[int, int], signals: list[Signal]) -> bool:
        """Weighted on its own ("(even amundsen:1.1)"), next to another weighted name ("(witkacy:1.3)": a word
        no dictionary holds, or a name another detector found): one of a list of weighted artists. A weighted
        quality tag beside it ("(masterpiece:1.2), (putin:1.2)") makes no list of names."""
        slot = frames.weighted_slot(original, span, word_before=True)
        if slot is None:
            return False
        named = [s.span for s in signals if s.span and s.kind in _NAME_KINDS]
        slots = [
            item for item, words in frames.weighted_items(original)
            if any(item[0] <= start and end <= item[1] for start, end in named)
            or any(len(w) > 2 and w.lower() not in self._dictionary for w in _TOKEN.findall(words))
        ]  # fmt: skip
        return frames.weighted_neighbours(original, slots, slot)

    def _person_follows(self, after: str, before: str) -> bool:
        """What follows reads as the person doing or being something, not as a word the surname describes."""
        if _CLAUSE_AFTER.match(after) or frames.LIKENESS_AFTER.match(after) or frames.ACTION_AFTER.match(after):
            return True
        if frames.verb_after(after, past=True) or frames.present_verb_after(after, words=self._dictionary):
            return True
        following = _TOKEN.match(after.lstrip())
        return following is not None and following.group(0) in _LINK_AFTER

    def _standalone(self, tokens: list[tuple[int, int, str]], i: int, text: str, original: str, view: View) -> bool:
        """No name-like word right beside it (only spaces between): a given name, a particle, a word no
        dictionary holds ("krenz cushart", "vitalik buterin"), or a capitalised word that runs into it in a
        lower-case sentence ("Sam Porter Bridges")."""
        for j in (i - 1, i + 1):
            if not 0 <= j < len(tokens):
                continue
            left, right = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
            if not _ONLY_SPACE.match(text[left[1] : right[0]]):
                continue
            word = tokens[j][2]
            if word in self._given_names or word in PARTICLES or (len(word) > 1 and word not in self._dictionary):
                return False
            if word not in roles.ROLE_WORDS and self._capitalised_pair(original, view, left, right):
                return False
        return True

    @staticmethod
    def _capitalised_pair(original: str, view: View, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
        first, second = view.span(left[0], left[1]), view.span(right[0], right[1])
        if not (original[first[0] : first[0] + 1].isupper() and original[second[0] : second[0] + 1].isupper()):
            return False
        if _SENTENCE_END.search(original[: first[0]]):
            return False  # "Satanic Hitler" at the start of a title
        words = _TOKEN.findall(original[max(0, first[0] - 60) : second[1] + 60])
        return sum(1 for w in words if w[:1].islower()) * 2 > len(words)

    @staticmethod
    def _used_as_name(original: str, span: tuple[int, int]) -> bool:
        """Capitalised inside a sentence whose other words are mostly lower case: "a cartoon of Trump"."""
        written = original[span[0] : span[1]]
        if not written[:1].isupper() or written.isupper() or _SENTENCE_END.search(original[: span[0]]):
            return False
        words = _TOKEN.findall(original[max(0, span[0] - 60) : span[1] + 60])
        lower = sum(1 for w in words if w[:1].islower())
        return lower * 2 > len(words)

    def _beside_person(
        self, tokens: list[tuple[int, int, str]], i: int, view: View, candidates: set[int], people: SpanIndex
    ) -> bool:
        """One item of a list of people: a found person, or a surname candidate that is no word, right before
        or after, only a comma, "and" or "vs" between ("putin, trump, obama and bush")."""
        for step in (-1, 1):
            j = i + step
            if 0 <= j < len(tokens) and tokens[j][2] in _LIST_WORDS:
                j += step  # "obama and bush": the item beyond the link word
            if not 0 <= j < len(tokens):
                continue
            left, right = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
            if not _LISTED_BESIDE.match(view.text[left[1] : right[0]]):
                continue
            if (j in candidates and tokens[j][2] not in self._dictionary) or people.overlaps(
                *view.span(tokens[j][0], tokens[j][1])
            ):
                return True
        return False
