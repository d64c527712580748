"""``TextScanner``: bounty titles, descriptions and prompts in, typed ``Signal``s out.

What it looks for, cheapest first (all on normalised views, spans mapped back to the original):

1. names: the protected-person registry (exact, then fuzzy), the shipped gazetteer of public
   figures, artists, fictional characters and things named after people (one Aho-Corasick pass);
2. social profile links and @handles;
3. sexual, minor and private-person lexicons and patterns in six languages;
4. only when a likeness frame ("X as a knight", "portrait of X") surrounds a capitalised name that
   none of the above explains: a weak ``ner_person`` from a name-shape heuristic.

The scanner only reports; ``guard.policy.Policy`` decides.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
from rapidfuzz import fuzz, process

from bountyboard.guard.config import TextConfig
from bountyboard.guard.errors import GuardError
from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.store.interfaces import ProtectedPerson
from bountyboard.guard.text import lexicons
from bountyboard.guard.text.gazetteer import Category, ListedName, NameHit, NameMatcher, resolve_overlaps
from bountyboard.guard.text.normalize import (
    NormalizedText,
    fold,
    normalize,
    normalize_name,
    padded,
    padded_key,
    word_view,
)

_DATA = "bountyboard.guard.data"

SOURCE_POI = "gazetteer:civitai-poi"
SOURCE_CELEB = "gazetteer:nsp-celeb"
SOURCE_EXTRA = "gazetteer:bountyboard"
SOURCE_CONFIG = "gazetteer:config"
SOURCE_ARTIST = "gazetteer:nsp-artist"
SOURCE_DIRECTOR = "gazetteer:nsp-director"
SOURCE_FICTIONAL = "gazetteer:bountyboard-fictional"
SOURCE_NOT_PERSON = "gazetteer:bountyboard-not-people"
SOURCE_REGISTRY = "registry"
SOURCE_REGISTRY_FUZZY = "registry:fuzzy"

_TIER_KIND = {
    "explicit": SignalKind.SEXUAL_EXPLICIT,
    "suggestive": SignalKind.SEXUAL_SUGGESTIVE,
    "mild": SignalKind.SEXUAL_SUGGESTIVE,
    "minor": SignalKind.MINOR_CUE,
}
_SEXUAL_TIERS = frozenset({"explicit", "suggestive", "mild"})

# Civitai list words too ambiguous to call explicit on their own ("oral history", "kick ass").
_CIVITAI_AMBIGUOUS = frozenset({"oral", "ass", "bulge", "crotch", "piss", "peeing", "humping", "sucking", "sucks"})
_CIVITAI_EXPLICIT_TAGS = ("cum", "penis", "vagina", "anus", "sexual activity", "nudity", "partial nudity", "adult toys")
_CIVITAI_MINOR_STEMS = re.compile(r"loli|shota|jail.?bait|p(?:a)?edo|cunny")

_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.|m\.|vm\.)?(?P<host>instagram\.com|instagr\.am|tiktok\.com|onlyfans\.com|fansly\.com|"
    r"x\.com|twitter\.com|youtube\.com|twitch\.tv|reddit\.com|facebook\.com|fb\.com|patreon\.com|"
    r"snapchat\.com|threads\.net|bsky\.app|linkedin\.com|pinterest\.com|vk\.com|kick\.com|manyvids\.com|"
    r"chaturbate\.com|pornhub\.com|xvideos\.com|linktr\.ee|ko-fi\.com|cameo\.com)"
    r"/(?:@|u/|user/|c/|channel/|add/|profile/|in/|model/)?(?P<handle>[a-z0-9_][a-z0-9_.\-]{0,59})"
)
_HANDLE = re.compile(r"(?<![\w@/.])@(?P<handle>(?=[a-z0-9_.]*[a-z0-9])[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_])")
_PLATFORM_NAMES = {
    "instagram.com": "instagram", "instagr.am": "instagram", "tiktok.com": "tiktok", "onlyfans.com": "onlyfans",
    "fansly.com": "fansly", "x.com": "x", "twitter.com": "x", "youtube.com": "youtube", "twitch.tv": "twitch",
    "reddit.com": "reddit", "facebook.com": "facebook", "fb.com": "facebook", "patreon.com": "patreon",
    "snapchat.com": "snapchat", "threads.net": "threads", "bsky.app": "bluesky", "linkedin.com": "linkedin",
    "pinterest.com": "pinterest", "vk.com": "vk", "kick.com": "kick", "manyvids.com": "manyvids",
    "chaturbate.com": "chaturbate", "pornhub.com": "pornhub", "xvideos.com": "xvideos", "linktr.ee": "linktree",
    "ko-fi.com": "ko-fi", "cameo.com": "cameo",
}  # fmt: skip
_URL_PATH_WORDS = frozenset({"p", "reel", "reels", "watch", "explore", "video", "videos", "status", "shorts", "tv"})

# Capitalised words that start titles and sentences but are not names (for the weak NER heuristic).
_NOT_NAME_WORDS = frozenset(
    """a an the this that these my our your his her their new old big small best top final free paid
    need needed want wanted looking seeking request requests bounty contest commission help please
    lora loras model checkpoint embedding dataset workflow caption captions photo photos portrait
    portraits picture pictures image images render renders art artwork painting drawing sketch poster
    cover album logo icon set pack series style styles realistic photoreal photorealistic cinematic
    anime cartoon pixar disney marvel dc fantasy epic dark cozy retro vintage modern classic cyberpunk
    steampunk medieval victorian gothic noir sci fi scifi space knight queen king prince princess lady
    lord sir saint st mr mrs ms dr captain general president senator mayor pope emperor empress jedi sith
    elf elven dwarf orc wizard witch vampire zombie robot cyborg angel demon god goddess dragon
    christmas halloween easter summer winter spring autumn fall monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    paris london tokyo new york rome berlin madrid lisbon venice los angeles hollywood
    portrait retrato portrat ritratto affiche cartel plakat tableau pintura gemalde dipinto
    le la les un une des du de del el los las der die das ein eine il lo gli uno o os um uma
    und et y e and or ou o oder as en als como come in on at of for with by from to
    sdxl sd flux pony illustrious nsfw sfw hd uhd
    mein meine meinem meinen meiner unser unsere unserem unserer dein deine ihr ihre sein seine
    mon ma mes ton ta mi mis tu meu minha mio mia hund katze kater pferd hase chien chat perro gato cane gatto
    """.split()
)
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "le", "la", "bin", "al", "mc"})
_CAP_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _shipped_names() -> tuple[tuple[str, str, Category, str], ...]:
    """(key, display, category, source) for every shipped list: read and normalised once per process."""
    rows: list[tuple[str, Category, str]] = []
    rows += [(n, Category.PUBLIC, SOURCE_POI) for n in json.loads(_read_data("civitai/words-poi.json"))]
    rows += [(n, Category.PUBLIC, SOURCE_CELEB) for n in _read_lines("nsp/celeb.txt")]
    rows += [(n, Category.PUBLIC, SOURCE_EXTRA) for n in _read_lines("bountyboard/public_figures_extra.txt")]
    rows += [(n, Category.ARTIST, SOURCE_ARTIST) for n in _read_lines("nsp/artist.txt")]
    rows += [(n, Category.ARTIST, SOURCE_DIRECTOR) for n in _read_lines("nsp/movie-director.txt")]
    rows += [(n, Category.FICTIONAL, SOURCE_FICTIONAL) for n in _read_lines("bountyboard/fictional_characters.txt")]
    rows += [(n, Category.NOT_PERSON, SOURCE_NOT_PERSON) for n in _read_lines("bountyboard/not_people.txt")]
    return tuple((normalize_name(n), n.strip(), c, s) for n, c, s in rows)


@lru_cache(maxsize=1)
def _shipped_common_words() -> frozenset[str]:
    return frozenset(normalize_name(w) for line in _read_lines("bountyboard/common_words.txt") for w in line.split())


@lru_cache(maxsize=1)
def _shipped_given_names() -> frozenset[str]:
    return frozenset(normalize_name(w) for line in _read_lines("bountyboard/given_names.txt") for w in line.split())


def _read_data(path: str) -> str:
    try:
        return resources.files(_DATA).joinpath(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # a broken install: say which file
        raise GuardError(f"cannot read shipped list {path}: {exc}", code="data_missing") from exc


def _read_lines(path: str) -> list[str]:
    return [line.strip() for line in _read_data(path).splitlines() if line.strip() and not line.startswith("#")]


def _lexicon_key(term: str) -> str:
    return " ".join(word_view(fold(term)).text.split())


@lru_cache(maxsize=1)
def _shipped_terms() -> tuple[tuple[str, str, str], ...]:
    """(key, tier, source) for the sexual and minor lexicons, ours and Civitai's."""
    rows: list[tuple[str, str, str]] = []
    for tier, terms in (
        ("explicit", lexicons.EXPLICIT),
        ("suggestive", lexicons.SUGGESTIVE),
        ("mild", lexicons.MILD),
        ("minor", lexicons.MINOR),
    ):
        rows += [(t, tier, "lexicon:bountyboard") for t in terms]
    rows += [(t, "explicit", "lexicon:civitai") for t in _civitai_plain(json.loads(_read_data("civitai/words-nsfw-prompt.json")))]
    tags: dict[str, list[str]] = json.loads(_read_data("civitai/prompt-tags.json"))
    for tag in _CIVITAI_EXPLICIT_TAGS:
        rows += [(t, "explicit", "lexicon:civitai") for t in _civitai_plain(tags.get(tag, []))]
    for tag in ("underwear", "bikini", "swimsuit"):
        rows += [(t, "suggestive" if tag == "underwear" else "mild", "lexicon:civitai") for t in _civitai_plain(tags.get(tag, []))]
    blocklist: list[str] = json.loads(_read_data("civitai/blocklist.json"))
    rows += [(t, "minor", "lexicon:civitai") for t in blocklist if _CIVITAI_MINOR_STEMS.search(t)]
    return tuple((_lexicon_key(t), tier, src) for t, tier, src in rows)


