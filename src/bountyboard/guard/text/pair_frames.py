"""Where a pair of words is a person's name: the frames, tags and shapes around a pair that the given-name rule
(``detectors.given_names``) reads, in the languages ``frames`` covers less; split from it in round 21 when it grew past
600 lines. Folded text unless a pattern says it reads the original."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bountyboard.guard.text import frames, roles
from bountyboard.guard.text.normalize import View, fold
from bountyboard.guard.text.slavic_cases import PLACE_PREPOSITIONS

if TYPE_CHECKING:  # the detectors import this module; only the type is read from theirs
    from bountyboard.guard.text.detectors.base import SpanIndex

# The shapes of a pair: two words spelt out letter by letter, a handle joined by "_", an acronym ending it
_SPELT_OUT = re.compile(r"(?:[^\W\d_][ .]){2,}[^\W\d_]\.?\s{1,3}(?:[^\W\d_][ .]){2,}[^\W\d_]\.?")
# Two names spelt a letter at a time take no more than this: the pattern backtracks on each split of a longer run, and
# 10,000 spaced letters before a name took 5 s (session 44)
_LONGEST_SPELT_OUT = 120


def spelt_out(text: str, start: int = 0, end: int | None = None) -> bool:
    """``text[start:end]`` is two words spelt out a letter at a time ("k a y l a  m o r r i s s e y")."""
    end = len(text) if end is None else end
    return end - start <= _LONGEST_SPELT_OUT and _SPELT_OUT.fullmatch(text, start, end) is not None
HANDLE_JOIN = re.compile(r"[a-z]+_[a-z]+")
ACRONYM_END = re.compile(r"(?<![\w])(?:[A-Z0-9]{2,4}|[IVXLC]{2,6}(?:e|er|eme|ème|th))$")  # ... or a century ("XIXe": session 42)
# Where the languages frames.py covers less put the depicted person (folded): "portret van X", "twarz X",
# "tvář X", "model op X", "avec X"; "X's face", "X jako víla", "X olarak", "X yüzünü", "X che guida".
GERMAN_PERSON_AFTER = re.compile(
    r"^\s+(?:beim|als|nackt|oben ohne|im stil|in dessous|in unterwasche|gesucht|auf dem|mit (?:\w+ )?(?:gitarre|mikrofon))\b"
)
PORTRAIT_BEFORE_MORE = re.compile(
    r"\b(?:portret|portret van|portre|twarz|tvar|gezicht van|model op|fotka|fotku|fotografie|zdjecie|zdjecia|photo|foto)\s*$"
)  # "intimní fotka kryštof beran": Czech and Polish name the one photographed without a preposition
# German and Dutch adjective endings (folded): no given name ends so ("riesige", "sommerlich", "vriendelijk")
GERMANIC_ADJECTIVE = re.compile(
    r"(?:ige|igen|iger|iges|lich|liche|lichen|licher|liches|ische|ischen|ischer|lijk|lijke|"
    r"ge[a-z]{2,}t(?:e|es|er|en|em))$"  # session 25: a past participle ("wettergegerbtes gesicht")
)
LORA_BEFORE = re.compile(r"\b(?:lora|loras|lycoris|checkpoint)\s*$")
# A preposition of place right before a pair (folded): where a place goes, not a person (session 17)
# Not "en": Dutch "and" ("jan smit en kim de boer") and French "as" ("déguisé en X")
_PLACE_PREPOSITIONS = ("in", "em", "no", "nella", "nel", "im", "op", "dans", "sur", "auf", "at", "on", *PLACE_PREPOSITIONS)
PLACE_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})\s+$")
PERSON_BEFORE_MORE = re.compile(r"\b(?:op|avec|con|com|mit|with|z|ze|s)\s*$")
# Tags that follow a tag-soup subject: close-ups in the ten languages ("hocine yousfi, gros plan", "atiyye
# başaran, yakın çekim") or a dash on a LoRA's line ("tijmen korstman - rode loper looks, lora").
TAGGED_AFTER = re.compile(rf"^(?:{frames.TAGS_AFTER_SUBJECT})")
PERSON_AFTER_MORE = re.compile(
    r"^(?:\s*,\s*(?:portrait|portret|portrait photo|portrat|retrato|ritratto|portre|headshot|close up|closeup)\b|"
    r"['’]s\b|\s+(?:jako|w roli|w stroju|v roli|als|olarak|yuzunu|che|qui|que|who|die|der|beim|im|nackt|"
    r"looks like|look like|looking like|resembling|"  # "vitalik buterin looks like gollum" (round 21)
    r"(?:\w+ ){1,2}olarak|(?:\w+ ){1,2}kiyafetiyle)\b)"
)
# A bracket after a name that says where its bearer works or lives, not the work they come from: a word, then "in",
# "at", "w", "v", "en" and a capitalised place (round 20: "Steffen X (Weingut in Gimmeldingen, Pfalz)"); not
# "from", "aus", "z": "(z Rancza)", "(from Starfall Chronicles)" name a work
WHERE_IN_BRACKETS = re.compile(
    # (session 46: the place may run on to its town, "(Kassiererin im Supermarkt an der Mühlenstraße, Wirrimbi)")
    r"^\s*\(\s*[^()\n]{0,24}?\b(?:in|im|at|bij|w|we|v|ve|en)\s+[A-ZÀ-ÝŁŚŻŹĆŃ][^()\n]{0,48}\)"
    # ... or a Turkish place in the locative ("(Mulhouse, Bourtzwiller'deki fırın)": session 39)
    r"|^\s*\(\s*[^()\n]{0,30}?[A-ZÀ-ÝÇŞİÖÜ][^\W\d_]+['’](?:de|da|te|ta)(?:ki)?\b[^()\n]{0,30}\)"
)
# Two words joined by an emoji and nothing else ("tino🌟casal", "ruth🌸halloran"): a name hidden on purpose (session 39)
EMOJI_JOINED = re.compile(r"[^\W\d_]+[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200d\ufe0f]+[^\W\d_]+")
LEET_WORD = re.compile(r"(?<![\w])[^\W\d_]+[013457][^\W\d_]+|(?<![\w])[^\W\d_]{3,}[0134](?![\w])")  # "p4olo", "pedr0"
ROMANCE_ADJECTIVE = re.compile(r"(?:ad|id|at|it|os)[oa]s?$")  # "detallada", "abbronzata", "curvilíneos"
WEIGHT_AFTER = re.compile(r"\s*:\s*\d+(?:\.\d+)?\s*\)")  # the rest of "(name:1.3)"
# Style cues of the languages frames.STYLE_BEFORE does not cover (pl, cs, nl, tr), and a second
# artist after "by X and ...".
STYLE_BEFORE_MORE = re.compile(
    r"(?:\b(?:w stylu|ve stylu|in de stijl van|stijl van|ao estilo de|a la|tarzi|tarzinda|stylem|"
    # German "von" is "by" only after a style word: "ein Ölgemälde von Bernd und Karl-Heinz Ulrich" depicts the two
    # brothers (round 37), "gemalt von X und Y" cites two painters
    r"(?:by|par|(?:stil|art|gemalt|gezeichnet|fotografiert|inspiriert) von|di|de|van|od) [^\W\d_]+(?: [^\W\d_]+){0,2} "
    r"(?:and|et|und|e|y|en|i|a|&)|"
    r"by [^\W\d_]+(?: [^\W\d_]+){1,2},(?: [^\W\d_]+(?: [^\W\d_]+){1,2},){0,4})\s*)$"
)
# One of these and the text is German: its nouns are capitalised, so a capitalised pair is no name shape.
GERMAN_FUNCTION_WORDS = frozenset(
    "und mit fur fuer vom zum zur eine einer einen einem nicht ist sind beim bitte auch sehr unsere unser gesucht "
    "dem den auf "  # not "des": French writes it in every other sentence (round 16)
    "wie bei keine kein ich wir oder aber sich wird gerne brauche hatte mochte".split()  # round 21
)
# ... and the words that open a German sentence before a capitalised noun, where a given name could stand: those, and
# the adverb "nur" ("Nur Landschaft", session 26), which marks no German text (Turkish "nur", the name Nur), and a spa
# town's "Bad" ("Bad Ischl", session 35), which is Bad Gyal's in a text that is not German
GERMAN_WORDS_BEFORE_A_NOUN = GERMAN_FUNCTION_WORDS | {"nur", "bad"}
# A German preposition fused with its article, or an article, before a capitalised word ending in "-er" that no list
# holds as a given name: that word is a place's adjective ("im Husumer Hafen", "an der Solothurner Fasnacht"), as
# "Berliner" is; no given name stands after "im" or "am" (round 40, session 36)
GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:im|am|vom|zum|zur|beim|ins|ans|aufs|der|die|das|dem|den)\s+$")
# A tag-soup item of its own: a separator or the line's start before it, a separator or the end after it (original)
_ITEM_BEFORE = re.compile(r"(?:^|[,\n|])[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:[,\n|]|$)")


def tag_of_its_own(original: str, span: tuple[int, int]) -> bool:
    """The words at ``span`` make a tag of a prompt on their own (", melissa naschenweng, pinke lederhose")."""
    # a window before the name, not the whole text: pairs are many in a long text ("^" still means its real start)
    return bool(_ITEM_BEFORE.search(original, max(0, span[0] - 32), span[0]) and _ITEM_AFTER.match(original, span[1]))


_LINE_OPEN_BEFORE = re.compile(r"(?:^|\n)[ \t(]*$")


def opening_tag(original: str, span: tuple[int, int]) -> bool:
    """The words at ``span`` are a prompt line's first tag, on their own ("ondřej kelvar, útočník HC Dynamo, ..."):
    where a prompt puts its subject. Its other tags copy a club's or a place's capitals; the subject's name keeps
    the poster's lower case, so those capitals say nothing of it (session 20)."""
    return bool(_LINE_OPEN_BEFORE.search(original, max(0, span[0] - 8), span[0]) and _ITEM_AFTER.match(original, span[1])) and (
        original.find(",", span[1]) != -1
    )


