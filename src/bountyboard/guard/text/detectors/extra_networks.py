"""Add-on models named after a person: ``<lora:liYitongChinese_v10:0.7>``, ``<lyco:sxz-ashley-graham>``,
``<lora:maja:1>`` in a photograph (round 12, decision 0035).

A LoRA or embedding trained on someone's photos is their likeness, so the file name is read as the prompt's
subject, once the uploader's habits are undone (``text/extra_networks.py``):

* a listed person (strong: the policy asks for consent, and blocks with sexual words anywhere in the prompt);
* a Chinese name in pinyin (``text/pinyin.py``): weak, so review, and a block in a sexual prompt;
* the file's name read as a trigger token (``trigger_tokens.TriggerReader``: "kmb4pp3_v3", "ggadot_lora");
* a real idol group's name and another word ("aespaKarina", "twiceNayeon"): a member's model, strong, as in a
  sentence (``idol_groups``; session 19);
* a known given name and a word no dictionary holds ("miaKhalifa") in a realistic prompt, or two such words in
  CamelCase and nothing else ("suzuHirose"; not a sexual concept's "SideAnal", nor "epiNoiseoffset", two words run
  together): weak, and a block in a sexual one. Drawn prompts load characters' models named the same way
  ("kallenStadtfeld", "emaAizawa");
* a given name alone in a photographic prompt: weak, and only review even when sexual (an invented
  "AI model" persona is named the same way);
* a word no dictionary holds and a public role ("seavey_musher", "vrendel_rapper"): weak, and a block in a sexual
  prompt (session 26).

A file name that holds a listed character, artist or thing is that character's or style's model ("huTao",
"by_wlop"), and names no person.
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text import frames, name_words, pinyin, roles
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.detectors.idol_groups import GROUPS, NOT_MEMBER
from bountyboard.guard.text.detectors.trigger_tokens import Reading, TriggerReader, reading_signal
from bountyboard.guard.text.extra_networks import ExtraNetwork, extra_networks
from bountyboard.guard.text.gazetteer import NOT_A_PERSON, Category, NameMatcher

_PERSON = Category.PUBLIC | Category.PROTECTED
# The 48 and 46 groups as a file's name writes them once its digits are cut ("nogizaka", "akb"); long stems only.
_GROUP_STEMS = frozenset(
    g.rstrip("0123456789") for g in GROUPS if g[-1].isdigit() and " " not in g and len(g.rstrip("0123456789")) >= 6
)
_SEPARATED = re.compile(r"[^\W\d_][_\s-]+[^\W\d_]")  # words of a file name joined by a separator, not by capitals
# One word in lower case, an uploader's version or digits after it ("ruthhalloran", "ruthhalloran2")
_ONE_LOWER_CASE_WORD = re.compile(r"[a-z]+[0-9]*")
_LONG_WORD = 5  # "mulan" alone makes "huaMulan" a character's model; "mia" alone does not make "miaKhalifa" one


class ExtraNetworkDetector:
    name = "extra-networks"

    def __init__(
        self, gazetteer: NameMatcher, reader: TriggerReader, *, common_words: frozenset[str], given_names: frozenset[str]
    ) -> None:
        self._gazetteer = gazetteer
        self._reader = reader
        self._common = common_words
        self._given = given_names

    def detect(self, context: ScanContext) -> list[Signal]:
        networks = extra_networks(context.norm.original)
        if not networks:
            return []
        taken = SpanIndex(context.taken)
        sexual = context.has_sexual
        words_text = context.norm.words.text
        photographic = bool(frames.PHOTOGRAPHIC_CUES.search(words_text))
        real_life = context.real_life
        fiction = context.names_fiction
        sexual_in_names = SpanIndex(context.sexual_spans)
        out: list[Signal] = []
        for network in networks:
            # a CamelCase file name is this rule's to read: the name detectors after it would read "<lora:PovBlowjob>" or
            # "<lora:FilmVelvia2>" as a given name and a surname; "jeanne_barseghian" stays theirs too (session 19)
            given_and_surname = self._given_and_surname(network.words)
            if not _SEPARATED.search(network.name) and not given_and_surname and (
                sexual or not _ONE_LOWER_CASE_WORD.fullmatch(network.name)
            ):
                # "MilaAzul", a given name and a surname, stays theirs; so does one lower-case word, which the given-name
                # rule splits as it splits "ruthhalloran" in a sentence (session 39: "<lora:ruthhalloran:0.7> portrait"
                # was allowed). Not in sexual prompts, whose one-word models are characters' and concepts' ("manaka1",
                # "asanuggy3": Six-CD's prompts)
                context.explained.append(network.span)
            if not network.words or taken.overlaps(*network.span):
                continue
            text = " ".join(network.words)
            span = network.span
            hits = self._gazetteer.find(text) + context.registry.matcher.find(text)
            # A person counts by a whole name (two words or more, or the file's only word): "bustCupCumInBetweenBooba"
            # is no rapper's model. A character or a style also counts by one long word ("huaMulan").
            whole = [h for h in hits if " " in h.entry.key or len(network.words) == 1]
            people = [h for h in whole if h.entry.category & _PERSON and not h.entry.category & NOT_A_PERSON]
            if not people and (
                any(h.entry.category & NOT_A_PERSON for h in whole)
                or any(h.entry.category & NOT_A_PERSON and len(h.entry.key) >= _LONG_WORD for h in hits)
                or "".join(network.words) in pinyin.CULTURE_WORDS
            ):
                context.explained.append(span)  # a character's or a style's model: the name-shape rules leave it
                continue
            if people:
                entry = max(people, key=lambda h: h.end - h.start).entry
                out.append(reading_signal(context, span, Reading(entry, entry.display), sexual=sexual, model=network.name))
            elif member := self._group_member(network.words):
                out.append(_shape(context, network, "idol-group", member, sexual_context=sexual, corroborated=True))
            elif fiction:
                continue  # "<lora:weiWuxian>, from the donghua": a character's
            elif name := pinyin.chinese_name(network.words):
                out.append(_shape(context, network, "pinyin", name, sexual_context=sexual))
            elif network.stem and (reading := self._reader.read(network.stem, context.registry, shapes=real_life)):
                out.append(reading_signal(context, span, reading, sexual=sexual, model=network.name))
            elif real_life and (pair := given_and_surname or (
                not sexual_in_names.overlaps(*span) and self._two_unknown_words(network)
            )):  # "Creampie_cumdripV1", "SideAnal": a sexual concept's model, not someone's
                out.append(_shape(context, network, "given-surname", pair, sexual_context=sexual))
            elif holder := self._name_and_role(network.words):
                out.append(_shape(context, network, "role", holder, sexual_context=sexual))
            elif (
                photographic and len(network.words) == 1 and network.words[0] in self._given
                and network.words[0] not in self._common
            ):  # fmt: skip
                out.append(_shape(context, network, "given", network.words, sexual_context=False))
        return out

    def _group_member(self, words: tuple[str, ...]) -> tuple[str, str] | None:
        """A real idol group's name and one more word in the file's name ("aespaKarina", "twiceNayeon",
        "nanaseNishino_nogizaka"): a member's model, as the group beside a name says in a sentence (session 19)."""
        for size in (3, 2, 1):
            for at in range(len(words) - size + 1):
                group = " ".join(words[at : at + size])
                if group not in GROUPS and group not in _GROUP_STEMS:
                    continue
                rest = [w for w in words[:at] + words[at + size :] if w not in NOT_MEMBER and w not in self._common]
                if rest and all(len(w) >= 3 for w in rest):
                    return group, " ".join(rest)
        return None

    def _two_unknown_words(self, network: ExtraNetwork) -> tuple[str, str] | None:
        """Two capitalised halves that no dictionary holds, the file's only words ("suzuHirose", "kaykaiSalaider"):
        in a realistic prompt, a person's model as often as a given name and a surname are (session 19)."""
        words = network.words
        if len(words) == 2 and all(
            len(w) >= 3 and w not in self._common and not name_words.words_run_together(w, self._common) for w in words
        ) and any(
            c.isupper() for c in network.name[1:]
        ):
            return words[0], words[1]
        return None

    def _name_and_role(self, words: tuple[str, ...]) -> tuple[str] | None:
        """A word no dictionary holds and a public role, the file's only words ("seavey_musher", "kowalska_rapperka"):
        a model of whoever holds that role, in any medium (session 26)."""
        if len(words) != 2 or not (words[0] in roles.ROLE_WORDS) ^ (words[1] in roles.ROLE_WORDS):
            return None
        name = words[1] if words[0] in roles.ROLE_WORDS else words[0]
        return (name,) if len(name) >= 4 and name not in self._common and name not in roles.NATIONALITIES else None

    def _given_and_surname(self, words: tuple[str, ...]) -> tuple[str, str] | None:
        """A known given name and a word no dictionary holds after it ("mia", "khalifa"; not "add", "detail")."""
        for given, surname in zip(words, words[1:], strict=False):
            if given in self._given and given not in self._common and len(surname) >= 3 and surname not in self._common:
                return given, surname
        return None


def _shape(
    context: ScanContext, network: ExtraNetwork, kind: str, name: tuple[str, ...], *, sexual_context: bool,
    corroborated: bool = False,
) -> Signal:
    """Weak evidence: a file name with a name's shape only; or, beside a real group's name, strong (``corroborated``)."""
    span = network.span
    detail: dict[str, object] = {"model": network.name, "sexual_context": sexual_context}
    if corroborated:
        detail["corroborated"] = True
    return Signal(kind=SignalKind.NER_PERSON, source=f"heuristic:model-name-{kind}",
        score=0.8 if corroborated else 0.6 if sexual_context else 0.4,
        text=context.norm.original[span[0] : span[1]], span=span, label=" ".join(name), detail=detail)  # fmt: skip
