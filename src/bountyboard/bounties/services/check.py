"""What the guard decides about a draft before it is published, and what publishing would then do
with the prize: the poster sees it first, so nobody pays for a bounty that cannot open.

``bounty_check`` writes nothing: it scans the draft's text now (text scans are fast) and pools it
with the reference images and files, which were scanned when they were attached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty, BountyFile, BountyImage, BountyStatus
from bountyboard.bounties.services.screened import bounty_submission_signals, pooled_decision
from bountyboard.bounties.services.steps import consent_deadline_from, text_for_screening
from bountyboard.errors import Conflict, NotFound, PermissionDenied
from bountyboard.guard.verdict import Decision
from bountyboard.mailing import site_absolute_url
from bountyboard.screening.engine import guard_engine
from bountyboard.screening.models import Screening, ScreeningKind, ScreeningStatus

_UNNAMED = gettext_lazy("a protected person shown in a reference")
# Signal kinds that name a real person (guard.signals.SignalKind values).
_PERSON_KINDS = frozenset({"person_name", "protected_person", "social_profile", "ner_person", "face"})


@dataclass(frozen=True, slots=True)
class DepictedPerson:
    """A real person the guard found: ``person_id`` when they are in the likeness registry."""

    name: str
    person_id: str | None = None
    verified: bool = False

    @property
    def can_answer(self) -> bool:
        """Only a registered, verified person can be asked for consent."""
        return self.person_id is not None and self.verified

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "person_id": self.person_id, "registered": self.person_id is not None,
                "verified": self.verified, "can_answer": self.can_answer}


def depicted_people(reasons: Iterable[dict[str, Any]]) -> list[DepictedPerson]:
    """The real people named by the reasons that hold a bounty back (consent, review or block), each
    once: registered people by their id, others by the name as the guard read it."""
    people: dict[str, DepictedPerson] = {}
    for reason in reasons:
        if reason.get("decision") not in (Decision.CONSENT_REQUIRED.value, Decision.REVIEW.value,
                                          Decision.BLOCK.value):
            continue
        for evidence in reason.get("evidence") or []:
            if evidence.get("kind") == "unregistered_face":
                # The same unknown real face in several images: nobody the poster can name for us.
                detail = evidence.get("detail") or {}
                name = _("the person whose face appears in %(count)d of the images") % {
                    "count": int(detail.get("images", 1))}
                people.setdefault("face:" + ",".join(map(str, detail.get("image_ids", []))), DepictedPerson(name))
                continue
            if evidence.get("kind") not in _PERSON_KINDS:
                continue
            person_id = evidence.get("person_id")
            name = str(evidence.get("label") or evidence.get("text") or "").strip()
            if not person_id and not name:
                continue  # an unknown face names nobody
            key = str(person_id) if person_id else name.casefold()
            verified = bool((evidence.get("detail") or {}).get("verified"))
            known = people.get(key)
            # A face match may carry no name: the poster reads a description, never a registry id.
            shown = (known.name if known and known.name != str(_UNNAMED) else "") or name or str(_UNNAMED)
            people[key] = DepictedPerson(name=shown, person_id=str(person_id) if person_id else None,
                                         verified=verified or bool(known and known.verified))
    return list(people.values())


@dataclass(frozen=True, slots=True)
class BountyCheck:
    """The guard's decision on a draft, and what publishing would do."""

    decision: str  # allow / consent_required / review / block, or "pending" while a reference is scanned
    outcome: str  # the status publishing leads to: open, consent_pending, in_review, rejected
    charged: bool  # whether publishing would move the prize into escrow
    sentences: list[str]  # what the poster reads, one sentence each
    reasons: list[dict[str, Any]] = field(default_factory=list)  # the guard's reasons (codes stay in the API)
    people: list[DepictedPerson] = field(default_factory=list)
    consent_deadline: dt.datetime | None = None


