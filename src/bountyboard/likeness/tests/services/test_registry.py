"""Protecting a likeness: register, verify, update, pause and delete."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bountyboard.accounts.models import User
from bountyboard.audit.models import AuditEvent, AuditPersonalData
from bountyboard.audit.selectors import audit_verify
from bountyboard.errors import Conflict, PermissionDenied, ValidationFailed
from bountyboard.likeness import services
from bountyboard.likeness.guard_store import DjangoRegistryStore
from bountyboard.likeness.models import LikenessStatus, ProtectedLikeness, ReferenceFace
from bountyboard.likeness.tests.conftest import reference
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
        # Names and handles sit beside the hashed event (erasable), which keeps only their digest.
        assert event.actor == her and event.personal.fields["handles"] == ["@lea.moreau.fit"]
        assert "Lea" not in str(event.data) and len(event.data["personal_digest"]) == 64
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

    def test_deletion_erases_the_personal_data_the_audit_log_kept_and_the_chain_verifies(
        self, registered: ProtectedLikeness, her: User
    ) -> None:
        # Issue 12: the audit log kept names, handles and photo hashes forever.
        person_id = registered.id
        services.likeness_update(actor=her, likeness=registered, aliases=["Lea M."])
        assert AuditPersonalData.objects.filter(event__target_id=str(person_id)).count() == 2
        services.likeness_delete(actor=her, likeness=registered)
        events = AuditEvent.objects.filter(target_type="likeness", target_id=str(person_id))
        assert {"likeness.register", "likeness.update", "likeness.delete"} <= set(events.values_list("action", flat=True))
        assert not AuditPersonalData.objects.filter(event__target_id=str(person_id)).exists()
        for event in events:
            assert "Lea" not in str(event.data) and "lea.moreau" not in str(event.data)
        assert audit_verify().ok

    def test_a_stranger_cannot_delete(self, registered: ProtectedLikeness) -> None:
        with pytest.raises(PermissionDenied):
            services.likeness_delete(actor=make_user("stranger"), likeness=registered)
        assert registered.faces.count() == 3


# -- through the whole board ----------------------------------------------------------------------
