"""Likeness services on real photos, the real guard models and a real database.

Background work (screening, re-scans) runs in-process after each commit, as in the embedded
deployment, so the tests that follow content through the guard use ``transaction=True``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from django.utils import timezone

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent
from bountyboard.audit.selectors import audit_verify
from bountyboard.bounties import services as bounty_services
from bountyboard.bounties.models import Bounty, BountyStatus, ContributionStatus, Entry, EntryStatus
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.ledger.selectors import ledger_discrepancies, wallet_balance
from bountyboard.likeness import services
from bountyboard.likeness.guard_store import DjangoRegistryStore
from bountyboard.likeness.models import (
    ConsentRequest,
    ConsentStatus,
    LikenessStatus,
    ProtectedLikeness,
    ReferenceFace,
    RescanRun,
    RescanStatus,
)
from bountyboard.likeness.services import rescan
from bountyboard.likeness.tests.conftest import (
    bounty_published,
    funded_user,
    reference,
    safetensors_bytes,
)
from bountyboard.moderation.models import QueueItem
from bountyboard.screening.models import Screening, ScreeningDecision, ScreeningKind
from bountyboard.testing.factories import make_user

pytestmark = pytest.mark.models


def _state() -> tuple[int, int, int]:
    return ProtectedLikeness.objects.count(), ReferenceFace.objects.count(), AuditEvent.objects.count()


@pytest.mark.django_db
class TestLikenessRegister:
    def test_three_real_photos_register_an_unverified_protection(
        self, her: User, her_photos: list[Path]
    ) -> None:
        likeness = services.likeness_register(
            actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau", handles=["@lea.moreau.fit"]
        )
        assert likeness.status == LikenessStatus.UNVERIFIED
        assert likeness.account == her and likeness.registered_by == her
        faces = list(likeness.faces.all())
        assert len(faces) == 3
        for face in faces:
            vector = np.frombuffer(bytes(face.vector), dtype="<f4")
            assert vector.shape == (128,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3
            assert len(face.pdq) == 64
        event = AuditEvent.objects.get(action="likeness.register", target_id=likeness.id)
        assert event.actor == her and event.data["handles"] == ["@lea.moreau.fit"]
        person = DjangoRegistryStore().person_get(likeness.id)
        assert person is not None and not person.verified and person.active

    def test_a_photo_with_no_face_is_refused_by_name_and_nothing_is_written(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        before = _state()
        dogs = shared_data / "faces" / "negatives" / "dogs.jpg"
        with pytest.raises(ValidationFailed) as caught:
            services.likeness_register(actor=her, photos=reference([*her_photos[:2], dogs]), legal_name="Lea")
        assert caught.value.code == "photo_rejected"
        assert caught.value.extra == {"photo": "dogs.jpg", "reason": "no_face"}
        assert "dogs.jpg" in caught.value.message and "no face" in caught.value.message
        assert _state() == before

    def test_a_photo_with_several_faces_is_refused_by_name(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        before = _state()
        couple = shared_data / "faces" / "deepface" / "couple.jpg"
        with pytest.raises(ValidationFailed) as caught:
            services.likeness_register(
                actor=her, photos=reference([couple, *her_photos[:2]]), legal_name="Lea"
            )
        assert caught.value.extra == {"photo": "couple.jpg", "reason": "several_faces"}
        assert _state() == before

    def test_fewer_than_three_photos_are_refused(self, her: User, her_photos: list[Path]) -> None:
        before = _state()
        with pytest.raises(ValidationFailed) as caught:
            services.likeness_register(actor=her, photos=reference(her_photos[:2]), legal_name="Lea")
        assert caught.value.code == "too_few_photos"
        assert _state() == before

    def test_a_representative_records_on_whose_behalf(self, her_photos: list[Path]) -> None:
        agent = make_user("agent")
        likeness = services.likeness_register(
            actor=agent, photos=reference(her_photos[:3]), legal_name="Lea Moreau", on_behalf_of="Lea Moreau"
        )
        assert likeness.registered_by == agent and likeness.account is None
        assert likeness.on_behalf_of == "Lea Moreau"


@pytest.mark.django_db
class TestLikenessVerify:
    def test_a_moderator_verifies_with_who_when_and_basis(
        self, registered: ProtectedLikeness, moderator: User
    ) -> None:
        assert registered.status == LikenessStatus.VERIFIED
        assert registered.verified_by == moderator and registered.verified_at is not None
        assert registered.verification_basis == "passport checked on video call"
        assert AuditEvent.objects.filter(
            action="likeness.verify", target_id=registered.id, actor=moderator
        ).exists()
        person = DjangoRegistryStore().person_get(registered.id)
        assert person is not None and person.verified

    def test_a_member_cannot_verify_and_nothing_changes(self, her: User, her_photos: list[Path]) -> None:
        likeness = services.likeness_register(actor=her, photos=reference(her_photos[:3]), legal_name="Lea")
        before = _state()
        with pytest.raises(PermissionDenied):
            services.likeness_verify(moderator=her, likeness=likeness, basis="it is me")
        likeness.refresh_from_db()
        assert likeness.status == LikenessStatus.UNVERIFIED and _state() == before

    def test_a_representative_filing_is_linked_to_the_person_who_then_answers_consent(
        self, her: User, her_photos: list[Path], moderator: User
    ) -> None:
        agent = make_user("agent")
        likeness = services.likeness_register(
            actor=agent, photos=reference(her_photos[:3]), legal_name="Lea Moreau", on_behalf_of="Lea Moreau"
        )
        row = services.likeness_verify(
            moderator=moderator, likeness=likeness, basis="agency contract", holder=her
        )
        assert row.account == her and row.registered_by == agent and row.status == LikenessStatus.VERIFIED
        assert AuditEvent.objects.get(action="likeness.verify", target_id=row.id).data["holder_id"] == her.pk

    def test_a_basis_is_required(self, registered: ProtectedLikeness, moderator: User) -> None:
        with pytest.raises(ValidationFailed):
            services.likeness_verify(moderator=moderator, likeness=registered, basis="  ", verified=False)
        registered.refresh_from_db()
        assert registered.status == LikenessStatus.VERIFIED


@pytest.mark.django_db
class TestLikenessUpdate:
    def test_new_photos_replace_the_embeddings_and_need_verifying_again(
        self, registered: ProtectedLikeness, her: User, her_photos: list[Path]
    ) -> None:
        old = set(registered.faces.values_list("pk", flat=True))
        row = services.likeness_update(actor=her, likeness=registered, photos=reference(her_photos[3:6]))
        assert row.status == LikenessStatus.UNVERIFIED
        assert row.faces.count() == 3 and not (set(row.faces.values_list("pk", flat=True)) & old)
        assert AuditEvent.objects.filter(action="likeness.update", target_id=row.id).exists()

    def test_a_stranger_cannot_update(self, registered: ProtectedLikeness) -> None:
        with pytest.raises(PermissionDenied):
            services.likeness_update(actor=make_user("stranger"), likeness=registered, aliases=["x"])
        registered.refresh_from_db()
        assert registered.aliases == ["Lea M"]


@pytest.mark.django_db
class TestLikenessPause:
    def test_paused_protection_is_inactive_for_the_guard(
        self, registered: ProtectedLikeness, her: User
    ) -> None:
        services.likeness_pause(actor=her, likeness=registered, paused=True)
        person = DjangoRegistryStore().person_get(registered.id)
        assert person is not None and not person.active
        with pytest.raises(Conflict):
            services.likeness_pause(actor=her, likeness=registered, paused=True)
        assert AuditEvent.objects.filter(action="likeness.pause", target_id=registered.id).count() == 1


@pytest.mark.django_db
class TestLikenessDelete:
    def test_deletion_erases_every_embedding(self, registered: ProtectedLikeness, her: User) -> None:
        person_id = registered.id
        services.likeness_delete(actor=her, likeness=registered)
        assert not ReferenceFace.objects.filter(likeness_id=person_id).exists()
        assert DjangoRegistryStore().person_get(person_id) is None
        assert all(e.person_id != person_id for e in DjangoRegistryStore().embedding_list())
        event = AuditEvent.objects.get(action="likeness.delete", target_id=person_id)
        assert event.data["faces_erased"] == 3 and "vector" not in str(event.data)

    def test_a_stranger_cannot_delete(self, registered: ProtectedLikeness) -> None:
        with pytest.raises(PermissionDenied):
            services.likeness_delete(actor=make_user("stranger"), likeness=registered)
        assert registered.faces.count() == 3


# -- through the whole board ----------------------------------------------------------------------


def _entry_with_image(shared_data: Path, bounty: Bounty, image: Path) -> Entry:
    entrant = funded_user(f"entrant{Entry.objects.count()}")
    return bounty_services.entry_submit(
        entrant=entrant,
        bounty_id=bounty.pk,
        description="my take on it",
        images=[(image.name, image.read_bytes())],
        files=[("model.safetensors", safetensors_bytes())],
    )


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
        bounty = bounty_published(
            shared_data, poster=poster, title="Lea Moreau nude", description="NSFW LoRA"
        )
        assert bounty.status == BountyStatus.REJECTED  # a real person + sexual is blocked outright
        assert not ConsentRequest.objects.filter(bounty_id=bounty.pk).exists()
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
class TestEntryScreening:
    def test_an_entry_image_with_her_face_is_hidden_and_queued(
        self, registered: ProtectedLikeness, her_photos: list[Path], shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="A knight in armour", description="fantasy art"
        )
        assert bounty.status == BountyStatus.OPEN
        entry = _entry_with_image(shared_data, bounty, her_photos[4])
        entry.refresh_from_db()
        assert entry.status == EntryStatus.IN_REVIEW
        image = Screening.objects.get(subject_type="entry", subject_id=entry.pk, kind=ScreeningKind.IMAGE)
        assert registered.id in image.person_ids
        assert image.decision == ScreeningDecision.CONSENT_REQUIRED  # hidden: only allow is served
        assert services.matches_queue_sync() == 1
        item = QueueItem.objects.get(screening_id=image.pk)
        assert item.evidence["person_ids"] == [registered.id] and item.evidence["faces"]
        assert services.matches_queue_sync() == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestRescanExecute:
    def _site_with_her_content(
        self, shared_data: Path, her_photos: list[Path]
    ) -> tuple[Bounty, Entry, Entry]:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="A knight in armour", description="fantasy art"
        )
        hers = _entry_with_image(shared_data, bounty, her_photos[5])
        someone = shared_data / "faces" / "deepface" / "img26.jpg"  # another identity (id01)
        other = _entry_with_image(shared_data, bounty, someone)
        hers.refresh_from_db()
        other.refresh_from_db()
        assert hers.status == EntryStatus.VISIBLE and other.status == EntryStatus.VISIBLE
        return bounty, hers, other

    def test_registration_hides_existing_matching_content_and_queues_it(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        bounty, hers, other = self._site_with_her_content(shared_data, her_photos)
        likeness = services.likeness_register(
            actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau"
        )
        run = RescanRun.objects.get(likeness=likeness)
        assert run.status == RescanStatus.DONE and run.done == run.total >= 5 and run.matched == 1
        hers.refresh_from_db()
        other.refresh_from_db()
        assert hers.status == EntryStatus.IN_REVIEW and other.status == EntryStatus.VISIBLE
        image = Screening.objects.get(subject_type="entry", subject_id=hers.pk, kind=ScreeningKind.IMAGE)
        assert image.decision == ScreeningDecision.REVIEW and likeness.id in image.person_ids
        assert image.evidence["rescan"]["previous_decision"] == ScreeningDecision.ALLOW
        item = QueueItem.objects.get(screening_id=image.pk)
        assert item.evidence["rescan_id"] == run.pk and item.evidence["person_ids"] == [likeness.id]
        assert AuditEvent.objects.filter(action="guard.rescan_match", target_id=str(hers.pk)).count() == 1
        assert audit_verify().ok

    def test_a_crash_mid_way_resumes_from_the_cursor_without_redoing_or_skipping(
        self, her: User, her_photos: list[Path], shared_data: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self._site_with_her_content(shared_data, her_photos)
        rows = list(Screening.objects.filter(status="done").order_by("pk").values_list("pk", flat=True))
        crash_at = rows[len(rows) // 2]
        scanned: list[int] = []
        real_rescan = rescan.screening_rescan

        def crashing_rescan(row: Screening) -> services.RescanFinding | None:
            if row.pk == crash_at and crash_at not in scanned:
                scanned.append(row.pk)
                raise RuntimeError("worker killed")
            scanned.append(row.pk)
            return real_rescan(row)

        # rescan_execute looks the scan up in its own module, so that is where it is replaced.
        monkeypatch.setattr(rescan, "screening_rescan", crashing_rescan)
        with pytest.raises(RuntimeError, match="worker killed"):
            services.likeness_register(actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau")
        run = RescanRun.objects.get()
        assert run.status == RescanStatus.FAILED and "worker killed" in run.last_error
        assert run.cursor == rows[rows.index(crash_at) - 1] and run.done == rows.index(crash_at)

        assert services.likeness_tick().resumed == [run.pk]  # the periodic job delivers it again

        run.refresh_from_db()
        assert run.status == RescanStatus.DONE and run.done == len(rows) and run.cursor == rows[-1]
        # every row before the crash once, the crashed row twice (its first try never committed), the rest once
        assert scanned == [*rows[: rows.index(crash_at) + 1], *rows[rows.index(crash_at) :]]
        assert run.matched == 1
        services.rescan_execute(run_id=run.pk)  # a third delivery finds it done and scans nothing
        assert len(scanned) == len(rows) + 1


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
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        assert consent.likeness == likeness and consent.status == ConsentStatus.PENDING
        assert services.consent_requests_sync() == 0
        services.consent_grant(person=her, consent=consent)
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN  # decided again on signals refreshed after verification


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
class TestRescanBountyImages:
    def test_an_open_bounty_whose_reference_image_shows_her_goes_to_review_when_she_registers(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_services.bounty_create(
            poster=poster,
            title="Portrait in this style",
            description="oil painting",
            type="lora",
            prize=100,
            expires_at=timezone.now() + dt.timedelta(days=14),
            rights_statement="I took the reference photo myself.",
        )
        bounty_services.bounty_image_add(
            actor=poster, bounty_id=bounty.pk, data=her_photos[6].read_bytes(), filename="ref.jpg"
        )
        bounty_services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.OPEN  # an unknown face is nobody the guard can name
        likeness = services.likeness_register(
            actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau"
        )
        bounty.refresh_from_db()
        assert bounty.status == BountyStatus.IN_REVIEW
        image = Screening.objects.get(subject_type="bounty", subject_id=bounty.pk, kind=ScreeningKind.IMAGE)
        assert likeness.id in image.person_ids and image.decision == ScreeningDecision.REVIEW
        assert QueueItem.objects.filter(screening_id=image.pk).exists()
        assert wallet_balance(poster) == 900  # nothing refunded yet: a moderator decides
