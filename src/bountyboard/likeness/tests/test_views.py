"""Likeness pages through Django's test client: protect, dashboard, consents, verification."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.http import HttpRequest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.bounties.models import BountyStatus
from bountyboard.likeness import services
from bountyboard.likeness.models import ConsentRequest, ConsentStatus, LikenessStatus, ProtectedLikeness
from bountyboard.likeness.tests.conftest import bounty_published, funded_user
from bountyboard.testing.factories import TEST_PASSWORD

pytestmark = pytest.mark.models


def _client(user: User) -> Client:
    client = Client()
    assert client.login(request=HttpRequest(), username=user.username, password=TEST_PASSWORD)
    return client


@pytest.mark.django_db
class TestProtect:
    def test_the_form_registers_with_real_photos_and_shows_the_dashboard(
        self, her: User, her_photos: list[Path]
    ) -> None:
        client = _client(her)
        assert client.get("/likeness/protect/").status_code == 200
        handles = [p.open("rb") for p in her_photos[:3]]
        try:
            response = client.post(
                "/likeness/protect/",
                {"photos": handles, "name": "Lea Moreau", "aliases": "Lea M", "handles": "@lea.moreau.fit"},
                follow=True,
            )
        finally:
            for handle in handles:
                handle.close()
        assert response.status_code == 200
        row = ProtectedLikeness.objects.get()
        assert response.redirect_chain[-1][0] == f"/likeness/{row.id}/"
        body = response.content.decode()
        assert (
            "Lea Moreau" in body
            and "3 face embeddings kept" in body
            and "Nothing on the site has matched" in body
        )

    def test_a_refused_photo_is_named_on_the_page_and_nothing_is_saved(
        self, her: User, her_photos: list[Path], shared_data: Path
    ) -> None:
        files = [*her_photos[:2], shared_data / "faces" / "deepface" / "couple.jpg"]
        handles = [p.open("rb") for p in files]
        try:
            response = _client(her).post("/likeness/protect/", {"photos": handles, "name": "Lea Moreau"})
        finally:
            for handle in handles:
                handle.close()
        assert response.status_code == 400
        assert "couple.jpg" in response.content.decode() and "more than one face" in response.content.decode()
        assert not ProtectedLikeness.objects.exists()

    def test_the_public_page_explains_how_to_register(self) -> None:
        response = Client().get("/likeness/about/")
        assert response.status_code == 200 and "Protect your likeness" in response.content.decode()


@pytest.mark.django_db
class TestVerificationQueue:
    def test_a_moderator_verifies_from_the_page(
        self, her: User, her_photos: list[Path], moderator: User
    ) -> None:
        from bountyboard.likeness.tests.conftest import reference

        row = services.likeness_register(actor=her, photos=reference(her_photos[:3]), legal_name="Lea Moreau")
        client = _client(moderator)
        assert "Lea Moreau" in client.get("/likeness/verification/").content.decode()
        client.post(
            "/likeness/verification/", {"likeness_id": row.id, "basis": "passport", "verdict": "verify"}
        )
        row.refresh_from_db()
        assert row.status == LikenessStatus.VERIFIED and row.verification_basis == "passport"
        assert _client(her).get("/likeness/verification/").status_code == 403


@pytest.mark.django_db(transaction=True)
class TestDashboardAndConsents:
    def test_the_person_sees_the_request_refuses_it_and_sees_the_match_with_a_takedown_link(
        self, registered: ProtectedLikeness, her: User, shared_data: Path
    ) -> None:
        poster = funded_user("poster")
        bounty = bounty_published(
            shared_data, poster=poster, title="LoRA of Lea Moreau", description="portrait"
        )
        services.consent_requests_open(bounty_id=bounty.pk)
        client = _client(her)
        page = client.get("/likeness/consents/").content.decode()
        assert "LoRA of Lea Moreau" in page and "Grant for this bounty" in page
        consent = ConsentRequest.objects.get(bounty_id=bounty.pk)
        client.post(f"/likeness/consents/{consent.pk}/refuse/", {"note": "no"})
        consent.refresh_from_db()
        bounty.refresh_from_db()
        assert consent.status == ConsentStatus.REFUSED and bounty.status == BountyStatus.REJECTED
        dashboard = client.get(f"/likeness/{registered.id}/").content.decode()
        assert f"Text of Bounty {bounty.pk}" in dashboard
        assert "/takedown/?category=likeness&amp;locations=bounty%3A" in dashboard