def _civitai_plain(terms: Iterable[str]) -> list[str]:
    """Civitai's entries that are plain words (some are regex fragments), minus ambiguous ones."""
    return [t for t in terms if re.fullmatch(r"[\w '\-]+", t) and t.lower() not in _CIVITAI_AMBIGUOUS]


@lru_cache(maxsize=1)
def _harmful_combinations() -> tuple[re.Pattern[str], ...]:
    """Civitai's minor-harm combinations ("child abuse", "abused minor"), JavaScript /.../i literals."""
    out: list[re.Pattern[str]] = []
    for row in json.loads(_read_data("civitai/harmful-combinations.extracted.json")):
        if row.get("type") != "minor":
            continue
        literal = str(row["pattern"])
        body = literal[1 : literal.rindex("/")]
        out.append(re.compile(body, re.IGNORECASE))
    return tuple(out)


def _compile_any(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_DIGIT = re.compile(r"\d")
_HARM_STEM = re.compile(r"abus|harm|violen|exploit|assault|attack|hurt|damag|molest")
_AGE_WORD_RE = _compile_any(lexicons.AGE_WORD_PATTERNS)
_AGE_SHIFT_RE = _compile_any(lexicons.AGE_SHIFT_PATTERNS)
_PRIVATE_RELATION_RE = _compile_any(lexicons.PRIVATE_RELATIONS)
_PRIVATE_PHOTO_RE = _compile_any(lexicons.PRIVATE_PHOTO_CUES)
_SELF_RE = _compile_any(lexicons.SELF_CUES)
_DESCRIBED_RE = _compile_any(lexicons.DESCRIBED_PERSON)
_DEPICTION_REACH = 100  # characters either side of a relation where a depiction cue counts
_RELATION_LIKES_AFTER = re.compile(
    r"\s+(?:(?!looks?\b|looking\b)\w+\s+)?(?:loves?|likes?|wants?|adores?|enjoys?|collects?|is (?:into|obsessed with|a fan of)|asked for|"
    r"aime|adore|veut|quiere|le encanta|ama|adora|quer|liebt|mag|will|ama|vuole|adora)\b"
)
_PLACE_DETERMINERS = frozenset({"the", "my", "our", "a", "an"})
_RECIPIENT_BEFORE = re.compile(r"\b(?:for|pour|para|fur|per|to|a)\s*$")
# After a relation: "my wife's bakery" (an owner) or "our friend group" (not a person) is no subject,
# but "my neighbour's wife" or "my sister's photos" still is.
_RELATION_NOT_SUBJECT_AFTER = re.compile(
    r"^(?:(?:'s|’s|s')(?!\s+(?:\w+\s+){0,2}(?:wife|husband|girlfriend|boyfriend|gf|bf|daughter|son|sister|brother|mom|mum|"
    r"mother|dad|father|friend|friends|cousin|niece|aunt|ex|face|body|photos?|pics?|pictures?|selfies?|"
    r"portraits?|likeness|nudes?|insta|instagram|ig|snaps?|feet|legs|wedding photos?|headshots?|"
    r"teachers?|coach|nanny|babysitter|tutor|boss|coworkers?|colleagues?|classmates?|neighbou?rs?|roommate|"
    r"best friend|bff|fiancee?|partner|crush|grandma|grandmother|grandpa|grandfather|nurse|doctor|"
    r"therapist|secretary|maid|cleaner|trainer|students?)\b)|\s+(?:group|groups|circle|list|zone|chat|and i|et moi|dog|dogs|cat|cats|pet|pets|"
    r"puppy|kitten|horse|car|house|home|farm|business|restaurant|shop|store|bakery|crest|tree|recipe|reunion)\b)"
)
_PROFILE_LABEL = re.compile(
    r"\b(?P<host>ig|insta|instagram|tiktok|tt|twitter|snap|snapchat|onlyfans|twitch|yt|youtube|fansly|reddit)"
    r"\s*[:：]\s*@?(?P<handle>[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)"
)
_LABEL_PLATFORMS = {
    "ig": "instagram", "insta": "instagram", "instagram": "instagram", "tiktok": "tiktok", "tt": "tiktok",
    "twitter": "x", "snap": "snapchat", "snapchat": "snapchat", "onlyfans": "onlyfans", "twitch": "twitch",
    "yt": "youtube", "youtube": "youtube", "fansly": "fansly", "reddit": "reddit",
}  # fmt: skip


def _handle_key(handle: str) -> str:
    """"@Lea.Moreau.fit", "instagram.com/lea.moreau.fit/" -> "lea.moreau.fit"."""
    value = handle.strip().casefold().rstrip("/")
    if "/" in value:
        value = value.rsplit("/", 1)[-1]
    return value.lstrip("@")


@dataclass(frozen=True, slots=True)
class _RegistryIndex:
    """Everything built from the registry, replaced as one object by ``set_protected_persons``."""

    matcher: NameMatcher
    handles: dict[str, ListedName]
    fuzzy_keys: list[str]
    fuzzy_entries: list[ListedName]


class TextScanner:
    """Build once (the lists load in well under a second) and share: ``scan`` only reads state."""

    def __init__(self, config: TextConfig | None = None, *, extra_public_figures: Iterable[str] = ()) -> None:
        self.config = config or TextConfig()
        names: list[ListedName] = [
            ListedName(key=k, display=d, category=c, sources=[s]) for k, d, c, s in _shipped_names()
        ]
        extra = [*self.config.extra_public_figures, *extra_public_figures]
        names += [ListedName(normalize_name(n), n.strip(), Category.PUBLIC, [SOURCE_CONFIG]) for n in extra]
        names += [
            ListedName(normalize_name(n), n.strip(), Category.FICTIONAL, [SOURCE_CONFIG])
            for n in self.config.extra_fictional_characters
        ]
        names += [
            ListedName(normalize_name(n), n.strip(), Category.ARTIST, [SOURCE_CONFIG]) for n in self.config.extra_artists
        ]
        self._gazetteer = NameMatcher(names)
        # First words of listed people's names: a capitalised run starting with one is likely a person.
        listed_first_words = {
            n.key.split()[0] for n in names if n.category & (Category.PUBLIC | Category.ARTIST) and " " in n.key
        }
        self._given_names = (listed_first_words | _shipped_given_names()) - _NOT_NAME_WORDS
        self._terms = ahocorasick.Automaton()
        term_rows = list(_shipped_terms())
        term_rows += [(_lexicon_key(t), "explicit", "lexicon:config") for t in self.config.extra_sexual_terms]
        term_rows += [(_lexicon_key(t), "minor", "lexicon:config") for t in self.config.extra_minor_terms]
        seen: dict[str, tuple[int, str, str]] = {}
        severity = {"minor": 4, "explicit": 3, "suggestive": 2, "mild": 1}
        for key, tier, source in term_rows:
            variants = [key] if key.endswith("s") or len(key) < 4 else [key, key + "s"]
            for variant in variants:
                current = seen.get(variant)
                # A word in two tiers keeps the stronger one; minor words never downgrade.
                if current is None or severity[tier] > severity[current[1]]:
                    seen[variant] = (len(variant), tier, source)
        for variant, (_, tier, source) in seen.items():
            key = padded_key(variant)
            self._terms.add_word(key, (len(key), tier, source))
        self._terms.make_automaton()
        self._registry = _RegistryIndex(NameMatcher([]), {}, [], [])

    @property
    def gazetteer_size(self) -> int:
        return self._gazetteer.size

    # -- registry ---------------------------------------------------------------------------------

    def set_protected_persons(self, persons: Sequence[ProtectedPerson]) -> None:
        """Replace the registry matcher (names, aliases, handles); the shipped lists are untouched."""
        names: list[ListedName] = []
        handles: dict[str, ListedName] = {}
        for person in persons:
            if not person.active:
                continue
            for label in (*person.names, *person.aliases):
                entry = ListedName(
                    key=normalize_name(label),
                    display=label.strip(),
                    category=Category.PROTECTED,
                    sources=[SOURCE_REGISTRY],
                    person_id=person.person_id,
                    verified=person.verified,
                )
                names.append(entry)
            for handle in person.handles:
                key = _handle_key(handle)
                if not key:
                    continue
                entry = ListedName(
                    key=normalize_name(key),
                    display=handle.strip(),
                    category=Category.PROTECTED,
                    sources=[SOURCE_REGISTRY],
                    person_id=person.person_id,
                    verified=person.verified,
                )
                handles[key] = entry
                names.append(entry)  # "lea.moreau.fit" written without the @ still matches
        fuzzy = [n for n in names if len(n.key) >= 8 and " " in n.key]
        # One attribute swap: a concurrent ``scan`` sees the old registry or the new, never half of each.
        self._registry = _RegistryIndex(NameMatcher(names), handles, [n.key for n in fuzzy], fuzzy)

    # -- scanning ---------------------------------------------------------------------------------

    def scan(self, text: str) -> list[Signal]:
        if not isinstance(text, str):
            raise GuardError("text to scan must be a string", code="input_invalid")
        registry = self._registry  # one snapshot for the whole scan
        norm = normalize(text)
        signals: list[Signal] = []
        term_signals = self._scan_terms(norm)
        signals += term_signals
        has_sexual = any(s.kind in (SignalKind.SEXUAL_EXPLICIT, SignalKind.SEXUAL_SUGGESTIVE) for s in term_signals)
        profiles = self._scan_profiles(norm, registry)
        signals += profiles
        name_signals, explained = self._scan_names(norm, registry)
        # A registry handle seen as a link and again as a name is one finding: keep the link's.
        linked = [(s.span, s.person_id) for s in profiles if s.person_id is not None and s.span]
        name_signals = [
            s
            for s in name_signals
            if not (
                s.kind is SignalKind.PROTECTED_PERSON
                and s.span
                and any(pid == s.person_id and s.span[0] < e and b < s.span[1] for (b, e), pid in linked)
            )
        ]
        signals += name_signals
        private = self._scan_private(norm, has_sexual)
        signals += private
        signals += self._scan_self(norm)
        described = [
            self._signal(
                norm, "words", *m.span(), SignalKind.PERSON_NAME,
                source="pattern:described-person", label=m.group(0), detail={"described": True},
            )
            for m in _DESCRIBED_RE.finditer(norm.words.text)
        ]  # fmt: skip
        signals += described
        strong_person = profiles or private or described or any(
            s.kind in (SignalKind.PERSON_NAME, SignalKind.PROTECTED_PERSON) for s in name_signals
        )
        if self.config.ner and not strong_person:
            sexual_spans = [s.span for s in term_signals if s.span and s.kind is not SignalKind.MINOR_CUE]
            shapes = self._scan_name_shapes(norm, explained, sexual_spans)
            taken = explained + [s.span for s in shapes if s.span]
            signals += shapes
            signals += self._scan_sexual_photo_subjects(norm, taken, sexual_spans)
            signals += self._scan_lower_case_names(norm, taken + [s.span for s in signals if s.span], sexual_spans)
        return signals

    def _signal(self, norm: NormalizedText, view: str, start: int, end: int, kind: SignalKind, **kw: Any) -> Signal:
        span = getattr(norm, view).span(start, end)
        return Signal(kind=kind, text=norm.original[span[0] : span[1]], span=span, **kw)

    def _scan_terms(self, norm: NormalizedText) -> list[Signal]:
        words = norm.words.text
        out: list[Signal] = []
        for end_index, (length, tier, source) in self._terms.iter(padded(words)):
            start, end_index = end_index - length + 1, end_index - 2  # back to ``words`` offsets, end inclusive
            term = words[start : end_index + 1]
            if _negated(words, start):
                continue
            if term in ("nude", "nudes") and lexicons.NUDE_COLOUR.match(words[end_index + 1 :]):
                continue
            detail: dict[str, Any] = {"term": term}
            if tier == "mild":
                detail["level"] = "mild"
            if tier == "minor" and term in lexicons.SEXUALISED_MINOR:
                detail["sexualised"] = True  # "loli", "jailbait": sexual by what the word means here
            out.append(
                self._signal(norm, "words", start, end_index + 1, _TIER_KIND[tier], source=source, label=term, detail=detail)
            )
        for m in lexicons.HOT_PERSON.finditer(words) if "hot" in words or "sexy" in words or "thicc" in words else ():
            if _negated(words, m.start()):
                continue
            out.append(
                self._signal(
                    norm, "words", *m.span(), SignalKind.SEXUAL_SUGGESTIVE,
                    source="pattern:hot-person", label=m.group(0), detail={"term": m.group(0)},
                )
            )  # fmt: skip
        for m in lexicons.ADULT_MARKER.finditer(words):
            out.append(
                self._signal(
                    norm, "words", *m.span(), SignalKind.SEXUAL_SUGGESTIVE,
                    source="pattern:adult-marker", label=m.group(0), detail={"term": m.group(0)},
                )
            )  # fmt: skip
        spans = [(m.span(), "age_shift") for m in _AGE_SHIFT_RE.finditer(words)]
        spans += [(m.span(), "stated_age") for m in _AGE_WORD_RE.finditer(words)]
        if _DIGIT.search(words):
            spans += [(span, "stated_age") for span in _stated_ages(words)]
        for (start, end), label in spans:
            out.append(self._signal(norm, "words", start, end, SignalKind.MINOR_CUE, source="pattern:" + label, label=label))
        # Every harmful combination names a kind of harm: skip the 37 patterns when none is there.
        for pattern in _harmful_combinations() if _HARM_STEM.search(words) else ():
            for m in pattern.finditer(words):
                out.append(
                    self._signal(
                        norm, "words", *m.span(), SignalKind.MINOR_CUE,
                        source="lexicon:civitai-harmful-combinations", label="minor_harm", detail={"harm": True},
                    )
                )  # fmt: skip
        return _dedupe(out)

    def _scan_profiles(self, norm: NormalizedText, registry: _RegistryIndex) -> list[Signal]:
        base = norm.base.text
        out: list[Signal] = []
        taken: list[tuple[int, int]] = []
        for m in _PROFILE_URL.finditer(base) if "/" in base else ():  # a profile link has a path
            handle = m.group("handle").rstrip(".")
            if handle in _URL_PATH_WORDS:
                handle = ""
            platform = _PLATFORM_NAMES[m.group("host")]
            taken.append(m.span())
            out.append(self._profile_signal(norm, registry, m.start(), m.start("handle") + len(handle) if handle else m.end(), platform, handle))
        for m in _PROFILE_LABEL.finditer(base) if ":" in base or "：" in base else ():  # "IG: lea.fit"
            taken.append(m.span())
            platform = _LABEL_PLATFORMS[m.group("host")]
            out.append(self._profile_signal(norm, registry, m.start(), m.end(), platform, m.group("handle")))
        for m in _HANDLE.finditer(base) if "@" in base else ():
            if any(s <= m.start() < e for s, e in taken):
                continue
            out.append(self._profile_signal(norm, registry, m.start(), m.end(), None, m.group("handle")))
        return out

    def _profile_signal(
        self, norm: NormalizedText, registry: _RegistryIndex, start: int, end: int, platform: str | None, handle: str
    ) -> Signal:
        entry = registry.handles.get(handle) if handle else None
        detail: dict[str, Any] = {"platform": platform, "handle": handle}
        if entry is not None:
            detail["verified"] = entry.verified
            return self._signal(
                norm, "base", start, end, SignalKind.PROTECTED_PERSON,
                source=SOURCE_REGISTRY, label=entry.display, person_id=entry.person_id, detail=detail,
            )  # fmt: skip
        label = f"{platform}:@{handle}" if platform else f"@{handle}"
        return self._signal(norm, "base", start, end, SignalKind.SOCIAL_PROFILE, source="pattern:profile", label=label, detail=detail)

    def _scan_names(
        self, norm: NormalizedText, registry: _RegistryIndex
    ) -> tuple[list[Signal], list[tuple[int, int]]]:
        """Signals for listed names, and the original spans they explain (for the NER heuristic)."""
        names = norm.names.text
        hits = self._gazetteer.find(names) + registry.matcher.find(names)
        hits = [
            h
            for h in hits
            if (not h.entry.needs_capital or _capitalised(norm, h)) and (not h.reordered or _every_word_capitalised(norm, h))
        ]
        hits += self._fuzzy_registry_hits(names, hits, registry)
        out: list[Signal] = []
        explained: list[tuple[int, int]] = []
        for hit in resolve_overlaps(hits):
            entry = hit.entry
            span = norm.names.span(hit.start, hit.end)
            explained.append(span)
            before, after = names[max(0, hit.start - 48) : hit.start], names[hit.end : hit.end + 48]
            likeness = bool(lexicons.LIKENESS_BEFORE.search(before) or lexicons.LIKENESS_AFTER.match(after)) or (
                not entry.category & Category.ARTIST and bool(lexicons.ACTION_AFTER.match(after))
            )
            style = bool(lexicons.STYLE_BEFORE.search(before) or lexicons.STYLE_AFTER.match(after))
            source = entry.sources[0]
            common: dict[str, Any] = {"source": source, "label": entry.display}
            if entry.category & Category.PROTECTED:
                fuzzy = source == SOURCE_REGISTRY_FUZZY
                out.append(
                    self._signal(
                        norm, "names", hit.start, hit.end, SignalKind.PROTECTED_PERSON,
                        person_id=entry.person_id, score=0.85 if fuzzy else 1.0,
                        detail={"verified": entry.verified, "fuzzy": fuzzy}, **common,
                    )
                )  # fmt: skip
            elif entry.category & (Category.PUBLIC | Category.ARTIST):
                is_artist = bool(entry.category & Category.ARTIST)
                # An artist is a style unless depicted; a public figure is a person unless plainly
                # cited as the author of a style ("by", "in the style of").
                as_style = (is_artist and (style or not likeness)) or (
                    not is_artist and not likeness and bool(lexicons.STYLE_BEFORE.search(before))
                )
                kind = SignalKind.STYLE_REFERENCE if as_style else SignalKind.PERSON_NAME
                detail = {"lists": list(entry.sources)}
                out.append(self._signal(norm, "names", hit.start, hit.end, kind, detail=detail, **common))
            elif entry.category & Category.FICTIONAL:
                out.append(self._signal(norm, "names", hit.start, hit.end, SignalKind.FICTIONAL_CHARACTER, **common))
                continue
            else:
                continue  # a brand or place named after someone: nothing to report
            if likeness and out[-1].kind is not SignalKind.STYLE_REFERENCE:
                out.append(
                    self._signal(
                        norm, "names", hit.start, hit.end, SignalKind.LIKENESS_INTENT,
                        source="pattern:likeness-frame", label=entry.display,
                    )
                )  # fmt: skip
        return out, explained

    def _fuzzy_registry_hits(self, names: str, exact: list[NameHit], registry: _RegistryIndex) -> list[NameHit]:
        if not registry.fuzzy_keys:
            return []
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+", names)]
        covered = [(h.start, h.end) for h in exact if h.entry.category & Category.PROTECTED]
        out: list[NameHit] = []
        for size in (2, 3):
            for i in range(len(tokens) - size + 1):
                start, end = tokens[i][0], tokens[i + size - 1][1]
                if any(start < e and s < end for s, e in covered):
                    continue  # an exact registry hit already explains these words
                window = " ".join(names[s:e] for s, e in tokens[i : i + size])
                found = process.extractOne(
                    window, registry.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.config.fuzzy_min_ratio
                )
                if found is None:
                    continue
                entry = registry.fuzzy_entries[found[2]]
                if len(entry.key.split()) != size:
                    continue  # a near-miss must have as many words as the name
                fuzzy_entry = ListedName(
                    key=entry.key, display=entry.display, category=Category.PROTECTED,
                    sources=[SOURCE_REGISTRY_FUZZY], person_id=entry.person_id, verified=entry.verified,
                )  # fmt: skip
                out.append(NameHit(start, end, fuzzy_entry))
        return out

    def _scan_private(self, norm: NormalizedText, has_sexual: bool) -> list[Signal]:
        words = norm.words.text
        depicted = has_sexual or bool(lexicons.DEPICTION_CUES.search(words))
        if not depicted:
            return []  # "the logo for my wife's bakery" names a relation but depicts no one
        out: list[Signal] = []
        for m in _PRIVATE_RELATION_RE.finditer(words):
            if _RECIPIENT_BEFORE.search(words[max(0, m.start() - 12) : m.start()]):
                continue  # "a portrait of my dog for my son": the relation receives, not appears
            ends_on_a_place = m.group(0).rsplit(" ", 1)[-1] in _PLACE_DETERMINERS  # "a girl from the ..."
            if not ends_on_a_place and _RELATION_NOT_SUBJECT_AFTER.match(words[m.end() : m.end() + 40]):
                continue  # "my wife's bakery", "our friend group"
            if _RELATION_LIKES_AFTER.match(words, m.end()):
                continue  # "my daughter loves dinosaurs": the relation wants the picture, it is not in it
            near = words[max(0, m.start() - _DEPICTION_REACH) : m.end() + _DEPICTION_REACH]
            if not (has_sexual or lexicons.DEPICTION_CUES.search(near)):
                continue  # a depiction cue must be near the relation, not anywhere in a long text
            out.append(
                self._signal(norm, "words", *m.span(), SignalKind.PRIVATE_PERSON_CUE, source="lexicon:private-relation", label=m.group(0))
            )
        for m in _PRIVATE_PHOTO_RE.finditer(words):
            out.append(
                self._signal(norm, "words", *m.span(), SignalKind.PRIVATE_PERSON_CUE, source="lexicon:private-photos", label=m.group(0))
            )
        return out

    def _scan_self(self, norm: NormalizedText) -> list[Signal]:
        return [
            self._signal(
                norm, "words", *m.span(), SignalKind.LIKENESS_INTENT,
                source="lexicon:self-likeness", label="self", detail={"subject": "self"},
            )
            for m in _SELF_RE.finditer(norm.words.text)
        ]  # fmt: skip

    def _scan_name_shapes(
        self, norm: NormalizedText, explained: list[tuple[int, int]], sexual_spans: list[tuple[int, int]]
    ) -> list[Signal]:
        """The weak ``ner_person``: a capitalised two-to-four-word name that no list explains, in a
        likeness frame ("X as a knight", "portrait of X") or right beside a sexual word ("X nude").

        A statistical NER model would cost a third-party model download pinned by hash; this
        heuristic covers the case the brief names (docs/decisions/0003-ner-model.md).
        """
        words_text = norm.words.text
        if lexicons.FICTIONAL_CONTEXT.search(words_text):
            return []
        original = norm.original
        out: list[Signal] = []
        runs = []
        for start, end in _capitalised_runs(original):
            if (lead := lexicons.GROUP_LEADING.match(original, start, end)) and lead.end() < end:
                start = lead.end()  # "TWICE's Tzuyu": the band is context, the name follows it
            head = original[start:end].split(" ", 1)
            if len(head) == 2 and fold(head[0]).text in lexicons.ROLE_WORDS:
                start += len(head[0]) + 1  # "Swimmer Summer McIntosh": a capitalised role opens the run
            runs.append((start, end, " " not in original[start:end].strip()))
        role_in_text = lexicons.names_a_role(words_text)
        if role_in_text or lexicons.GROUP_ANYWHERE.search(words_text):  # one word needs a role or a band
            runs += [(start, end, True) for start, end in _capitalised_single_words(original)]
        if role_in_text:  # "IU (K-pop singer)": a short all-caps name only with a role in parentheses
            runs += [(start, end, True) for start, end in _short_caps_names_with_a_role(original)]
        if not runs:
            return out
        realism = bool(lexicons.REALISM_CUES.search(words_text))
        drawn = bool(lexicons.DRAWN_MEDIUM_CUES.search(words_text))
        for start, end, single in runs:
            if any(not (end <= s or start >= e) for s, e in explained):
                continue
            words = fold(original[start:end]).text.replace("-", " ").split()
            if words[-1] in lexicons.NOT_PERSON_HEADS:
                continue  # "Central Park", "Mega Man", "Little Mermaid"
            raw_before, raw_after = original[max(0, start - 48) : start], original[end : end + 48]
            before = fold(raw_before).text
            after = fold(raw_after).text
            # A role or a band beside the name says it is a real person: "the singer Peso Pluma",
            # "Kameto, le streamer", "Nayeon (TWICE)", "Kim Chaewon from LE SSERAFIM".
            role_after = lexicons.ROLE_AFTER.match(after) if role_in_text else None
            if single and role_after and "," not in role_after.group(0):
                role_after = None  # one word needs an apposition: "Kameto, le streamer", not "Korean idol"
            if role_in_text and not role_after:  # "Pedri (Barcelona midfielder)", "Pedri - Brazilian footballer"
                role_after = lexicons.ROLE_ASIDE_AFTER.match(after)
            role = bool(
                (role_in_text and lexicons.ROLE_BEFORE.search(before)) or role_after
                or lexicons.GROUP_AFTER.match(after) or lexicons.GROUP_BEFORE.search(before)
            )  # fmt: skip
            if _LORA_TAG_OPEN.search(raw_before):
                continue  # "<lora:Sakura Matou:1>": a model file's name, not a depiction
            if single and (not role or any(s <= start and end <= e for s, e, multi in runs if not multi)):
                continue  # one capitalised word is a name only with a role or a band beside it
            if lexicons.STYLE_BEFORE.search(before) or lexicons.STYLE_AFTER.match(after):
                continue
            if not role and (
                after.lstrip().startswith("(")
                or _FROM_A_WORK.match(raw_after)
                or re.search(r"\b(?:from|in|of)\s*$", before) and not lexicons.NAME_SHAPE_BEFORE.search(before)
            ):
                continue  # "Yor Forger (Spy x Family)", "2B from Nier Automata": a character or a work
            if any(not (end <= s or start >= e) for s, e in sexual_spans):
                continue  # "Erotische Aktzeichnungen": German capitalises its nouns
            given = words[0] in self._given_names
            opens_a_line = not raw_before.strip() or raw_before.rstrip(" \t").endswith("\n")
            framed = bool(
                lexicons.NAME_SHAPE_BEFORE.search(before) or lexicons.NAME_SHAPE_AFTER.match(after)
                # A title that opens with a name doing something: "Mondo Duplantis pole vaulting ...".
                or (opens_a_line and bool(lexicons.TITLE_ACTION_AFTER.match(raw_after) or _PORTRAIT_AFTER.match(after)))
            ) or (
                given
                and bool(
                    lexicons.LIKENESS_BEFORE.search(before) or lexicons.LIKENESS_AFTER.match(after)
                    or lexicons.ACTION_AFTER.match(after)
                )
            )  # a known given name earns the wider frames ("Sadie Sink skateboarding")
            near_sexual = any(abs(s - end) <= 24 or abs(start - e) <= 24 for s, e in sexual_spans)
            # Beside a sexual word, a known given name is enough; any other name shape needs a text
            # about photographs with no drawn medium ("Rashmika Mandanna boudoir photos, realistic").
            beside_sexual = near_sexual and (given or (not single and realism and not drawn))
            if not (framed or beside_sexual or role):
                continue
            # Corroborated: a role or band beside the name; a known given name in a likeness frame (or
            # beside a sexual word) in a text about photographs, or in a sexual text with no drawn or
            # invented medium; a strictly framed name in a text that names a real job. The policy treats
            # a corroborated name shape as a real person.
            corroborated = (
                role
                or ((given or beside_sexual) and (framed or beside_sexual) and not drawn and (realism or bool(sexual_spans)))
                or (framed and role_in_text)
            )
            name = original[start:end]
            detail: dict[str, Any] = {"given_name": given}
            if corroborated:
                detail["corroborated"] = True
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:name-shape",
                    score=0.8 if corroborated else 0.6 if given else 0.4,
                    text=name, span=(start, end), label=name, detail=detail,
                )
            )  # fmt: skip
            if framed:
                out.append(
                    Signal(
                        kind=SignalKind.LIKENESS_INTENT, source="pattern:likeness-frame", text=name,
                        span=(start, end), label=name,
                    )
                )  # fmt: skip
        return out

    def _scan_sexual_photo_subjects(
        self, norm: NormalizedText, taken: list[tuple[int, int]], sexual_spans: list[tuple[int, int]]
    ) -> list[Signal]:
        """Fail safe for one-word names: in a sexual text about photographs, a capitalised word that no
        list explains, standing as the subject ("Yseult nue, photo realiste", "nude photo of Yseult"),
        is a possible real person. Only a known given name beside the sexual word is corroborated; any
        other word is a weak name shape, which the policy sends to a moderator.
        """
        words_text = norm.words.text
        if not sexual_spans or lexicons.FICTIONAL_CONTEXT.search(words_text):
            return []
        if lexicons.DRAWN_MEDIUM_CUES.search(words_text):
            return []  # drawn or invented media: the subject is a character, not a photographed person
        if not (lexicons.REALISM_CUES.search(words_text) or lexicons.PHOTOGRAPHIC_CUES.search(words_text)):
            return []
        original = norm.original
        common = _shipped_common_words()
        out: list[Signal] = []
        for m in _CAPITALISED_WORD.finditer(original):
            start, end = m.span()
            key = fold(m.group(0)).text
            if key in _NOT_NAME_WORDS or key in common or len(key) < 3:
                continue
            if any(start < e and s < end for s, e in (*taken, *sexual_spans)):
                continue  # a listed name, place, brand or character, or the sexual word itself
            raw_before, raw_after = original[max(0, start - 48) : start], original[end : end + 48]
            before, after = fold(raw_before).text, fold(raw_after).text
            if _LORA_TAG_OPEN.search(raw_before):
                continue
            if _CAPITAL_NEXT.match(raw_after):
                continue  # the first word of a capitalised phrase ("Golden Hour"): the run rule's business
            opens_a_line = not raw_before.strip() or raw_before.rstrip(" \t").endswith("\n")
            subject = bool(
                lexicons.SUBJECT_AFTER.match(after)
                or lexicons.SUBJECT_BEFORE.search(before)
                or (opens_a_line and _ALONE_AFTER.match(raw_after))  # "Yseult, nude, raw photo"
            )
            if not subject:
                continue
            given = key in self._given_names
            near_sexual = any(abs(s - end) <= 24 or abs(start - e) <= 24 for s, e in sexual_spans)
            detail: dict[str, Any] = {"given_name": given, "sexual_photo": True}
            if given and near_sexual:
                detail["corroborated"] = True  # the rule the name-shape heuristic applies to two words
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:sexual-photo-subject",
                    score=0.8 if detail.get("corroborated") else 0.5,
                    text=m.group(0), span=(start, end), label=m.group(0), detail=detail,
                )
            )  # fmt: skip
        return out

    def _scan_lower_case_names(
        self, norm: NormalizedText, taken: list[tuple[int, int]], sexual_spans: list[tuple[int, int]]
    ) -> list[Signal]:
        """A lower-case "<given name> <word>" framed as a model of a person ("renee rapp lora",
        "lora of sophie rain"): a weak name shape in a likeness frame, so at least ``consent_required``;
        corroborated, as for capitalised names, when the text is sexual, about photographs and not drawn.
        """
        words_text = norm.words.text
        if "lora" not in words_text and "lycoris" not in words_text:
            return []  # the only frame this rule knows; most texts stop here
        if lexicons.FICTIONAL_CONTEXT.search(words_text):
            return []
        common = _shipped_common_words()
        drawn = bool(lexicons.DRAWN_MEDIUM_CUES.search(words_text))
        realism = bool(lexicons.REALISM_CUES.search(words_text) or lexicons.PHOTOGRAPHIC_CUES.search(words_text))
        out: list[Signal] = []
        for m in _LOWER_PAIR.finditer(words_text):
            first, second = m.group(1), m.group(2)
            if first not in self._given_names or second in _NOT_NAME_WORDS or second in _LORA_WORDS:
                continue
            if first in common or second in common:
                continue  # "rose gold lora", "misty lake landscapes lora": words, not a name
            start, end = norm.words.span(m.start(), m.end())
            if not norm.original[start : start + 1].islower():
                continue  # capitalised names belong to the name-shape heuristic
            if any(start < e and s < end for s, e in (*taken, *sexual_spans)):
                continue
            if _LORA_TAG_OPEN.search(norm.original[max(0, start - 24) : start]):
                continue
            if not (lexicons.LORA_FRAME_AFTER.match(words_text, m.end()) or lexicons.LORA_FRAME_BEFORE.search(words_text[: m.start()])):
                continue
            name = norm.original[start:end]
            detail: dict[str, Any] = {"given_name": True, "lower_case": True}
            if sexual_spans and realism and not drawn:
                detail["corroborated"] = True
            out.append(
                Signal(
                    kind=SignalKind.NER_PERSON, source="heuristic:lower-case-name",
                    score=0.8 if detail.get("corroborated") else 0.6,
                    text=name, span=(start, end), label=name, detail=detail,
                )
            )  # fmt: skip
            out.append(
                Signal(kind=SignalKind.LIKENESS_INTENT, source="pattern:likeness-frame", text=name, span=(start, end), label=name)
            )
        return out


