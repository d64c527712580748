"""Likeness reads: registrations, who may manage them, re-scan progress, what matched a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from bountyboard.accounts.models import Notification, User
from bountyboard.bounties.models import Bounty, BountyImage, BountyStatus, Entry, EntryFile, EntryImage
from bountyboard.bounties.services import consent_invite_url, depicted_people
from bountyboard.errors import NotFound
from bountyboard.likeness.models import (
    ConsentRequest,
    ConsentStatus,
    LikenessStatus,
    ProtectedLikeness,
    RescanRun,
    RescanStatus,
)
from bountyboard.moderation.models import ModerationDecision, QueueItem
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind, ScreeningStatus


def likeness_get(*, likeness_id: str) -> ProtectedLikeness:
    row = ProtectedLikeness.objects.filter(pk=likeness_id).first()
    if row is None:
        raise NotFound(f"no likeness registration {likeness_id}", code="likeness_not_found")
    return row


def likeness_can_manage(user: User, likeness: ProtectedLikeness) -> bool:
    """The protected person, whoever filed for them, or a moderator."""
    if not user.is_authenticated:
        return False
    return (
        likeness.account_id == user.pk
        or likeness.registered_by_id == user.pk
        or bool(getattr(user, "is_moderator", False))
    )


def likenesses_of(user: User) -> QuerySet[ProtectedLikeness]:
    """Registrations a user holds or filed for someone else."""
    return ProtectedLikeness.objects.filter(account=user) | ProtectedLikeness.objects.filter(
        registered_by=user
    )


def likenesses_awaiting_verification() -> QuerySet[ProtectedLikeness]:
    return ProtectedLikeness.objects.filter(status=LikenessStatus.UNVERIFIED).order_by("created_at")


def screening_total(*, after: int = 0) -> int:
    """How many rows a re-scan walks: every finished scan (pending rows are still to be scanned
    with the current registry; failed ones are hidden already, fail closed)."""
    return Screening.objects.filter(status=ScreeningStatus.DONE, pk__gt=after).count()


def screenings_after(*, cursor: int, limit: int) -> QuerySet[Screening]:
    return Screening.objects.filter(status=ScreeningStatus.DONE, pk__gt=cursor).order_by("pk")[:limit]


def rescan_latest(likeness: ProtectedLikeness) -> RescanRun | None:
    return likeness.rescans.order_by("-created_at", "-id").first()


def rescans_recent(*, limit: int = 50) -> list[RescanRun]:
    return list(RescanRun.objects.select_related("likeness").order_by("-created_at", "-id")[:limit])


@dataclass(frozen=True, slots=True)
class LikenessMatch:
    """One screened item whose guard decision names the person, and what moderators did about it."""

    screening: Screening
    reasons: list[dict[str, Any]]  # the reasons that name this person
    moderation: list[dict[str, Any]] = field(default_factory=list)  # queue items and decisions

    @property
    def decision(self) -> str:
        return self.screening.decision

    @property
    def location(self) -> str:
        """How the takedown form names the content (``image:12``, ``bounty:3``...)."""
        row = self.screening
        if row.kind == ScreeningKind.IMAGE:
            return f"image:{row.pk}"
        if row.kind in (ScreeningKind.MODEL, ScreeningKind.ARCHIVE):
            return f"file:{row.pk}"
        return f"{row.subject_type}:{row.subject_id}"

    @property
    def takedown_url(self) -> str:
        query = urlencode({"category": "likeness", "locations": self.location})
        return f"{reverse('web:moderation:takedown')}?{query}"


def _moderation_of(screening_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    items = QueueItem.objects.filter(screening_id__in=screening_ids)
    decisions = ModerationDecision.objects.filter(item__in=items).order_by("created_at")
    by_item: dict[int, list[dict[str, Any]]] = {}
    for decision in decisions:
        by_item.setdefault(decision.item_id, []).append(
            {
                "action": decision.action,
                "at": decision.created_at.isoformat(),
                "automated": decision.automated,
            }
        )
    out: dict[int, list[dict[str, Any]]] = {}
    for item in items:
        out.setdefault(item.screening_id or 0, []).append(
            {"queue_item": item.pk, "status": item.status, "decisions": by_item.get(item.pk, [])}
        )
    return out


def screenings_naming(*, person_id: str) -> list[Screening]:
    """Screened items whose verdict names the person, newest first.

    ``person_ids`` is a JSON list; SQLite cannot query inside it, so candidates are narrowed with
    a text match and confirmed in Python, which works the same on both databases."""
    candidates = Screening.objects.exclude(person_ids=[]).filter(person_ids__icontains=person_id)
    return [row for row in candidates.order_by("-created_at", "-id") if person_id in (row.person_ids or [])]


def likeness_matches(likeness: ProtectedLikeness) -> list[LikenessMatch]:
    """Every screened item (bounty text, image, model, comment) that matched the person, with
    what moderators did about it (a re-scan's ``matched`` counts the same items)."""
    rows = screenings_naming(person_id=likeness.id)
    moderation = _moderation_of([row.pk for row in rows])
    return [
        LikenessMatch(
            screening=row,
            reasons=[r for r in row.reasons or [] if likeness.id in (r.get("person_ids") or [])],
            moderation=moderation.get(row.pk, []),
        )
        for row in rows
    ]


def consented_person_ids_for(*, subject_type: str, subject_id: int) -> frozenset[str]:
    """Persons whose grant, in force now, covers this content: a bounty, or content posted to it."""
    bounty_id: int | None = None
    if subject_type == "bounty":
        bounty_id = subject_id
    elif subject_type == "entry":
        bounty_id = Entry.objects.filter(pk=subject_id).values_list("bounty_id", flat=True).first()
    elif subject_type == "entry_image":
        bounty_id = (
            EntryImage.objects.filter(pk=subject_id).values_list("entry__bounty_id", flat=True).first()
        )
    elif subject_type == "entry_file":
        bounty_id = EntryFile.objects.filter(pk=subject_id).values_list("entry__bounty_id", flat=True).first()
    if bounty_id is None:
        return frozenset()
    return consents_granted_person_ids(bounty_id=bounty_id, now=timezone.now())


def consent_get(*, consent_id: int) -> ConsentRequest | None:
    return ConsentRequest.objects.select_related("likeness", "requested_by").filter(pk=consent_id).first()


def consents_for(user: User) -> QuerySet[ConsentRequest]:
    """Consent requests addressed to the person (their own registrations only, not ones they filed
    for someone else: a representative cannot consent for the person)."""
    return (
        ConsentRequest.objects.select_related("likeness", "requested_by")
        .filter(likeness__account=user)
        .order_by("-created_at", "-id")
    )


def consents_granted_person_ids(*, bounty_id: int, now: datetime) -> frozenset[str]:
    """Persons whose grant for this bounty is in force now."""
    rows = ConsentRequest.objects.filter(bounty_id=bounty_id, status=ConsentStatus.GRANTED).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )
    return frozenset(rows.values_list("likeness_id", flat=True))


