"""Japanese written in Latin letters (Hepburn and Kunrei romaji): whether a word has the shape, and when two
words have a Japanese name's (round 13, decision 0036).

A romaji word is a run of morae: a vowel, a consonant or glide and a vowel ("ka", "shi", "tsu", "kyo"), the
moraic "n", or the first half of a doubled consonant ("kk" in "hokkaido"). Japanese names always have that
shape ("ayanami", "katsuragi", "higashiyama"); most European words do not ("smith", "griffin", "walter").
The mora table is a fact of the writing system, not data about anyone.
"""

from __future__ import annotations

import re

_MORA = r"(?:(?:ky|gy|sh|ch|ts|ny|hy|my|ry|by|py|[kgsztdnhbpmyrwfj])?[aeiou]|n(?![aeiouy])|([kstpgbdmz])(?=\1)|t(?=ch))"
_WORD = re.compile(rf"{_MORA}+")


def romaji_word(word: str) -> bool:
    """``word`` (lower case, no diacritics) could be Japanese in romaji: "ayanami", "kobeni", "shinomiya"."""
    return bool(_WORD.fullmatch(word))


# The parts Japanese family names are built of (山 yama, 田 ta/da, 中 naka, 本 moto, 村 mura, 川 kawa/gawa, ...),
# the first and the second of a two-part name, with the voiced forms a second part takes ("gawa", "zaki").
_FIRST_PARTS = frozenset(
    """
    aka ao aki ara ari asa ashi aya azu fuji fuku furu haya hama hara hashi hata hira hiro hori hoshi ichi
    ike ima ino iwa ishi izu kado kaga kama kami kane kawa kata kiku kimi kino kita kiyo ko koi kuro kura
    kubo kuri masu matsu mae mizu miya mochi mori mura naga naka nishi o oka oo ogi oku ono sai saka saku
    sato sawa seki shiba shimo shino shira shiro suga sugi suzu taka take tachi tama tani toku tomi
    tsuchi tsuji uchi ue ume wata yagi yama yasu yoko yoshi yone
    """.split()
)  # one-mora first parts are left out but 小 "ko" and 大 "o": with "na", "sa", "shi", "nase" and "shibari" are names
_SECOND_PARTS = frozenset(
    """
    ta da no kawa gawa moto mura shima jima saki zaki hara bara wara bayashi hayashi yama mori i ki gi ya zawa
    sawa tani dani oka ka ga be ko zumi izumi uchi shita gaki kaki gami kami hashi bashi naga nami zuka tsuka wa
    ba me numa kura gura ri zu se no kubo guchi kuchi ue da do to tomi hira bata hata kado gado no
    """.split()
)
# The most common family names, whose parts the table above may not pair (census facts, not data about anyone).
_COMMON_FAMILY_NAMES = frozenset(
    """
    sato satou suzuki takahashi tanaka watanabe ito itou yamamoto nakamura kobayashi kato katou yoshida yamada
    sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa
    nakajima maeda fujita ogawa goto gotou okada hasegawa murakami kondo kondou ishii saito saitou sakamoto endo
    endou aoki fujii nishimura fukuda ota oota ohta miura fujiwara okamoto matsuda nakagawa nakano harada ono
    tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo kudou yokoyama miyazaki
    miyamoto uchida takagi ando andou taniguchi ohno oono maruyama imai takada fujimoto takeda murata ueno
    sugiyama masuda sugawara hirano kojima otsuka ootsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi
    matsuo nomura kikuchi sano onishi oonishi sugimoto arai
    """.split()
)


def family_name(word: str) -> bool:
    """``word`` has the shape of a Japanese family name: a common one, or two parts of the table ("hamabe",
    "nishikawa", "yoshioka")."""
    if word in _COMMON_FAMILY_NAMES:
        return True
    return any(word[:cut] in _FIRST_PARTS and word[cut:] in _SECOND_PARTS for cut in range(1, len(word)))


_MAX_GIVEN = 9  # "shinjiro", "yoshihiro"


def given_name(word: str) -> bool:
    """A word with a Japanese given name's shape: romaji of two to nine letters ("yui", "riho", "shinjiro")."""
    return 2 <= len(word) <= _MAX_GIVEN and romaji_word(word)


class JapaneseNames:
    """Japanese names as ``detectors.romanised_names`` reads them: a family name of the common list or of two
    parts, and a romaji given name, in either order and any case ("tanaka haruko", "Haruko Tanaka", "nishikawa
    mitsuki").
    Anime, manga and games are full of such names, so they count only in a text about real people (a photograph,
    a role, sexual words); characters written family name first are in the lists both ways round
    (``context_lists.family_name_first``)."""

    source = "heuristic:japanese-name"
    max_given_words = 1
    culture_words: frozenset[str] = frozenset()
    needs_real_people = True

    def family_name(self, word: str) -> bool:
        return family_name(word)

    def family_first(self, family: str, given: tuple[str, ...], raw: str) -> bool:
        return given_name(given[0]) and not family_name(given[0])

    def given_first(self, given: tuple[str, ...], family: str, raw: str) -> bool:
        return given_name(given[0]) and not family_name(given[0])

    def run_together(self, word: str) -> tuple[str, str] | None:
        """Only a common family name and a given name of three letters or more ("tanaka|haruko"): the table's
        parts split too many words of other languages ("ikeba|na", "kame|raya")."""
        for cut in range(len(word) - 3, 2, -1):
            family, given = word[:cut], word[cut:]
            if family in _COMMON_FAMILY_NAMES and given_name(given) and not family_name(given):
                return family, given
        return None
