"""Names the text gives a pet, a horse, a boat or a band: "our cattle dog Barnaby", "we're a folk trio called Hattie
Lowe", "ons paard heet Koning Floris", "nasz jamnik nazywa się Pan Eustachy", "teknemizin adı 'Nazmiye Ana'",
"Rigoberto, el perro de la plaza" (session 43, round 48).

A person's given name and surname are what owners, crews and bands name their animals, boats and themselves after,
and the name-shape rules read them as a person. Where the text itself says what bears the name (the thing, then a
naming verb and the name; the name, then "is our <thing>"; the name, a comma and "the <thing>"), the name is the
thing's in every mention of the text. Only capitalised or quoted names count, and only outside sexual text (the
caller's): "a band called <real singer>, nude" stays a person.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bountyboard.guard.text import named_things
from bountyboard.guard.text.name_words import UPPER
from bountyboard.guard.text.normalize import View, fold

# What bears a name, folded, besides the pets of ``named_things.PET_WORDS``: boats and ships, horses and cattle, bands
# and choirs, in the ten languages
_BEARER_WORDS = named_things.PET_WORDS | frozenset(
    """boat boats ship yacht barge ferry trawler narrowboat botter bateau navire voilier peniche barco buque velero
    barca nave veliero boot schiff kutter barkasse fahrgastschiff navio lodz lodka statek jacht lod lodicka
    schip schuit tjalk tekne teknemiz teknemizin tekneye gemi gemimiz kayik mare stallion gelding cow bull
    heifer jument vache yegua vaca stute kuh giumenta mucca egua klacz krowa klisna krava merrie koe kisrak inek
    band trio duo quartet choir groupe chorale grupo banda coro gruppo zespol kapela chor sbor groep koor grup
    koro""".split()
)
_BEARERS = "|".join(sorted(_BEARER_WORDS, key=len, reverse=True))
_WORD = re.compile(r"\w+")
# ... not a person named by it ("our dog walker Anna", "the band's singer", "la chica del grupo")
_NOT_THE_BEARER = (
    r"(?!\s*(?:walker|sitter|trainer|groomer|owner|lover|breeder|handler|person|mom|mum|dad|whisperer|lady|guy|man|"
    r"woman|girl|boy|member|leader|singer|player|captain|skipper|rider|jockey|'s|’s)\b)"
)
# The verbs that give a name, folded: "called", "se llama", "heet", "nazywa się", "adı"; then an adverb may come ("heet
# officieel")
_NAMING = (
    r"(?:is |are )?(?:called|named|christened|name is|s'appelle|nomme|nommee|appele|appelee|baptise|baptisee|se llama|"
    r"llamad[oa]|bautizad[oa]|heisst|heissen|namens|genannt|getauft|si chiama|ci chiamiamo|chiamat[oa]|di nome|"
    r"se chama|chama-se|chamad[oa]|batizad[oa]|nazywa sie|nazywaja sie|wabi sie|o imieniu|o nazwie|se jmenuje|"
    r"jmenem|heet|heten|genaamd|gedoopt|noemen we (?:hem|haar|het)|adi|ismi|"
    r"nos llamamos|nous nous appelons|on s'appelle|wir heissen|nazywamy sie|jmenujeme se|we heten|we're called|adimiz)"
    r"(?: (?:officially|officieel|offiziell|officiellement|oficialmente|ufficialmente|oficjalnie|oficialne|resmen))?"
)
# ... with no "and", "with" or comma between the thing and the verb: "my dog and my neighbour called X" names the neighbour
_NO_ONE_ELSE = r"(?:(?!\b(?:and|und|et|y|e|i|en|ve|oraz|or|ou|oder|of|with|mit|avec|con|com|met|ile)\b)[^.\n,])"
_THING_THEN_NAME = re.compile(rf"\b(?:{_BEARERS})\b{_NOT_THE_BEARER}{_NO_ONE_ELSE}{{0,32}}?\b{_NAMING}\s*$")
# ... but a band names itself in the first person after any words ("siamo una band folk e ci chiamiamo X")
_WE_NAMING = (
    r"(?:ci chiamiamo|nos llamamos|nous nous appelons|on s'appelle|wir heissen|nazywamy sie|jmenujeme se|we heten|"
    r"we're called|we are called|adimiz)"
)
_THING_THEN_WE = re.compile(rf"\b(?:{_BEARERS})\b[^.\n]{{0,48}}?\b{_WE_NAMING}\s*$")
# ... and the name first: "Barnaby is our cattle dog", "Rigoberto, el perro de la plaza", "Bello ist unser Hund"
_OWNERS = (
    r"(?:our|my|the|a|notre|mon|ma|le|la|un|une|nuestro|nuestra|mi|el|un|una|unser|unsere|mein|meine|der|die|das|"
    r"ein|eine|il nostro|la nostra|il mio|la mia|il|lo|o|a|nosso|nossa|meu|minha|um|uma|nasz|nasza|moj|moja|nas|nase|"
    r"muj|moje|ons|onze|mijn|het|een|bizim|benim)"
)  # not "de": "Rosa, de la banda X" is Rosa of the band
# ... one word at most between the article and the thing ("our cattle dog"): "Anna, la cantante del grupo" is a singer
_NAME_THEN_THING = re.compile(
    rf"^\s*(?:,\s*|\s+(?:is|ist|est|es|e|jest|je|zijn|dir)\s+){_OWNERS}\s+(?:\w+\s+)?(?:{_BEARERS})\b{_NOT_THE_BEARER}"
)
# A capitalised name of one to four words, or a quoted one, in the original text
_NAME = re.compile(
    rf"['‘’\"“”„«]?(?P<name>[{UPPER}][\w'’]*(?:[ -](?:[{UPPER}][\w'’]*|van|de|der|da|di|del|von|y|e)){{0,4}})['‘’\"“”«»]?"
)
# ... the name before the thing, with its town ("Bernard from Tumut is our cattle dog": Bernard is the dog too)
_NAME_BEFORE = re.compile(
    rf"(?:^|[\s(\"'‘“„«])(?P<name>(?P<head>[{UPPER}][\w'’]*(?:[ -][{UPPER}][\w'’]*){{0,3}})"
    rf"(?: (?:from|of|de|del|da|di|du|van|von|vom|uit|aus|z|ze) [{UPPER}][\w'’-]*)?)\s*$"
)
# "is" in the original text ("è", "é", never Italian and Portuguese "e", "and": "Anna e il suo cane" is Anna)
_LINK = re.compile(r",|\s(?:is|ist|est|es|è|é|jest|je|zijn|dir)\s")
_NAMING_RE = re.compile(rf"\b{_NAMING}\b")
_BEARER_RE = re.compile(rf"\b(?:{_BEARERS})\b")
_REACH = 80
_MOST_NAMES = 16
# Session 45 (round 50): a name in quotes right after what bears it, a boat's kind or a product people name after
# someone ("the coble 'Ada Fenwick'", "des Kutters „Greta von Kettlesby“", "boerenkaas 'Jantje van Wirrimbi'"): the
# quotes and the kind before them say the name is the thing's, and its genitive ("des Kutters").
_QUOTED_BEARER_WORDS = _BEARER_WORDS | frozenset(
    """coble dory smack lugger ketch cheese kaas kase fromage queso formaggio queijo ser syr peynir wine wein vin vino
    vinho wino beer bier biere birra cerveja cerveza piwo pivo bira gin cider rose roos tulip tulp dahlia""".split()
)
# ... and the Dutch and German words a compound ends in ("boerenkaas", "Fischkutter"), matched as an ending: a short word
# as an ending would find "Kevin" a wine and "Ambrose" a rose
_COMPOUND_TAILS = ("kaas", "kase", "bier", "wein", "schiff", "schip", "boot", "kutter", "tjalk", "roos", "tulp")
_QUOTED_AFTER_A_WORD = re.compile(
    rf"(?P<thing>[^\W\d_]+)\s+['‘’\"“„«](?P<name>[{UPPER}][\w'’]*(?:[ -](?:[{UPPER}][\w'’]*|van|de|der|da|di|del|von|y|e)){{1,4}})['’\"”«»“]"
)


def thing_name_spans(original: str, words: View) -> list[tuple[int, int]]:
    """The original-text spans of every mention of a name the text gives a thing; none in most texts."""
    folded = words.text
    names = _quoted_after_a_bearer(original)
    if not names and _BEARER_WORDS.isdisjoint(_WORD.findall(folded)):
        return []  # most texts name no pet, boat or band: a set lookup a word, not the patterns below
    for m in _NAMING_RE.finditer(folded):
        begin, end = max(0, m.start() - 60), m.end()
        if not (_THING_THEN_NAME.search(folded, begin, end) or _THING_THEN_WE.search(folded, begin, end)):
            continue
        after = words.span(m.end() - 1, m.end())[1]
        rest = original[after : after + _REACH]
        if name := _NAME.match(original, after + len(rest) - len(rest.lstrip())):
            names.add(name.group("name").strip())
    for m in _BEARER_RE.finditer(folded):
        # the name before ", the dog" or "is our dog": find where the linking words begin, then the name before them
        start = words.span(m.start(), m.start() + 1)[0]
        window = original[max(0, start - _REACH) : start]
        for link in _LINK.finditer(window):
            head = window[: link.start()]
            if (name := _NAME_BEFORE.search(head)) and _NAME_THEN_THING.match(
                words.text[_folded_offset(words, start - len(window) + link.start()) : m.end() + 16]
            ):
                names.update((name.group("name").strip(), name.group("head").strip()))
    spans: list[tuple[int, int]] = []
    # a text names a few things; past _MOST_NAMES the rest stay anyone's (each name is searched for in the whole text)
    for bearer_name in sorted(names)[:_MOST_NAMES]:
        if len(bearer_name) >= 3:
            spans += [found.span() for found in re.finditer(rf"(?<![\w]){re.escape(bearer_name)}(?![\w])", original)]
    return spans


def _quoted_after_a_bearer(original: str) -> set[str]:
    """Names in quotes right after a word for what bears them (its genitive's "s" too), or a compound ending in one."""
    names: set[str] = set()
    if not any(quote in original for quote in "'‘’\"“„«"):
        return names
    for m in _QUOTED_AFTER_A_WORD.finditer(original):
        thing = fold(m.group("thing")).text
        if {thing, thing[:-1]} & _QUOTED_BEARER_WORDS or thing.endswith(_COMPOUND_TAILS):
            names.add(m.group("name"))
    return names


def _folded_offset(words: View, original_offset: int) -> int:
    """The words view's offset of an original-text offset (the first view character at or after it)."""
    if words.offsets is None:
        return original_offset
    return bisect_left(words.offsets, original_offset)
