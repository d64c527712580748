"""Tests of the pages that span apps (the profile) and of the site's French, through the Django test client."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from bountyboard.accounts.models import User
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.testing.factories import make_user
from bountyboard.testing.pages import logged_in, text_of

pytestmark = pytest.mark.django_db(transaction=True)


class TestProfile:
    def test_public_profile_lists_public_bounties_only(self, client: Client, poster: User, open_bounty, draft_bounty) -> None:
        open_bounty(poster, title="Public one")
        draft_bounty(poster, title="Private draft")
        body = text_of(client.get(reverse("web:profile", args=["poster"])))
        assert "Public one" in body
        assert "Private draft" not in body
        assert "poster@example.test" not in body

    def test_owner_changes_rating_preference(self, poster: User) -> None:
        response = logged_in(poster).post(reverse("web:profile", args=["poster"]), {"rating_preference": "r"})
        assert response.status_code == 302
        poster.refresh_from_db()
        assert poster.rating_preference == "r"

    def test_invalid_preference_is_a_form_error(self, poster: User) -> None:
        response = logged_in(poster).post(reverse("web:profile", args=["poster"]), {"rating_preference": "zzz"})
        assert response.status_code == 400
        poster.refresh_from_db()
        assert poster.rating_preference == "pg"

    def test_cannot_change_someone_elses(self, poster: User) -> None:
        response = logged_in(make_user("mallory")).post(reverse("web:profile", args=["poster"]), {"rating_preference": "x"})
        assert response.status_code == 403
        poster.refresh_from_db()
        assert poster.rating_preference == "pg"

    def test_unknown_user_is_404(self, client: Client) -> None:
        assert client.get(reverse("web:profile", args=["ghost"])).status_code == 404


class TestFrench:
    def test_pages_render_in_french(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster)
        response = client.get(reverse("web:browse"), HTTP_ACCEPT_LANGUAGE="fr")
        body = text_of(response)
        assert '<html lang="fr"' in body
        assert "Parcourir les primes" in body
        assert "crédits" in body

    def test_language_switcher_sets_french(self, client: Client) -> None:
        response = client.post("/i18n/setlang/", {"language": "fr", "next": "/"}, follow=True)
        assert '<html lang="fr"' in text_of(response)
        assert "S’inscrire" in text_of(response) or "S'inscrire" in text_of(response)

    def test_service_refusal_in_french(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster, min_contribution=50)
        response = logged_in(backer).post(
            reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "10"}, HTTP_ACCEPT_LANGUAGE="fr"
        )
        assert response.status_code == 400
        assert "Cette prime accepte les contributions d’au moins 50 crédits." in text_of(response)
        assert wallet_balance(backer) == 5000

    def test_reference_file_upload_in_french(self, poster: User, draft_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = draft_bounty(poster)
        response = logged_in(poster).post(
            reverse("web:bounty_file_upload", args=[bounty.pk]),
            {"file": SimpleUploadedFile("brief.pdf", b"%PDF-1.7\n")}, HTTP_ACCEPT_LANGUAGE="fr",
        )
        assert response.status_code == 400
        assert "Fichiers de référence" in text_of(response)
        assert "Le filtre ne peut pas analyser ce type de fichier" in text_of(response)

    def test_form_error_in_french(self, client: Client) -> None:
        response = client.post(
            reverse("web:signup"),
            {"username": "x", "email": "x@example.test", "password": "a-long-unusual-pass-93"},
            HTTP_ACCEPT_LANGUAGE="fr",
        )
        assert response.status_code == 400
        assert "Vous devez confirmer que vous êtes majeur" in text_of(response)


class TestPagesOfIssue11:
    """Award confirmation, my pages, the site's own error pages, wallet details in French."""

    def test_the_award_page_asks_first_and_moves_nothing(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        from bountyboard.ledger.selectors import wallet_balance

        bounty = open_bounty(poster, prize=500)
        entry = submitted_entry(creator, bounty)
        response = logged_in(poster).get(reverse("web:bounty_award", args=[bounty.pk]) + f"?entry_id={entry.pk}")
        assert response.status_code == 200
        assert f'name="entry_id" value="{entry.pk}"' in text_of(response)
        assert "cannot be undone" in text_of(response)
        assert wallet_balance(creator) == 100
        bounty.refresh_from_db()
        assert bounty.pool == 500 and bounty.status == "open"

    def test_my_pages_list_my_things(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster, title="Red fox LoRA")
        submitted_entry(creator, bounty)
        assert "Red fox LoRA" in text_of(logged_in(poster).get(reverse("web:my_bounties")))
        assert "Red fox LoRA" in text_of(logged_in(poster).get(reverse("web:my_contributions")))
        assert "Red fox LoRA" in text_of(logged_in(creator).get(reverse("web:my_entries")))
        assert "Red fox LoRA" not in text_of(logged_in(creator).get(reverse("web:my_bounties")))

    def test_404_and_403_are_the_sites_own_pages_in_french(self, client: Client, creator: User) -> None:
        response = client.get("/bounties/999999/", HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 404 and "Cette page n’existe pas" in text_of(response)
        assert 'class="site-header"' in text_of(response)
        response = logged_in(creator).get("/moderation/", HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 403 and "Vous n’êtes pas autorisé" in text_of(response)

    def test_wallet_details_are_sentences_in_french(self, client: Client, poster: User, open_bounty) -> None:
        bounty = open_bounty(poster, prize=500)
        page = text_of(logged_in(poster).get(reverse("web:wallet"), HTTP_ACCEPT_LANGUAGE="fr"))
        assert f"Récompense de la prime {bounty.pk}, mise sous séquestre" in page
        assert f"prize of bounty {bounty.pk}" not in page

    def test_a_tag_filters_browse(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster, title="Red fox LoRA", tags=["fox"])
        open_bounty(poster, title="Harbour at dusk", tags=["harbour"], description="Flat-colour boats at dusk.")
        page = text_of(client.get(reverse("web:browse") + "?tag=harbour"))
        assert "Harbour at dusk" in page and "Red fox LoRA" not in page
