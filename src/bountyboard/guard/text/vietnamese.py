"""Vietnamese names: the family names, the syllable shape, and when words have a Vietnamese name's shape
(round 13, decision 0036).

A Vietnamese name is a family name, often a middle name, and a given name, each one syllable ("Nguyễn Thị
Hoa", "Ngô Thanh Vân"), written with or without the diacritics, family name first at home and often last
abroad ("Hoa Nguyen"). About fifteen family names are carried by nine people in ten, and several of them
("nguyen", "pham", "huynh") are words of no other language, so the family name anchors the name the way a
given-name list anchors a European one. The spellings and sets are linguistic facts, not data about anyone.
"""

from __future__ import annotations

import re

from bountyboard.guard.text.name_words import all_capitalised

# The common family names, toneless.
FAMILY_NAMES = frozenset(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh dao doan lam luong mai
    trinh cao ha ta quach chau tang vuong thai kieu luu trieu lai khuc ton van phung tieu thach la mac giang
    """.split()
)
# Family names that are also words elsewhere ("le", "do", "ho", "mai", "ha", "van", "thai"): they count only
# where the writer kept a diacritic or wrote a middle name, capitalised ("Ho Ngoc Ha", "Lê Thị Hồng").
AMBIGUOUS_FAMILY_NAMES = frozenset(
    "le vu vo do ho ly lam mai cao ha ta chau tang thai lai ton van dao dang la mac".split()
)
# Middle names, which no other language's sentences put after a family name.
MIDDLE_NAMES = frozenset(
    """
    thi van ngoc thanh minh duc huu quang hoang kim thu bao gia xuan anh hong my phuong tuan quoc dinh cong hai
    nhu khanh tuyet bich diem kieu lan thuy tuong trung viet nhat thien
    """.split()
)
# A toneless Vietnamese syllable: an initial, a vowel cluster, a final.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
# Letters only Vietnamese writes: the horned and breved vowels, đ, the dot below and the hook above, and tone marks
# on a circumflex (a bare "â", "ê" or "ô" is French or Portuguese as often: "Le Prêt", "do Pôr").
VIETNAMESE_LETTERS = re.compile(r"[ăđơưĂĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
MAX_GIVEN_WORDS = 3
# Words of the languages around a name that have a syllable's shape ("pham huong in a bikini").
_FUNCTION_WORDS = frozenset("a an and as at by de di do el en et for in is it la le of on or the to un y".split())


def syllable(word: str) -> bool:
    return bool(_SYLLABLE.fullmatch(word))


def _given(given: tuple[str, ...]) -> bool:
    return all(syllable(w) and w not in _FUNCTION_WORDS for w in given)


class VietnameseNames:
    """Vietnamese names as ``detectors.romanised_names`` reads them."""

    source = "heuristic:vietnamese-name"
    max_given_words = 3
    culture_words: frozenset[str] = frozenset()  # the shared dictionary holds them (bountyboard/common_words.txt)
    needs_real_people = False

    def family_name(self, word: str) -> bool:
        return word in FAMILY_NAMES

    def family_first(self, family: str, given: tuple[str, ...], raw: str) -> bool:
        """Family name, then one to three syllables ("nguyen thi hoa", "pham huong"); ``raw`` must keep a
        diacritic or a capitalised middle name where the family name is a common word ("Ho Ngoc Ha")."""
        if not _given(given):
            return False
        if family not in AMBIGUOUS_FAMILY_NAMES:
            return True
        return bool(VIETNAMESE_LETTERS.search(raw)) or (
            len(given) >= 2 and given[0] in MIDDLE_NAMES and all_capitalised(raw)
        )

    def given_first(self, given: tuple[str, ...], family: str, raw: str) -> bool:
        """Given name then family name, as written abroad ("Hoa Nguyen", "Bich Ngoc Tran"): only before a family
        name no other language has as a word, or with a diacritic."""
        if len(given) > MAX_GIVEN_WORDS - 1 or not _given(given):
            return False
        return family not in AMBIGUOUS_FAMILY_NAMES or bool(VIETNAMESE_LETTERS.search(raw))

    def run_together(self, word: str) -> tuple[str, str] | None:
        return None  # "nguyenthihoa" is rare, and a toneless syllable run splits too many words

