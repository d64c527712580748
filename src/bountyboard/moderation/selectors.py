"""Reads for moderation: the queue in deadline order, takedown clocks, copies of a piece of content
across every screening row, and the transparency figures computed from the audit log."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.urls import Resolver404, ResolverMatch, resolve
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bountyboard.audit.models import AuditEvent
from bountyboard.bounties.models import BountyFile, BountyImage, BountyStatus, EntryFile, EntryImage
from bountyboard.moderation.models import (
    ModerationDecision,
    QueueItem,
    QueueKind,
    QueueStatus,
    Takedown,
    TargetType,
)
from bountyboard.screening.models import Screening

# Hours from receipt to removal, per jurisdiction. US: the TAKE IT DOWN Act's 48 hours. UK and EU
# set no shorter statutory clock for these notices, so they get the same 48 hours (never longer
# than the strictest law we know of); see docs/decisions/0008-takedown-clock.md.
DEFAULT_TAKEDOWN_DEADLINES: dict[str, int] = {"US": 48, "UK": 48, "EU": 48, "DEFAULT": 48}

PDQ_COPY_DISTANCE = 31  # PDQ Hamming distance at or below which two images are the same picture


def takedown_deadlines() -> dict[str, int]:
    configured = getattr(settings, "TAKEDOWN_DEADLINES", None) or {}
    return {**DEFAULT_TAKEDOWN_DEADLINES, **{k.upper(): int(v) for k, v in configured.items()}}


def takedown_deadline_hours(jurisdiction: str) -> int:
    deadlines = takedown_deadlines()
    return deadlines.get(jurisdiction.upper(), deadlines["DEFAULT"])


# -- content locations ---------------------------------------------------------------------------

_TYPED_ID = re.compile(r"^(?P<type>[a-z_]+)\s*[:#/]\s*(?P<id>[0-9]+)$")

# URL names of the site's media pages (other pages that show one piece of content are matched in
# ``_location_from_page``). Unknown pages are refused: a notice must point at something we can find.
_URL_MEDIA = {"media_bounty_image", "media_bounty_file", "media_entry_image", "media_entry_file"}


@dataclass(frozen=True)
class ContentLocation:
    target_type: str
    target_id: str
    given: str

    def to_json(self) -> dict[str, str]:
        return {"target_type": self.target_type, "target_id": self.target_id, "given": self.given}


def _host_is_ours(host: str) -> bool:
    host = host.split(":")[0].lower()
    allowed = [h.lower() for h in settings.ALLOWED_HOSTS]
    for name in ("SITE_URL", "BOUNTYBOARD_SITE_URL"):
        site_url = getattr(settings, name, "")
        if site_url:
            allowed.append((urlsplit(site_url).hostname or "").lower())
    return "*" in allowed or any(host == h or (h.startswith(".") and host.endswith(h)) for h in allowed)


_ENTRY_ANCHOR = re.compile(r"^entry-(?P<id>[0-9]+)$")
_BARE_HOST = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}(:[0-9]+)?(/|$)", re.IGNORECASE)


def _resolve_path(path: str) -> ResolverMatch | None:
    """The page at ``path``, with or without its trailing slash (``/bounties/12`` is ``/bounties/12/``)."""
    for candidate in (path, path.rstrip("/") + "/", path.rstrip("/")):
        if not candidate:
            continue
        try:
            return resolve(candidate)
        except Resolver404:
            continue
    return None


def content_location_parse(given: str) -> ContentLocation:
    """``image:12``, ``bounty#3`` or any form of an address of this site -> (target type, id): with
    or without the scheme (http or https) or the trailing slash, with a query string or an
    ``#entry-5`` anchor, a page or a media URL. Raises ``ValueError`` with a sentence saying what
    is wrong."""
    text = given.strip()
    if not text:
        raise ValueError(_("The content location is empty."))
    typed = _TYPED_ID.match(text.lower())
    if typed:
        target_type = typed["type"]
        if target_type not in TargetType.values:
            raise ValueError(
                _("%(given)s: unknown content type %(type)s (use one of %(types)s).")
                % {"given": given, "type": target_type, "types": ", ".join(TargetType.values)}
            )
        return ContentLocation(target_type, str(int(typed["id"])), text)
    if _BARE_HOST.match(text) and not text.startswith("/"):
        text_url = "//" + text  # "example.org/bounties/12": a link copied without its scheme
    else:
        text_url = text
    parts = urlsplit(text_url)
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise ValueError(_("%(given)s: only http(s) links to this site can be located.") % {"given": given})
    if parts.netloc and not _host_is_ours(parts.netloc):
        raise ValueError(
            _("%(given)s is not a page of this site; give a link to this site or an id like image:12.")
            % {"given": given}
        )
    if not parts.path.startswith("/"):
        raise ValueError(
            _("%(given)s: give a link to this site (https://...) or an id like image:12.") % {"given": given}
        )
    match = _resolve_path(parts.path)
    if match is None:
        raise ValueError(_("%(given)s: no page of this site has that address.") % {"given": given})
    anchor = _ENTRY_ANCHOR.match(parts.fragment or "")
    if match.url_name == "bounty_detail" and anchor:
        return ContentLocation(TargetType.ENTRY, str(int(anchor["id"])), text)
    return _location_from_page(match.url_name or "", match.kwargs, text)


def _location_from_page(url_name: str, kwargs: dict[str, Any], given: str) -> ContentLocation:
    if url_name == "bounty_detail":
        return ContentLocation(TargetType.BOUNTY, str(kwargs["bounty_id"]), given)
    if url_name == "profile":
        user_id = get_user_model().objects.filter(username=kwargs["username"]).values_list("pk", flat=True).first()
        if user_id is None:
            raise ValueError(_("%(given)s: no such user.") % {"given": given})
        return ContentLocation(TargetType.USER, str(user_id), given)
    if url_name in _URL_MEDIA:
        # Media pages are addressed by the bounty/entry and the image's own id; moderation addresses
        # media by its screening row (which holds the bytes and hashes).
        rows: QuerySet[Any]
        if url_name == "media_bounty_image":
            rows = BountyImage.objects.filter(pk=kwargs["image_id"], bounty_id=kwargs["bounty_id"])
        elif url_name == "media_bounty_file":
            rows = BountyFile.objects.filter(pk=kwargs["file_id"], bounty_id=kwargs["bounty_id"])
        elif url_name == "media_entry_image":
            rows = EntryImage.objects.filter(pk=kwargs["image_id"], entry_id=kwargs["entry_id"])
        else:
            rows = EntryFile.objects.filter(pk=kwargs["file_id"], entry_id=kwargs["entry_id"])
        screening_id = rows.values_list("screening_id", flat=True).first()
        if screening_id is None:
            raise ValueError(_("%(given)s: no such image or file.") % {"given": given})
        kind = TargetType.FILE if url_name in ("media_entry_file", "media_bounty_file") else TargetType.IMAGE
        return ContentLocation(kind, str(screening_id), given)
    raise ValueError(_("%(given)s is not a page showing one piece of content.") % {"given": given})


# -- the queue ------------------------------------------------------------------------------------


def queue_open(*, now: dt.datetime, kinds: list[str] | None = None) -> QuerySet[QueueItem]:
    """Open and escalated items, most urgent first: overdue items (takedowns past their legal
    clock), then by deadline (soonest first, items without one after), then severity, then age."""
    qs = QueueItem.objects.filter(status__in=[QueueStatus.OPEN, QueueStatus.ESCALATED])
    if kinds:
        qs = qs.filter(kind__in=kinds)
    return qs.annotate(
        overdue_rank=Case(
            When(due_at__isnull=False, due_at__lte=now, then=Value(0)), default=Value(1), output_field=IntegerField()
        )
    ).order_by("overdue_rank", F("due_at").asc(nulls_last=True), "-severity", "created_at", "id")


def queue_item_get(*, item_id: int) -> QueueItem | None:
    return QueueItem.objects.select_related("report", "takedown", "owner").filter(pk=item_id).first()


def decision_get(*, decision_id: int) -> ModerationDecision | None:
    return ModerationDecision.objects.select_related("item", "moderator").filter(pk=decision_id).first()


def decision_appeal(*, decision: ModerationDecision) -> QueueItem | None:
    """The appeal (or counter-notice) already lodged against a decision, if any."""
    return QueueItem.objects.filter(appeal_of=decision).order_by("pk").first()


def queue_counts(*, now: dt.datetime) -> dict[str, int]:
    open_items = QueueItem.objects.filter(status__in=[QueueStatus.OPEN, QueueStatus.ESCALATED])
    return {
        "open": open_items.count(),
        "overdue": open_items.filter(due_at__lte=now).count(),
        "takedowns": open_items.filter(kind=QueueKind.TAKEDOWN).count(),
    }


def takedown_get(*, takedown_id: int) -> Takedown | None:
    return Takedown.objects.filter(pk=takedown_id).first()


_TAKEDOWN_STATUS_SALT = "bountyboard.moderation.takedown-status"


def takedown_status_token(takedown: Takedown) -> str:
    """The secret that lets whoever filed a notice read its status without an account: mailed in the
    receipt. Signed with the site's key, so no table holds it and nobody can make one up."""
    return signing.Signer(salt=_TAKEDOWN_STATUS_SALT).sign(str(takedown.pk)).split(":", 1)[1]


