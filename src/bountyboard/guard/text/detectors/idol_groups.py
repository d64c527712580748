"""A member of a real idol group, named by one word beside the group: "nayeon from twice", "BLACKPINK Jennie",
"karina (aespa)", "Sakura of LE SSERAFIM" (round 13, decision 0036).

Idols go by one word ("Jennie", "Tzuyu", "Winter"), which no list or name shape can tell from a word or a
character; the group beside it can. A member of a group that performs as real people is a real person, so this
is strong evidence (``corroborated``): consent, or a block with sexual words. The groups are real groups that
perform as people (K-pop, J-pop, C-pop and T-pop), written here as the public knows them; no fictional or virtual
band (K/DA, B-Komachi, Huntr/x) is among them. Group names that are also words ("twice", "ive", "perfume",
"winner") count only where the text says it is about idols, or in a frame no sentence has ("nayeon (twice)",
"TWICE Nayeon").
"""

from __future__ import annotations

import re

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import ScanContext, SpanIndex
from bountyboard.guard.text.name_words import NOT_NAME_WORDS

# Real idol groups, as their names read folded ("(G)I-DLE" -> "g i dle").
_GROUPS = """
blackpink|twice|red velvet|aespa|itzy|ive|le sserafim|lesserafim|newjeans|nmixx|g i dle|gidle|i dle|stayc|kep1er|
fromis 9|fromis|oh my girl|mamamoo|girls generation|snsd|apink|wjsn|cosmic girls|gfriend|iz one|izone|loona|everglow|
dreamcatcher|weki meki|momoland|exid|sistar|2ne1|wonder girls|t ara|kara|f x|miss a|aoa|lovelyz|viviz|billlie|
purple kiss|kiss of life|babymonster|illit|triples|qwer|hearts2hearts|izna|meovv|fifty fifty|h1 key|rocket punch|
weeekly|cherry bullet|brave girls|clc|pristin|i o i|kiss of life|bts|exo|seventeen|stray kids|nct|nct 127|nct dream|
wayv|txt|tomorrow x together|enhypen|ateez|got7|monsta x|shinee|bigbang|super junior|2pm|treasure|the boyz|
zerobaseone|zb1|riize|boynextdoor|tws|ikon|winner|sf9|astro|btob|pentagon|day6|infinite|vixx|block b|cravity|
p1harmony|oneus|victon|ab6ix|wanna one|akb48|nogizaka46|sakurazaka46|keyakizaka46|hinatazaka46|nmb48|ske48|hkt48|
ngt48|stu48|morning musume|perfume|babymetal|e girls|little glee monster|arashi|snow man|sixtones|king prince|
king and prince|sb19|bini|alamat|
jo1|niziu|xg|snh48|bej48|gnz48|bnk48|cgm48|mnl48|jkt48|rocket girls 101|tfboys|4eve
"""
GROUPS = frozenset(g.strip() for g in _GROUPS.replace("\n", "").split("|"))
# Groups named with a word of English or Japanese: a member beside them only where the text is about idols, or in
# brackets or capitals.
_WORD_GROUPS = frozenset(
    "twice ive perfume winner astro infinite pentagon treasure arashi txt exo kara clc fromis triples xg".split()
)
# Groups spelt with single letters ("f x" from "f(x)", "i o i"): initials read the same ("F.X. Pichler", session 31),
# so they count only where the text says it is about idols.
_LETTER_GROUPS = frozenset(g for g in GROUPS if all(len(part) == 1 for part in g.split()))
_IDOL_CUE = re.compile(
    r"\b(?:k ?pop|j ?pop|c ?pop|t ?pop|idol|idols|girl ?group|boy ?group|girlgroup|boygroup|kpop idol|member)\b"
)
_GROUP = "|".join(sorted((re.escape(g) for g in GROUPS), key=len, reverse=True))
_NAME = r"(?P<name>[a-z][a-z0-9]{2,14})"  # three letters or more: "em", "na", "w" are the words around
_GROUP_AT = rf"(?P<group>{_GROUP})(?![\w])"
_FRAMES = (
    # "nayeon from twice", "Sakura of LE SSERAFIM", "tzuyu de twice"
    re.compile(rf"(?<![\w]){_NAME} (?:from|of|in|de|del|du|von|van|di|da|do|z|ze|uit) (?:the )?{_GROUP_AT}"),
    # "BLACKPINK Jennie", "twice's nayeon", "aespa member karina"
    re.compile(rf"(?<![\w]){_GROUP_AT}(?:['’]?s)? (?:member )?{_NAME}(?![\w])"),
    # "karina (aespa)", "jennie blackpink", "karina, aespa"
    re.compile(rf"(?<![\w]){_NAME},? \(?{_GROUP_AT}"),
)
_ANY_GROUP = re.compile(rf"(?<![\w]){_GROUP_AT}")
# Words that stand beside a group's name without being a member.
NOT_MEMBER = frozenset(
    """member members girl girls boy boys concert concerts style styled outfit outfits stage stages album albums mv
    music video videos fan fans fanart logo song songs all photo photos poster posters dance dancer dancers
    choreography uniform uniforms costume costumes look looks inspired like kpop jpop idol idols group band era
    comeback lightstick tour live performance vibe vibes aesthetic cover edit lineup leader maknae visual center
    rapper vocalist singer singers with and or in of from by as for to at on the a an one two three four five
    fancam fandom debut teaser photocard photocards merch sticker stickers wallpaper vs versus x feat ft
    cosplay cosplayer cosplaying cosplays similar similiar parody tribute new best official cute sexy hot young
    beautiful pretty famous korean japanese chinese thai filipino
    con com mit met und och ile avec sur nel per por sin sem les los las des""".split()
)


