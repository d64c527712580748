"""Polish and Czech given names in their cases: "zdjęcia Natalii", "fotki aleksandry", "s Petrem", "Tomkowi"; and
places in a case, which are no names ("w Beskidzie Niskim").

Polish and Czech decline given names, and the blind writers of issue 8 write them declined, in lower case too
("fotki natalii i aleksandry kałuckich nago": round 21). The given-name lists hold the nominative only, so the
scanner adds the usual case forms of the Polish and Czech names it ships, folded as the ``names`` view reads
them. A form that is a dictionary word is left out, and so is a short one that is a frequent word of a language
the guard reads ("marka", "vita", "dane"); frequency lists hold names too, so longer frequent forms stay ("piotra",
"krzysztofa").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MIN_FORM = 4
_MIN_FREQUENT_FORM = 6  # a frequent word this long is a name's form ("andrzeja"), shorter ones are words ("marka")
# Feminine names in -a: genitive, dative and locative (-y, -i, -e; Czech -ě folds to -e), accusative (-ę folds to
# -e; Czech -u), instrumental (Czech -ou; Polish -ą folds to -a, the nominative), vocative (-o).
_FEMININE = ("y", "i", "e", "u", "ou", "o")
# Masculine names ending in a consonant: genitive and accusative (-a), dative (-owi, -ovi), instrumental (-em,
# -iem), locative and vocative (-u, -e).
_MASCULINE = ("a", "owi", "ovi", "em", "iem", "u", "e")


def case_forms(name: str) -> set[str]:
    """The usual case forms of one folded Polish or Czech given name ("natalia" -> "natalii", "marek" -> "marka")."""
    if name.endswith("ia"):  # "natalia" -> "natalii", "natalie"
        return {name[:-1] + "i", name[:-1] + "e", name[:-1] + "u"}
    if name.endswith("a"):  # "anna" -> "anny", "annie" is not formed: -i after any stem is close enough
        return {name[:-1] + ending for ending in _FEMININE}
    if name.endswith("y"):  # "cezary" -> "cezarego", "jerzy" -> "jerzemu": declined as adjectives are (session 42)
        return {name[:-1] + ending for ending in ("ego", "emu", "ym")}
    if name.endswith("i"):  # "antoni" -> "antoniego", "antonim"; Czech "jiri" -> "jiriho", "jirimu"
        return {name + ending for ending in ("ego", "emu", "m", "ho", "mu")}
    if name[-1:] in "aeiou":
        return set()
    stem = name[:-2] + name[-1] if name.endswith("ek") and len(name) > 4 else name  # "marek" -> "mark-", fleeting e
    return {stem + ending for ending in _MASCULINE}


def slavic_given_name_forms(
    names: Iterable[str], *, dictionary: frozenset[str], frequent: frozenset[str]
) -> frozenset[str]:
    """Every case form of ``names`` (folded Polish and Czech given names) that is long enough, no ``dictionary``
    word, and no short ``frequent`` word (both folded), less the names themselves."""
    given = set(names)
    forms = {
        form for name in given for form in case_forms(name)
        if len(form) >= _MIN_FORM and form not in dictionary and (len(form) >= _MIN_FREQUENT_FORM or form not in frequent)
    }  # fmt: skip
    return frozenset(forms - given)


# A preposition of place, then two capitalised words one of which is an adjective in a case (folded): "w Beskidzie
# Niskim", "na Górnym Śląsku", "v Českém Ráji" are places; a person is rarely "in" or "on" a name. Not "u" ("u Anny":
# at Anna's), "z" or "s" ("s Petrem Novákem": with him), "przy" or "po" ("przy Annie Kowalskiej": beside her, "po
# Janie Kowalskim": after him), where a surname in a case ends as an adjective does.
# Forms decision 0043 kept out of the given names because they are Polish or Czech words in a case: the Swiss franc
# ("franka szwajcarskiego"), a twig ("witka"), a helmet ("w kasku"), Tintin's dog ("Milou"). A longer list of given
# names from elsewhere leaves them out too (Faker's "Franka": session 26).
WORDS_IN_A_CASE = frozenset("franka franku witka witku kaska kasku milou".split())

PLACE_PREPOSITIONS = ("w", "we", "na", "nad", "pod", "v", "ve")
_PLACE_PREPOSITION = re.compile(rf"(?:^|\s)(?:{'|'.join(PLACE_PREPOSITIONS)})\s+$")
_ADJECTIVE_IN_A_CASE = re.compile(r"(?:ym|im|ej|ych|ich|ego|em|eho)$")


def place_in_a_case(folded_before: str, first: str, second: str) -> bool:
    """Two capitalised words after a preposition of place, one an adjective in a case: a place, not a person
    (session 17). ``folded_before`` ends right before ``first``; both words folded."""
    return bool(
        _PLACE_PREPOSITION.search(folded_before)
        and (_ADJECTIVE_IN_A_CASE.search(first) or _ADJECTIVE_IN_A_CASE.search(second))
    )