def takedown_status_url(takedown: Takedown) -> str:
    return f"{settings.SITE_URL}/api/v1/takedowns/{takedown.pk}?token={takedown_status_token(takedown)}"


def takedown_for_viewer(*, takedown_id: int, viewer: Any, token: str = "") -> Takedown | None:
    """The notice if ``viewer`` may read its status, else ``None`` (the same as a missing notice, so
    stepping through numbers reveals nothing): its signed-in filer, a moderator, or anyone holding
    its status token."""
    takedown = takedown_get(takedown_id=takedown_id)
    if takedown is None:
        return None
    if getattr(viewer, "is_moderator", False) and getattr(viewer, "banned_at", None) is None:
        return takedown
    viewer_id = getattr(viewer, "pk", None)
    if viewer_id is not None and takedown.requester_id == viewer_id:
        return takedown
    if token and constant_time_compare(token, takedown_status_token(takedown)):
        return takedown
    return None


# -- transparency ---------------------------------------------------------------------------------

# Reason codes the guard gives when a bounty request targets a real person (docs/guard-text.md).
REAL_PERSON_REASON_CODES = frozenset(
    {
        "real_person_sexual",
        "real_person_consent",
        "private_person",
        "protected_person_unverified",
        "protected_person",
        "likeness",
        "likeness_context_sexual",  # sexual, and read beyond doubt as a real person's likeness (decision 0056)
    }
)


