"""Bounty reads for the API and the server-rendered pages. Visibility rules live here: a bounty is
public only in ``PUBLIC_STATUSES`` (the guard allowed it) and while not ``hidden_at`` (a re-scan
match); its poster and moderators see it always. The viewer's rating preference (anonymous: PG)
holds everywhere, not only in lists: a bounty or entry rated above it is refused with a sentence
saying why (``bounty_get_visible``, ``entry_get_visible``), its media too. An entry is public only
when ``visible``; its deliverables only after the award (moderators always)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

from django.core.files.storage import default_storage
from django.db.models import Count, Q, QuerySet, Sum

from bountyboard.accounts.models import User
from bountyboard.bounties.models import (
    PUBLIC_STATUSES,
    RATING_LEVEL,
    Award,
    Bounty,
    BountyFile,
    BountyFollow,
    BountyImage,
    Comment,
    CommentStatus,
    ContentRating,
    Contribution,
    ContributionStatus,
    Entry,
    EntryImage,
    EntryStatus,
    Reaction,
)
from bountyboard.bounties.search import rating_filter, search_filter
from bountyboard.errors import NotFound, PermissionDenied
from bountyboard.screening.models import ScreeningDecision, ScreeningStatus

SORTS = {
    "newest": ("-published_at", "-id"),
    "prize": ("-pool", "-id"),
    "entries": ("-entry_count", "-id"),
    "ending": ("expires_at", "id"),
}
BROWSABLE_STATUSES = {s.value for s in PUBLIC_STATUSES}
LIST_DEFERRED = ("description", "description_html", "search_document", "rights_statement", "reasons",
                 "model_details", "consent_person_ids")


def _is_moderator(user: Any) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and getattr(user, "is_moderator", False))


def _user_id(user: Any) -> int | None:
    return user.pk if user is not None and getattr(user, "is_authenticated", False) else None


def ratings_allowed_for(user: Any, requested: str | None = None) -> list[str]:
    """Ratings a viewer may list: up to their preference (anonymous: PG), narrowed by ``requested``."""
    preference = getattr(user, "rating_preference", ContentRating.PG) if _user_id(user) else ContentRating.PG
    ceiling = RATING_LEVEL.get(ContentRating(preference), 0) if preference in ContentRating.values else 0
    if requested in ContentRating.values:
        ceiling = min(ceiling, RATING_LEVEL[ContentRating(requested)])
    return [r.value for r in ContentRating if RATING_LEVEL[r] <= ceiling]


TOTAL_CAP = 10_000  # counting further costs a scan; pages show "10,000+"


@dataclass(frozen=True)
class BountyPage:
    items: list[Bounty]
    total: int | None  # at most TOTAL_CAP; see total_capped
    offset: int
    limit: int
    total_capped: bool = False


def bounty_list(
    *,
    viewer: Any = None,
    status: str = "open",
    type: str | None = None,
    base_model: str | None = None,
    rating: str | None = None,
    q: str | None = None,
    tag: str | None = None,
    sort: str = "newest",
    offset: int = 0,
    limit: int = 20,
    with_total: bool = False,
) -> BountyPage:
    """Browse public bounties: filters, one of ``SORTS``, full-text ``q`` (FTS5 / PostgreSQL).

    Items are for cards: ``LIST_DEFERRED`` columns (description...) are not loaded; reading one
    costs a query per item, so use ``bounty_get`` for detail pages.

    ``status`` is one public status or ``"all"`` (every public status). Ratings never exceed the
    viewer's preference (anonymous viewers: PG). ``total`` is counted only when asked (it costs a
    second query on large tables).
    """
    qs: QuerySet[Bounty] = Bounty.objects.filter(hidden_at__isnull=True)
    if status == "all":
        qs = qs.filter(status__in=BROWSABLE_STATUSES)
    elif status in BROWSABLE_STATUSES:
        qs = qs.filter(status=status)
    else:
        qs = qs.none()
    if type:
        qs = qs.filter(type=type)
    if base_model:
        qs = qs.filter(base_model=base_model)
    if q:
        qs = search_filter(qs, q)
    if tag:
        qs = qs.filter(_tag_condition(tag))
    ratings = ratings_allowed_for(viewer, rating)
    listing = rating_filter(qs, ratings, steer_to_sort_index=True).order_by(*SORTS.get(sort, SORTS["newest"]))
    limit = max(1, min(limit, 100))
    offset = max(0, offset)
    # List pages show cards: the long text columns stay on disk (detail pages load them).
    items = list(listing.select_related("poster").defer(*LIST_DEFERRED)[offset : offset + limit])
    total = None
    if with_total:
        # COUNT over a LIMITed subquery: bounded work however many bounties match. Unfiltered, it
        # reads only the (status, rating, hidden_at) index; with a filter, the filter's own index.
        counting = rating_filter(qs, ratings, steer_to_sort_index=bool(type or base_model or q or tag))
        total = counting.order_by()[: TOTAL_CAP + 1].count()
    capped = total is not None and total > TOTAL_CAP
    return BountyPage(items=items, total=min(total, TOTAL_CAP) if total is not None else None, offset=offset,
                      limit=limit, total_capped=capped)


def _is_owner_or_moderator(owner_id: int, viewer: Any) -> bool:
    return owner_id == _user_id(viewer) or _is_moderator(viewer)


def rating_refusal(*, rating: str, viewer: Any, what: str = "bounty") -> PermissionDenied | None:
    """Why this viewer's rating preference hides content rated ``rating`` (a sentence), or None."""
    if rating not in ContentRating.values or rating in ratings_allowed_for(viewer):
        return None
    label = ContentRating(rating).label
    if _user_id(viewer) is None:
        message = (f"This {what} is rated {label}; visitors who are not signed in see PG content only. "
                   f"Sign in and raise your rating preference to see it.")
    else:
        preference = ContentRating(getattr(viewer, "rating_preference", ContentRating.PG)).label
        message = (f"This {what} is rated {label}, above your rating preference ({preference}); "
                   f"raise your preference in your settings to see it.")
    return PermissionDenied(message, code="rating_above_preference", extra={"rating": rating, "rating_label": label})