class IdolGroupDetector:
    name = "idol-groups"

    def __init__(self, common_words: frozenset[str]) -> None:
        self._common = common_words  # shared with the other detectors, not copied

    def detect(self, context: ScanContext) -> list[Signal]:
        view = context.norm.words  # digits kept: "akb48", "sb19" (the names view reads them as letters)
        text = view.text
        if not _ANY_GROUP.search(text):
            return []
        about_idols = bool(_IDOL_CUE.search(text))
        taken = SpanIndex(context.taken + context.sexual_spans)  # "le sserafim nude": no member called "nude"
        original = context.norm.original
        out: list[Signal] = []
        seen: set[tuple[int, int]] = set()
        for index, frame in enumerate(_FRAMES):
            for m in frame.finditer(text):
                name, group = m.group("name"), m.group("group")
                start, end = m.span("name")
                if (start, end) in seen or name in NOT_MEMBER or name in GROUPS:
                    continue
                if (name in NOT_NAME_WORDS or (index > 0 and name in self._common)) and not about_idols:
                    continue  # "winter aespa, kpop idol" is a member; "dancing blackpink choreography" is no one
                marked = _marked(original, view.span(*m.span("group")), phrase_end=index == 0)
                if group in _WORD_GROUPS and not about_idols and not marked:
                    continue  # "nina from twice a week": the word, not the group
                if group in _LETTER_GROUPS and not about_idols:
                    continue  # "eine Flasche F.X. Pichler": initials, not f(x)
                span = view.span(start, end)
                if taken.overlaps(*span):
                    continue
                seen.add((start, end))
                out.append(context.signal("words", start, end, SignalKind.NER_PERSON, source="heuristic:idol-group",
                    score=0.8, label=f"{name} ({group})", detail={"corroborated": True, "group": group}))  # fmt: skip
        return out


def _marked(original: str, span: tuple[int, int], *, phrase_end: bool) -> bool:
    """The group's name written as no sentence writes the word: in capitals, in brackets, with a possessive, or,
    after "from", ending a phrase ("TWICE", "(ive)", "twice's", "nayeon from twice, bikini"; not "from twice a
    week" or "he won twice, then")."""
    raw = original[span[0] : span[1]]
    before, after = original[max(0, span[0] - 1) : span[0]], original[span[1] : span[1] + 1]
    return raw.isupper() or before == "(" or after in ("'", "’") or (phrase_end and after in ("", ",", ";", ".", "\n"))
