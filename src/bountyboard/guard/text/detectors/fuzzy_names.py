"""Misspelt listed names: "nathalie portman", "angeline jolie", "gordon ramsey", "iosif stalin".

Anchored on the surname: a word no dictionary holds is compared (rapidfuzz) with the last words of the
listed public figures and artists that share its first letter; a close surname is then checked with
the whole name (its last two words, or its first and last: "Tayyip Erdogan", "Recep Erdogan"). A
surname that only one listed person has ("stalin") needs less of the given name, read through a
transliteration fold ("Iosif"/"Joseph", "Wladimir"/"Vladimir"). Artist veto: when the closest name
is an artist (or an artist is as close), the hit is a style reference ("by greg rutkowsky"), unless
the artist is the subject of a sexual depiction ("frida kalho nude"). Exact hits are the listed-name
detector's; this one only looks at words that nothing explains yet.

Typing slips (docs/decisions/0027): a word written with one slip of a listed word ("donlad" for "donald",
a letter swapped, doubled or dropped: "vinnicius") or spelt as it sounds in another language ("frenky" for
"frenkie", the transliteration fold) counts as that word even where the whole-name ratio is too low for
short names ("donlad trupm"). A surname that is an ordinary word ("tusk", "dean", "sales") never fires
alone: written exactly, it needs a given name of the listed person with such a slip, and the given name
written must be no word and no known given name ("john stewart" is no misspelt "Jon Stewart").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import fiction_frames, frames
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.listed_context import SexualWords, named_after, ruled_out, style_cited
from bountyboard.guard.text.gazetteer import Category, ListedName
from bountyboard.guard.text.name_words import ARTICLES, NOT_NAME_WORDS

_TOKEN = re.compile(r"[^\W\d_]+")
# A displayed name ending in a hyphenated surname ("Marcela-Froideval"), not a Korean given name ("Dong-hoon")
_DOUBLE_SURNAME_END = re.compile(r"[^\W\d_]{5,}-[^\W\d_]{5,}$")
_MIN_SURNAME = 4  # "ramsey": shorter surnames are too easy to hit by chance
_SURNAME_RATIO = 80.0
_NAME_RATIO = 86.0
# With a surname written exactly and held by one listed person only, the given name may be a
# transliteration ("iosif" for "joseph"): the folded given names must be this close.
_DISTINCT_SURNAME_MIN = 5
_GIVEN_RATIO = 60.0
_GIVEN_FOLDED_RATIO = 70.0
_OTHER_GIVEN_RATIO = 75.0  # below it, two known given names are two names ("kaori"/"koji"), not a misspelling
_OTHER_SEX_RATIO = 80.0  # ... and below this one when one of them ends in -a and the other does not ("francisca"/"francesco")
SOURCE_FUZZY = "gazetteer:fuzzy"
_PERSON_BITS = (Category.PUBLIC | Category.ARTIST).value
_FICTIONAL_BIT = Category.FICTIONAL.value
_CACHE_SIZE = 50_000
# Regnal and religious names ("Alexander II of Russia", "Alexander the Great") have no surname.
_NO_SURNAME = re.compile(r"\b(?:of|the)\b|\b[ivxl]+$")
_FOLD = (("sch", "sh"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("w", "v"), ("j", "i"), ("y", "i"), ("q", "k"),
         ("c", "k"), ("z", "s"), ("x", "ks"), ("e", "i"))  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
_ITEM_BREAK = re.compile(r"[,.;:!?()\[\]{}|/\n\"&+]")
_SHORT_SURNAME = 4  # below the ratio's reach for one swap
_SLIP_MIN = 4  # a slip in a shorter word ("jon"/"joan") is another word, not a typo
# Short words inside names ("Vicente del Bosque", "Vasco da Gama"): never a given name on their own.
_SAINTS = frozenset("san santa santo sant saint sainte st ste sao".split())
_CONJUNCTIONS = frozenset("and or und oder et ou ve en of".split())  # not "y", "e": particles ("Ortega y Gasset")
_PARTICLES = frozenset("de del della da di do dos das du des van von der den ten ter le la el al y e zu".split())
# Italian joins a preposition to the article ("alla chiesa", "nella piazza"): in lower case before a word of a language,
# a noun phrase, no misspelt "Dalla Chiesa" (session 24); capitalised or before no word, "Alla" may be a given name
# still ("alla pugachova")
_ARTICLED_PREPOSITIONS = frozenset("allo alla ai agli alle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle".split())


class FuzzyNameDetector:
    name = "fuzzy-listed-names"

    def __init__(
        self, names: Iterable[ListedName], dictionary: frozenset[str], given_names: frozenset[str] = frozenset(),
        frequent_words: frozenset[str] = frozenset(),
    ) -> None:
        self._dictionary = dictionary
        self._frequent = frequent_words  # the frequent words of the nine other languages, folded
        self._given = given_names  # "kaori tanaka" is someone else than "Koji Tanaka": both are given names
        # Buckets by length and by the first two or the last two letters: a misspelling keeps one end and
        # is at most a letter longer or shorter, so a word meets a few dozen surnames, not all of them.
        # One row per surname, with everyone who has it: "johnson" is one candidate, not 30 that crowd
        # "Glen Johnson" out of the closest few.
        buckets: dict[tuple[str, int], dict[str, list[ListedName]]] = defaultdict(lambda: defaultdict(list))
        people_by_surname: dict[str, set[str]] = defaultdict(set)
        by_word_surname: dict[str, list[ListedName]] = defaultdict(list)
        partials: dict[str, ListedName] = {}
        for entry in names:
            words = entry.key.split()
            if len(words) < 2 or len(words[-1]) < _MIN_SURNAME or _NO_SURNAME.search(entry.key):
                continue
            category = int(entry.category)  # a plain int: IntFlag operators cost microseconds each
            if not category & _PERSON_BITS or category & _FICTIONAL_BIT:
                continue
            surname = words[-1]
            people_by_surname[surname].add(entry.key)
            if surname in dictionary:
                by_word_surname[surname].append(entry)
            if len(words) >= 3:  # "tayyip erdogan", "recep erdogan": two of three words, written exactly
                for partial in (f"{words[0]} {surname}", f"{words[-2]} {surname}"):
                    if words[-2] not in _PARTICLES and words[-2] not in _SAINTS:  # "san juan" is a town
                        partials.setdefault(partial, entry)
            buckets[(surname[:2], len(surname))][surname].append(entry)
            buckets[("$" + surname[-2:], len(surname))][surname].append(entry)
            if len(surname) <= _SHORT_SURNAME:  # "pual" keeps neither end pair of "paul", only its first and last letter
                buckets[("^" + surname[0] + surname[-1], len(surname))][surname].append(entry)
        self._partials = partials
        self._by_word_surname = dict(by_word_surname)
        self._surnames = {key: list(rows) for key, rows in buckets.items()}
        self._entries = {key: [tuple(e) for e in rows.values()] for key, rows in buckets.items()}
        self._cache: dict[str, tuple[ListedName, ...]] = {}
        # Surnames one listed person has, long enough and no word: "stalin", "hoeness", not "smith".
        self._distinct = frozenset(
            s for s, keys in people_by_surname.items() if len(keys) == 1 and len(s) >= _DISTINCT_SURNAME_MIN
        ) - dictionary

    def _close_surnames(self, surname: str) -> tuple[ListedName, ...]:
        """Listed people whose surname is close to ``surname``; remembered (bounded) because the same
        words come back in text after text."""
        found = self._cache.get(surname)
        if found is None:
            keys = [(end, len(surname) + d) for end in (surname[:2], "$" + surname[-2:]) for d in (-1, 0, 1)]
            if len(surname) <= _SHORT_SURNAME:
                keys.append(("^" + surname[0] + surname[-1], len(surname)))
            rows: dict[int, ListedName] = {}
            for key in keys:
                if key not in self._surnames:
                    continue
                entries = self._entries[key]
                for _, _score, at in process.extract(
                    surname, self._surnames[key], scorer=fuzz.ratio, score_cutoff=_SURNAME_RATIO, limit=8
                ):
                    for entry in entries[at]:
                        rows[id(entry)] = entry
                if len(surname) <= _SHORT_SURNAME:  # "pual", "bilx": a swap in four letters is a ratio of 75
                    for written, _dist, at in process.extract(
                        surname, self._surnames[key], scorer=OSA.distance, score_cutoff=1, limit=8
                    ):
                        if typo_close(surname, written):
                            for entry in entries[at]:
                                rows[id(entry)] = entry
            found = tuple(rows.values())
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()  # bounded: hostile input cannot grow it forever
            self._cache[surname] = found
        return found

    def detect(self, context: ScanContext) -> list[Signal]:
        view = context.norm.names
        text = view.text
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        taken = SpanIndex(
            context.explained + [s.span for s in context.signals if s.span and s.kind is not SignalKind.NER_PERSON]
        )
        out: list[Signal] = []
        places: set[str] = set()
        sexual = SexualWords(context)
        for index in range(1, len(tokens)):
            start, _, first = tokens[index - 1]
            _, end, surname = tokens[index]
            if len(surname) < _MIN_SURNAME or len(first) < 2 or (first in ARTICLES and first not in _PARTICLES):
                continue  # "een molen", "una rosa": an article opens a noun phrase ("le" may be "Le Pen"'s)
            if _ITEM_BREAK.search(text, tokens[index - 1][1], tokens[index][0]):
                continue  # "tommy angelo, mafia game": two items of a list are no name
            if first in _ARTICLED_PREPOSITIONS and surname in self._frequent and (
                context.norm.original[view.span(start, end)[0]].islower()
            ):
                continue  # "davanti alla chiesa" is no misspelt "Dalla Chiesa"
            if first in _CONJUNCTIONS:
                continue  # "coke cans and mcdonalds boxes" is no misspelt "Ian McDonald" (session 19)
            if first in NOT_NAME_WORDS and first not in self._given and first not in _PARTICLES:
                continue  # "alter köhler" (an old charcoal burner) is no misspelt "Walter Köhler" (session 35)
            if first in _SAINTS:
                continue  # "san marino" is no misspelt "Dan Marino": a saint's name opens a town (round 19)
            if first in _PARTICLES:  # "el bosque" is no misspelt "Del Bosque"; "carice van houtten" is
                if index < 2 or tokens[index - 2][2] in _PARTICLES:
                    continue
                start, first = tokens[index - 2][0], f"{tokens[index - 2][2]} {first}"
            span = view.span(start, end)
            if taken.overlaps(*span):
                continue
            if first in self._frequent and surname in self._frequent and first not in self._given and (
                context.norm.original[span[0] : span[1]].islower()
            ):
                continue  # "harde zwart", "abito rosso": two words of a language in lower case, no misspelt name (round 23)
            # A surname that is also a word or a given name ("Erdoğan") counts only written exactly,
            # with a given name of the listed person's: "Tayyip Erdoğan" for "Recep Tayyip Erdoğan".
            if surname in self._dictionary:
                partial = self._partials.get(f"{first} {surname}")
                best = (100.0, partial) if partial is not None else (
                    self._slipped_given_name(first, surname) or self._both_slipped(first, surname)
                )
            else:
                best = self._closest(first, surname)
            if best is None:
                continue
            score, entry = best
            if self._longer_name_of_another(tokens, index, entry, text):
                continue  # "Owain Wyn Evans" is no "Cerith Wyn Evans": the given name before the pair is someone else's
            before = text[max(0, start - 48) : start]
            after = text[end : end + 40]
            if named_after(
                before, after, original_before=context.norm.original[max(0, span[0] - 80) : span[0]], given_names=self._given
            ):
                places.add(entry.display)
                continue  # "Ponte Vasco da Gama", "Marie Curie Institute": a thing named after them
            if not context.sexual_spans and ruled_out(before):
                continue  # "phua chu kang cartoon, not gurmit singh": a near name ruled out is no misspelt person (session 22)
            if fiction_frames.detective_named(before, context.norm.words.text) or fiction_frames.characters_not_cast(context.norm.words.text):
                # "Kommissar Peter Faber" is crime fiction's hero, not a misspelt "Peter Haber" (round 21); so is a name
                # in a text that wants "the characters, not the actors" (session 17: "Frank Bomans")
                continue
            kind = self._kind(sexual, entry, span, before, after)
            out.append(
                Signal(
                    kind=kind, source=SOURCE_FUZZY, score=round(score / 100, 3), text=context.norm.original[span[0] : span[1]],
                    span=span, label=entry.display, detail={"fuzzy": True, "lists": list(entry.sources)},
                )
            )  # fmt: skip
        # named as a place or a ship once, the name is that place or ship in every mention of a text that is not
        # sexual ("Buque escuela Juan Sebastián de Elcano\n... el juan sebastián de elcano a toda vela")
        return [s for s in out if s.label not in places] if places and not context.sexual_spans else out

    @staticmethod
    def _kind(sexual: SexualWords, entry: ListedName, span: tuple[int, int], before: str, after: str) -> SignalKind:
        """The listed-name detector's rule: an artist is a style unless depicted (a likeness frame or a
        sexual word right after); a public figure is a person unless cited as the author of a style."""
        artist = bool(entry.category & Category.ARTIST)
        cited_as_artist = artist or entry.may_be_artist
        style = (style_cited(before) if cited_as_artist else bool(frames.STYLE_BEFORE.search(before))) or bool(
            frames.STYLE_AFTER.match(after)
            or (cited_as_artist and (frames.STYLE_VERB_AFTER.match(after) or frames.STYLE_AFTER_MORE.match(after)))
        )
        # A misspelt artist is depicted only when plainly cast ("portrait of frida kalho", "X as a queen"),
        # not when a tag follows it ("daniel gerhartz detailed portrait" is the painter's style).
        likeness = bool(frames.LIKENESS_BEFORE.search(before)) or (
            bool(frames.CAST_AFTER.match(after)) if artist else bool(frames.LIKENESS_AFTER.match(after) or frames.ACTION_AFTER.match(after))
        )
        if artist and entry.category & Category.PUBLIC:
            as_style = style  # listed as both: a person unless cited as a style
        elif artist:
            as_style = style or not (likeness or sexual.right_after(span))
        elif entry.may_be_artist:  # occupation unknown: a person unless cited as a style, as an artist is
            as_style = not likeness and style
        else:  # ... or as a book's author ("de la novela de Vargas Llosa", misspelt or short: session 21)
            as_style = not likeness and bool(
                frames.STYLE_BEFORE.search(before) or frames.AUTHOR_BEFORE.search(before) or frames.AUTHOR_AFTER.match(after)
            )
        return SignalKind.STYLE_REFERENCE if as_style else SignalKind.PERSON_NAME

    def _closest(self, first: str, surname: str) -> tuple[float, ListedName] | None:
        """The listed name closest to "first surname", with its ratio; None when none is close enough."""
        written = f"{first} {surname}"
        best: tuple[float, ListedName] | None = None
        for entry in self._close_surnames(surname):
            words = entry.key.replace(".", " ").split()  # "john a. macdonald": initials are words
            if entry.key == written:
                continue  # an exact name the listed-name detector already judged (its capitals rule)
            # (listed form, its given name): the whole name, first and last word, last two words
            pairs = [(" ".join(words), words[0]), (f"{words[0]} {words[-1]}", words[0])]
            given_written = first.split()[0]
            if words[-2] not in _PARTICLES and len(words[-2]) > 1 and (
                given_written == words[-2] or not _DOUBLE_SURNAME_END.search(entry.display)
            ):
                # not "a. macdonald", "del bosque"; a hyphenated surname's first half written as it is ("lena meyer
                # landrutt"), never a given name like it ("marcel froidevaux" is no "François Marcela-Froideval": session 20)
                pairs.append((" ".join(words[-2:]), words[-2]))
            whole = max(
                (
                    fuzz.ratio(written, pair) for pair, given in pairs
                    if fuzz.ratio(given_written, given) >= _GIVEN_RATIO and (len(given_written) > 2 or given_written == given)
                    and not self._another_given_name(given_written, given)
                ),
                default=0.0,
            )  # "kyle thompson" is no "lea thompson", "un bosque" no "Juan Bosque": the given names must be alike too
            if whole < _NAME_RATIO and typo_close(surname, words[-1]) and any(
                all(typo_close(w, listed) for w, listed in zip(written.split(), pair.split(), strict=True))
                for pair, _ in pairs
                if pair.count(" ") == written.count(" ")
            ):  # "donlad trupm": a slip in each word, which the ratio of a short name cannot tell from chance
                whole = _NAME_RATIO
            if whole < _NAME_RATIO and surname == words[-1] and surname in self._distinct and first not in self._dictionary:
                # "iosif stalin": one listed person has this surname; the given name is a transliteration
                given = fold_transliteration(first.split()[0])
                if fuzz.ratio(given, fold_transliteration(words[0])) >= _GIVEN_FOLDED_RATIO:
                    whole = max(whole, _NAME_RATIO)
            if whole >= _NAME_RATIO and (best is None or whole > best[0] or (
                whole == best[0] and entry.category & Category.ARTIST
            )):  # fmt: skip
                best = (whole, entry)
        return best


    def _longer_name_of_another(self, tokens: list[tuple[int, int, str]], index: int, entry: ListedName, text: str) -> bool:
        """The pair matched a listed name's last two words (a middle name and the surname), and a known given name
        other than the listed person's stands right before it: the written name is someone else's (session 37)."""
        listed = entry.key.split()
        if index < 2 or len(listed) < 3 or tokens[index - 1][2] in _PARTICLES:
            return False
        _, previous_end, previous = tokens[index - 2]
        if text[previous_end : tokens[index - 1][0]] != " " or previous not in self._given:
            return False
        return previous != listed[0] and fuzz.ratio(previous, listed[0]) < _GIVEN_RATIO

    def _another_given_name(self, written: str, listed: str) -> bool:
        """The given name written is a given name of its own, not a slip or a spelling of the listed one: "kaori"
        for "koji" (a ratio of 67), but not "angeline" for "angelina" (88) or "sofia" for "sophia" (one fold). Below a
        ratio of 80 a given name in -a for one that does not end so, or the reverse, is the other sex's name: "francisca"
        for "francesco" (78), "aida" for "adam" (75): someone else (session 19)."""
        if written not in self._given or written == listed or typo_close(written, listed):
            return False
        ratio = fuzz.ratio(written, listed)
        return ratio < _OTHER_GIVEN_RATIO or (ratio < _OTHER_SEX_RATIO and (written[-1] == "a") != (listed[-1] == "a"))

    def _slipped_given_name(self, first: str, surname: str) -> tuple[float, ListedName] | None:
        """A surname that is a word ("tusk", "dean"), written exactly, after a given name with one slip of
        a listed person's ("donlad tusk", "iames dean"); the given name written is no word nor known name."""
        entries = self._by_word_surname.get(surname)
        given = first.split()[0]
        if not entries or given in self._dictionary or given in _PARTICLES:
            return None
        rest = first.split()[1:]  # "frenky de": the particles written must be the listed ones
        for entry in entries:
            words = entry.key.split()
            if words[1:-1] == rest and typo_close(given, words[0]):
                return (_NAME_RATIO, entry)
        return None


    def _both_slipped(self, first: str, surname: str) -> tuple[float, ListedName] | None:
        """A surname that is a word one slip from a listed surname no dictionary holds, after a given name one slip from
        that person's ("kiera knightly" for Keira Knightley: session 23): two slips pointing at one person. The given
        name written is no word."""
        given = first.split()[0]
        if " " in first or given in self._dictionary:
            return None
        found = self._closest(first, surname)
        if found is None:
            return None
        words = found[1].key.split()
        slipped = given != words[0] and surname != words[-1]
        return found if slipped and typo_close(given, words[0]) and typo_close(surname, words[-1]) else None


