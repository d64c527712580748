"""How strongly two words read as a person's name, from the word lists alone and the words around them.

The given-name rule (``given_names.py``) finds the pairs and reads the text around each one; this module says
whether "<word> <word>" is a name at all and how sure that is: strong (a known given name and a surname, or two
capitalised words no dictionary holds), weak (a moderator looks) or none. It knows the shipped given names and
surnames, the English dictionary, the frequent words of nine languages and the place words (moved here from the
given-name rule in session 20, when that module passed 600 lines).
"""

from __future__ import annotations

import re
from collections.abc import Container

from bountyboard.guard.text import frames, lexicons, name_words, pair_frames, roles
from bountyboard.guard.text.detectors.hidden_names import MIN_SURNAME, WEAK
from bountyboard.guard.text.letter_case import NEXT_CAPITALISED, SENTENCE_OPEN, lower_case_line
from bountyboard.guard.text.name_words import NOT_NAME_WORDS, UPPER, surname_ending, turkish_noun
from bountyboard.guard.text.normalize import View, fold
from bountyboard.guard.text.slavic_cases import place_in_a_case

STRONG = "strong"
_STRONG, _WEAK = STRONG, WEAK

_GIVEN_AND_HYPHEN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
# Words of a language whose folded spelling is a given name (session 22): Spanish "child", Portuguese "sister",
# "mother" and "hand" ("Nino", "Nina", "Irma", "Mae"; "mão junto à janela" is no "Mao": session 38), as written
_WORDS_THAT_FOLD_TO_NAMES = frozenset("niño niña niños niñas irmã irmãs mãe mão mãos".split())
_NAMES_ONLY_CAPITALISED = frozenset(
    # prepositions ("nude per rossetti", "sem nada")
    "per con sem sin dal als tra fra alla "  # session 20: "fotografia alla anselmo brunetti" (Alla is a given name)
    # round 11: words for a person ("Guy Ritchie", "Man Ray", "Boy George"; "a man recmming", "two guy thers" in
    # Six-CD's scrambled prompts)
    "man guy boy gal "
    # round 15: everyday words of a prompt: "luz cálida" (light in Spanish and Portuguese), "ich will riesige
    # regale" (German "want"), "sur son vélo" (French "his")
    "luz will son "
    # session 20: "nada raro" (nothing odd), "ça marche bien", "delante de la pizarra": words in lower case
    "nada marche delante".split()
)

# After a lower-case pair, words a person stands before: "nick saban holding ...", "troy landry from ...", "peter
# olawale wearing ...", "... in the rain" (with ``frames.ACTION_AFTER`` and the end of the tag; session 21)
_PERSON_AFTER = re.compile(r"^\s+(?:from|wearing|in)\b")
# A title of address right before a pair ("dona irene kettlesby", "pani ola wirrimbi"), on the folded names view
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(name_words.TITLES))})\.?\s+$")
# The case endings of Czech and Polish adjectives and a Czech possessive, folded ("Českých", "Wielkiego", "Nového",
# "Wolkerův"), a Polish feminine one ("ze Szklarskiej Poręby": session 35), and a Czech superlative ("Nejsvětější
# Trojice": session 26): no given name ends or begins so
_CASE_ADJECTIVE = re.compile(r"(?:ych|ymi|eho|ego|uv|[sc]kiej)$|^nej[^\W\d_]{3,}s[ie]$")


# "and" and a capitalised word, in the ten languages: a second person named beside the first
_AND_A_NAME = re.compile(rf"[ \t]+(?:and|et|y|e|und|en|i|a|ve|&)[ \t]+[{UPPER}]")