def consents_overdue(*, now: datetime) -> QuerySet[ConsentRequest]:
    return ConsentRequest.objects.filter(status=ConsentStatus.PENDING, respond_by__lte=now).order_by(
        "respond_by"
    )


def consents_lapsed(*, now: datetime) -> QuerySet[ConsentRequest]:
    return ConsentRequest.objects.filter(status=ConsentStatus.GRANTED, expires_at__lte=now)


def poster_told_unreachable(*, bounty_id: int, poster: User) -> bool:
    """Whether the poster already got the "this person cannot consent here" notice for this bounty."""
    return Notification.objects.filter(
        user=poster, kind="consent.unreachable", target_type="bounty", target_id=str(bounty_id)
    ).exists()


def bounties_past_consent_deadline(*, now: datetime, bounty_id: int | None = None) -> list[int]:
    """Bounties still waiting for consent past their deadline with no request still open (a pending
    request has its own deadline): someone whose consent is needed was not found in time."""
    live = ConsentRequest.objects.filter(status=ConsentStatus.PENDING)
    qs = Bounty.objects.filter(status=BountyStatus.CONSENT_PENDING, consent_deadline__lte=now).exclude(
        pk__in=live.values("bounty_id")
    )
    if bounty_id is not None:
        qs = qs.filter(pk=bounty_id)
    return list(qs.order_by("pk").values_list("pk", flat=True))


def bounties_waiting_for_consent() -> list[int]:
    """Bounties in ``consent_pending`` with a person not yet asked, or a poster not yet told."""
    told = set(
        Notification.objects.filter(kind="consent.unreachable", target_type="bounty").values_list(
            "target_id", flat=True
        )
    )
    waiting: list[int] = []
    for bounty in Bounty.objects.filter(status=BountyStatus.CONSENT_PENDING):
        person_ids = {*(str(p) for p in bounty.consent_person_ids or []), *bounty_part_person_ids(bounty)}
        asked = set(ConsentRequest.objects.filter(bounty_id=bounty.pk).values_list("likeness_id", flat=True))
        reachable = set(
            ProtectedLikeness.objects.filter(
                id__in=person_ids, status=LikenessStatus.VERIFIED, paused=False, account__isnull=False
            ).values_list("id", flat=True)
        )
        if reachable - asked or (str(bounty.pk) not in told and not reachable):
            waiting.append(bounty.pk)
    return waiting