def _percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least ``fraction`` of values at or below."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _parse_time(raw: Any) -> dt.datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        return dt.datetime.fromisoformat(raw)
    except ValueError:
        return None


def _reason_codes(event: AuditEvent) -> list[str]:
    codes: list[str] = []
    for reason in event.reasons or []:
        if isinstance(reason, str):
            codes.append(reason)
        elif isinstance(reason, dict) and "code" in reason:
            codes.append(str(reason["code"]))
    return codes


def transparency_report(*, now: dt.datetime, since: dt.datetime | None = None) -> dict[str, Any]:
    """Every figure of the transparency page, computed from the audit log alone (so anyone holding a
    verified copy of the log can recompute them). Times come from the events' recorded data (the
    service's clock), not the row timestamps, so a controlled clock gives exact figures."""
    events = AuditEvent.objects.order_by("id")
    if since is not None:
        events = events.filter(created_at__gte=since)

    notices: Counter[tuple[str, str]] = Counter()
    actions = Counter[str]()
    decisions_by_action: Counter[str] = Counter()
    removal_hours: list[float] = []
    takedown_due: dict[str, dt.datetime | None] = {}
    takedown_closed: dict[str, dt.datetime | None] = {}  # removal or rejection time
    removed: set[str] = set()
    appeals = 0
    reversals = 0
    bounty_decision: dict[str, str] = {}
    own_initiative: Counter[str] = Counter()  # the guard's own detections, by reason code
    bounty_real_person: set[str] = set()

    for event in events.iterator(chunk_size=2000):
        data = event.data or {}
        action = event.action
        if action == "moderation.report":
            notices[(str(data.get("category", "other")), str(data.get("source", "user_report")))] += 1
        elif action == "moderation.takedown.receive":
            notices[(str(data.get("category", "other")), str(data.get("source", "takedown_notice")))] += 1
            takedown_due[event.target_id] = _parse_time(data.get("due_at"))
        elif action in ("moderation.takedown.remove", "moderation.takedown.reject"):
            closed_at = _parse_time(data.get("decided_at"))
            takedown_closed.setdefault(event.target_id, closed_at)
            if action == "moderation.takedown.remove":
                removed.add(event.target_id)
                received = _parse_time(data.get("received_at"))
                if received and closed_at:
                    removal_hours.append((closed_at - received).total_seconds() / 3600)
        elif action == "moderation.appeal":
            appeals += 1
        elif action == "guard.decision":
            if data.get("decision") in ("block", "review"):
                for code in _reason_codes(event) or ["unspecified"]:
                    own_initiative[code] += 1
            if event.target_type == "bounty":
                if set(_reason_codes(event)) & REAL_PERSON_REASON_CODES:
                    bounty_real_person.add(event.target_id)
                bounty_decision.setdefault(event.target_id, str(data.get("decision", "")))
        elif event.target_type == "bounty" and action in _BOUNTY_OUTCOMES:
            if action == "bounty.screened" and set(_reason_codes(event)) & REAL_PERSON_REASON_CODES:
                bounty_real_person.add(event.target_id)
            if action.startswith("consent.") or action == "bounty.consent_needed":
                bounty_real_person.add(event.target_id)  # only a real person's likeness asks for consent
            bounty_decision[event.target_id] = _bounty_outcome(action, data, _reason_codes(event))
        if action.startswith("moderation.decision."):
            decisions_by_action[action.removeprefix("moderation.decision.")] += 1
            if data.get("reverses"):
                reversals += 1
        if _is_action(action):
            actions["automated" if event.automated else "human"] += 1

    past_deadline = 0
    for takedown_id, due in takedown_due.items():
        if due is None:
            continue
        closed_at = takedown_closed.get(takedown_id)
        if (closed_at is None and takedown_id not in takedown_closed and now > due) or (
            closed_at is not None and closed_at > due
        ):
            past_deadline += 1

    received_total = len(takedown_due)
    bounties_total = len(bounty_decision)
    real_person_outcomes = Counter(bounty_decision[b] for b in bounty_real_person)
    return {
        "generated_at": now.isoformat(),
        "since": since.isoformat() if since else None,
        "notices": [
            {"category": category, "source": source, "count": count}
            for (category, source), count in sorted(notices.items())
        ],
        "notices_total": sum(notices.values()),
        "own_initiative": dict(sorted(own_initiative.items())),
        "actions": {"automated": actions["automated"], "human": actions["human"]},
        "decisions": dict(sorted(decisions_by_action.items())),
        "takedowns": {
            "received": received_total,
            "removed": len(removed),
            "hours_to_removal_median": _round(_median(removal_hours)),
            "hours_to_removal_p95": _round(_percentile(removal_hours, 0.95)),
            "past_deadline": past_deadline,
            "past_deadline_share": _round(past_deadline / received_total if received_total else None, 4),
        },
        "appeals": {"received": appeals, "reversals": reversals},
        "real_person_requests": {
            "bounties_screened": bounties_total,
            "targeting_real_person": len(bounty_real_person),
            "share": _round(len(bounty_real_person) / bounties_total if bounties_total else None, 4),
            "outcomes": dict(sorted(real_person_outcomes.items())),
        },
    }


