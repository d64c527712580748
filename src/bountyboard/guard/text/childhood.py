"""Cues that sexualise an adult but describe an ordinary childhood.

Issue 8 added "in bed", "school uniform", "pacifier", "bare shoulders", "intimate" and "licking a popsicle" to the
suggestive cues, because around a named adult they are ("<name> in bed", "<name> with a pacifier"). Beside a minor
cue the same words are a bedtime story, a school day or a baby's dummy ("a child asleep in bed", "kids in school
uniforms", "a baby with a pacifier"), and the minor floor blocked them all. So a suggestive or mild signal whose
words are one of these carries ``detail["childhood"]``:

* ``"thing"``: what children wear or have (school uniforms, pacifiers, diapers). Beside a minor cue it is nothing.
* ``"scene"``: where children sleep and bathe, bare shoulders, licking a sweet. Beside a minor cue a moderator
  looks (review), since the same words also frame the abuse the floor exists for. "Intimate" is no scene: a
  child's "intimate photo" still blocks.

A minor word worn as a costume ("dressed as a schoolgirl", "als Schulmädchen verkleidet", "liseli kız kılığında") is
an adult dressed as a child: there the cues keep their weight (``costume_around``).

Everything else (lingerie, thongs, swimwear, "seductive", nudity) still blocks beside a minor cue, and the words
keep their full weight around a real person. Patterns run on the ``words`` view (folded, lower case).

Round 11 added two childhood cues booru and attack prompts write: a bare "boy" (``bare_boys``), and a school
uniform beside other sexual words with no adult stated (``SCHOOL_UNIFORM``, ``ADULT_STATED``); the sexual-terms
detector turns both into minor cues.
"""

from __future__ import annotations

import re

# A school uniform in the ten languages, and the Japanese one booru prompts name ("serafuku", "sailor uniform").
_SCHOOL_UNIFORM_WORDS = (
    r"school ?(?:girl |boy )?uniforms?|serafuku|sailor (?:school )?uniforms?|sailor fuku|gakuran|"
    r"uniformes? (?:scolaires?|d ecoliere|de collegienne|escolar(?:es)?|de colegiala|de colegial|scolastic[ao])|"
    r"schuluniform\w*|mundurek szkolny|skolni uniforma|schooluniform\w*|okul uniformasi"
)
_THING = re.compile(
    rf"{_SCHOOL_UNIFORM_WORDS}|(?:schoolgirl |schoolboy )?uniforms?|school ?girl outfits?|pacifiers?|diapers?|"
    r"tetines?|chupetes?|chupetas?|schnuller|ciuccio|smoczek|dudlik|speen|emzik"
)
_BED = (
    r"bed|beds|lit|cama|bett|letto|lozku|posteli|yatak\w*|yatag\w*|sheets|bed ?sheets?|covers|draps|sabanas|laken|"
    r"lenzuola|lencois|poscieli|perinach|lakens"
)
_BATH = r"shower|bath|bathtub|bubble bath|douche|bain|baignoire|ducha|bano|banera|doccia|bagno|vasca|chuveiro|banho|banheira"
_SCENE = re.compile(
    # not swimwear: "maillot de bain", "traje de baño", "costume da bagno" end in a bath word too
    rf"(?!.*\b(?:maillot|traje|costume|badeanzug|roupa)\b)(?:\w+ )*(?:{_BED}|{_BATH})(?: \w+)?|"
    r"bare shoulders|epaules nues|hombros desnudos|nackte schultern|spalle nude|ombros nus|nagie ramiona|hola ramena|"
    r"blote schouders|omuz\w* (?:acik|ciplak)|"
    r"(?:licking|sucking(?: on)?) (?:a |an |the )?(?:popsicle|lollipop|ice cream)"
)


def childhood_reading(term: str) -> str | None:
    """``"thing"``, ``"scene"`` or None for the words of a suggestive or mild signal."""
    if _THING.fullmatch(term):
        return "thing"
    if _SCENE.fullmatch(term):
        return "scene"
    return None


# The costume phrase before a minor word, in the ten languages (folded): "dressed as a", "déguisée en", "vestida de",
# "verkleed als", "przebrana za"; and after it: "als Schulmädchen verkleidet", "liseli kız kılığında".
_COSTUME_BEFORE = re.compile(
    r"\b(?:dressed (?:up )?as|disguised as|cosplay(?:ing)? as|in the guise of|costumed as|deguisee? en|habillee? en|"
    r"vestid[ao] (?:de|como)|disfrazad[ao] de|fantasiad[ao] de|vestit[ao] da|travestit[ao] da|verkleidet als|"
    r"verkleed als|przebran[ay] za|prevlecen[ay] za|prestrojen[ay] za) (?:a |an |une |un |una |uma |een )?$"
)
_COSTUME_AFTER = re.compile(r"^ (?:verkleidet|kiliginda|kilikinda|kostumu(?:yle|nde)?)\b")


def costume_around(words: str, start: int, end: int) -> bool:
    """Is the minor word at ``words[start:end]`` a costume someone wears?"""
    return bool(_COSTUME_BEFORE.search(words, max(0, start - 40), start) or _COSTUME_AFTER.match(words[end : end + 24]))


# Round 11: "boy" and "boys" alone are children, in the labels' convention as in English (a bare "girl" is not:
# prompts call every young woman a girl). Not a booru count tag ("1boy", "2boys", "multiple boys": a male character
# of any age), nor a man called a boy by a word before it ("pool boy", "frat boys", "cowboy" is one word) or a band
# or genre after it ("boy band", "boys love", "boy shorts"). In a booru prompt that counts its boys, "nude boy" and
# "boy on top" are tags about that male character.
_BARE_BOY = re.compile(r"(?<![\w'-])(?:boy|boys|boyz)\b(?! (?:band|bands|love|next door|toy|toys|shorts)\b)")
_BOORU_BOYS = re.compile(r"\b(?:\d|multiple )boys?\b")
_MAN_CALLED_BOY = frozenset(
    """multiple pool bad frat fan good old big pretty play delivery golden home beach backstreet beastie shop
    errand rent lover party toy sugar boss whipping poster city country farm surfer skater gym college""".split()
)
_WORD_BEFORE = re.compile(r"([a-z]+) $")


def bare_boys(words: str) -> list[tuple[int, int]]:
    """Spans of "boy" or "boys" standing for a child in ``words`` (folded, lower case)."""
    spans: list[tuple[int, int]] = []
    if "boy" not in words or _BOORU_BOYS.search(words):
        return spans
    for match in _BARE_BOY.finditer(words):
        before = _WORD_BEFORE.search(words, max(0, match.start() - 24), match.start())
        if before is None or before.group(1) not in _MAN_CALLED_BOY:
            spans.append(match.span())
    return spans


# Round 11: a school uniform beside other sexual words is a pupil's ("1girl, school uniform, sex"), the labels' and
# Civitai's reading of the combination, unless the text says the wearer is an adult ("mature female", "adult", "milf").
SCHOOL_UNIFORM = re.compile(rf"\b(?:{_SCHOOL_UNIFORM_WORDS})\b")
ADULT_STATED = re.compile(
    r"\b(?:adult|adults|mature|mature female|mature woman|milf|grown woman|grown up|teacher|office lady|"
    r"(?:1[89]|[2-9]\d) ?(?:years? old|yo|y o))\b"
)