class NamePairs:
    """The word lists a pair is read against, and the reading."""

    def __init__(
        self, *, given: frozenset[str], rare: frozenset[str], surnames: frozenset[str], common: frozenset[str],
        frequent: frozenset[str], frequent_folded: frozenset[str], places: frozenset[str],
        vocabulary: Container[str] = frozenset(),
    ) -> None:
        self._given = given
        self._rare = rare
        self._surnames = surnames
        self._common = common
        self._frequent = frequent
        self._frequent_folded = frequent_folded
        # Countries, regions and cities ("jamaica", "verde"): after a long-tail given name in lower case, a town and its
        # country ("kingston jamaica") or a colour ("loden verde"), unless a surname too (session 20)
        self._places = places
        # the words of the ten languages' vocabulary (decision 0056): "friulana" is an adjective, no surname
        self._vocabulary = vocabulary

    def inflected(self, word: str) -> bool:
        """A lower-case word's ending makes it an inflected word, no surname: a Turkish case ("odasında"), a gerund
        ("quemando un libro") no list knows as a name."""
        return word.endswith(name_words.INFLECTED_ENDINGS) or (
            bool(name_words.GERUND.search(word)) and word not in self._surnames and word not in self._given
        )

    def words_of_a_language(
        self, raw: str, given: str, *, strength: str, caps: bool, sexual_text: bool, opens_line: bool
    ) -> bool:
        """A pair the frequent words of the nine languages say is no name (decision 0039; round 19); ``opens_line``: the
        pair opens its line, where a prompt puts its subject."""
        first = raw.lower().split()[0] if raw.split() else ""
        if first.endswith(("á", "ý")) and first in self._frequent:
            return True  # "zlatá hodina", "nová budova": a Czech adjective, no "Zlata" or "Nova" (no given name ends so)
        if caps or strength != _WEAK or (given in self._given and given not in self._rare):
            return False
        # "fotografia grande angular", "vieux marin, ciré jaune": two words of a language; so is a frequent word that is
        # no given name before its adjective ("casa excavada", "personagens gerados": session 21). In sexual text two
        # such words may be a name ("evrim keklik, sexy"), unless accents show they are written as words ("vlastní postava")
        # or no name list holds either of them
        words = fold(raw).text.split()
        words_of_a_language = self._ordinary_words(raw) or (
            given not in self._given and len(words) == 2 and self._noun_and_adjective(words[0], words[1])
        ) or (
            # "yeux émerveillés", "fútbol descalzo", "gelato stracciatella" inside a line: a frequent word that is no
            # given name, then a word no name list holds (session 26); not where the subject stands, nor in sexual text
            not opens_line and not sexual_text and given not in self._given and len(words) == 2
            and words[0] in self._frequent_folded and words[1] not in self._surnames and words[1] not in self._given
        )
        if words_of_a_language and sexual_text and raw.isascii():
            # session 38: in sexual text, only when no name list holds either word ("cabelo molhado, olhar selvagem",
            # "salotto parigino, corsetto"): "evrim keklik, sexy" is no pair of frequent words, and stays a name
            return all(
                (w in self._frequent_folded or w in self._vocabulary) and w not in self._given and w not in self._surnames
                for w in words
            )
        return words_of_a_language

    def _ordinary_words(self, raw: str) -> bool:
        """A lower-case pair written as words (no letters spelt out) whose first and last words are both
        frequent words of one of the nine languages: "longa exposição", "titanio ondulado" (round 17)."""
        words = raw.lower().split()
        return len(words) >= 2 and all(len(w) >= 3 and w in self._frequent for w in (words[0], words[-1]))

    def weighted_name(self, words: str) -> bool:
        """Two or three words of an attention weight that read as someone's name: no English word, a known given name
        or surname among them, and no Romance adjective last ("cara detallada"); two frequent words may be one ("torres garcía")."""
        parts = fold(words).text.split()
        return (
            len(parts) in (2, 3) and all(p.isalpha() and p not in self._common for p in parts)
            and any(p in self._given or p in self._surnames for p in parts)
            and not (pair_frames.ROMANCE_ADJECTIVE.search(parts[-1]) and parts[-1] not in self._surnames)
        )

    def _noun_and_adjective(self, first: str, second: str) -> bool:
        """A frequent word, then a word ending as Romance participles and adjectives do and no surname ("cara
        detallada", "pelle abbronzata"): a noun and its adjective, whatever given name the first word also is."""
        return first in self._frequent_folded and (
            second in self._frequent_folded or (bool(pair_frames.ROMANCE_ADJECTIVE.search(second)) and second not in self._surnames)
        )

    def _inflected_word(self, word: str) -> bool:
        """A frequent word of a language with a German or Dutch adjective's ending the frequent-word list lacks ("rotes",
        "schwarzes", "seidenes" from "rot", "schwarz", "seiden"); never a known given name ("jens" is no "jene")."""
        if word in self._given:
            return False
        for ending in ("es", "em", "er", "en"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3 and any(stem + e in self._frequent_folded for e in ("", "e", "en")):
                return True
        return False

    def _given_before_word_surname(self, first: str, second: str) -> bool:
        """A known given name that is no word of any language here ("terri"), then a surname that is an ordinary word
        too ("hall"): in lower case a name only where the text puts the person it depicts."""
        return (
            first in self._given and first not in self._common and first not in self._frequent_folded
            and second in self._surnames
        )

    def double_given_name(self, first: str, second: str) -> bool:
        """Two common given names joined by a hyphen ("Jean-Marc", "Anne-Marie", "Karl-Friedrich"): one given name."""
        return first in self._given and second in self._given and first not in self._rare and second not in self._rare

    def _second_of_a_hyphenated_given_name(self, original: str, span: tuple[int, int]) -> bool:
        """The pair's first word ends a compound given name: a known given name and a hyphen stand right before it."""
        joined = _GIVEN_AND_HYPHEN_BEFORE.search(original, max(0, span[0] - 24), span[0])
        return joined is not None and fold(joined.group(1)).text.lower() in self._given

    def hyphenated_name(self, given: str, surname: str) -> bool:
        """A lower-case hyphenated token that is a name written as one word, the evasion #8 lists ("ricarda-kowalski",
        "pauline-marchal-dubois"): a given name, then no common second given name ("anne-marie", "mary-jane shoes"),
        and a known surname after a long-tail given name. Compound nouns are capitalised or start with no name."""
        second_given = surname in self._given and surname not in self._rare
        return given in self._given and not second_given and (given not in self._rare or surname in self._surnames)

    def read(
        self, original: str, span: tuple[int, int], given: str, surname: str, *, caps: bool, noun_capitals: bool = False,
        sexual_next: bool = False, sexual_text: bool = False,
    ) -> str | None:
        """How strongly "<word> <word>" reads as a person's name; None when it does not.

        ``noun_capitals``: the text is German, where every noun is capitalised ("Helles Holz"), so two
        capitalised words are a name only when the first is a known given name. ``sexual_next``: a sexual word
        follows the pair right away ("cassandre beaugrand nue")."""
        if len(surname) < MIN_SURNAME or surname in NOT_NAME_WORDS or given in NOT_NAME_WORDS:
            return None
        if frames.MOVEMENT.fullmatch(surname):
            return None  # "post-impressionnisme", "neo-expressionism": a painting movement (round 20)
        if not caps and self.inflected(surname):
            return None  # "otel odasında": a Turkish noun with its case ending
        if not caps and turkish_noun(original[span[0] : span[1]]):
            return None  # "köfteci yusuf tabelası", "ipek sabahlık": a Turkish noun, its possessive or "-lık" (session 34)
        if surname in lexicons.NOT_PERSON_HEADS and surname not in self._surnames:
            return None  # "Karmine Corp": a company; "Noah Fox", "Lauryn Hill" keep their known surnames
        if not caps and given in _NAMES_ONLY_CAPITALISED and not self._second_of_a_hyphenated_given_name(original, span):
            # "nude per rossetti", "a man walking", "luz cálida": in lower case the word, not the name; but "jean-guy
            # bouchard" is a compound given name and its surname (session 22)
            return None
        if len(given) < 3 and not caps:
            return None  # "ao estilo", "w koronie": short words are names only when capitalised ("Al Pacino")
        raw = original[span[0] : span[1]]
        if raw.split(maxsplit=1)[0].lower() in _WORDS_THAT_FOLD_TO_NAMES:
            return None  # "niña guatemalteca", "niño paraguayo": written with its diacritic, the word, not Nina or Nino
        if pair_frames.ACRONYM_END.search(raw):
            return None  # "Licencia CC0", "Flux SDXL": an acronym, not a surname
        # "slavko_situm": a handle is written in lower case anywhere; so are a name in leetspeak ("p4olo s0ttocorona"),
        # an evasion on purpose, and a name weighted as a prompt's tag ("(piotr myszka:1.3)": round 21)
        handle = bool(pair_frames.HANDLE_JOIN.fullmatch(raw)) or (
            given in self._given and given not in self._rare and len(surname) >= 4 and surname not in self._common
            and (bool(pair_frames.LEET_WORD.search(raw)) or (
                # weighted: a style as often as a subject, unless sexual words follow it
                sexual_next and not self._noun_and_adjective(given, surname)  # "(cara detallada:1.2)": a detailed face
                and original[max(0, span[0] - 1) : span[0]] == "(" and bool(pair_frames.WEIGHT_AFTER.match(original, span[1]))
            ) or (  # a tag of its own in sexual text: ", melissa naschenweng, pinke lederhose" (round 21)
                sexual_text and not {given, surname} & self._frequent_folded and pair_frames.tag_of_its_own(original, span)
            ))
        )
        def role_aside() -> bool:
            # Asked only when the line's capitals would end the pair: the role pattern is long, and pairs are many.
            if given not in self._given or surname in self._common or any(c.isupper() for c in raw):
                return False
            if given in self._rare and surname in self._frequent_folded:
                return False  # a long-tail name before a word of a language ("bosco incantato") is no name
            # a likeness asked for counts beside a given name that is a word of a language too ("pieter") opening a
            # line, when the word after it is no word of any list ("pieter omtzigt als middeleeuwse ridder": session 23)
            unknown_after = (
                surname not in self._frequent_folded and surname not in self._given and surname not in self._places
                and pair_frames.opens_a_line(original, span)
            )  # fmt: skip
            return pair_frames.says_who_beside(original, span, likeness=given not in self._frequent_folded or unknown_after)

        opening_subject = not caps and not handle and self._subject_opening_a_line(original, span, given, surname)
        if not caps and not handle and (any(c.isupper() for c in raw) or not (
            # a prompt's opening tag keeps its lower case whatever capitals its other tags copy; a word of a
            # language there is the scene ("costa vasca, puerto pesquero, ..."), not a surname
            lower_case_line(original, span) or (pair_frames.opening_tag(original, span) and surname not in self._frequent_folded)
            or opening_subject
        )) and not role_aside():
            return None  # where the writer uses capitals, a name has them ("Romeo vestito" is not a name)
        if caps and given not in self._given and surname in self._given and surname not in self._rare and (
            SENTENCE_OPEN.search(original, max(0, span[0] - 8), span[0])
            # ... and so is a word of a language before two given names joined ("Couverture Paul et Virginie": session 23)
            and (NEXT_CAPITALISED.match(original, span[1]) or (given in self._frequent_folded and _AND_A_NAME.match(original, span[1])))
        ):
            # "Vorrei Livia Burlando", "Copertina Julia Kendall": a sentence's first word is capitalised whatever it
            # is; before a given name and its surname it is a word, not a surname written first (round 16).
            # "Kamilly Jesus fazendo topless" keeps its surname that is also a given name.
            return None
        if caps and given not in self._given and given in self._frequent_folded and surname in self._given and (
            surname not in self._rare and surname not in self._surnames
        ):
            # "Fatemi Paolo Sottocorona": a word of a language, then a given name no surname list holds, is no surname
            # written first; the given name pairs on with what follows (session 21)
            return None
        if caps and given not in self._given and place_in_a_case(fold(original[max(0, span[0] - 6) : span[0]]).text, given, surname):
            return None  # "w Beskidzie Niskim", "v Českém Ráji": a place in a case (session 17)
        if caps and given.endswith("er") and given not in self._given and pair_frames.GERMAN_ARTICLE_BEFORE.search(
            fold(original[max(0, span[0] - 8) : span[0]]).text
        ):
            return None  # "im Husumer Hafen", "an der Solothurner Fasnacht": a German adjective of a place
        # a long-tail given name as the surname after a common given name that is a word ("mark selby") stands where a
        # person does: ending its tag, doing or wearing something, "from" or "in" somewhere, never before a noun ("sweet
        # lolita dress"); read only for such a pair (pairs are many)
        rare_surname = not caps and surname in self._rare and given in self._common and "-" not in raw and bool(
            name_words.ALONE_AFTER.match(after := fold(original[span[1] : span[1] + 40]).text)
            or frames.ACTION_AFTER.match(after) or _PERSON_AFTER.match(after)
        )
        strength = self._pair_strength(
            given, surname, caps=caps, noun_capitals=noun_capitals, rare_surname=rare_surname, sexual_text=sexual_text
        )
        if strength is None and pair_frames.spelt_out(raw):
            strength = _WEAK  # "s i v  n g e s i": two words spelt out letter by letter hide a name on purpose (round 17)
        if not caps and not handle and strength == _WEAK and not lower_case_line(original, span, strict=True) and not role_aside() and not (
            sexual_next and lower_case_line(original, span)  # "Qqn peut faire cassandre beaugrand nue ?" (round 20)
        ) and not opening_subject:
            return None  # a line with acronyms or a capitalised first word: only a sure name counts in lower case
        return strength

    def _pair_strength(
        self, given: str, surname: str, *, caps: bool, noun_capitals: bool, rare_surname: bool = False,
        sexual_text: bool = False,
    ) -> str | None:
        """Strong, weak or no name, from what the lists know of the two words; ``rare_surname``: a long-tail given name
        may be the surname here (the words after the pair are a person's); ``sexual_text``: the text is sexual."""
        given_word, surname_word = given in self._common, surname in self._common
        if not caps and surname in self._places and given in self._rare and surname not in self._surnames:
            return None
        if not caps and self._coloured_thing(given, surname):
            return None
        if given in self._places and surname in self._places:
            return None  # "Buenos Aires", "Puerto Rico", "san juan": a place of two place words, in any case
        if surname in self._places and given in self._frequent_folded and (given not in self._given or given in self._rare):
            return None  # "Eski İstanbul", "Alta Bergamo": a word of a language before a place (session 26)
        known_surname = surname in self._surnames or (not surname_word and surname_ending(surname))
        if given in self._rare and surname_word:
            # "thompson fighting": never in lower case; "Terence Booth" capitalised is a name, or a title
            return _WEAK if caps and not noun_capitals else None
        if given in self._rare and not caps:
            # "bosco incantato": in lower case a long-tail name is as often a word of a language no
            # dictionary here holds, so a moderator looks; one that is a frequent word of a language is that word
            # before a word no list holds ("siyah konturlar", "roda de capoeira": session 22), but in sexual text
            return None if given in self._frequent_folded and not known_surname and not sexual_text else _WEAK
        # known_surname: a listed surname, or a word no dictionary holds that ends like a surname ("Langerová").
        if given in self._given and not given_word:  # "Bridget", "Mateusz"
            if not surname_word or known_surname or caps:
                return _STRONG
            # "bridget gross": a name, or a word after a name; not a verb's form ("jennifer stop", "jill going": session 19)
            return None if surname in name_words.VERBS_AFTER_A_SUBJECT or name_words.VERB_ENDING.search(surname) else _WEAK
        if given in self._given:  # "Grace", "Rose", "Faith": names that are also words
            if caps and (not surname_word or known_surname):
                return _STRONG
            if not caps and not surname_word and (
                surname not in self._given or surname in self._surnames
                or (surname in self._rare and rare_surname and given not in name_words.ARTICLES)  # "einer harley"
            ):
                # "ruth lorenzo": a surname that is a given name too; "mark selby", "nick saban": a long-tail given
                # name after a common one is as often a surname (session 21), not joined by a hyphen ("harley-davidson")
                return _WEAK
            return None
        if _CASE_ADJECTIVE.search(given) and (caps or not given.endswith("ego")):  # lower case too: "z českého krumlova"
            return None  # "z Českých Budějovic", "Wielkiego Księstwa": a Czech or Polish adjective in a case (round 21)
        if caps and not given_word and not surname_word and len(given) >= MIN_SURNAME and not noun_capitals:
            return _STRONG if known_surname else _WEAK  # "Olgierd Flisek": two capitalised non-words
        if caps and noun_capitals and not given_word and known_surname and len(given) >= MIN_SURNAME:
            if given.endswith("er") and given not in self._rare:
                return None  # "Branitzer Park", "Berliner Hinterhof": a German adjective of a place (round 23)
            return _STRONG  # German: "Ortwin Hartmann"; a capitalised noun rarely ends like a surname
        if (
            not caps and (surname in self._surnames or (
                known_surname and not name_words.ADJECTIVE_ENDING.search(surname) and surname not in self._frequent_folded
            ))
            and not given_word and not surname_word and len(given) >= MIN_SURNAME
            and not name_words.ADJECTIVE_ENDING.search(given)  # "funkcionalistická budova": an adjective, then its noun
            and given not in self._frequent_folded  # "vieux berger", "oktoberfest zelt": a word of a language, then a noun
        ):
            # "ruy zapata" in tag soup: an unknown word before a known surname. The Polish and Czech endings
            # that adjectives share are not enough here ("latarnia morska", "futuristická ulička").
            return _WEAK
        return None

    def german(self, text: str, start: int, end: int, first: str, second: str) -> str | None:
        """German capitalises nouns, so two capitalised unknown words are a name only where a request puts
        its subject: opening a line or after "Porträt von", and followed by what a person does ("Ariane
        Bender beim Bergsteigen", "Uli Hoeneß im Stil der Simpsons", "Porträt von Ortrun Kalb als Ritter").
        Weak: a moderator looks."""
        if min(len(first), len(second)) < MIN_SURNAME or first in self._common or second in NOT_NAME_WORDS:
            return None
        if name_words.frequent_compound(first, frequent=self._frequent_folded, given=self._given):
            return None  # "Winterbild Tarrawong": a compound noun is no given name (session 46; a surname may be one)
        before, after = text[max(0, start - 48) : start], text[end : end + 48]
        opens = not before.strip() or before.rstrip(" ").endswith(("\n", ":"))
        framed = bool(frames.LIKENESS_BEFORE.search(before) or pair_frames.LORA_BEFORE.search(before))
        return _WEAK if (opens or framed) and pair_frames.GERMAN_PERSON_AFTER.match(after) else None

    def _word_of_a_language(self, first: str, second: str) -> bool:
        """Either word is a word of one of the ten languages (down to once in a million, or frequent), and no known given
        name or surname where it stands."""
        return (
            (first in self._vocabulary or first in self._frequent_folded) and first not in self._given
        ) or ((second in self._vocabulary or second in self._frequent_folded) and second not in self._surnames)

    def _coloured_thing(self, first: str, second: str) -> bool:
        """A lower-case colour after a word that is no common given name: a thing and its colour ("ciré jaune",
        "marea roja"), unless a surname list holds the colour ("Blanco")."""
        return second in name_words.COLOUR_WORDS and second not in self._surnames and (
            first not in self._given or first in self._rare
        )

    def _subject_opening_a_line(self, original: str, span: tuple[int, int], given: str, surname: str) -> bool:
        """A known given name that is no English word, then a word no language holds (or a listed surname after a name
        that is a word of one: "lisa", Polish for a fox's), opening a line: where a prompt puts its subject, whatever
        capitals its later tags copy ("lisa leblanc assise sur une galerie à Rosaireville", "anais bourdarios meteo
        cahors ... Lot, NSFW": round 41)."""
        known_surname = surname in self._surnames
        return (
            given in self._given and given not in self._common and (given not in self._frequent_folded or known_surname)
            and len(surname) >= 4 and surname not in self._common and surname not in self._frequent_folded
            and surname not in self._places and (known_surname or (surname not in self._given and surname not in self._vocabulary))
            and pair_frames.opens_a_line(original, span)
        )  # fmt: skip

    def framed_lower(
        self, original: str, text: str, view: View, start: int, end: int, first: str, second: str, *, sexual_next: bool,
        skin: bool,
    ) -> str | None:
        """Tag soup: two lower-case words no dictionary holds, framed as someone depicted ("lora claudine
        guichard", "porträt von oswald pechel") or opening the line before a sexual or action phrase
        ("sante gianvecchio nuda sul letto"): a weak name, for a moderator."""
        if self._coloured_thing(first, second) or first in NOT_NAME_WORDS or second in NOT_NAME_WORDS:
            return None
        if turkish_noun(original[slice(*view.span(start, end))]):
            return None
        before, after = text[max(0, start - 48) : start], text[end : end + 48]
        if min(len(first), len(second)) >= 3 and second in self._common and self._given_before_word_surname(first, second) and (
            frames.LIKENESS_BEFORE.search(before) or frames.LIKENESS_AFTER.match(after)
        ) and lower_case_line(original, view.span(start, end), strict=True):
            # "photo portrait of terri hall, no clothes": a given name that is no word, then a surname that is also one,
            # where the text puts the person it depicts (round 21)
            return _WEAK
        if min(len(first), len(second)) < 3 or second in self._common:
            return None
        if (
            first in self._given and first not in self._common and len(second) >= 4 and second not in self._frequent_folded
            and _TITLE_BEFORE.search(before)
        ):
            # a title of address before a lower-case given name and surname, in any line: a writer who capitalises the
            # town may still write the person in lower case ("..., de Tarrawong, dona irene kettlesby": session 46)
            return _WEAK
        opens = not before.strip() or before.rstrip(" ").endswith(("\n", ",", ":"))
        # Round 5: a known given name opening the line right before sexual words is a name in lower case even
        # when it is also a word ("peter olawale wearing nothing but a thong") or the line capitalises its
        # nouns ("barbara schoeneberger nackt, wie ein geleaktes Foto": German capitals are no name's).
        # Round 5: "photo of peace oshodi, bokeh, dslr, highly detailed skin": a photo of someone whose skin the
        # prompt details is a person, whatever the first word also means.
        skin_photo = skin and bool(
            frames.PHOTO_OF_BEFORE.search(before) or frames.PHOTO_OF_AFTER.match(after)
        )
        if skin_photo and second not in self._given and len(second) >= 4:
            return _WEAK
        given_opens_sexual = (
            first in self._given and opens and sexual_next and (second not in self._given or second in self._surnames)
            and " " in original[slice(*view.span(start, end))]  # "selena_pendlmayr" is the joined-name rule's
        )  # fmt: skip
        if (
            opens and len(first) >= 3 and len(second) >= 4 and (first not in self._common or first in self._given)
            and second not in self._common and second not in self._frequent_folded
            and (roles.ROLE_AFTER.match(after) or roles.ROLE_ASIDE_AFTER.match(after))
            and lower_case_line(original, view.span(start, end))
        ):
            # "gus greensmith, rally driver": a tag of two words no dictionary holds, a short given name first, with a
            # public role right after it (session 26); a broadcaster's acronym may follow the role ("tatana mikova,
            # moderatorka pocasi CT": session 30)
            return _WEAK
        if (
            first in self._common or min(len(first), len(second)) < 4 or pair_frames.GERMANIC_ADJECTIVE.search(first)
            or self._inflected_word(first)
        ) and not given_opens_sexual:
            # "riesige supermarktregale", "prachtige molens": an adjective and its noun (session 17); "rotes kleid",
            # "seidenes negligé": a frequent word with a German ending (session 25)
            return None
        if not lower_case_line(original, view.span(start, end), strict=True) and not given_opens_sexual:
            return None
        framed = bool(
            frames.LIKENESS_BEFORE.search(before) or frames.SUBJECT_BEFORE.search(before)
            or pair_frames.LORA_BEFORE.search(before) or frames.LIKENESS_AFTER.match(after)
            or pair_frames.PORTRAIT_BEFORE_MORE.search(before) or (opens and pair_frames.PERSON_AFTER_MORE.match(after))
            or roles.ROLE_AFTER.match(after)  # "lonneke vermolen, volleybalster, ...": a role says who (round 16)
            or roles.ROLE_ASIDE_AFTER.match(after)  # ... with its country or kind before it ("botswana sprinter": round 23)
        )  # fmt: skip
        # A close-up tag follows "vieux pêcheur" as readily as a name, and no dictionary here holds every
        # noun of nine languages: such a pair goes to a moderator (weak), which costs less than a missed person.
        framed = framed or bool(opens and pair_frames.TAGGED_AFTER.match(after))
        if not framed and opens and sexual_next and before.strip() and self._word_of_a_language(first, second):
            # a later tag of two words of a language before sexual words is what someone wears or how she looks
            # ("..., obcisła sukienka, zmysłowe spojrzenie", "..., teplá lampa, smyslná nálada"); a name opening the text
            # keeps its reading ("kasia wrzosińska, sexy, ...": session 44)
            return None
        return _WEAK if framed or (opens and sexual_next) else None