# Audit actions that settle what happened to a bounty, and the outcome each one records.
_BOUNTY_OUTCOMES = {
    "bounty.screened": "",  # the pooled guard decision: open, consent_pending, in_review, rejected
    "consent.grant": "consent_granted",
    "consent.refuse": "consent_refused",
    "consent.expire": "consent_expired",
    "consent.revoke": "consent_revoked",
    # Told to the poster as "waiting for consent" until a date, then rejected and refunded.
    "consent.unreachable": "consent_pending",
    "consent.unreachable_expire": "rejected_person_not_registered",
    "bounty.consent_needed": "consent_pending",
    "moderation.review": "",
    "moderation.remove": "removed_by_moderator",
    "bounty.cancel": "cancelled",
}


# What each outcome is called on the site: the bounty statuses keep the labels their pages show
# (``BountyStatus``), so the transparency report and the bounty pages say the same thing.
REAL_PERSON_OUTCOME_LABELS: dict[str, Any] = {
    **{status.value: status.label for status in BountyStatus},
    "consent_granted": gettext_lazy("Consent granted"),
    "consent_refused": gettext_lazy("Consent refused"),
    "consent_expired": gettext_lazy("No answer before the deadline"),
    "consent_revoked": gettext_lazy("Consent withdrawn"),
    "rejected_person_not_registered": gettext_lazy("Rejected: the person never registered to answer"),
    "removed_by_moderator": gettext_lazy("Removed by a moderator"),
    "approved_by_moderator": gettext_lazy("Approved by a moderator"),
    "rejected_by_moderator": gettext_lazy("Rejected by a moderator"),
    "cancelled": gettext_lazy("Cancelled by the poster"),
}


