"""Chinese names written in pinyin: what the syllables and the common family names are, and how a word splits.

Why a shape and not a list (round 12, decision 0035): Chinese actresses, idols and influencers are among the
most common subjects of likeness LoRAs, and their names reach prompts in pinyin ("li yitong",
``<lora:liYitongChinese_v10>``, "ZhaoLiying"), where no given-name list of ours knows them. Pinyin is a closed
system: about 400 toneless syllables, and a few hundred family names cover almost everyone (the hundred
most common cover about 85% of people). A family name followed by a given name made of one or two
syllables is a name's shape that ordinary words in prompts rarely have; the detectors decide where that
shape counts (``detectors/extra_networks.py``, ``detectors/trigger_tokens.py``, ``detectors/romanised_names.py``).

Both sets are linguistic facts written out here (the syllable table of Hanyu Pinyin; the family names are
the common ones of the Hundred Family Surnames, a public-domain text), not data about anyone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bountyboard.guard.text.name_words import all_capitalised

# Toneless Hanyu Pinyin syllables (ü written "v" or "u", as keyboards and romanised names do).
_SYLLABLES_BY_INITIAL = {
    "": "a ai an ang ao e ei en eng er o ou",
    "b": "ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu",
    "p": "pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu",
    "m": "ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu",
    "f": "fa fan fang fei fen feng fo fou fu",
    "d": "da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo",
    "t": "ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo",
    "n": "na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nue",
    "l": "la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve lue",
    "g": "ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo",
    "k": "ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo",
    "h": "ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo",
    "j": "ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun",
    "q": "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun",
    "x": "xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun",
    "zh": "zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo",
    "ch": "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo",
    "sh": "sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo",
    "r": "ran rang rao re ren reng ri rong rou ru ruan rui run ruo",
    "z": "za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo",
    "c": "ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo",
    "s": "sa sai san sang sao se sen seng si song sou su suan sui sun suo",
    "y": "ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun",
    "w": "wa wai wan wang wei wen weng wo wu",
}
SYLLABLES = frozenset(s for row in _SYLLABLES_BY_INITIAL.values() for s in row.split())

# Common Chinese family names in pinyin, the one-syllable ones and the compound ones still in use.
FAMILY_NAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lv ding ren lu yao shen
    zhong cui tan fan jin wen shi liao zou xiong jia qin qiu hou xue yan lei bai long duan hao kong shao
    mao chang wan gu lai qian yin yi niu hong gong tao meng mo zhuang qiao ju jing kang dai ning fu ou
    xiang geng guan ji bao ke zuo miao ni ling shang dou qi yun bi an rao xing pang zhan sheng ran yue ai lan
    hua xi mu gan rong qu jiao bian zhai chai ruan sang tong pu nie lian zhen shu
    ouyang sima zhuge shangguan situ dongfang murong huangfu linghu
    """.split()
)

_MAX_SYLLABLE = 6  # "zhuang", "shuang"
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=4096)
def syllables(word: str, *, first: bool = True) -> tuple[str, ...] | None:
    """``word`` split into pinyin syllables, preferring the longest first syllable ("xian" stays one), or
    None when no split exists ("lemon", "emma"). Only the first syllable may open with a vowel: pinyin writes
    an apostrophe before one inside a word ("xi'an"), and without the rule "banana" would be "ban|an|a"."""
    if not word:
        return ()
    for cut in range(min(_MAX_SYLLABLE, len(word)), 0, -1):
        head = word[:cut]
        if head in SYLLABLES and (first or head[0] not in _VOWELS):
            rest = syllables(word[cut:], first=False)
            if rest is not None:
                return (head, *rest)
    return None


def given_name(word: str, *, most: int = 2) -> bool:
    """A word that can be a Chinese given name: one syllable, or up to ``most`` of them written as one word."""
    split = syllables(word)
    return split is not None and 1 <= len(split) <= most