def _tag_condition(tag: str) -> Q:
    """Bounties carrying exactly this tag. Matches the quoted tag in the stored JSON list, which works
    on SQLite and PostgreSQL alike (JSON ``contains`` does not exist on SQLite); SQLite keeps non-ASCII
    characters escaped, PostgreSQL's text form keeps them as they are."""
    return Q(tags__icontains=json.dumps(tag)) | Q(tags__icontains=json.dumps(tag, ensure_ascii=False))


def bounty_can_view(bounty: Bounty, viewer: Any) -> bool:
    """Its poster and moderators always; anyone else while it is public, not hidden, and rated
    within their preference."""
    if _is_owner_or_moderator(bounty.poster_id, viewer):
        return True
    return (bounty.status in BROWSABLE_STATUSES and bounty.hidden_at is None
            and rating_refusal(rating=bounty.rating, viewer=viewer) is None)


def bounty_get(*, bounty_id: int, viewer: Any = None) -> Bounty | None:
    """The bounty if this viewer may see it (``bounty_get_visible``), else None."""
    try:
        return bounty_get_visible(bounty_id=bounty_id, viewer=viewer)
    except (NotFound, PermissionDenied):
        return None


def bounty_get_visible(*, bounty_id: int, viewer: Any = None) -> Bounty:
    """The bounty, or the refusal to raise: ``NotFound`` when it is not public (or does not exist),
    ``PermissionDenied`` with ``rating_above_preference`` when only the viewer's rating preference
    hides it (the page, the API and the media say so rather than pretending it is missing)."""
    bounty = Bounty.objects.select_related("poster").filter(pk=bounty_id).first()
    if bounty is None:
        raise NotFound("no such bounty", code="bounty_not_found")
    if _is_owner_or_moderator(bounty.poster_id, viewer):
        return bounty
    if bounty.status not in BROWSABLE_STATUSES or bounty.hidden_at is not None:
        raise NotFound("no such bounty", code="bounty_not_found")
    refusal = rating_refusal(rating=bounty.rating, viewer=viewer)
    if refusal is not None:
        raise refusal
    return bounty


def bounties_of_poster(*, poster: User) -> list[Bounty]:
    return list(Bounty.objects.filter(poster=poster).order_by("-created_at"))


def bounty_images(*, bounty: Bounty, viewer: Any = None) -> list[BountyImage]:
    """Reference images the viewer may see: allowed ones, or all for the poster and moderators."""
    images = list(BountyImage.objects.filter(bounty=bounty).select_related("screening"))
    if bounty.poster_id == _user_id(viewer) or _is_moderator(viewer):
        return images
    return [image for image in images if image.screening.is_allowed]


def bounty_files(*, bounty: Bounty, viewer: Any = None) -> list[BountyFile]:
    """Reference files the viewer may see: allowed ones, or all for the poster and moderators."""
    files = list(BountyFile.objects.filter(bounty=bounty).select_related("screening"))
    if bounty.poster_id == _user_id(viewer) or _is_moderator(viewer):
        return files
    return [reference for reference in files if reference.screening.is_allowed]


def bounty_file_open(reference: BountyFile) -> IO[bytes]:
    """A reference file's servable bytes: the kept text, or the screening's validated model / rebuilt
    dataset. Callers check visibility first (``bounty_files``). Nothing yet: ``FileNotFoundError``."""
    name = reference.stored_name or reference.screening.stored_name
    if not name:
        raise FileNotFoundError(f"bounty file {reference.pk} has no stored content yet")
    handle: IO[bytes] = default_storage.open(name, "rb")
    return handle


