"""Names written as one token: "hazel_hale", "Jolene.Monroe", "selena_pendl", and lower-case names run
together where a request puts its subject ("margauddiaz en string", "need a lora for terencebooth").

``GivenNameDetector`` reads words; a name joined by ``_`` or ``.`` reads as two lower-case words on a
line that has capitals elsewhere, and a run-together name there needs a common given name and a place
that frames it. This detector takes what those rules leave:

* **joined** (strong: a real person for the policy): ``<given>_<surname>`` or ``<given>.<surname>``
  written as one token, the first part a known given name, the second three letters or more and no
  dictionary word unless a known surname ("rose_gold", "image_001", "alice_in_wonderland" are no names);
* **run together** (weak: review, or a block with sexual words near): a lower-case token of eight letters
  or more that no dictionary holds, split into a known given name and a tail that can begin a surname,
  opening a line or an item of tag soup, or after "for/of/de/von/di/van", and before a sexual word, a
  likeness frame, or the end of an item.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import fiction_frames, frames, named_things, roles
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.listed_context import PAINTING_MEDIUM
from bountyboard.guard.text.name_words import (
    NOT_NAME_WORDS,
    SURNAME_ONSET,
    TOWN_WORDS,
    frequent_compound,
    surname_ending,
    word_with_an_ending,
)
from bountyboard.guard.text.pair_frames import GERMANIC_ADJECTIVE

_JOINED = re.compile(r"(?<![\w.])([^\W\d_]{2,})[_.]([^\W\d_]{3,})(?![\w]|\.[^\W\d_])")
_TOKEN = re.compile(r"(?<![\w#@])[^\W\d_]{8,}(?![\w@])")
# How a surname can begin: name_words' consonant onset, or a vowel and a consonant ("Agostini", "Ogonek").
_ONSET = re.compile(SURNAME_ONSET.pattern + r"|[aeiouy][^aeiouy]")
_ITEM_START = re.compile(r"(?:^|[\n,:;(]|\b(?:for|of|de|du|des|von|di|da|do|van|voor|dla|pro|icin|per|para|mit|avec|con|com|z|ze|lora|model|checkpoint))\s*$")
# The end of a tag-soup item, a possessive, or a word that puts the subject in a scene or a role.
_ITEM_END = re.compile(r"(?:\s*[,;\n()]|\s+-\s|\s*$|\s+(?:en|in|im|na|no|sur|op|w|v|ve|de|met|mit|con|com|avec)\b)")
# A possessive or a role: "X's face", "X as a knight", "X jako hasič", "X olarak".
_SUBJECT_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:as|als|como|come|comme|jako|olarak|yuzuyle|yuzunu)\b|\s+[^\W\d_]+\s+(?:olarak|kiyafetiyle)\b)"
)  # Turkish puts the role before "olarak": "X itfaiyeci olarak"
# Endings of words, not names, in the languages a dictionary here covers least well.
# Round 10: Romance adverbs and nouns too ("totalmente", "fotografía", "illuminazione", "realismo").
_WORD_SUFFIX = re.compile(
    r"(?:ism|isme|ismus|ist|ian|ity|ite|tion|sion|ical|ics|ness|ment|ology|ography|able|ible|ive|ous|ing|art|ano|any|"
    r"ony|owany|ovany|mente|grafia|grafie|graphie|zione|ismo|"
    # session 38: the Polish and Slovak "-ism" ("surrealizm w stylu Jacka Yerki")
    r"izm|izmu|izmem|izmus|"
    # round 16: Dutch and German present participles ("slaapwandelende", "schlafwandelnde")
    r"ende|enden|ende[rn]|elnde|ernde)$"
)
_NEXT_WORD = re.compile(r"^\s+([^\W\d_]+)")
# A list of styles' heading, then a few names, each one word or two, before the word read (folded)
_STYLE_LIST_BEFORE = re.compile(
    r"\b(?:styles?|stiller|stile|stili|estilos?|styly|stijlen|stijl|stil|artists?|artistes?|artistas?|artisti|kunstler)\s*:"
    r"\s*(?:[^\W\d_]+(?:[ -][^\W\d_]+)?\s*,\s*){0,5}$"
)
_STYLE_LIST_REACH = 90
# Endings only surnames have in the languages of issue 8 (a word rarely ends so): Czech/Slovak -ová, Polish
# -ski/-ska/-wicz, Turkish/Azerbaijani -oğlu/-zadə, Russian -ov/-ova/-ev/-eva, Ukrainian -enko, Romanian -escu.
_STRONG_SURNAME_END = re.compile(r"(?:[^aeiouy]ova|ska|ski|sky|wicz|oglu|zade|yev|yeva|[^aeiouy]ov|[^aeiouy]eva|enko|escu|ovic)$")
_NEAR_SEXUAL = 80
# A name no given-name list splits ("riadrahmoune", "#vyanjanavig") is a name only where a request can put
# nothing else: after "portrait of" / "detailní portrét", or opening an item before a close-up, a dash on a
# LoRA's line, a possessive or role, a style it is drawn in, or a sexual word.
_HASHTAG = re.compile(r"(?<=#)[^\W\d_]{8,}(?![\w@])")
_PORTRAIT_BEFORE = re.compile(
    r"\b(?:portrait|portret|portre|retrato|ritratto|portrat|headshot|lora|lycoris|close up)(?: \w+)?(?: (?:of|de|d'|von|di|da|do|van|z))?\s*$"
)
_UNSPLIT_FRAME_AFTER = re.compile(
    rf"^(?:{frames.TAGS_AFTER_SUBJECT}"
    # round 5: a dash line trained on a number of photographs ("X - tenues de festival, 30 photos")
    r"|\s+[-–]\s+[^\n]{0,40}\b\d+ (?:photos|pics|fotos|foto'?s|foto s|fotek|fotky|fotografi\w*|zdjec\w*)\b"
    r"|\s+(?:al estilo de|in the style of|dans le style de|im stil|nello stile di|no estilo de|w stylu|ve stylu|in de stijl van|tarzinda)\b)"
)
_MIN_UNSPLIT = 9
_TITLES = roles.ROLE_WORDS | fiction_frames.DETECTIVE_TITLES  # in a case they are no names ("komisarza", "prezentera")
_TURKISH_LETTERS = re.compile(r"[şçğı]")
# English inflections a name rarely ends with ("plagraced", "lolstockings", "taneously"; "Ahmed" keeps its "-med").
_INFLECTION = re.compile(r"(?:[^m]ed|ings?|ers|ously|ically|fully|lessly)$")
_SHORT_WORD_GAP = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+){0,2}")  # "manelkaddour en lingerie", "X in een string": the sexual word comes next


class JoinedNameDetector:
    name = "joined-names"

    def __init__(
        self, given_names: frozenset[str], surnames: frozenset[str], common_words: frozenset[str],
        split_given_names: frozenset[str] | None = None, joined_given_names: frozenset[str] = frozenset(),
        frequent_words_folded: frozenset[str] = frozenset(), vocabulary_words: Container[str] = frozenset(),
    ) -> None:
        self._given = given_names
        # Joining two words on purpose is evidence enough that a name that is also a word is a name
        # ("hazel_winslow"); the surname still may not be a word.
        self._joined_given = given_names | joined_given_names
        # run-together tokens split only on a common given name ("olie|verf" is Dutch paint)
        self._split_given = given_names if split_given_names is None else split_given_names
        self._surnames = surnames
        self._common = common_words | NOT_NAME_WORDS
        # the frequent words of the nine other languages: "primavera" is spring, not "prima|vera" (round 20)
        self._frequent = frequent_words_folded
        # the ten languages' words down to once in a million: "dettagliato", "realistisch" (decision 0056)
        self._vocabulary = vocabulary_words

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        if context.names_fiction:
            return []
        base = norm.base.text  # folded, with "_" and "." still there
        taken = SpanIndex(context.explained + [s.span for s in context.signals if s.span and _person(s)])
        sexual_spans = context.sexual_spans
        sexual = SpanIndex(sexual_spans)
        found: list[tuple[tuple[int, int], str, str, bool]] = []
        skin = bool(frames.SKIN_DETAIL.search(norm.words.text))  # "photo of X, …, highly detailed skin" (round 5)
        for m in _JOINED.finditer(base):
            given, surname = m.group(1), m.group(2)
            if given not in self._joined_given or surname in NOT_NAME_WORDS:
                continue
            if surname in self._common and surname not in self._surnames:
                continue  # "rose_gold", "anna.jpg"
            if surname in {"jpg", "jpeg", "png", "webp", "gif", "safetensors", "ckpt", "txt", "json", "com", "org", "net"}:
                continue
            found.append((norm.base.span(*m.span()), given, surname, True))
        # a text that says its person is invented ("wymyślona ruda barmanka ... koronkowa bielizna": round 45) hides no name
        # in one of its words; a name joined by "_" or "." above is written on purpose
        invented = frames.INVENTED_WORD.search(norm.words.text) is not None
        for m in () if invented else _TOKEN.finditer(base):
            word = m.group(0)
            if (
                word in self._common or word in self._surnames or word in self._given or word in roles.NATIONALITIES
                or word in self._frequent or word_with_an_ending(word, self._frequent, _TITLES) or word in self._vocabulary
            ):
                # "nederlandse vrouw": a nationality is no "ned|erlandse" (round 16); "primavera" (round 20); "karikatura",
                # a frequent word with a case ending (session 17); "portret komisarza", a title in a case (session 26)
                continue
            raw = norm.original[slice(*norm.base.span(*m.span()))]
            if not raw.islower():
                continue  # capitalised or CamelCase tokens are GivenNameDetector's
            if _WORD_SUFFIX.search(word) or PAINTING_MEDIUM.fullmatch(word):
                continue  # "orientalism", "transylvanian", "liminality", "xilogravura": words a dictionary may lack
            if (ending := GERMANIC_ADJECTIVE.search(word)) and word[: ending.start()] in self._frequent:
                continue  # "sommer|lich": an adjective made from a frequent word; "liwia|plich" is a name (round 23)
            if (frequent_compound(word, frequent=self._frequent, given=self._given) or named_things.compound_place(word)) and not _TURKISH_LETTERS.search(raw):
                # a German or Dutch compound, a bridge or a street named after someone ("brienenoordbrug": session 36);
                # Turkish surnames are words joined ("sancakdurmuş", law of 1934)
                continue
            split = self._split(word)
            if split is not None and split[1] in TOWN_WORDS:
                continue  # "johannes|burg", "sophia|town": a town named after someone (round 17)
            if split is None and len(word) >= 10 and _STRONG_SURNAME_END.search(word):
                split = ("", word)  # "latafatcafarova", "sadiqildirimoglu": no known given name, a surname's end
            before = base[max(0, m.start() - 24) : m.start()]
            after = base[m.end() : m.end() + 48]
            if (head := _NEXT_WORD.match(after)) and head.group(1) in named_things.PLACE_AFTER_NAME:
                continue  # "kleopatra plajı", "ataturk caddesi": a place named after someone
            if _STYLE_LIST_BEFORE.search(base, max(0, m.start() - _STYLE_LIST_REACH), m.start()):
                continue  # "style: malczewski, fałat, wyspiański": artists listed after a style's heading (session 44)
            if skin and (frames.PHOTO_OF_BEFORE.search(before) or frames.PHOTO_OF_AFTER.match(after)) and len(word) >= _MIN_UNSPLIT:
                found.append((norm.base.span(*m.span()), *(split or (word, "")), False))
                continue
            if split is None:
                if self._unsplit_name(word, before, after, norm.base.span(*m.span()), sexual):
                    found.append((norm.base.span(*m.span()), word, "", False))
                continue
            portrait = bool(_PORTRAIT_BEFORE.search(before))  # "detailní portrét deziderskantar"
            if not (_ITEM_START.search(before) or portrait):
                continue
            span = norm.base.span(*m.span())
            framed = (
                portrait or sexual.overlaps(span[1], span[1] + 24) or bool(frames.LIKENESS_AFTER.match(after))
                or bool(frames.ACTION_AFTER.match(after)) or bool(_SUBJECT_AFTER.match(after))
                or bool(_UNSPLIT_FRAME_AFTER.match(after))
            )  # fmt: skip
            # Only opening an item ("zaczarowany las,"), the split itself must look like a name: a known
            # surname or a surname's ending, or a common given name of five letters or more.
            if not framed and not (
                (_ITEM_END.match(after) or self._function_word_next(after)) and self._good_split(*split)
            ):
                continue
            found.append((span, *split, False))
        for m in _HASHTAG.finditer(base):
            word = m.group(0)
            raw = norm.original[slice(*norm.base.span(*m.span()))]
            span = norm.base.span(*m.span())
            hashtag_before, hashtag_after = base[max(0, m.start() - 25) : m.start() - 1], base[m.end() : m.end() + 48]
            photo = skin and bool(frames.PHOTO_OF_BEFORE.search(hashtag_before) or frames.PHOTO_OF_AFTER.match(hashtag_after))
            if raw.islower() and word not in self._common and word not in self._given and word not in self._vocabulary and (photo or self._unsplit_name(
                word, hashtag_before, hashtag_after, span, sexual
            )):
                found.append((span, word, "", False))  # "portrait détaillé de #sahramalek"
        out: list[Signal] = []
        drawn = frames.drawn_fiction(norm.words.text)
        for span, given, surname, joined in found:
            if taken.overlaps(*span) or sexual.overlaps(*span):
                continue
            detail: dict[str, Any] = {"given_name": given, "surname": surname, "hidden": True}
            strong = joined and not drawn
            if drawn:
                detail["drawn_medium"] = True
            if strong:
                detail["corroborated"] = True
            if not drawn and sexual.overlaps(span[0] - _NEAR_SEXUAL, span[1] + _NEAR_SEXUAL):
                detail["sexual_context"] = True
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:joined-name" if joined else "heuristic:run-together-name",
                    score=0.8 if strong else 0.5, text=norm.original[span[0] : span[1]], span=span,
                    label=f"{given} {surname}", detail=detail,
                )
            )  # fmt: skip
        return out

    def _unsplit_name(self, word: str, before: str, after: str, span: tuple[int, int], sexual: SpanIndex) -> bool:
        """A long token no list splits, in a place only a person's name goes (weak: a moderator looks)."""
        if len(word) < _MIN_UNSPLIT or _WORD_SUFFIX.search(word) or _INFLECTION.search(word) or self._two_words(word):
            return False
        if _PORTRAIT_BEFORE.search(before):
            return True
        return bool(_ITEM_START.search(before)) and (
            bool(_UNSPLIT_FRAME_AFTER.match(after)) or bool(_SUBJECT_AFTER.match(after))
            or bool((gap := _SHORT_WORD_GAP.match(after)) and sexual.overlaps(span[1] + gap.end(), span[1] + gap.end() + 1))
        )

    def _two_words(self, word: str) -> bool:
        """"sunsetbeach", "cyberpunkcity": ordinary words run together, not a name."""
        return any(
            word[:cut] in self._common and (word[cut:] in self._common or self._two_words_tail(word[cut:]))
            for cut in range(2, len(word) - 2)
        )

    def _two_words_tail(self, tail: str) -> bool:
        return any(tail[:cut] in self._common and tail[cut:] in self._common for cut in range(2, len(tail) - 2))

    def _function_word_next(self, after: str) -> bool:
        """The next word is a short ordinary word ("al bar", "trinkt", "tomando"): the token opened a sentence."""
        m = _NEXT_WORD.match(after)
        return bool(m and m.group(1) in self._common)

    def _good_split(self, head: str, tail: str) -> bool:
        return not head or tail in self._surnames or surname_ending(tail) or (
            head in self._split_given and len(head) >= 5 and head not in self._common
        )

    def _split(self, word: str) -> tuple[str, str] | None:
        """The longest known given-name prefix (three letters or more) whose rest can be a surname."""
        for cut in range(min(len(word) - 3, 12), 2, -1):
            head, tail = word[:cut], word[cut:]
            common_head = head in self._split_given and (head not in self._common or len(head) >= 5)
            if not common_head and (head not in self._given or head in self._common or len(head) < 4):
                continue  # a rare given name splits only with four letters or more and no word of its own
            if tail in self._surnames or surname_ending(tail) or (
                len(tail) >= (4 if common_head else 5) and _ONSET.match(tail) and tail not in self._common
            ):
                return head, tail
            if common_head and len(head) >= 5 and len(tail) >= 4 and tail in self._common:
                return head, tail  # "terence|booth", "hazel|hale": a surname that is also a word
        return None


def _person(signal: Signal) -> bool:
    return signal.kind in (
        SignalKind.NER_PERSON, SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON, SignalKind.SOCIAL_PROFILE,
        SignalKind.STYLE_REFERENCE, SignalKind.FICTIONAL_CHARACTER,
    )  # fmt: skip