def screenings_matching_unqueued() -> list[Screening]:
    """Finished scans that name a protected person, are held back (``consent_required`` or
    ``block``) and are not a bounty's own parts (those go through consent requests), with no queue
    item yet."""
    queued = QueueItem.objects.filter(screening_id__isnull=False).values_list("screening_id", flat=True)
    return list(
        Screening.objects.filter(
            status=ScreeningStatus.DONE,
            decision__in=[ScreeningDecision.CONSENT_REQUIRED, ScreeningDecision.BLOCK],
        )
        .exclude(person_ids=[])
        .exclude(subject_type="bounty")
        .exclude(pk__in=queued)
        .order_by("pk")
    )


def likeness_people_to_tell(*, person_ids: list[str]) -> list[ProtectedLikeness]:
    """Verified registrations with an account among ``person_ids``: the people told about matches
    and about moderators' decisions on content showing them."""
    if not person_ids:
        return []
    return list(
        ProtectedLikeness.objects.filter(
            id__in=person_ids, status=LikenessStatus.VERIFIED, account__isnull=False
        ).select_related("account")
    )


def screening_match_told(*, screening_id: int, user: User) -> bool:
    return Notification.objects.filter(
        user=user, kind="likeness.match", target_type="screening", target_id=str(screening_id)
    ).exists()


def bounty_held_back(*, bounty_id: int) -> bool:
    """Published but not public: waiting for consent or for a moderator's review."""
    return Bounty.objects.filter(
        pk=bounty_id, status__in=[BountyStatus.CONSENT_PENDING, BountyStatus.IN_REVIEW]
    ).exists()


def bounty_awaiting_consent(*, bounty_id: int) -> bool:
    return Bounty.objects.filter(pk=bounty_id, status=BountyStatus.CONSENT_PENDING).exists()


def bounty_part_person_ids(bounty: Bounty) -> set[str]:
    """Protected persons named by the screening rows of a bounty's text and reference images."""
    ids = list(BountyImage.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    if bounty.text_screening_id:
        ids.append(bounty.text_screening_id)
    people: set[str] = set()
    for person_ids in Screening.objects.filter(pk__in=ids).values_list("person_ids", flat=True):
        people.update(str(p) for p in person_ids or [])
    return people


def rescans_to_resume(*, stale_before: datetime) -> list[int]:
    return list(
        RescanRun.objects.filter(
            Q(status=RescanStatus.FAILED) | Q(status=RescanStatus.PENDING, created_at__lt=stale_before)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def user_by_username(username: str) -> User:
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise NotFound(f"no user {username!r}", code="user_not_found")
    return user


@dataclass(frozen=True, slots=True)
class ConsentPersonState:
    """One person a bounty depicts, as its poster sees the consent it waits for."""

    name: str
    registered: bool
    can_answer: bool  # registered, verified and holding their own account
    request_status: str  # pending / granted / refused / expired / closed / revoked, or "" if not asked
    respond_by: datetime | None


@dataclass(frozen=True, slots=True)
class BountyConsentState:
    status: str
    consent_deadline: datetime | None
    people: list[ConsentPersonState]
    invite_url: str | None  # for the people who are not registered here


def bounty_for_consent_state(*, bounty_id: int) -> Bounty | None:
    return Bounty.objects.filter(pk=bounty_id).first()


def bounty_consent_state(*, bounty: Bounty) -> BountyConsentState:
    """Whom a bounty waits for and where each stands (the poster's view; names, never face data)."""
    requests = {row.likeness_id: row for row in ConsentRequest.objects.filter(bounty_id=bounty.pk)}
    known = {
        row.id: row
        for row in ProtectedLikeness.objects.filter(
            id__in=[*requests, *(str(p) for p in bounty.consent_person_ids or [])]
        )
    }
    people: list[ConsentPersonState] = []
    for person in depicted_people(bounty.reasons or []):
        likeness = known.get(person.person_id or "")
        asked = requests.get(person.person_id or "")
        people.append(
            ConsentPersonState(
                name=person.name,
                registered=likeness is not None,
                can_answer=bool(
                    likeness is not None and likeness.status == LikenessStatus.VERIFIED and likeness.account_id
                ),
                request_status=asked.status if asked is not None else "",
                respond_by=asked.respond_by if asked is not None else None,
            )
        )
    unregistered = any(not p.registered for p in people)
    return BountyConsentState(
        status=bounty.status,
        consent_deadline=bounty.consent_deadline,
        people=people,
        invite_url=consent_invite_url(bounty_id=bounty.pk) if unregistered else None,
    )
