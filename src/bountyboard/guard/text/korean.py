"""Korean names written in Latin letters: the family names, the syllables given names are made of, and when a
pair of words has a Korean name's shape (round 13, decision 0036).

Why a shape and not a list: Korean actresses and idols are among the most common subjects of likeness LoRAs,
and their names reach prompts as "kim jiwon", "Ji-won Kim", "park shin hye" or "kimjiwon", which no given-name
list of ours holds for every person. Like pinyin (``text/pinyin.py``), a Korean name is closed in shape: about
twenty family names cover most of the population, and a given name is almost always two syllables from a few
hundred, written joined ("jiwon"), hyphenated ("ji-won") or spaced ("ji won").

The spellings are those of the Revised Romanization of Korean (2000), of McCune-Reischauer and of the habits
passports and agencies keep ("lee", "park", "choi", "young", "soo", "hoon"): linguistic facts written out here,
not data about anyone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bountyboard.guard.text.name_words import all_capitalised

# Family names, every common romanisation of each ("이": lee, yi, rhee; "박": park, pak, bak).
FAMILY_NAMES = frozenset(
    """
    kim gim lee yi rhee park pak bak choi choe chae jung jeong chung kang gang cho jo yoon yun jang chang lim im
    han oh seo suh shin sin kwon gwon hwang ahn song jeon jun chun hong yoo ryu ko moon mun yang son bae baek
    paik heo huh nam noh roh ha kwak gwak sung seong cha joo ju woo min jin na ji eom um byun byeon won bang gong
    hyun hyeon ham yeo yeom ok seok sim shim pyo maeng ra do tak kil gil kook guk yeon wang go
    namgung jegal sunwoo seonwoo hwangbo dokgo
    """.split()
)
# Family names that are also common words of the languages around the prompts ("park", "song", "moon", "oh",
# "han", "do", "ko"): after a given name they count only capitalised ("Jiwon Park", not "jiwon park").
AMBIGUOUS_FAMILY_NAMES = frozenset(
    "park song moon oh han do ha na ji im jo ju um ok ra yang son sung gil sin wang won bang ko go cha min jin".split()
)

# Syllables of given names, in the spellings they are written with.
NAME_SYLLABLES = frozenset(
    """
    a ae ah an ara bae baek beom bum bin bo bok bom byung byeong chae chan chang cheol chul cheon chun chi
    chung da dae dam dan deok duk do dong doo du eun eon eui eul ga gang geon gun geum gi ki gil gu guk gook
    kook gwang kwang gyu kyu gyeong kyeong kyung ha hae han hee hi ho hong hoon hun hwa hwan hwi hye hyang hyo
    hyuk hyeok hyun hyeon hui il in ja jae jang je jeong jung jeon ji jin jo joo ju jun joon jong ka kang keun
    kyo mi min myung myeong moon mun mo mok mu na nam ra rae ram ran ri rim rin ro ryeong ryung ryun ryu ryeo sa
    sae sang se seo seob sub seok suk seon sun seong sung seul seung si shi sik so sol song soo su sook seol sin
    shin ta tae u woo won wook uk woong ya yang ye yeol yul yeon yun yoon youn yeong young yong yoo yo yu yi yeop
    wan
    """.split()
)
# Spellings a syllable of English or Spanish rarely has and a Korean romanisation does: the vowels "eo", "eu",
# "ae", "ui", "oo", "ee", "ou" ("youn"); the glides "hy", "ky", "gy", "by", "my", "ry", "wo", "ye"; "j", "ch" or
# "s" before a vowel and "-n" or "-ng" ("jin", "chan", "seung"); and "ji" and "ah" alone.
_ONLY_KOREAN = re.compile(r"eo|eu|ae|ui|oo|ee|ou|hy|ky|gy|by|my|ry|wo|^(?:j|ch|s)[aeiouy]+n(?:g)?$|^ji$|^ye|^ah$")
_HYPHENATED_GIVEN = re.compile(r"[A-Za-z]-[A-Za-z]")
_MAX_SYLLABLE = 6  # "hyeong", "byeong"
_GIVEN_SYLLABLES = 2


@lru_cache(maxsize=4096)
def name_syllables(word: str) -> tuple[str, ...] | None:
    """``word`` as given-name syllables, the longest first ("jiwon" -> ji|won, "hyekyo" -> hye|kyo), or None."""
    if not word:
        return ()
    for cut in range(min(_MAX_SYLLABLE, len(word)), 0, -1):
        if word[:cut] in NAME_SYLLABLES and (rest := name_syllables(word[cut:])) is not None:
            return (word[:cut], *rest)
    return None


def given_name(parts: tuple[str, ...], *, hyphenated: bool = False) -> bool:
    """A Korean given name: two syllables, joined ("jiwon") or as two words ("ji", "won"), one of them spelt
    as only Korean spells ("jiwon", "hyekyo", "seoyeon"; not "mina", "dana", "hana"), unless the writer joined
    them with a hyphen, as only Korean names are written ("Min-a", "Ha-na")."""
    syllables: list[str] = []
    for part in parts:
        split = name_syllables(part)
        if split is None:
            return False
        syllables += split
    return len(syllables) == _GIVEN_SYLLABLES and (hyphenated or any(_ONLY_KOREAN.search(s) for s in syllables))


def family_first(word: str) -> tuple[str, str] | None:
    """A run-together name, family name first ("kimjiwon" -> ("kim", "jiwon")), or None."""
    for cut in range(min(8, len(word) - 2), 1, -1):
        family, given = word[:cut], word[cut:]
        if family in FAMILY_NAMES and given_name((given,)):
            return family, given
    return None


class KoreanNames:
    """Korean names as ``detectors.romanised_names`` reads them: a family name and a two-syllable given name,
    joined, hyphenated or spaced ("kim jiwon", "park shin-hye", "song hye kyo"); given name first ("Ji-won Kim")
    in any case after a family name no other language has as a word, capitalised after "Park", "Song", "Moon"."""

    source = "heuristic:korean-name"
    max_given_words = 2
    culture_words: frozenset[str] = frozenset()  # the shared dictionary holds them (bountyboard/common_words.txt)
    needs_real_people = False

    def family_name(self, word: str) -> bool:
        return word in FAMILY_NAMES

    def family_first(self, family: str, given: tuple[str, ...], raw: str) -> bool:
        return given_name(given, hyphenated=_HYPHENATED_GIVEN.search(raw) is not None)

    def given_first(self, given: tuple[str, ...], family: str, raw: str) -> bool:
        hyphenated = _HYPHENATED_GIVEN.search(raw) is not None
        return given_name(given, hyphenated=hyphenated) and (family not in AMBIGUOUS_FAMILY_NAMES or all_capitalised(raw))

    def run_together(self, word: str) -> tuple[str, str] | None:
        return family_first(word)