def typo_close(written: str, listed: str) -> bool:
    """``written`` is ``listed`` or ``listed`` with one typing slip (two letters swapped, a letter doubled,
    added or dropped; not another letter in its place: "ronald" is a name of its own, not "donald"), or the
    same name spelt the way another language writes its sounds ("frenky"/"frenkie", "wladimir"/"vladimir")."""
    if written == listed:
        return True
    if len(listed) < _SLIP_MIN or abs(len(written) - len(listed)) > 2:
        return False
    # one edit: a swap, an added or a dropped letter; a replaced letter is the only edit that keeps the
    # length and differs in exactly one place ("frenky" may still be a phonetic spelling: the fold decides)
    if (
        written[0] == listed[0]
        and OSA.distance(written, listed, score_cutoff=1) <= 1
        and (len(written) != len(listed) or sum(a != b for a, b in zip(written, listed, strict=True)) != 1)
    ):
        return True
    return fold_transliteration(written) == fold_transliteration(listed)


@lru_cache(maxsize=_CACHE_SIZE)  # bounded; the same words come back in text after text
def fold_transliteration(word: str) -> str:
    """One spelling for the usual transliterations of a given name: "joseph", "iosif", "josef" -> "iosif"."""
    for written, folded in _FOLD:
        word = word.replace(written, folded)
    return _DOUBLED.sub(r"\1", word)