def bounty_cover_image_ids(*, bounty_ids: Sequence[int]) -> dict[int, int]:
    """bounty id -> id of its first reference image the guard allowed, in one query (list pages).

    Only allowed images qualify, whoever looks (fail closed: a pending or blocked image never
    becomes a cover); the media view checks visibility again when the image itself is fetched.
    """
    rows = (
        BountyImage.objects.filter(
            bounty_id__in=list(bounty_ids),
            screening__status=ScreeningStatus.DONE,
            screening__decision=ScreeningDecision.ALLOW,
        )
        .exclude(screening__stored_name="")
        .order_by("bounty_id", "position", "id")
        .values_list("bounty_id", "id")
    )
    covers: dict[int, int] = {}
    for bounty_id, image_id in rows:
        covers.setdefault(bounty_id, image_id)
    return covers


def bounty_benefactors(*, bounty: Bounty) -> list[Contribution]:
    """Benefactors shown on the bounty (poster first, then by stake)."""
    return list(
        Contribution.objects.filter(bounty=bounty).select_related("benefactor").order_by("-is_poster", "-amount", "pk")
    )


def bounty_entries(*, bounty: Bounty, viewer: Any = None) -> list[Entry]:
    """Visible entries rated within the viewer's preference, plus the viewer's own in any status
    (moderators see all)."""
    qs = Entry.objects.filter(bounty=bounty).select_related("entrant").order_by("created_at", "pk")
    if _is_moderator(viewer):
        return list(qs)
    uid = _user_id(viewer)
    cond = Q(status=EntryStatus.VISIBLE, rating__in=ratings_allowed_for(viewer))
    if uid is not None:
        cond |= Q(entrant_id=uid)
    return list(qs.filter(cond))


def entry_get(*, entry_id: int, viewer: Any = None) -> Entry | None:
    """The entry if this viewer may see it (``entry_get_visible``), else None."""
    try:
        return entry_get_visible(entry_id=entry_id, viewer=viewer)
    except (NotFound, PermissionDenied):
        return None


def entry_get_visible(*, entry_id: int, viewer: Any = None) -> Entry:
    """The entry, or the refusal to raise (as ``bounty_get_visible``): its entrant and moderators
    always see it; anyone else when it is visible on a bounty they may see and rated within their
    preference."""
    entry = Entry.objects.select_related("bounty", "entrant").filter(pk=entry_id).first()
    if entry is None:
        raise NotFound("no such entry", code="entry_not_found")
    if _is_owner_or_moderator(entry.entrant_id, viewer):
        return entry
    if entry.status != EntryStatus.VISIBLE:
        raise NotFound("no such entry", code="entry_not_found")
    bounty_get_visible(bounty_id=entry.bounty_id, viewer=viewer)
    refusal = rating_refusal(rating=entry.rating, viewer=viewer, what="entry")
    if refusal is not None:
        raise refusal
    return entry


def entry_deliverables_visible(*, entry: Entry, viewer: Any = None) -> bool:
    """Moderators and the entrant always; benefactors whose stake went to this entry (by their award
    or the window-close rule), and the poster once the entry was awarded. Refunded benefactors never."""
    uid = _user_id(viewer)
    if uid is None:
        return False
    if _is_moderator(viewer) or entry.entrant_id == uid:
        return True
    if entry.status != EntryStatus.VISIBLE:
        return False
    awards = Award.objects.filter(entry=entry)
    if awards.filter(contribution__benefactor_id=uid).exists():
        return True
    return entry.bounty.poster_id == uid and awards.exists()


def entry_images_visible(*, entry: Entry, viewer: Any = None) -> list[Any]:
    images = list(entry.images.select_related("screening"))
    if entry.entrant_id == _user_id(viewer) or _is_moderator(viewer):
        return images
    return [image for image in images if image.screening.is_allowed]


def entry_files(*, entry: Entry) -> list[Any]:
    return list(entry.files.select_related("screening"))


def entry_reaction_counts(*, entry_id: int) -> dict[str, int]:
    """Reaction kind -> how many people reacted so on this entry (kinds nobody used are absent)."""
    rows = Reaction.objects.filter(entry_id=entry_id).values("kind").annotate(n=Count("id"))
    return {row["kind"]: row["n"] for row in rows}


def entry_reactions_of(*, entry_id: int, user: Any) -> set[str]:
    """The kinds this viewer reacted with on this entry (anonymous viewers: none)."""
    uid = _user_id(user)
    if uid is None:
        return set()
    return set(Reaction.objects.filter(entry_id=entry_id, user_id=uid).values_list("kind", flat=True))