def opens_a_line(original: str, span: tuple[int, int]) -> bool:
    """The words at ``span`` open a line or the text."""
    return bool(_LINE_OPEN_BEFORE.search(original, max(0, span[0] - 8), span[0]))


def weight_end(original: str, end: int) -> int:
    """Where a name's prompt weight ends ("(piotr kelvar:1.3)" -> after the bracket), or ``end`` without one."""
    weight = WEIGHT_AFTER.match(original, end)
    return weight.end() if weight else end



def says_who_beside(original: str, span: tuple[int, int], *, likeness: bool) -> bool:
    """What stands beside a known given name and a lower-case word says they name a person, on a line with capitals
    too: a role set aside after them ("johanne kelvar, surfeuse réunionnaise, ... Saint-Leu": round 17), what the
    person does ("rodrigo kelvar cantando tonada": round 21), a role before them, or, with ``likeness``, a likeness
    asked for before them ("LoRA of makayla newman pls": session 17; not "portraits de studio inventés") or after
    them ("dorina putz als Funko-Figur": session 20)."""
    after = fold(original[span[1] : span[1] + 60]).text
    before = fold(original[max(0, span[0] - 32) : span[0]]).text
    return bool(
        roles.ROLE_ASIDE_AFTER.match(after) or frames.ACTION_AFTER.match(after) or roles.ROLE_BEFORE.search(before)
        or (likeness and (frames.NAME_SHAPE_BEFORE.search(before) or frames.LIKENESS_AFTER.match(after)))
    )  # fmt: skip


def person_position(text: str, start: int, end: int, sexual_ahead: SpanIndex, view: View) -> bool:
    """Where a request puts the person it depicts (``text`` the folded words view, the pair at ``start:end``):
    opening a line, or in a likeness frame ("portrait de X", "LoRA von X", "X as a knight", "X's face"), or just
    before a sexual phrase."""
    before, after = text[max(0, start - 48) : start], text[end : end + 48]
    name_end = view.span(start, end)[1]
    return bool(
        not before.strip() or before.endswith("\n") or frames.LIKENESS_BEFORE.search(before)
        or frames.SUBJECT_BEFORE.search(before) or LORA_BEFORE.search(before)
        or PORTRAIT_BEFORE_MORE.search(before) or PERSON_BEFORE_MORE.search(before) or frames.LIKENESS_AFTER.match(after)
        or frames.ACTION_AFTER.match(after) or PERSON_AFTER_MORE.match(after) or TAGGED_AFTER.match(after)
        or sexual_ahead.overlaps(name_end, name_end + 24)
    )  # fmt: skip