def _stated_ages(words: str) -> list[tuple[int, int]]:
    """Spans of ages under 18: "15yo", "15-year-old", "she's 14", "Schoolgirl (14)", "16 again", "15 ans"."""
    found = [m.span() for m in lexicons.GRADE.finditer(words)]
    for m in lexicons.AGE_NUMBER.finditer(words):
        start, end = m.span()
        window = max(0, start - 24)
        if suffix := lexicons.AGE_SUFFIX.match(words, end):
            found.append((start, suffix.end()))
        elif prefix := lexicons.AGE_PREFIX.search(words, window, start):
            if not lexicons.AGE_NOT_AN_AGE.match(words, end):
                found.append((prefix.start(), end))
        elif (prefix := lexicons.AGE_PAREN_PREFIX.search(words, window, start)) and (
            close := lexicons.AGE_PAREN_SUFFIX.match(words, end)
        ):
            found.append((prefix.start(), close.end()))
    return found


def _capitalised(norm: NormalizedText, hit: NameHit) -> bool:
    start, _ = norm.names.span(hit.start, hit.end)
    return norm.original[start : start + 1].isupper()


def _every_word_capitalised(norm: NormalizedText, hit: NameHit) -> bool:
    """"Watson Emma" is a reversed name; "the smith will" is not "Will Smith"."""
    start, end = norm.names.span(hit.start, hit.end)
    return all(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", norm.original[start:end]))


def _negated(words: str, start: int) -> bool:
    previous = words[max(0, start - 24) : start].split()[-2:]
    return any(w.strip(",;:()!?") in lexicons.NEGATORS for w in previous)


def _dedupe(signals: list[Signal]) -> list[Signal]:
    seen: set[tuple[SignalKind, tuple[int, int] | None]] = set()
    out: list[Signal] = []
    for signal in signals:
        key = (signal.kind, signal.span)
        if key not in seen:
            seen.add(key)
            out.append(signal)
    return out


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽ"
_NAME_WORD = rf"[{_UPPER}][\w'’]*[a-zß-öø-ÿā-ž][\w'’]*(?:-[a-zß-öø-ÿā-ž]+)?"  # "Heung-min"
_CAPITALISED_RUN = re.compile(
    rf"(?<!\w){_NAME_WORD}(?:[ -](?:(?:{'|'.join(sorted(_PARTICLES))}) )*{_NAME_WORD})+(?![\w'’])"
)  # several particles in a row: "Ursula von der Leyen"
_CAPITALISED_WORD = re.compile(rf"(?<![\w'’]){_NAME_WORD}(?![\w'’])")


# "Chloe Price from Life is Strange": a name followed by the capitalised title it comes from.
_FROM_A_WORK = re.compile(rf"^\s*,?\s*(?:from|aus)\s+(?:the\s+)?(?:[{_UPPER}0-9])")
_PORTRAIT_AFTER = re.compile(r"^\s*(?:\w+ )?(?:portrait|headshot|photocard|photoshoot)\b")
_CAPITAL_NEXT = re.compile(rf"[ -]?[{_UPPER}]")
_ALONE_AFTER = re.compile(r"\s*(?:[,:;.!?]|$)")
_LOWER_PAIR = re.compile(r"(?<![\w'])([a-z]{3,}) ([a-z]{2,})(?![\w'])")
_LORA_WORDS = frozenset({"lora", "loras", "lycoris"})
_LORA_TAG_OPEN = re.compile(r"<\s*(?:lora|lyco|lycoris|hypernet|embedding)\s*:\s*$", re.IGNORECASE)


def _capitalised_single_words(text: str) -> list[tuple[int, int]]:
    """Spans of single capitalised words that are not title words ("Kameto", "Nayeon")."""
    return [m.span() for m in _CAPITALISED_WORD.finditer(text) if fold(m.group(0)).text not in _NOT_NAME_WORDS]


_SHORT_CAPS = re.compile(r"(?<![\w'’-])[A-Z]{2,3}(?![\w'’-])")


def _short_caps_names_with_a_role(text: str) -> list[tuple[int, int]]:
    """Spans of 2-3 letter all-caps words followed by a role in parentheses ("IU (K-pop singer)");
    without that role such a word is an acronym ("SDXL (base model)", "UI (dark theme)")."""
    return [
        m.span()
        for m in _SHORT_CAPS.finditer(text)
        if fold(m.group(0)).text not in _NOT_NAME_WORDS
        and lexicons.ROLE_IN_PARENS.match(fold(text[m.end() : m.end() + 48]).text)
    ]


_RUN_TOKEN = re.compile(r"[\w'’]+(?:-[a-zß-öø-ÿā-ž]+)?")  # "Heung-min" is one word of a name


def _capitalised_runs(text: str) -> list[tuple[int, int]]:
    """Spans of 2-4 capitalised words in a row (particles like "de", "van" allowed inside).

    Words that start titles but are not names ("Portrait", "The", "Need") split a run.
    """
    runs: list[tuple[int, int]] = []
    for run in _CAPITALISED_RUN.finditer(text):
        current: list[tuple[int, int, bool]] = []
        for word in _RUN_TOKEN.finditer(run.group(0)):
            token = word.group(0)
            capital = token[0].isupper()
            if capital and fold(token).text in _NOT_NAME_WORDS:
                _close_run(current, runs)
                current = []
                continue
            current.append((run.start() + word.start(), run.start() + word.end(), capital))
        _close_run(current, runs)
    return runs


def _close_run(words: list[tuple[int, int, bool]], runs: list[tuple[int, int]]) -> None:
    while words and not words[0][2]:
        words.pop(0)  # a particle cannot start a name
    while words and not words[-1][2]:
        words.pop()
    if 2 <= sum(1 for w in words if w[2]) <= 4:
        runs.append((words[0][0], words[-1][1]))
