"""The likeness JSON API through Django's test client, with real photos and the real face models."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.db import connection
from django.http import HttpRequest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.likeness.models import LikenessStatus, ProtectedLikeness, ReferenceFace
from bountyboard.testing.factories import TEST_PASSWORD, make_user

pytestmark = [pytest.mark.models, pytest.mark.django_db]


def _client(user: User) -> Client:
    client = Client()
    assert client.login(request=HttpRequest(), username=user.username, password=TEST_PASSWORD)
    return client


def _register(client: Client, photos: list[Path], **fields: Any) -> Any:
    handles = [p.open("rb") for p in photos]
    try:
        return client.post(
            "/api/v1/likeness",
            {
                "photos": handles,
                "name": "Lea Moreau",
                "aliases": "Lea M, Léa",
                "handles": "@lea.moreau.fit",
                **fields,
            },
        )
    finally:
        for handle in handles:
            handle.close()


class TestLikenessRegisterApi:
    def test_registers_with_three_real_photos(self, her: User, her_photos: list[Path]) -> None:
        response = _register(_client(her), her_photos[:3])
        assert response.status_code == 201, response.content
        body = response.json()
        assert set(body) == {"id", "status"} and body["status"] == LikenessStatus.UNVERIFIED
        row = ProtectedLikeness.objects.get(pk=body["id"])
        assert row.aliases == ["Lea M", "Léa"] and row.handles == ["@lea.moreau.fit"]
        assert row.faces.count() == 3

    def test_a_photo_without_a_face_is_refused_with_the_reason(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        response = _register(
            _client(her), [*her_photos[:2], shared_data / "faces" / "negatives" / "dogs.jpg"]
        )
        assert response.status_code == 400
        body = response.json()
        assert (
            body["code"] == "photo_rejected" and body["photo"] == "dogs.jpg" and body["reason"] == "no_face"
        )
        assert "dogs.jpg: no face found" in body["message"]
        assert not ProtectedLikeness.objects.exists()

    def test_a_photo_with_several_faces_is_refused_with_the_reason(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        response = _register(
            _client(her), [*her_photos[:2], shared_data / "faces" / "deepface" / "couple.jpg"]
        )
        assert response.status_code == 400
        assert response.json()["reason"] == "several_faces" and response.json()["photo"] == "couple.jpg"
        assert not ProtectedLikeness.objects.exists()

    def test_anonymous_requests_are_refused(self, her_photos: list[Path]) -> None:
        response = _register(Client(), her_photos[:3])
        assert response.status_code == 401 and response.json()["code"] == "not_authenticated"
        assert not ProtectedLikeness.objects.exists()


class TestModerationVerifyApi:
    def test_a_moderator_verifies_with_a_basis(
        self, her: User, her_photos: list[Path], moderator: User
    ) -> None:
        likeness_id = _register(_client(her), her_photos[:3]).json()["id"]
        response = _client(moderator).post(
            f"/api/v1/moderation/likeness/{likeness_id}/verify",
            {"basis": "ID document and a live selfie"},
            content_type="application/json",
        )
        assert response.status_code == 200, response.content
        assert response.json()["status"] == LikenessStatus.VERIFIED
        assert response.json()["verification_basis"] == "ID document and a live selfie"

    def test_a_member_gets_403_and_nothing_changes(self, her: User, her_photos: list[Path]) -> None:
        likeness_id = _register(_client(her), her_photos[:3]).json()["id"]
        response = _client(her).post(
            f"/api/v1/moderation/likeness/{likeness_id}/verify",
            {"basis": "me"},
            content_type="application/json",
        )
        assert response.status_code == 403 and response.json()["code"] == "forbidden"
        assert ProtectedLikeness.objects.get(pk=likeness_id).status == LikenessStatus.UNVERIFIED


class TestLikenessPauseDeleteApi:
    def test_pause_resume_and_delete(self, her: User, her_photos: list[Path]) -> None:
        client = _client(her)
        likeness_id = _register(client, her_photos[:3]).json()["id"]
        assert client.post(f"/api/v1/likeness/{likeness_id}/pause").json()["paused"] is True
        assert client.post(f"/api/v1/likeness/{likeness_id}/pause").status_code == 409
        assert client.post(f"/api/v1/likeness/{likeness_id}/resume").json()["paused"] is False
        stranger = _client(make_user("stranger"))
        assert stranger.delete(f"/api/v1/likeness/{likeness_id}").status_code == 404
        assert client.delete(f"/api/v1/likeness/{likeness_id}").status_code == 204
        assert not ReferenceFace.objects.exists() and not ProtectedLikeness.objects.exists()


def _files_under(root: Path) -> list[Path]:
    return [Path(d) / f for d, _, files in os.walk(root) for f in files] if root.exists() else []


def _text_and_binary_cells() -> list[bytes]:
    """Every text and binary value in every table of the database."""
    cells: list[bytes] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - names come from introspection
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (bytes, bytearray, memoryview)):
                        cells.append(bytes(value))
                    elif isinstance(value, str):
                        cells.append(value.encode("utf-8", "surrogatepass"))
    return cells


class TestNoReferencePhotoPersisted:
    def test_no_photo_file_or_blob_survives_registration(
        self,
        her: User,
        her_photos: list[Path],
        tmp_path: Path,
        settings: Any,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        photos = her_photos[:3]
        # Photos larger than Django's 2.5 MB in-memory limit would normally spill to a temp file:
        # pad one so the test covers that path (JPEG decoders ignore bytes after the end marker).
        padded = tmp_path / "big.jpg"
        padded.write_bytes(photos[0].read_bytes() + b"\0" * (3 * 1024 * 1024))
        photos = [padded, *photos[1:]]
        upload_temp = tmp_path / "upload-temp"
        upload_temp.mkdir()
        settings.FILE_UPLOAD_TEMP_DIR = str(upload_temp)
        temp_dirs = [Path(tempfile.gettempdir()), upload_temp]
        before = {p for d in temp_dirs for p in _files_under(d)}
        # Django writes an upload over 2.5 MB to a temp file (deleted again when closed, so looking
        # afterwards would prove nothing): record every temp upload file created during the request.
        spilled: list[str] = []
        real_init = TemporaryUploadedFile.__init__

        def recording_init(self: TemporaryUploadedFile, *args: Any, **kwargs: Any) -> None:
            real_init(self, *args, **kwargs)
            spilled.append(self.name or "?")

        monkeypatch.setattr(TemporaryUploadedFile, "__init__", recording_init)

        response = _register(_client(her), photos)
        assert response.status_code == 201, response.content
        assert spilled == []

        originals = [p.read_bytes() for p in photos]
        digests = {hashlib.sha256(data).hexdigest() for data in originals}
        # 1. storage: nothing under MEDIA_ROOT holds a photo (by content or hash)
        for path in _files_under(Path(settings.MEDIA_ROOT)):
            data = path.read_bytes()
            assert hashlib.sha256(data).hexdigest() not in digests, path
            assert all(original[:4096] not in data for original in originals), path
        # 2. temp dirs: Django's upload temp dir stayed empty, and no new temp file holds a photo
        assert _files_under(upload_temp) == []
        after = {p for d in temp_dirs for p in _files_under(d)}
        for path in after - before:
            try:
                data = path.read_bytes()
            except OSError:
                continue  # another process's temp file, gone already
            assert all(original[:4096] not in data for original in originals), path
        # 3. database: no cell of any table holds photo bytes, a JPEG/PNG stream or a photo's hash
        for cell in _text_and_binary_cells():
            assert not cell.startswith((b"\xff\xd8\xff", b"\x89PNG")), cell[:16]
            assert all(original[:512] not in cell for original in originals)
            assert not any(digest.encode() in cell for digest in digests)
        # what is kept: one 128-float embedding and one PDQ hash per photo
        assert [len(bytes(v)) for v in ReferenceFace.objects.values_list("vector", flat=True)] == [
            512,
            512,
            512,
        ]
