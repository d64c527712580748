"""Social profile links, "IG: handle" labels and @handles; a handle in the registry is that person."""

from __future__ import annotations

import re
from typing import Any

from bountyboard.guard.signals import Signal, SignalKind
from bountyboard.guard.text.detectors.base import RegistryIndex, ScanContext
from bountyboard.guard.text.shipped import SOURCE_REGISTRY

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
_URL_PATH_WORDS = frozenset(
    {"p", "reel", "reels", "watch", "explore", "video", "videos", "status", "shorts", "tv"}
)
# The platforms a label, a sentence or a bracket names by their short names ("IG: x", "her onlyfans is x"); one list,
# read here and by the given-name rule (an account in brackets after a name is no franchise)
PLATFORM_NAMES = r"(?:ig|insta|instagram|tiktok|tt|twitter|snap|snapchat|onlyfans|twitch|yt|youtube|fansly|reddit)"
_PROFILE_LABEL = re.compile(
    rf"\b(?P<host>{PLATFORM_NAMES})"
    r"\s*[:：]\s*@?(?P<handle>[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)"
)
# ... or said in a sentence, after a possessive ("her onlyfans is ruthie_h", "sein Insta ist kuno.fit": session 40, round
# 45's brief); only a handle no word can be (an "_", a "." or a digit in it, or an "@"): "her instagram is private" names
# nobody
_PROFILE_IS = re.compile(
    r"\b(?:her|his|their|ihr|ihre|sein|seine|son|sa|su|sua|seu|jej|jego|jeho|jeji|haar|zijn)\s+"
    rf"(?P<host>{PLATFORM_NAMES})\s+"
    r"(?:is|ist|est|es|e|jest|je)\s+(?P<handle>@[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_]|"
    r"(?=[a-z0-9_.]*[0-9_.])[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_])"
)
# ... or "on onlyfans as wendy_vd_xo", "op insta als x", "insta'da nesrin_bal diye geçer" (round 47), a handle no word
# can be
_PROFILE_AS = re.compile(
    rf"\b(?:(?:on|op|auf|sur|en|na|w|su|no|da|em)\s+(?P<host>{PLATFORM_NAMES})\s+(?:as|als|comme|como|jako|come|jak)\s+|"
    rf"(?P<host_tr>{PLATFORM_NAMES})['’]?(?:da|de|ta|te)\s+(?=\S+\s+(?:diye|olarak)\b))"
    r"(?P<handle>@[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_]|(?=[a-z0-9_.]*[0-9_.])[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_])"
)
# ... or a handle no word can be beside a creator's role ("the streamer mossvale_kat", "wendelynX_live, twitch streamster
# uit Tiel": round 48); the platform is the one the role names, if any
_CREATOR = (
    r"(?:(?P<host_role>twitch|youtube|tiktok|insta|instagram|kick)\s+)?(?:streamer\w*|streamster|streameuse|youtuber\w*|"
    r"tiktoker\w*|influencer\w*|influenceuse|content creator|creator|cosplayer\w*|camgirl|cam girl)"
)
_CREATOR_CUE = re.compile(r"stream|youtub|tiktok|influenc|creator|cosplay|cam ?girl")
_HANDLE_WORD = r"@?(?=[a-z0-9_.]*[0-9_])(?=[a-z0-9_.]*[a-z])[a-z0-9_][a-z0-9_.]{1,28}[a-z0-9_]"
_PROFILE_WITH_A_ROLE = re.compile(
    rf"\b{_CREATOR}\s+(?P<handle>{_HANDLE_WORD})(?![\w@])|(?<![\w@.])(?P<handle_first>{_HANDLE_WORD}),?\s+"
    rf"(?:(?:a|an|the|de|die|der|la|le|el|il|o|a|een)\s+)?(?:\w+\s+)??{_CREATOR.replace('host_role', 'host_after')}\b"
)
_LABEL_PLATFORMS = {
    "ig": "instagram", "insta": "instagram", "instagram": "instagram", "tiktok": "tiktok", "tt": "tiktok",
    "twitter": "x", "snap": "snapchat", "snapchat": "snapchat", "onlyfans": "onlyfans", "twitch": "twitch",
    "yt": "youtube", "youtube": "youtube", "fansly": "fansly", "reddit": "reddit",
}  # fmt: skip


def handle_key(handle: str) -> str:
    """ "@Lea.Moreau.fit", "instagram.com/lea.moreau.fit/" -> "lea.moreau.fit"."""
    value = handle.strip().casefold().rstrip("/")
    if "/" in value:
        value = value.rsplit("/", 1)[-1]
    return value.lstrip("@")


class ProfileDetector:
    name = "profiles"

    def detect(self, context: ScanContext) -> list[Signal]:
        norm, registry = context.norm, context.registry
        base = norm.base.text
        out: list[Signal] = []
        taken: list[tuple[int, int]] = []
        for m in _PROFILE_URL.finditer(base) if "/" in base else ():  # a profile link has a path
            handle = m.group("handle").rstrip(".")
            if handle in _URL_PATH_WORDS:
                handle = ""
            platform = _PLATFORM_NAMES[m.group("host")]
            taken.append(m.span())
            out.append(
                self._profile_signal(
                    context,
                    registry,
                    m.start(),
                    m.start("handle") + len(handle) if handle else m.end(),
                    platform,
                    handle,
                )
            )
        labels = [
            *(_PROFILE_LABEL.finditer(base) if ":" in base or "：" in base else ()), *_PROFILE_IS.finditer(base),
            *_PROFILE_AS.finditer(base),
        ]
        for m in labels:  # "IG: lea.fit", "her onlyfans is ruthie_h"
            taken.append(m.span())
            platform = _LABEL_PLATFORMS[m.group("host") or m.groupdict().get("host_tr")]
            out.append(
                self._profile_signal(context, registry, m.start(), m.end(), platform, m.group("handle").lstrip("@"))
            )
        # a creator's word first (rare): the pattern's handle-first branch is tried at every position
        creators = _CREATOR_CUE.search(base) is not None and not context.names_fiction  # not "my_oc_v2, influencer"
        for m in _PROFILE_WITH_A_ROLE.finditer(base) if creators else ():
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            host = m.group("host_role") or m.group("host_after")
            handle = (m.group("handle") or m.group("handle_first")).lstrip("@")
            out.append(self._profile_signal(context, registry, m.start(), m.end(), _LABEL_PLATFORMS.get(host or ""), handle))
        for m in _HANDLE.finditer(base) if "@" in base else ():
            if any(s <= m.start() < e for s, e in taken):
                continue
            out.append(self._profile_signal(context, registry, m.start(), m.end(), None, m.group("handle")))
        return out

    def _profile_signal(
        self,
        context: ScanContext,
        registry: RegistryIndex,
        start: int,
        end: int,
        platform: str | None,
        handle: str,
    ) -> Signal:
        entry = registry.handles.get(handle) if handle else None
        detail: dict[str, Any] = {"platform": platform, "handle": handle}
        if entry is not None:
            detail["verified"] = entry.verified
            return context.signal("base", start, end, SignalKind.PROTECTED_PERSON,
                source=SOURCE_REGISTRY, label=entry.display, person_id=entry.person_id, detail=detail,
            )  # fmt: skip
        label = f"{platform}:@{handle}" if platform else f"@{handle}"
        return context.signal(
            "base",
            start,
            end,
            SignalKind.SOCIAL_PROFILE,
            source="pattern:profile",
            label=label,
            detail=detail,
        )
