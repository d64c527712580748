"""A given name alone, with where the poster knows the person from: "Tony from the bakery", "Emma from the gym",
"Julie from Wirrimbi", "kuba z kępiny", "Ola z siłowni", "tomek z youtube", "Şile'deki Elif".

Customers name a shopkeeper by the given name alone (session 41), colleagues and gym-goers name each other so, and a
town after a given name is how a village knows someone (session 44, written before round 49 was read: session 43
left lower-case nicknames with a town and "X z youtube" out). No one writes a public figure so, so the reading is
weak evidence (a ``ner_person`` that blocks beside sexual words), outside a text that names a work, a drawn medium or
a fiction frame, but for a platform:
- before a shop or a workplace, where the text is sexual or about photographs or a LoRA; pictured from photographs
  beside a workplace, a colleague is a private person;
- before a town, beside sexual words or in a sexual text about photographs: a town is one word after "from", "aus",
  "uit" or "z" that no dictionary holds and no work's title continues ("Julie from Wirrimbi in lingerie", not "Elara
  from Starfall Chronicles", "Lena z hry ...", nor "Romero de Torres", whose "de" is a surname's);
- before a town and the trade the village knows the person by, in any text but a fiction frame ("Pepe de
  Wirrimbi, el carnicero", "Staszek z Kępiny, bramkarz tutejszej drużyny"; session 46, round 51): a drawn
  sticker of the butcher is still of him;
- before a platform ("from TikTok", "z youtube"), everywhere: a creator is meant, named by a given name alone or in
  full ("margaux prévost de twitch").
A nickname stands where a given name would: a short word no language holds, opening a line or a tag before "from"
and a place ("baz from wirrimbi, naked"; learned from round 49's ``tune`` half, like the open-air pool).
A given name that is a word of the ten languages ("Luz", "Nada") counts before a shop, a workplace or a platform only,
and one of SCOWL's English words ("Will", "Mark") before a town only capitalised inside a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from bountyboard.guard.signals import Signal
from bountyboard.guard.text import described_people, frames, name_words, private_cues
from bountyboard.guard.text.detectors.base import Near, ScanContext, SpanIndex, weak_name_signals
from bountyboard.guard.text.normalize import fold

SOURCE_KNOWN_FROM = "heuristic:given-name-known-from"
_PREPOSITIONS = r"(?:from|at|de|du|del|da|do|della|aus|vom|von|van|uit|bij|z|ze|w)"
# ... and the ones that say where someone is from, never a surname's particle ("Romero de Torres", "Evy de Jong")
_FROM = r"(?:from|aus|uit|z|ze)"
# A word that may be a given name, capitalised or in a lower-case text, then the preposition
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’@#.])[^\W\d_]{{3,}}(?=\s+{_PREPOSITIONS}\s)")
# Where colleagues, neighbours and gym-goers meet (folded): a private person's
_WORKPLACE = (
    r"(?:gym|office|work|accounts|reception|hr|pool|swimming pool|church|choir|club|uni|college|yoga|pilates|crossfit|"
    r"next door|upstairs|downstairs|(?:my|our|the) street|(?:my|our) building|the flat|the estate|allotments?|"
    r"driving school|salle de sport|bureau|boulot|piscine|chorale|gimnasio|oficina|trabajo|piscina|coro|academia|"
    r"fitnessstudio|buro|arbeit|kirche|chor|verein|schwimmbad|freibad|hallenbad|palestra|lavoro|chiesa|coro|trabalho|igreja|ginasio|"
    r"silowni|silownia|pracy|biura|kosciola|choru|klubu|basenu|osiedla|posilovny|prace|kancelare|kostela|sboru|"
    r"bazenu|sportschool|kantoor|werk|kerk|koor|zwembad|volkstuin|rijschool|nauki jazdy|szkoly jazdy|autoskoly)"
)
# ... or the platform the person posts on: a creator, whom a platform can ask
_PLATFORM = r"(?:youtube|yt|tiktok|tik tok|insta|instagram|ig|twitch|onlyfans|snapchat|reddit|facebook)"
_PLATFORM_AFTER = re.compile(rf"^\s+{_PREPOSITIONS}\s+{_PLATFORM}\b")
# After a word, the place the poster knows the person from: a place of work, a workplace or a platform (folded)
KNOWN_PLACE_AFTER = re.compile(
    rf"^\s+{_PREPOSITIONS}\s+(?:(?:the|la|le|el|der|dem|de|het|my|our|a|mijn|meine?m?|ma|mon|mi)\s+)?(?:\w+\s+)?"
    rf"(?:(?P<shop>{private_cues.PLACES_OF_WORK})|(?P<work>{_WORKPLACE})|(?P<platform>{_PLATFORM}))\b"
)
# ... or a town: one word no dictionary holds, then no capitalised word on its line nor a word of a title ("from
# Starfall Chronicles", "from Tomb Raider"; a title line's town before the body's first sentence counts), read on the
# original text; after "de", "da", "van" or "von" only before a trade (below): alone they are a surname's particle
_TOWN_AFTER = re.compile(
    rf"\s+(?P<particle>{_FROM}|de|da|do|van|von)\s+(?P<town>[^\W\d_]{{3,}})(?!['’\w-])(?![ \t]+[{name_words.UPPER}0-9])"
)
_FROM_WORDS = re.compile(rf"{_FROM}$")
# ... and, after the town, the trade or the post the village knows the person by ("Pepe de Wirrimbi, el carnicero",
# "Staszek z Kępiny, bramkarz tutejszej drużyny"), an article and one word before it at most; read folded: a trade set
# beside the name says it is someone's of that town
_KEEPERS = r"(?:goalkeeper|keeper|bramkarz|brankar|doelman|kaleci|portero|goleiro|portiere|torwart|gardien)"
_TRADE_AFTER = re.compile(
    r"^,\s*(?:(?:the|our|el|la|le|il|lo|o|a|der|die|de|het|unser|unsere|notre|nuestro|nasz|nas)\s+)?(?:[^\W\d_]+\s+)?"
    rf"(?:{described_people.TRADES}|{_KEEPERS})\b"
)
_WORK_WORDS = frozenset({
    "chronicles", "saga", "tales", "legends", "online", "quest", "academy", "story", "stories", "season", "episode",
    "series", "comic", "manga", "anime", "game", "novel", "book", "film", "movie", "show",
    # ... and the Polish and Czech genitives "from the game", "from the series" ("X z gry", "X ze seriálu")
    "gry", "hry", "serialu", "filmu", "ksiazki", "knihy", "komiksu", "bajki", "pohadky", "powiesci", "romanu",
})
# Turkish puts the place before the name, with a suffix: "Şile'deki Elif", "spor salonundaki Ayşe", "Ahlen'den Murat"
# (read on the original text, so written with Turkish letters)
_TURKISH_PLACE_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<place>[{name_words.UPPER}][^\W\d_]+['’](?:daki|deki|taki|teki|dan|den|tan|ten)|"
    r"(?:spor salonundaki|salondaki|ofisteki|işteki|işyerindeki|kafedeki|marketteki|fırındaki|eczanedeki|"
    r"kuafördeki|okuldaki|kilisedeki|havuzdaki|mahalledeki|apartmandaki|tiktoktaki|youtubedaki|instagramdaki))"
    r"\s+(?P<name>[^\W\d_]{3,})(?![\w'’])"
)
# Where a tag opens: the text's or a line's start, a comma, or a likeness word ("set of", "a LoRA of")
# ... after an adjective a town uses for someone ("Big Daz", "old kez"; session 45), which is no given name before it
_NICKNAME_ADJECTIVES = frozenset({"big", "little", "lil", "old", "young", "wee"})
_TAG_OPENING = re.compile(
    rf"(?:^|[\n,:;(]\s*|\b(?:of|a|an|the|de|von)\s+)(?:(?:{'|'.join(sorted(_NICKNAME_ADJECTIVES))})\s+)?$", re.IGNORECASE
)
_FROM_AFTER = re.compile(r"\s+(?:from|vom|aus|uit|z|ze)\s", re.IGNORECASE)
_LONGEST_NICKNAME = 6
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*)$")
_SEXUAL_REACH = 80
# ... and, in a sexual text, the words that ask for pictures of someone beyond DEPICTION_CUES' photographs ("images",
# "shots", "clips"; session 45): enough to read a far sexual word as about the named person
_PICTURES = re.compile(r"\b(?:images?|shots|clips?|renders?|videos?)\b")


class KnownFromDetector:
    name = "known-from"

    def __init__(
        self, *, given_names: frozenset[str], dictionary_words: frozenset[str], common_words: frozenset[str],
        vocabulary_words: Container[str] = frozenset(),
    ) -> None:
        self._given = given_names
        self._vocabulary = vocabulary_words  # the ten languages' words down to once in a million (decision 0056)
        self._dictionary = dictionary_words
        self._common = common_words  # the ten languages' own words: "Rose", "Amber", not SCOWL's "will" or "mark"

    def detect(self, context: ScanContext) -> list[Signal]:
        norm = context.norm
        original, words_text = norm.original, norm.words.text
        found = self._known_from(original)
        if context.names_fiction:
            found = [f for f in found if f[2] == "platform"]  # fan art of a streamer is still of her
        if not found:
            return []  # most texts hold no given name before a place: the whole-text reads wait for one
        sexual_spans = context.sexual_spans
        about_photos = bool(context.real_life or private_cues.DEPICTION_CUES.search(words_text))
        pictured = bool(sexual_spans and _PICTURES.search(words_text))
        # a drawn medium or a story's frame makes a shop's or a town's name anyone's; a creator on a platform drawn is hers
        designed = frames.drawn_medium(words_text) or context.fiction_framed
        taken, near = SpanIndex(context.taken), Near(sexual_spans)
        out: list[Signal] = []
        for start, end, where in found:
            if taken.overlaps(start, end) or (designed and where not in {"platform", "town-trade"}):
                continue
            if where == "town-trade" and context.fiction_framed:
                continue  # a story's butcher of its town
            sexual = near(start, end, _SEXUAL_REACH) or bool(sexual_spans and (about_photos or pictured))
            if not (sexual or where in {"platform", "town-trade"} or (where in {"shop", "work"} and (sexual_spans or about_photos))):
                continue  # an illustrated story's "Tony from the bakery" is anyone's; a town counts in sexual text only
            detail: dict[str, Any] = {"given_name": True, "sexual_context": True} if sexual else {
                "given_name": True, "corroborated": True
            }
            if where == "platform":
                detail["platform"] = True  # a creator, in any frame (``detectors.fiction``)
            out += weak_name_signals(
                source=SOURCE_KNOWN_FROM, name=original[start:end], span=(start, end), detail=detail,
                # pictured from photographs beside a workplace: a colleague or a gym-goer, whom the platform cannot ask;
                # a shopkeeper or a creator may be asked
                private=about_photos and not sexual and where == "work",
            )
        return out

    def _known_from(self, original: str) -> list[tuple[int, int, str]]:
        """(start, end, where) of every known given name alone before where the poster knows the person from."""
        found: list[tuple[int, int, str]] = []
        lower_lines: dict[int, bool] = {}  # a line's start -> the line is in lower case: read once a line, not once a name
        for m in _GIVEN_BEFORE.finditer(original):
            raw = m.group(0)
            word = fold(raw).text
            if word not in self._given and (full := self._full_name_on_a_platform(original, m, word)) is not None:
                found.append((full, m.end(), "platform"))  # "margaux prévost de twitch": a creator by her full name
                continue
            if word in name_words.NOT_NAME_WORDS or (word not in self._given and not self._nickname(original, m, word)):
                continue
            lower = raw.islower()
            if lower and word in self._given and not self._lower_line(original, m.start(), lower_lines):
                continue  # a lower-case word in a capitalised line is a word ("emma" in prose that writes "Emma")
            after = fold(original[m.end() : m.end() + 60]).text
            if place := KNOWN_PLACE_AFTER.match(after):
                found.append((m.start(), m.end(), place.lastgroup or "shop"))
                continue
            before = _WORD_BEFORE.search(original, max(0, m.start() - 24), m.start())
            if before and (word_before := fold(before.group(1)).text) in self._given and word_before not in _NICKNAME_ADJECTIVES:
                continue  # "kat brennock from harbourside": a full name, the name-pair rules' to read
            if word in self._common or word in self._dictionary and (
                lower or _SENTENCE_START.search(original, max(0, m.start() - 3), m.start())
            ):
                continue  # "luz", "rose from ipswich", "Will from ..." opening a sentence: a word; "... of Will from" a name
            town = _TOWN_AFTER.match(original, m.end())
            if town and self._town(town.group("town"), original[town.end() : town.end() + 30]):
                if _TRADE_AFTER.match(fold(original[town.end() : town.end() + 60]).text):
                    found.append((m.start(), m.end(), "town-trade"))
                elif _FROM_WORDS.match(town.group("particle")):
                    found.append((m.start(), m.end(), "town"))
        for m in _TURKISH_PLACE_BEFORE.finditer(original):
            word = fold(m.group("name")).text
            if m.group("name")[0].isupper() and word in self._given and not self._a_word(word):
                platform = fold(m.group("place")).text.startswith(("tiktok", "youtube", "instagram"))
                found.append((m.start("name"), m.end("name"), "platform" if platform else "town"))
        return found

    @staticmethod
    def _lower_line(original: str, position: int, lower_lines: dict[int, bool]) -> bool:
        start = original.rfind("\n", 0, position) + 1
        if start not in lower_lines:
            end = original.find("\n", position)
            lower_lines[start] = original[start : end if end >= 0 else len(original)].islower()
        return lower_lines[start]

    def _full_name_on_a_platform(self, original: str, surname: re.Match[str], word: str) -> int | None:
        """Where a known given name starts, right before a surname no language holds and a platform after it ("margaux
        prévost de twitch", "Jara Novotná z YouTube"); None otherwise."""
        if self._a_word(word) or not _PLATFORM_AFTER.match(fold(original[surname.end() : surname.end() + 40]).text):
            return None
        before = _WORD_BEFORE.search(original, max(0, surname.start() - 24), surname.start())
        return before.start(1) if before and fold(before.group(1)).text in self._given else None

    def _nickname(self, original: str, given: re.Match[str], word: str) -> bool:
        """A short word no language holds, opening a line or a tag before "from" and a place: a nickname ("baz from
        wirrimbi, naked", "ecki vom freibad"), where a given name would stand."""
        return (
            len(word) <= _LONGEST_NICKNAME and _TAG_OPENING.search(original, max(0, given.start() - 20), given.start()) is not None
            and _FROM_AFTER.match(original, given.end()) is not None
            and not self._a_word(word) and word not in self._vocabulary
        )

    def _a_word(self, word: str) -> bool:
        """A word of a language or for a person, no name: "evi", "bloke"."""
        return (
            word in self._dictionary or word in self._common or word in name_words.PERSON_WORDS
            or word in name_words.NOT_NAME_WORDS
        )

    def _town(self, raw: str, rest: str) -> bool:
        """One word no language holds and no work's word, nor an abbreviated title ("GTST"), before no work's word."""
        word = fold(raw).text
        following = fold(rest).text.split(maxsplit=1)
        return (
            not raw.isupper() and not self._a_word(word) and word not in _WORK_WORDS
            and not (following and following[0] in _WORK_WORDS)
        )