def contribution_of(*, bounty: Bounty, user: Any) -> Contribution | None:
    uid = _user_id(user)
    if uid is None:
        return None
    return Contribution.objects.filter(bounty=bounty, benefactor_id=uid).first()


def bounty_comments(*, bounty: Bounty, viewer: Any = None, entry_id: int | None = None) -> list[Comment]:
    """Allowed comments in thread order (parents before replies), plus the viewer's own pending ones."""
    qs = Comment.objects.filter(bounty=bounty).select_related("author").order_by("created_at", "pk")
    qs = qs.filter(entry__isnull=True) if entry_id is None else qs.filter(entry_id=entry_id)
    uid = _user_id(viewer)
    if not _is_moderator(viewer):
        cond = Q(status=CommentStatus.VISIBLE)
        if uid is not None:
            cond |= Q(author_id=uid)
        qs = qs.filter(cond)
    return list(qs)


def bounty_follow_kinds(*, bounty: Bounty, user: Any) -> set[str]:
    uid = _user_id(user)
    if uid is None:
        return set()
    return set(BountyFollow.objects.filter(bounty=bounty, user_id=uid).values_list("kind", flat=True))


def bounty_open_pools(bounty_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Credits each bounty still owes (held stakes): what its escrow must hold (``ledger audit``)."""
    qs = Contribution.objects.filter(status=ContributionStatus.HELD)
    if bounty_ids is not None:
        qs = qs.filter(bounty_id__in=list(bounty_ids))
    owed: dict[int, int] = {}
    for bounty_id, amount in qs.values_list("bounty_id", "amount"):
        owed[bounty_id] = owed.get(bounty_id, 0) + amount
    return owed


# A person's activity: the "my bounties / entries / contributions" pages and profile figures.


def entries_of_entrant(*, entrant: User, viewer: Any = None) -> list[Entry]:
    """Entries of one person, newest first: all of them for the person (and moderators), otherwise
    only visible entries on bounties the viewer may see."""
    qs = Entry.objects.filter(entrant=entrant).select_related("bounty").order_by("-created_at", "-pk")
    if _user_id(viewer) == entrant.pk or _is_moderator(viewer):
        return list(qs)
    return [e for e in qs.filter(status=EntryStatus.VISIBLE) if bounty_can_view(e.bounty, viewer)]


def contributions_of_benefactor(*, benefactor: User) -> list[Contribution]:
    """A person's stakes (the poster's prize included), newest first, with their bounty."""
    return list(Contribution.objects.filter(benefactor=benefactor).select_related("bounty").order_by("-created_at", "-pk"))


@dataclass(frozen=True)
class PersonStats:
    bounties_posted: int
    entries: int
    awards_won: int
    credits_won: int


def person_stats(*, person: User) -> PersonStats:
    """What a profile shows anyone: public bounties posted, visible entries, entries awarded."""
    entries = Entry.objects.filter(entrant=person, status=EntryStatus.VISIBLE)
    won = entries.filter(awarded_total__gt=0).aggregate(n=Count("id"), total=Sum("awarded_total"))
    return PersonStats(
        bounties_posted=Bounty.objects.filter(poster=person, status__in=BROWSABLE_STATUSES).count(),
        entries=entries.count(),
        awards_won=won["n"] or 0,
        credits_won=won["total"] or 0,
    )


def bounty_paid_out(*, bounty: Bounty) -> int:
    """Credits awarded to entries of this bounty (what an awarded bounty paid, its pool being empty)."""
    return int(Award.objects.filter(entry__bounty=bounty).aggregate(total=Sum("amount"))["total"] or 0)


def entry_thumbnail_ids(*, bounty_ids: Sequence[int], per_bounty: int = 3) -> dict[int, list[tuple[int, int]]]:
    """bounty id -> up to ``per_bounty`` (entry id, image id) of guard-allowed images of visible
    entries, for the cards. One query; like covers, only allowed images qualify (fail closed)."""
    rows = (
        EntryImage.objects.filter(
            entry__bounty_id__in=list(bounty_ids),
            entry__status=EntryStatus.VISIBLE,
            screening__status=ScreeningStatus.DONE,
            screening__decision=ScreeningDecision.ALLOW,
        )
        .exclude(screening__stored_name="")
        .order_by("entry__bounty_id", "-entry__created_at", "position", "id")
        .values_list("entry__bounty_id", "entry_id", "id")
    )
    thumbs: dict[int, list[tuple[int, int]]] = {}
    for bounty_id, entry_id, image_id in rows:
        chosen = thumbs.setdefault(bounty_id, [])
        if len(chosen) < per_bounty:
            chosen.append((entry_id, image_id))
    return thumbs
