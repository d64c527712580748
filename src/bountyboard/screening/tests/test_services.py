"""The screening bridge over the real guard: verdicts stored with reasons and an audit event, clean
bytes only, datasets scanned member by member, failures fail closed, reruns change nothing."""

from __future__ import annotations

import zipfile

import pytest
from django.core.files.storage import default_storage

from bountyboard.audit.models import AuditEvent
from bountyboard.errors import ValidationFailed
from bountyboard.screening.models import Screening
from bountyboard.screening.services import (
    screening_handler_register,
    screening_kind_for_file,
    screening_observer_register,
    screening_perform,
    screening_request,
    screening_upload_check,
)
from bountyboard.testing.uploads import dataset_zip, jpeg_with_metadata, landscape_png

pytestmark = [pytest.mark.django_db(transaction=True)]



class TestScreeningRequest:
    def test_text_is_scanned_after_commit_and_audited(self):
        row = screening_request(subject_type="test", subject_id=1, kind="text", text="A watercolour fox.")
        row.refresh_from_db()
        assert (row.status, row.decision) == ("done", "allow")
        event = AuditEvent.objects.get(action="guard.decision", target_type="test", target_id="1")
        assert event.automated and event.data["screening_id"] == row.pk

    def test_a_blocked_text_keeps_machine_readable_reasons(self):
        row = screening_request(subject_type="test", subject_id=2, kind="text",
                                text="Nude photos of Emma Watson, topless")
        row.refresh_from_db()
        assert row.decision == "block"
        assert row.reasons and all({"code", "detail", "decision"} <= set(r) for r in row.reasons)
        assert AuditEvent.objects.get(target_type="test", target_id="2").reasons == [r["code"] for r in row.reasons]

    def test_images_are_stored_as_clean_bytes_with_hashes(self):
        original = jpeg_with_metadata(4)
        row = screening_request(subject_type="test", subject_id=3, kind="image", upload=original, filename="p.jpg")
        row.refresh_from_db()
        assert row.decision == "allow" and len(row.sha256) == 64 and len(row.md5) == 32
        with default_storage.open(row.stored_name, "rb") as handle:
            assert b"SECRET-CAMERA-MODEL" not in handle.read()

    def test_a_dataset_is_scanned_member_by_member_and_rebuilt(self):
        data = dataset_zip({"a.png": jpeg_with_metadata(1), "a.txt": b"a fox in the snow"})
        row = screening_request(subject_type="test", subject_id=4, kind="archive", upload=data, filename="d.zip")
        row.refresh_from_db()
        assert row.decision == "allow", row.reasons
        assert [m["name"] for m in row.evidence["members"]] == ["a.png", "a.txt"]
        with default_storage.open(row.stored_name, "rb") as handle, zipfile.ZipFile(handle) as rebuilt:
            assert b"SECRET-CAMERA-MODEL" not in rebuilt.read("a.png")

    def test_a_dataset_caption_asking_for_a_real_persons_nudes_blocks_it(self):
        data = dataset_zip({"a.png": landscape_png(1), "a.txt": b"Emma Watson nude, topless"})
        row = screening_request(subject_type="test", subject_id=5, kind="archive", upload=data, filename="d.zip")
        row.refresh_from_db()
        assert row.decision == "block"
        assert row.stored_name == ""  # blocked uploads are not kept


class TestScreeningPerform:
    def test_a_scan_that_raises_stays_pending_with_its_error_until_its_last_try(self, settings):
        settings.SCREENING_MAX_ATTEMPTS = 2
        row = Screening.objects.create(subject_type="test", subject_id=6, kind="hologram")  # no scanner: raises
        first = screening_perform(screening_id=row.pk)
        assert first is not None and (first.status, first.attempts) == ("pending", 1)
        assert "KeyError" in Screening.objects.get(pk=row.pk).error
        result = screening_perform(screening_id=row.pk)
        assert result is not None
        assert (result.status, result.decision, result.attempts) == ("failed", "review", 2)
        assert result.reasons[0]["code"] == "scan_failed"

    def test_running_twice_changes_nothing(self):
        seen: list[int] = []
        screening_handler_register("test-twice", lambda row: seen.append(row.pk))
        row = screening_request(subject_type="test-twice", subject_id=7, kind="text", text="A robot.")
        events = AuditEvent.objects.count()
        screening_perform(screening_id=row.pk)
        assert seen == [row.pk] and AuditEvent.objects.count() == events


class TestDatasetBounds:
    def test_a_dataset_over_its_time_budget_is_refused_with_a_sentence(self, settings):
        settings.DATASET_SCAN_SECONDS = -1  # already over: the first member is not even read
        data = dataset_zip({"a.png": landscape_png(1), "a.txt": b"a fox in the snow"})
        row = screening_request(subject_type="test", subject_id=8, kind="archive", upload=data, filename="d.zip")
        row.refresh_from_db()
        assert (row.status, row.decision) == ("done", "block")
        assert row.reasons[0]["input_code"] == "archive_scan_too_long"
        assert row.reasons[0]["detail"].endswith("upload it as smaller archives.")
        assert row.stored_name == ""

    def test_a_huge_caption_is_refused_at_upload_and_nothing_is_written(self):
        data = dataset_zip({"a.png": landscape_png(1), "a.txt": b"a fox " * 10_000})
        before = Screening.objects.count()
        with pytest.raises(ValidationFailed) as caught:
            screening_upload_check(kind="archive", filename="d.zip", data=data)
        assert caught.value.code == "archive_caption_too_large"
        assert Screening.objects.count() == before

    def test_dataset_images_record_their_faces_for_later_re_scans(self):
        data = dataset_zip({"a.png": landscape_png(1), "a.txt": b"a fox in the snow"})
        row = screening_request(subject_type="test", subject_id=9, kind="archive", upload=data, filename="d.zip")
        row.refresh_from_db()
        assert row.evidence["members"][0]["faces"] == 0


class TestScreeningObserverRegister:
    def test_observers_see_every_verdict_after_the_handler_in_its_transaction(self, settings):
        settings.SCREENING_MAX_ATTEMPTS = 1  # the failing scan below gives up on its first try
        order: list[str] = []

        def handler(row: Screening) -> None:
            order.append(f"handler:{row.decision}")

        def observer(row: Screening) -> None:
            if row.subject_type != "test-observed":
                return  # it stays registered for the rest of the process: other tests' verdicts pass by
            # The verdict is stored and the handler already ran, in the same transaction.
            stored = Screening.objects.get(pk=row.pk)
            order.append(f"observer:{stored.decision}:{len(order)}")

        screening_handler_register("test-observed", handler)
        screening_observer_register("test.observer", observer)
        screening_observer_register("test.observer", observer)  # idempotent by name
        row = screening_request(subject_type="test-observed", subject_id=8, kind="text", text="A lighthouse.")
        assert order == ["handler:allow", "observer:allow:1"]
        failing = Screening.objects.create(subject_type="test-observed", subject_id=9, kind="image",
                                           upload_name="quarantine/missing-file")
        screening_perform(screening_id=failing.pk)
        assert order[-1] == "observer:review:3"  # a failed scan is a verdict too (fail closed)
        assert row.pk != failing.pk


class TestScreeningKindForFile:
    def test_accepts_safetensors_and_zip_only(self):
        assert screening_kind_for_file("lora.safetensors") == "model"
        assert screening_kind_for_file("data.ZIP") == "archive"
        for name in ("model.ckpt", "model.pt", "weights.bin", "x.exe"):
            with pytest.raises(ValidationFailed):
                screening_kind_for_file(name)