def _bounty_outcome(action: str, data: dict[str, Any], codes: list[str]) -> str:
    if action == "bounty.screened":
        return str(data.get("status") or data.get("decision") or "screened")
    if action == "moderation.review":
        return "approved_by_moderator" if "approved" in codes else "rejected_by_moderator"
    return _BOUNTY_OUTCOMES[action]


def _is_action(action: str) -> bool:
    """Events that are a decision about content (by the guard or by a person)."""
    return action == "guard.decision" or action.startswith("moderation.decision.")


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def transparency_csv_rows(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The report flattened to (metric, dimension, value) rows for the CSV export."""
    rows: list[tuple[str, str, str]] = [("generated_at", "", report["generated_at"])]
    for notice in report["notices"]:
        rows.append(("notices", f"{notice['category']}/{notice['source']}", str(notice["count"])))
    rows.append(("notices_total", "", str(report["notices_total"])))
    for code, count in report["own_initiative"].items():
        rows.append(("own_initiative", code, str(count)))
    for key, value in report["actions"].items():
        rows.append(("actions", key, str(value)))
    for key, value in report["decisions"].items():
        rows.append(("decisions", key, str(value)))
    for key, value in report["takedowns"].items():
        rows.append(("takedowns", key, "" if value is None else str(value)))
    for key, value in report["appeals"].items():
        rows.append(("appeals", key, str(value)))
    real = report["real_person_requests"]
    for key in ("bounties_screened", "targeting_real_person", "share"):
        rows.append(("real_person_requests", key, "" if real[key] is None else str(real[key])))
    for key, value in real["outcomes"].items():
        rows.append(("real_person_outcomes", key, str(value)))
    return rows


def screening_copies(
    *, md5: str = "", sha256: str = "", pdq_variants: tuple[str, ...] = (), max_distance: int = PDQ_COPY_DISTANCE
) -> list[Screening]:
    """Every screening row on the site holding the same picture: identical bytes (MD5 or SHA-256)
    or a PDQ hash within ``max_distance`` bits of any of the 8 dihedral variants (rotated or mirrored
    copies). One vectorised pass over the site's PDQ hashes: XOR and popcount on packed bytes."""
    exact = Q(pk__in=[])
    if md5:
        exact |= Q(md5=md5.lower())
    if sha256:
        exact |= Q(sha256=sha256.lower())
    found: dict[int, Screening] = {s.pk: s for s in Screening.objects.filter(exact)}
    variants = [v.lower() for v in pdq_variants if v and len(v) == 64]
    if variants:
        query = np.frombuffer(b"".join(bytes.fromhex(v) for v in variants), dtype=np.uint8).reshape(-1, 32)
        near: list[int] = []
        rows = Screening.objects.exclude(pdq="").order_by("pk").values_list("pk", "pdq")
        batch: list[tuple[int, str]] = []
        for row in rows.iterator(chunk_size=_COPY_SCAN_BATCH):
            batch.append(row)
            if len(batch) == _COPY_SCAN_BATCH:
                near += _pdq_near(batch, query, max_distance)
                batch = []
        near += _pdq_near(batch, query, max_distance)
        missing = [pk for pk in near if pk not in found]
        found.update({s.pk: s for s in Screening.objects.filter(pk__in=missing)})
    return sorted(found.values(), key=lambda s: s.pk)


_COPY_SCAN_BATCH = 50_000  # bounds memory: 50k x 8 variants x 32 bytes per XOR pass


def _pdq_near(rows: list[tuple[int, str]], query: np.ndarray[Any, Any], max_distance: int) -> list[int]:
    if not rows:
        return []
    ids = np.fromiter((pk for pk, _ in rows), dtype=np.int64, count=len(rows))
    site = np.frombuffer(b"".join(bytes.fromhex(h) for _, h in rows), dtype=np.uint8).reshape(-1, 32)
    # distances[i, j] = Hamming distance between site hash i and variant j
    distances = np.bitwise_count(site[:, None, :] ^ query[None, :, :]).sum(axis=2, dtype=np.int32)
    return [int(pk) for pk in ids[distances.min(axis=1) <= max_distance]]