def _draft_parts(bounty: Bounty, text: Screening) -> list[Screening]:
    ids = list(BountyImage.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    ids += list(BountyFile.objects.filter(bounty=bounty).values_list("screening_id", flat=True))
    return [text, *Screening.objects.filter(pk__in=ids)]


def consent_invite_url(*, bounty_id: int) -> str:
    """The link a poster sends to a real person who is not registered here: how to protect their
    likeness, be verified, and then answer this bounty's consent request."""
    return site_absolute_url(f"{reverse('web:likeness_about')}?{urlencode({'bounty': bounty_id})}")


def bounty_publish_message(bounty: Bounty) -> str:
    """The sentence the poster reads right after publishing, true to where the bounty now is (a
    rejected bounty is never told its prize is held)."""
    if bounty.status == BountyStatus.OPEN:
        return _("Published: your bounty is open and its prize is held in escrow.")
    if bounty.status == BountyStatus.CONSENT_PENDING:
        return _("Published: your bounty waits for the depicted person's consent until %(date)s. Your prize is "
                 "held in escrow until then and refunded if they do not consent.") % {
            "date": f"{bounty.consent_deadline or consent_deadline_from(timezone.now()):%Y-%m-%d}"}
    if bounty.status == BountyStatus.IN_REVIEW:
        return _("Published: a moderator will look at your bounty before it opens. Your prize is held in escrow "
                 "meanwhile and refunded if it is rejected.")
    if bounty.status == BountyStatus.REJECTED:
        return _("Your bounty was rejected by screening and your prize was refunded.")
    return _("Published: your prize is held in escrow while the bounty is screened.")


def bounty_check(*, actor: User, bounty_id: int, now: dt.datetime | None = None) -> BountyCheck:
    """Scan the draft's text through the guard now, pool it with its scanned references, and say
    what publishing would do: open it, hold it for the depicted person's consent (until a date, then
    refund), send it to a moderator, or reject it (publishing is then refused, nothing is charged)."""
    now = now or timezone.now()
    bounty = Bounty.objects.filter(pk=bounty_id).first()
    if bounty is None:
        raise NotFound(_("There is no such bounty."), code="bounty_not_found")
    if bounty.poster_id != actor.pk:
        raise PermissionDenied(_("Only the poster can check this bounty."), code="not_poster")
    if bounty.status != BountyStatus.DRAFT:
        raise Conflict(_("Only a draft is checked before publishing; this bounty is already published."),
                       code="bounty_not_draft")
    report = guard_engine().scan_text(text_for_screening(bounty))
    text = Screening(  # unsaved: this check writes nothing
        subject_type="bounty", subject_id=bounty.pk, kind=ScreeningKind.TEXT, status=ScreeningStatus.DONE,
        decision=report.verdict.decision.value, rating=report.verdict.rating.value,
        reasons=[r.to_json() for r in report.verdict.reasons], signals=[s.to_json() for s in report.signals],
        person_ids=sorted({pid for r in report.verdict.reasons for pid in r.person_ids}),
    )
    parts = _draft_parts(bounty, text)
    result = pooled_decision(parts, submission_signals=bounty_submission_signals(bounty, parts))
    if result is None:
        return BountyCheck(decision="pending", outcome=BountyStatus.SCREENING, charged=True, sentences=[
            _("A reference image or file is still being scanned; check again in a moment.")])
    people = depicted_people(result.reasons)
    outcome, charged, sentences, deadline = _what_publishing_does(result.decision, people, now=now)
    return BountyCheck(decision=result.decision, outcome=outcome, charged=charged, sentences=sentences,
                       reasons=result.reasons, people=people, consent_deadline=deadline)


def _what_publishing_does(
    decision: str, people: list[DepictedPerson], *, now: dt.datetime
) -> tuple[str, bool, list[str], dt.datetime | None]:
    if decision == Decision.ALLOW:
        return BountyStatus.OPEN, True, [_("The guard allows this bounty: publishing opens it.")], None
    if decision == Decision.BLOCK:
        return BountyStatus.REJECTED, False, [
            _("The guard does not allow this bounty, so it cannot be published and nothing is charged."),
            _("Change what the reasons below point at and check again."),
        ], None
    if decision == Decision.REVIEW:
        return BountyStatus.IN_REVIEW, True, [
            _("A moderator must look at this bounty before it opens; your prize is held meanwhile and "
              "refunded if it is rejected.")], None
    deadline = consent_deadline_from(now)
    sentences = [_("This bounty depicts a real person, so it waits for their own verified consent until "
                   "%(date)s; without it, it is rejected and your prize refunded then.")
                 % {"date": f"{deadline:%Y-%m-%d}"}]
    for person in people:
        if person.can_answer:
            sentences.append(_("%(name)s is registered and verified: they will be asked as soon as you publish.")
                             % {"name": person.name})
        elif person.person_id is not None:
            sentences.append(_("%(name)s is registered but not verified yet: they can answer once a moderator "
                               "has verified them.") % {"name": person.name})
        else:
            sentences.append(_("%(name)s is not registered here, so nobody can consent for them yet: send them "
                               "the invitation link to register, be verified and answer.") % {"name": person.name})
    return BountyStatus.CONSENT_PENDING, True, sentences, deadline
