"""``bounties.services.references``: reference images and files on a draft, over the real stack (SQLite or
PostgreSQL under pgcluster, the ledger, the audit chain, the real guard). One class per service function,
one test per scenario; every refusal also proves nothing changed."""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage

from bountyboard.audit.models import AuditEvent
from bountyboard.bounties import services
from bountyboard.bounties.models import BountyFile
from bountyboard.errors import PermissionDenied, ValidationFailed
from bountyboard.ledger.selectors import escrow_balance
from bountyboard.screening.models import Screening
from bountyboard.testing.uploads import jpeg_with_metadata, landscape_png, safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True)]
money = pytest.mark.postgres  # money and lifecycle paths also run on PostgreSQL


class TestBountyImageAdd:
    def test_stores_the_guards_clean_bytes_not_the_upload(self, funded_user, draft_bounty):
        poster = funded_user()
        original = jpeg_with_metadata()
        bounty = draft_bounty(poster, image=original)
        screening = Screening.objects.get(pk=bounty.images.get().screening_id)
        assert screening.status == "done" and screening.decision == "allow"
        with default_storage.open(screening.stored_name, "rb") as handle:
            stored = handle.read()
        assert stored != original
        assert b"SECRET-CAMERA-MODEL" in original and b"SECRET-CAMERA-MODEL" not in stored
        assert not screening.upload_name  # the quarantined upload is gone

    def test_refuses_a_file_that_is_not_an_image(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        screenings = Screening.objects.count()
        with unchanged(), pytest.raises(ValidationFailed):
            services.bounty_image_add(actor=poster, bounty_id=bounty.pk, data=b"#!/bin/sh\nrm -rf /", filename="x.png")
        assert Screening.objects.count() == screenings

    def test_refuses_someone_elses_bounty(self, funded_user, draft_bounty, unchanged):
        bounty = draft_bounty(funded_user())
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_image_add(actor=funded_user(0), bounty_id=bounty.pk, data=landscape_png(3))


class TestBountyFileSizeCheck:
    def test_a_file_within_the_limit_passes(self, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 1024
        services.bounty_file_size_check(filename="fox.zip", size=1024)

    def test_a_file_over_the_limit_is_refused_with_its_name(self, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 1024
        with pytest.raises(ValidationFailed) as refused:
            services.bounty_file_size_check(filename="fox.zip", size=1025)
        assert refused.value.code == "file_too_large" and "fox.zip" in refused.value.message

    def test_an_unknown_size_is_left_to_the_bytes_check(self, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 1024
        services.bounty_file_size_check(filename="fox.zip", size=None)


class TestBountyFileAdd:
    def test_a_text_file_is_kept_and_allowed_by_the_text_scanner(self, funded_user, draft_bounty):
        poster = funded_user()
        bounty = draft_bounty(poster)
        notes = b"# Style notes\nWatercolour foxes in autumn woods, soft edges.\n"
        added = services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=notes, filename="notes.md")
        screening = Screening.objects.get(pk=added.screening_id)
        assert (added.kind, added.size, added.content_type) == ("text", len(notes), "text/markdown")
        assert (screening.kind, screening.status, screening.decision) == ("text", "done", "allow")
        with default_storage.open(added.stored_name, "rb") as handle:
            assert handle.read() == notes
        assert AuditEvent.objects.filter(action="bounty.file_add", target_id=str(bounty.pk)).count() == 1

    def test_refuses_a_file_over_the_size_limit(self, funded_user, draft_bounty, unchanged, settings):
        settings.BOUNTY_FILE_MAX_BYTES = 16
        poster = funded_user()
        bounty = draft_bounty(poster)
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"x" * 17, filename="notes.txt")
        assert refused.value.code == "file_too_large"
        assert BountyFile.objects.count() == 0

    def test_refuses_a_pickle_model_file(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        screenings = Screening.objects.count()
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"\x80\x04K\x01.", filename="fox.ckpt")
        assert refused.value.code == "file_type_unsafe"
        assert (Screening.objects.count(), BountyFile.objects.count()) == (screenings, 0)

    def test_refuses_a_pdf_because_the_guard_cannot_scan_it(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"%PDF-1.7\n...", filename="brief.pdf")
        assert refused.value.code == "file_type_unscannable" and "cannot be scanned" in refused.value.message
        assert not BountyFile.objects.exists()

    def test_refuses_someone_elses_bounty(self, funded_user, draft_bounty, unchanged):
        bounty = draft_bounty(funded_user())
        screenings = Screening.objects.count()
        with unchanged(), pytest.raises(PermissionDenied):
            services.bounty_file_add(actor=funded_user(0), bounty_id=bounty.pk, data=b"notes", filename="n.txt")
        assert (Screening.objects.count(), BountyFile.objects.count()) == (screenings, 0)

    @money
    def test_a_text_file_naming_a_celebrity_holds_the_bounty_for_consent(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        services.bounty_file_add(actor=poster, bounty_id=bounty.pk, filename="captions.txt",
                                 data=b"Emma Watson dressed as a medieval knight, close-up portrait.\n")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending", bounty.reasons
        assert escrow_balance(bounty.pk) == 500

    @money
    def test_a_reference_lora_trained_on_a_person_holds_the_bounty_for_consent(self, funded_user, draft_bounty):
        poster = funded_user(1_000)
        bounty = draft_bounty(poster)
        lora = safetensors_bytes({"ss_output_name": "emma_watson_v2",
                                  "ss_tag_frequency": '{"10_emma watson": {"emma watson": 30, "portrait": 12}}'})
        added = services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=lora, filename="style.safetensors")
        assert added.kind == "model" and added.screening.kind == "model"
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "consent_pending", bounty.reasons

    def test_refuses_an_eleventh_file(self, funded_user, draft_bounty, unchanged):
        poster = funded_user()
        bounty = draft_bounty(poster)
        for number in range(services.REFERENCE_FILES_MAX):
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"fox %d" % number, filename="n.txt")
        with unchanged(), pytest.raises(ValidationFailed) as refused:
            services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"one more", filename="n.txt")
        assert refused.value.code == "too_many_files"
        assert BountyFile.objects.filter(bounty=bounty).count() == services.REFERENCE_FILES_MAX
