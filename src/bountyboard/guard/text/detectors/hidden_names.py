"""One token hiding a given name and a surname: a hashtag, CamelCase, letters joined from dots or spaces, or
"<given><surname>" run together ("zoefelix", "#IrisVargas", "b.r.i.d.g.e.t g.r.o.s.s"). Read by the given-name
rule (``detectors.given_names``) for each token no pair explains; split from it once it grew past 600 lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from bountyboard.guard.text import name_words
from bountyboard.guard.text.letter_case import camel_parts, lower_case_line, pronounceable
from bountyboard.guard.text.name_words import NOT_NAME_WORDS, surname_ending
from bountyboard.guard.text.normalize import fold

# The strengths a reading gives, the given-name rule's own
WEAK, HIDDEN, IF_FRAMED = "weak", "hidden", "if-framed"
MIN_SURNAME = 3
_TOKEN = re.compile(r"[^\W\d_]+")
# How the second half of a hashtag or spelt-out name can begin ("#bellezzanaturale" is not "belle|zzanaturale").
_TAIL_ONSET = re.compile(name_words.SURNAME_ONSET.pattern + r"|[aeiouy][^aeiouy]")
# A doubled consonant opens no surname ("merle|ttaia" is Italian "merlettaia", a lace-maker: session 36); Welsh and
# Catalan "Ll" does ("Lloyd", "Llull")
_DOUBLED_ONSET = re.compile(r"(?!ll)([^\Waeiouy\d_])\1")
_MAX_PREFIX = 12
# A word derived from an English one that a dictionary may lack ("DreamShaper", "PhotoMaker"): not a surname
# beside an ordinary word in CamelCase.
_ENGLISH_DERIVED = re.compile(r"(?:er|ers|ing|ed|ion|ity|ness|ify|ize)$")


class HiddenNames:
    """Reads one token with the given-name rule's word lists (shared, not copied)."""

    def __init__(
        self, *, given: frozenset[str], split_given: frozenset[str], surnames: frozenset[str], common: frozenset[str],
        frequent_folded: frozenset[str], vocabulary: Container[str] = frozenset(),
    ) -> None:
        self._given = given
        self._split_given = split_given
        self._surnames = surnames
        self._common = common
        self._frequent_folded = frequent_folded
        self._vocabulary = vocabulary  # the ten languages' words down to once in a million (decision 0056)

    def _compound(self, word: str) -> bool:
        """The word is a word, then a frequent word of five letters or more that is no name: a compound of the
        languages that join their nouns ("annen|kirche", "marine|malerei", "martins|umzug"), not a surname after a
        given name ("marta|campo", "karel|konecny": the head is a given name and no English word)."""
        return any(
            (tail := word[cut:]) in self._frequent_folded and tail not in self._surnames and tail not in self._given
            and ((head := word[:cut]) in self._frequent_folded or head in self._common)
            and (head not in self._given or head in self._common)
            for cut in range(3, len(word) - 4)
        )

    def _vocabulary_compound(self, word: str) -> bool:
        """The word is two words of the ten languages' vocabulary (frequent or not), four letters or more each, neither a
        given name: a compound ("bodensee|schiff"), not a given name run into a surname ("boden|seeschiff"; session
        34). ``_compound`` needs a frequent head; "bodensee" is no frequent word."""
        return any(
            ((head := word[:cut]) in self._vocabulary or head in self._frequent_folded) and head not in self._given
            and ((tail := word[cut:]) in self._vocabulary or tail in self._frequent_folded) and tail not in self._given
            for cut in range(4, len(word) - 3)
        )

    def _named_after(self, word: str) -> bool:
        """A given name, the genitive "s" and a frequent word of four letters or more that is no name, the "s" and
        the word no surname either: a thing Dutch and German name after someone ("willems|toren", "annas|brug": session
        24), not "willem|sturm"."""
        return any(
            word[cut] == "s" and word[:cut] in self._split_given and (tail := word[cut + 1 :]) in self._frequent_folded
            and tail not in self._surnames and tail not in self._split_given and word[cut:] not in self._surnames
            for cut in range(MIN_SURNAME, len(word) - 4)
        )

    def read(self, original: str, span: tuple[int, int], word: str) -> tuple[str, str, str] | None:
        """One token hiding two names: a hashtag, CamelCase, letters joined from dots or spaces, or
        "<given><surname>" run together ("zoefelix")."""
        raw = original[span[0] : span[1]]
        hashtag = original[max(0, span[0] - 1) : span[0]] == "#"
        # CamelCase mixes cases; a word in capitals ("[RICHIESTA]", "SOLICITUD") is shouted, not two names
        camel = raw[:1].isupper() and any(c.isupper() for c in raw[1:]) and any(c.islower() for c in raw)
        # a fraction or a superscript ("querÃ¼gay", mojibake read as leetspeak) joins nothing (session 23)
        joined = any(not c.isalpha() and unicodedata.category(c) != "No" for c in raw)
        marked = hashtag or camel or joined
        if word in self._given and not marked:
            return None  # "Christina": one given name, not two names run together
        if not marked and word in self._frequent_folded:
            return None  # "karikatür", "iluminação": a word of one of the nine languages (round 17)
        if not joined and word in self._vocabulary:
            # "dettagliato", "#realistisch", "BarLume": a word, hashtagged or capitalised as a brand is (decision
            # 0056); letters spelt out one by one are hidden on purpose and still read
            return None
        if not marked and name_words.word_with_an_ending(word, self._common, self._frequent_folded):
            return None  # "dinosaury": a dictionary word with another language's ending; "kalendarza", a frequent one
        if name_words.DEMONYM.search(word) and not camel:
            return None  # "parisien", "#parisienne"
        if not marked and name_words.words_run_together(word, self._common):
            return None  # "starfox": two words of the dictionary run together, a compound (session 19)
        if not marked and self._compound(word):
            return None  # "annenkirche", "martinsumzug": a German or Dutch compound ending in a word (session 21)
        if not marked and self._vocabulary_compound(word):
            return None  # "bodenseeschiff": a compound of two words the vocabulary holds
        if not marked and self._named_after(word):
            return None  # "willemstoren": a tower named after Willem, not Willem Storen
        # CamelCase is cut where its capitals are ("ControlNet" is not "con trolnet"), when the fold kept
        # the length
        capitals = {i for i, c in enumerate(raw) if c.isupper()} if camel and len(raw) == len(word) else None
        for cut in range(min(len(word) - MIN_SURNAME, _MAX_PREFIX), MIN_SURNAME - 1, -1):
            head, tail = word[:cut], word[cut:]
            if not marked and tail in name_words.TOWN_WORDS:
                return None  # "Johannesburg", "Sophiatown": a town named after someone (round 17)
            if head not in self._split_given or tail in NOT_NAME_WORDS or (capitals is not None and cut not in capitals):
                continue
            if not marked and (name_words.SUFFIX_TAIL.match(tail) or tail.endswith(name_words.INFLECTED_ENDINGS) or name_words.DERIVED_ENDING.search(word)):
                continue  # "yağmur|luklu", "pari|sien": a word with its suffix, not a name
            if marked and (head not in self._common or tail not in self._common or tail in self._surnames) and (
                capitals is not None or tail in self._surnames or _TAIL_ONSET.match(tail)
            ):
                return head, tail, HIDDEN  # "#IrisVargas", "DonFletcher", "b.r.i.d.g.e.t g.r.o.s.s"
            if not raw.islower():
                continue  # "Brettspiel": a capitalised word run together is a noun, not two names
            if word in self._surnames:
                continue  # "thompson": one surname
            if (tail in self._surnames or surname_ending(tail)) and len(head) + len(tail) > 2 * MIN_SURNAME and (
                head not in self._common or len(head) >= 4
            ) and (tail in self._surnames or (len(head) >= 4 and not name_words.ADJECTIVE_ENDING.search(word))):
                # an ending alone is no surname after a three-letter head or in an adjective ("cha|leureux",
                # "gene|rická": round 16)
                # "edwincampbell", "oliviekubickova", "dojacat"; not two three-letter halves, which split words of
                # every language by chance ("liv|ros" is Portuguese "livros", round 16)
                return head, tail, HIDDEN
            if _ENGLISH_DERIVED.search(tail) and not surname_ending(tail):
                continue  # "maran|littlesighted", "norma|lierectened": run-together English words, no surname (session 23)
            if len(head) >= 4 and head not in self._common and 4 <= len(tail) <= 10 and name_words.SURNAME_ONSET.match(tail) and (
                tail not in self._common or len(head) >= 5
            ):
                # "wesleynoble", "floorwever": a given name, then a word that can start one ("rdgirl" cannot):
                # a name run together, if the text puts it where a person goes (the caller checks)
                return head, tail, IF_FRAMED
            if (
                len(head) >= 4 and len(tail) >= 5 and head not in self._common and tail not in self._common
                and not _DOUBLED_ONSET.match(tail) and lower_case_line(original, span, strict=True)
            ):
                return head, tail, WEAK  # "mathewparrish": plausibly a name; a moderator looks
        parts = camel_parts(raw) if camel else []
        if len(parts) > 2 and all(fold(p).text in name_words.PARTICLES for p in parts[1:-1]):
            parts = [parts[0], parts[-1]]  # "#MatsVanHeusden", "NovaDeJong": the particles belong to the surname
        if camel and len(parts) == 2 and len(parts[0]) >= 2 and len(parts[1]) >= MIN_SURNAME:
            first, second = (fold(p).text for p in parts)
            unknown = [w for w in (first, second) if w not in self._common]
            if second in self._surnames or len(unknown) == 2 or (unknown and not _ENGLISH_DERIVED.search(unknown[0])):
                # "#CletoRivas", "NadirMesbah", "#FerihanSarı": two capitalised words joined on purpose, one of
                # them no dictionary word ("ArtStation", "DreamShaper" are two words)
                return first, second, WEAK
        if joined and len(_TOKEN.findall(raw)) >= 4 and pronounceable(word):  # "C.l.e.t.o R.i.v.a.s": letters spelt out
            return word, "", WEAK
        return None