def family_first(word: str, *, lenient: bool = False) -> tuple[str, str] | None:
    """A run-together name, family name first ("liyitong" -> ("li", "yitong")), with a given name of two
    syllables (one would read "hanfu", "qipao", "wuxia" as names), one of them spelt as Japanese romaji and
    European words never are ("aizawa", "shibari", "monica" split too); None otherwise. ``lenient``, where
    something else already says the token is a name (a trigger token), takes any given name of one or two
    syllables ("jingtian", "wangyibo")."""
    split = syllables(word)
    if split is None:
        return None
    for family_length in (2, 1):  # a compound family name first: "ouyang|nana"
        family = "".join(split[:family_length])
        given = split[family_length:]
        if family not in FAMILY_NAMES or not (1 if lenient else 2) <= len(given) <= 2:
            continue
        if lenient or any(_ONLY_PINYIN.search(s) for s in given):
            return family, "".join(given)
    return None


# Words of Chinese culture and places that prompts and style models borrow, which have a name's shape
# ("GuoFeng", "SuZhou", "ChangAn"): never a person.
CULTURE_WORDS = frozenset(
    """
    hanfu qipao guofeng wuxia xianxia shanshui gongbi fengshui taiji kungfu gongfu mahjong majiang dunhuang
    jiangnan huangshan suzhou hangzhou changan luoyang xian guilin lijiang wudang shaolin tangzhuang
    songyun tangfeng mingfeng hanfeng gufeng qinghua yanhua jiangshan
    """.split()
)
# Syllables Hepburn romaji and European words do not have: the initials zh/x/q, the "-ng" finals, the
# diphthongs romaji splits ("ao", "ou", "ui", "iu", "uo", "ie") and the finals "-ian", "-uan".
_ONLY_PINYIN = re.compile(r"^(?:zh|x|q)|ng$|(?:ao|ou|ui|iu|uo|ie|ian|uan)$")
# Syllables Chinese spelling has and two-syllable words of the European languages rarely do: the initials
# zh/ch/sh/x/q/z/y/w and the "-ng" finals. A two-syllable word with one is pinyin, not "luna" or "mare".
_CHINESE_SYLLABLE = re.compile(r"^(?:zh|ch|sh|x|q|y|w|z)|ng$")


def chinese_given_name(word: str) -> bool:
    """Two syllables, one of them spelt as only pinyin spells ("yitong", "liying", "jingyi"; not "lena", "mama")."""
    split = syllables(word)
    return split is not None and len(split) == 2 and any(_CHINESE_SYLLABLE.search(s) for s in split)


def chinese_name(words: tuple[str, ...]) -> tuple[str, str] | None:
    """A family name and given name among a file name's words ("li", "yitong"; "jing", "tian"), or a run-together
    one ("zhaoliying"); None when the words hold neither, or hold a culture word ("guo", "feng")."""
    for index, word in enumerate(words):
        if word in FAMILY_NAMES and index + 1 < len(words):
            given = words[index + 1]
            if given_name(given) and word + given not in CULTURE_WORDS:
                return word, given
        if (split := family_first(word)) and word not in CULTURE_WORDS:
            return split
    return None


class PinyinNames:
    """Chinese names as ``detectors.romanised_names`` reads them: a family name and a two-syllable given name
    written as one word ("li yitong"); given name first only capitalised ("Yingsha Sun"), as English text writes
    Chinese names. One-syllable given names ("yang mi", "jing tian") are left to the lists: "yin yang", "feng
    shui" and "wu xia" have the same shape."""

    source = "heuristic:pinyin-name"
    max_given_words = 1
    culture_words = CULTURE_WORDS
    needs_real_people = False

    def family_name(self, word: str) -> bool:
        return word in FAMILY_NAMES

    def family_first(self, family: str, given: tuple[str, ...], raw: str) -> bool:
        return chinese_given_name(given[0])

    def given_first(self, given: tuple[str, ...], family: str, raw: str) -> bool:
        return chinese_given_name(given[0]) and all_capitalised(raw)

    def run_together(self, word: str) -> tuple[str, str] | None:
        return family_first(word)
