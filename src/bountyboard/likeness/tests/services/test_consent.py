"""Consent scoped to one bounty: asking, granting, refusing, revoking, deadlines and lapses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import BountyStatus, ContributionStatus
from bountyboard.errors import PermissionDenied, ValidationFailed
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance
from bountyboard.likeness import services
from bountyboard.likeness.models import ConsentRequest, ConsentStatus, ProtectedLikeness
from bountyboard.likeness.tests.conftest import bounty_published, funded_user, reference
from bountyboard.screening.models import Screening, ScreeningDecision

pytestmark = pytest.mark.models


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConsentRefuse:
    def test_a_bounty_naming_her_waits_for_her_consent_and_her_refusal_refunds_everyone(
        self, registered: ProtectedLikeness, her: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data,
            poster=poster,
            title="LoRA of Lea Moreau",
            description="A portrait LoRA of Lea Moreau.",
        )
        assert bounty.status == BountyStatus.CONSENT_PENDING
        assert registered.id in bounty.consent_person_ids
        opening = services.consent_requests_open(bounty_id=bounty.pk)
        consent = ConsentRequest.objects.get(likeness=registered, bounty_id=bounty.pk)
        assert opening.requests == [consent] and consent.status == ConsentStatus.PENDING
        assert consent.bounty_title == "LoRA of Lea Moreau" and consent.requested_by == poster
        assert her.notifications.filter(kind="consent.requested").exists()

        services.consent_refuse(person=her, consent=consent)

        bounty.refresh_from_db()
        consent.refresh_from_db()
        assert consent.status == ConsentStatus.REFUSED
        assert bounty.status == BountyStatus.REJECTED
        assert wallet_balance(poster) == 1000
        assert not bounty.contributions.filter(status=ContributionStatus.HELD).exists()
        assert ledger_discrepancies() == []
        assert audit_verify().ok
        assert AuditEvent.objects.filter(action="consent.refuse", actor=her).exists()

    def test_only_the_depicted_person_can_answer(
        self, registered: ProtectedLikeness, her: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="LoRA of Lea Moreau", description="portrait"
        )
        services.consent_requests_open(bounty_id=bounty.pk)
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        with pytest.raises(PermissionDenied):
            services.consent_grant(person=poster, consent=consent)
        consent.refresh_from_db()
        bounty.refresh_from_db()
        assert consent.status == ConsentStatus.PENDING and bounty.status == BountyStatus.CONSENT_PENDING


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConsentGrant:
    def test_a_grant_opens_the_bounty_for_this_bounty_only(
        self, registered: ProtectedLikeness, her: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data,
            poster=poster,
            title="LoRA of Lea Moreau",
            description="A portrait LoRA, as a knight.",
        )
        other = bounty_published(
            shared_data, poster=poster, title="Lea Moreau as a pilot", description="portrait"
        )
        services.consent_requests_open(bounty_id=bounty.pk)
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        services.consent_grant(person=her, consent=consent)
        bounty.refresh_from_db()
        other.refresh_from_db()
        consent.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN
        assert other.status == BountyStatus.CONSENT_PENDING
        assert consent.expires_at is not None and consent.expires_at > timezone.now()

    def test_a_grant_does_not_lift_the_sexual_floor(
        self, registered: ProtectedLikeness, her: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        with pytest.raises(ValidationFailed) as refused:  # a real person + sexual is blocked outright
            bounty_published(shared_data, poster=poster, title="Lea Moreau nude", description="NSFW LoRA")
        assert refused.value.code == "guard_blocked"
        assert not ConsentRequest.objects.exists()
        assert wallet_balance(poster) == 1000


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConsentRevoke:
    def test_revoking_takes_the_bounty_down_and_refunds_the_benefactors(
        self, registered: ProtectedLikeness, her: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        backer = funded_user("backer")
        bounty = bounty_published(
            shared_data, poster=poster, title="LoRA of Lea Moreau", description="portrait"
        )
        services.consent_requests_open(bounty_id=bounty.pk)
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        services.consent_grant(person=her, consent=consent)
        bounty_services.bounty_contribute(benefactor=backer, bounty_id=bounty.pk, amount=50)
        assert wallet_balance(backer) == 950
        services.consent_revoke(person=her, consent=consent)
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.REMOVED
        assert wallet_balance(backer) == 1000 and wallet_balance(poster) == 1000
        assert ledger_discrepancies() == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConsentsExpireOverdue:
    def test_silence_past_the_deadline_rejects_and_refunds(
        self, registered: ProtectedLikeness, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="LoRA of Lea Moreau", description="portrait"
        )
        services.consent_requests_open(bounty_id=bounty.pk)
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        assert services.consents_expire_overdue(now=consent.respond_by - dt.timedelta(minutes=1)) == 0
        assert services.consents_expire_overdue(now=consent.respond_by + dt.timedelta(minutes=1)) == 1
        consent.refresh_from_db()
        bounty.refresh_from_db()
        assert consent.status == ConsentStatus.EXPIRED and bounty.status == BountyStatus.REJECTED
        assert wallet_balance(poster) == 1000
        assert services.consents_expire_overdue(now=consent.respond_by + dt.timedelta(minutes=2)) == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConsentRequestsOpen:
    def test_an_unregistered_real_person_cannot_consent_through_the_poster(self, shared_data: Path) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data,
            poster=poster,
            title="LoRA of Emma Watson",
            description="I have her permission, promise.",
        )
        assert bounty.status == BountyStatus.CONSENT_PENDING
        opening = services.consent_requests_open(bounty_id=bounty.pk)
        assert opening.requests == [] and opening.unreachable
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.CONSENT_PENDING  # still not public
        notice = poster.notifications.get(kind="consent.unreachable")
        assert "cannot" in notice.message or "nobody can consent" in notice.message
        assert notice.url == "/likeness/about/"
        services.consent_requests_open(bounty_id=bounty.pk)
        assert poster.notifications.filter(kind="consent.unreachable").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestConsentRequestsSync:
    def test_a_bounty_posted_before_she_registered_asks_her_once_she_is_verified(
        self, her: User, her_photos: list[Path], moderator: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="Portrait of Lea Moreau as a knight", description="fantasy art"
        )
        assert bounty.status == BountyStatus.CONSENT_PENDING
        assert services.consent_requests_open(bounty_id=bounty.pk).requests == []
        likeness = services.likeness_register(
            actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau"
        )
        assert not ConsentRequest.objects.exists()  # unverified: she cannot be asked yet
        text = Screening.objects.get(pk=bounty.text_screening_id)
        assert likeness.id in text.person_ids and text.decision == ScreeningDecision.REVIEW  # unverified
        services.likeness_verify(moderator=moderator, likeness=likeness, basis="passport")
        bounty.refresh_from_db()
        assert "protected_person_unverified" not in {r["code"] for r in bounty.reasons}  # what the poster reads
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        assert consent.likeness == likeness and consent.status == ConsentStatus.PENDING
        assert services.consent_requests_sync() == 0
        services.consent_grant(person=her, consent=consent)
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN  # decided again on signals refreshed after verification


@pytest.mark.django_db(transaction=True)
class TestUnregisteredFaces:
    def test_photos_of_her_before_she_registered_wait_for_her_and_open_on_her_consent(
        self, her: User, her_photos: list[Path], moderator: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_services.bounty_create(
            poster=poster,
            title="Portrait LoRA",
            description="Keep the face consistent with the reference images.",
            type="lora",
            prize=100,
            expires_at=timezone.now() + dt.timedelta(days=14),
            rights_statement="I took the reference photos myself.",
        )
        for photo in her_photos[4:6]:  # not her enrolment photos
            bounty_services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=photo.read_bytes(),
                                             filename=photo.name)
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.CONSENT_PENDING
        assert "unregistered_real_face_repeated" in {r["code"] for r in bounty.reasons}

        # Nobody can be asked: the poster is told the person must register, never who it is.
        opening = services.consent_requests_open(bounty_id=bounty.pk)
        assert opening.requests == []
        assert opening.unreachable == ["the person whose face appears in 2 of the images"]
        assert poster.notifications.filter(kind="consent.unreachable").exists()

        likeness = services.likeness_register(actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau")
        services.likeness_verify(moderator=moderator, likeness=likeness, basis="passport")
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        assert consent.likeness == likeness
        services.consent_grant(person=her, consent=consent)
        bounty.refresh_from_db()
        # Her faces now match her registration: decided again with her consent, it opens.
        assert bounty.status == BountyStatus.OPEN, bounty.reasons
