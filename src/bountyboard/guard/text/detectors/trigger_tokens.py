"""People hidden in a trigger token: "(ccr4wf0rd-150:0.99)", "(( 1111r31nhart))", "ggadot woman",
"(zzendayaa:1.2)" (round 12, decision 0035).

DreamBooth and textual-inversion trainers make a person's trigger word rare on purpose, so the model learns it as
that one face: the name run together, in leetspeak, with the given name cut to its initial, a letter doubled
("ccr4wf0rd": Cindy Crawford; "zzendayaa": Zendaya), followed by the class word the trainer used ("ggadot
woman"). A token is read as a trigger only where one stands: it holds a leetspeak digit after its first letter,
opens with a doubled letter no word opens with, is followed by a class word ("woman", "man", "person", "girl",
"guy"), or stands alone in a
weighted parenthesis ("(x:1.2)", where only a listed person counts). ``TriggerReader`` then reads it, every "1"
as an "i" or an "l" and a doubled first or last letter once:

* a listed person's name run together ("lilireinhart", "cardib"): strong, a real person for the policy;
* one or two letters and a listed person's surname of five letters or more and no word, the letters being the
  initial of that person's given name (once or doubled) or of their two first names ("ccrawford"): strong;
* a Chinese name in pinyin (``text/pinyin.py``), a family name and one or two syllables ("jjingtian"), in a
  realistic prompt only (anime prompts load "hutao", "shenhe", "zhongli"): weak, blocked in a sexual prompt.

``ExtraNetworkDetector`` reads an add-on model's file name with the same reader.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import pinyin
from bountyboard.guard.text.detectors.base import RegistryIndex, ScanContext, SpanIndex
from bountyboard.guard.text.gazetteer import NOT_A_PERSON, Category, ListedName, NameMatcher

_TOKEN = re.compile(r"(?<![\w@#$])[a-z0-9]{5,24}(?![\w])")  # _MIN_TOKEN characters; the reader wants letters
_HAS_DIGIT = re.compile(r"\d")
_LEET_INSIDE = re.compile(r"[a-z][a-z0-9]*[013457]")  # a digit after a letter: "c4rd1b", not booru's "1woman"
_DOUBLED_START = re.compile(r"^([b-df-hj-km-np-tv-z])\1")  # "ggadot", "zzendayaa"; "llama", "eel", "ooze" are words
_CLASS_AFTER = re.compile(r"\s+(?:woman|man|person|girl|guy)\b")
_WEIGHTED_ALONE = re.compile(r"\(\s*$")
_WEIGHT_AFTER = re.compile(r"\s*(?:-\d+)?\s*:\s*\d")
_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t"}
_MIN_SURNAME = 5
_MIN_JOINED = 5
_MIN_TOKEN = 5
_MIN_ONE_WORD = 6  # a one-word stage name this long ("zendaya"); shorter ones are too often something else
_PERSON = (Category.PUBLIC | Category.PROTECTED).value
_NOT_A_PERSON = NOT_A_PERSON.value  # a plain int: IntFlag operators cost microseconds each


@dataclass(frozen=True, slots=True)
class Reading:
    entry: ListedName | None  # the listed person, or None for a name's shape only
    label: str


class TriggerReader:
    """Reads a trigger token as a listed person or a Chinese name; built once, shared by two detectors.

    Its tables are keyed with "1", "l" and "i" as one letter (``_fold``), so "1111r31nhart" meets "lili reinhart" in
    one look-up instead of one for each way to read its four "1"s: a 1 MB text of such tokens stays linear."""

    def __init__(self, gazetteer: NameMatcher, names: Iterable[ListedName], *, common_words: frozenset[str]) -> None:
        self._gazetteer = gazetteer  # every list, the open ones too: "(keqing:1.2)" is a character
        self._common = common_words
        surnames: dict[str, list[tuple[frozenset[str], ListedName]]] = defaultdict(list)
        joined: dict[str, ListedName] = {}
        for entry in names:
            words = entry.key.split()
            category = int(entry.category)
            if not category & _PERSON or category & _NOT_A_PERSON:
                continue
            if (len(words) >= 2 and len(entry.key) >= _MIN_JOINED) or (len(entry.key) >= _MIN_ONE_WORD and entry.key not in common_words):
                joined.setdefault(_fold("".join(words)), entry)  # "cardib", "zendaya"
            if len(words) < 2 or len(words[-1]) < _MIN_SURNAME or words[-1] in common_words:
                continue  # "1woman" is booru's count of women, not Isdal Woman
            heads = {words[0][0], words[0][0] * 2}
            if len(words) >= 3:
                heads.add(words[0][0] + words[1][0])
            surnames[_fold(words[-1])].append((frozenset(_fold(h) for h in heads), entry))
        self._surnames = dict(surnames)
        self._joined = joined

    def read(self, token: str, registry: RegistryIndex, *, shapes: bool = True) -> Reading | None:
        """The listed person or (``shapes``) the Chinese name ``token`` spells, or None."""
        if token in self._common:
            return None
        shape: Reading | None = None
        # A number closing the token is a version ("guofeng3") or leetspeak ("b3yonc3"): both readings.
        for written in dict.fromkeys((token.rstrip("0123456789"), token)):
            plain = "".join(_LEET.get(c, c) for c in written)
            if len(plain) < _MIN_TOKEN or not plain.replace("1", "").isalpha():
                continue
            for spelt in _spellings(plain):
                if spelt in pinyin.CULTURE_WORDS or any(
                    h.entry.category & NOT_A_PERSON for h in self._gazetteer.find(spelt) if h.start == 0 and h.end == len(spelt)
                ):
                    return None  # a character's, a style's or a culture word's model
                if entry := self._listed(spelt, registry):
                    return Reading(entry, entry.display)
                split = pinyin.family_first(spelt, lenient=True) if shapes else None
                if shape is None and split is not None:
                    shape = Reading(None, " ".join(split))
        return shape

    def _listed(self, spelt: str, registry: RegistryIndex) -> ListedName | None:
        folded = _fold(spelt)
        if entry := self._joined.get(folded):
            return entry
        for hit in registry.matcher.find(spelt):
            if hit.start == 0 and hit.end == len(spelt):
                return hit.entry
        for cut in (1, 2):
            for heads, entry in self._surnames.get(folded[cut:], ()):
                if folded[:cut] in heads:
                    return entry
        return None


def _fold(text: str) -> str:
    """"1", "l" and "i" as one letter: leetspeak writes both letters with a "1"."""
    return text.replace("1", "i").replace("l", "i")


def _spellings(plain: str) -> Iterator[str]:
    """Every "1" as "i", then as "l" (the lists and the pinyin shape read letters), each with a doubled first or last
    letter also written once: six spellings at most, whatever the token."""
    for spelt in dict.fromkeys((plain.replace("1", "i"), plain.replace("1", "l"))):
        trimmed_start = spelt[1:] if spelt[0] == spelt[1] else spelt
        trimmed_end = trimmed_start[:-1] if trimmed_start[-1] == trimmed_start[-2] else trimmed_start
        yield from dict.fromkeys((spelt, trimmed_start, trimmed_end))


class TriggerTokenDetector:
    name = "trigger-tokens"

    def __init__(self, reader: TriggerReader) -> None:
        self._reader = reader

    def detect(self, context: ScanContext) -> list[Signal]:
        base = context.norm.base
        taken = SpanIndex(context.taken)
        sexual = context.has_sexual
        readings: dict[tuple[str, bool], Reading | None] = {}  # a token repeated is read once
        out: list[Signal] = []
        text = base.text
        for m in _TOKEN.finditer(text):
            token = m.group(0)
            end = m.end()
            # A weighted token alone is often a character's tag ("(keqing:1.2)"): only a listed person there.
            marked = bool(
                (token[0] == token[1] and _DOUBLED_START.match(token)) or (_HAS_DIGIT.search(token) and _LEET_INSIDE.search(token))
                or (text.startswith(" ", end) and _CLASS_AFTER.match(text, end))
            )  # fmt: skip
            weighted = not marked and bool(
                _WEIGHT_AFTER.match(text, end) and _WEIGHTED_ALONE.search(text, max(0, m.start() - 4), m.start())
            )
            if not (marked or weighted):
                continue
            span = base.span(m.start(), end)
            if taken.overlaps(*span):
                continue
            key = (token, marked and context.real_life)  # read only when a marked token needs it
            if key not in readings:
                readings[key] = self._reader.read(token, context.registry, shapes=key[1])
            if (reading := readings[key]) is not None:
                out.append(reading_signal(context, span, reading, sexual=sexual))
        return out


def reading_signal(context: ScanContext, span: tuple[int, int], reading: Reading, *, sexual: bool, model: str | None = None) -> Signal:
    """A listed person's signal (strong), or a weak name shape that blocks in a sexual prompt; ``model`` names the
    add-on model whose file name was read."""
    text = context.norm.original[span[0] : span[1]]
    entry = reading.entry
    detail: dict[str, object] = {"trigger_token": True} if model is None else {"model": model}
    if entry is None:
        return Signal(kind=SignalKind.NER_PERSON, source="heuristic:trigger-pinyin", score=0.6, text=text, span=span,
            label=reading.label, detail={**detail, "sexual_context": sexual})  # fmt: skip
    if entry.category & Category.PROTECTED:
        return Signal(kind=SignalKind.PROTECTED_PERSON, source=entry.sources[0], label=entry.display, text=text,
            span=span, person_id=entry.person_id, detail={**detail, "verified": entry.verified})  # fmt: skip
    return Signal(kind=SignalKind.PERSON_NAME, source=entry.sources[0], label=entry.display, text=text, span=span,
        detail={**detail, "lists": list(entry.sources)})  # fmt: skip
