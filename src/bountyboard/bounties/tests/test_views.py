"""Bounty page tests through the Django test client, one class per view, over the real services and guard."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty, BountyFollow, Comment, Contribution, Entry, Reaction, Tip
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.testing.factories import make_user
from bountyboard.testing.pages import logged_in, text_of
from bountyboard.testing.uploads import landscape_png, safetensors_bytes, truncated_png

pytestmark = pytest.mark.django_db(transaction=True)


class TestHome:
    def test_lists_open_bounties_with_their_cover(self, client: Client, poster: User, open_bounty) -> None:
        bounty = open_bounty(poster, title="Misty dusk lake")
        response = client.get(reverse("web:home"))
        assert response.status_code == 200
        assert "Misty dusk lake" in text_of(response)
        assert f"/media/bounties/{bounty.pk}/images/" in text_of(response)

    def test_drafts_are_not_listed(self, client: Client, poster: User, draft_bounty) -> None:
        draft_bounty(poster, title="Secret draft title")
        response = client.get(reverse("web:home"))
        assert "Secret draft title" not in text_of(response)


class TestBrowse:
    def test_search_filters_the_list(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster, title="Robot mascot embedding", type="embedding", description="A boxy robot.")
        open_bounty(poster, title="Pastel geometry style", description="Soft circles and bars.")
        response = client.get(reverse("web:browse"), {"q": "robot"})
        assert response.status_code == 200
        assert "Robot mascot embedding" in text_of(response)
        assert "Pastel geometry style" not in text_of(response)

    def test_type_filter_and_sort(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster, title="Small LoRA prize", prize=200)
        open_bounty(poster, title="Big LoRA prize", prize=900)
        open_bounty(poster, title="An embedding", type="embedding")
        body = text_of(client.get(reverse("web:browse"), {"type": "lora", "sort": "prize"}))
        assert "An embedding" not in body
        assert body.index("Big LoRA prize") < body.index("Small LoRA prize")

    def test_status_filter_shows_closed_bounties_on_request(
        self, client: Client, poster: User, creator: User, open_bounty, submitted_entry
    ) -> None:
        from bountyboard.bounties import services

        open_bounty(poster, title="Still open")
        cancelled = open_bounty(poster, title="Was cancelled")
        services.bounty_cancel(actor=poster, bounty_id=cancelled.pk)
        finished = open_bounty(poster, title="Awarded one")
        entry = submitted_entry(creator, finished)
        services.bounty_award(benefactor=poster, bounty_id=finished.pk, entry_id=entry.pk)
        default = text_of(client.get(reverse("web:browse")))
        assert "Still open" in default and "Awarded one" not in default
        every = text_of(client.get(reverse("web:browse"), {"status": "all"}))
        assert "Still open" in every and "Awarded one" in every
        assert "Was cancelled" not in every  # cancelled bounties are not public

    def test_htmx_request_gets_only_the_list(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster, title="Partial list bounty")
        response = client.get(reverse("web:browse"), {"sort": "newest"}, HTTP_HX_REQUEST="true")
        body = text_of(response)
        assert response.status_code == 200
        assert body.lstrip().startswith('<div id="bounty-results"')
        assert "<html" not in body
        assert "Partial list bounty" in body

    def test_htmx_history_restore_gets_the_whole_page(self, client: Client, poster: User, open_bounty) -> None:
        # htmx asks again for a URL it pushed when its history cache misses: it swaps the answer in
        # as the whole page, so a list alone would leave the visitor without header or filters.
        open_bounty(poster, title="Fox LoRA from history")
        response = client.get(
            reverse("web:browse"), {"sort": "newest"}, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
        )
        body = text_of(response)
        assert response.status_code == 200
        assert "<html" in body and 'id="bounty-results"' in body
        assert "Fox LoRA from history" in body

    def test_varies_on_the_htmx_header(self, client: Client, poster: User, open_bounty) -> None:
        # The same URL answers a list or a page: a shared cache must key on HX-Request.
        open_bounty(poster)
        whole = client.get(reverse("web:browse"))
        partial = client.get(reverse("web:browse"), HTTP_HX_REQUEST="true")
        assert "<html" in text_of(whole) and "<html" not in text_of(partial)
        for response in (whole, partial):
            assert "HX-Request" in [v.strip() for v in response["Vary"].split(",")]

    def test_rating_above_the_anonymous_preference_is_hidden(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster, title="Declared R bounty", rating="r")
        open_bounty(poster, title="Declared PG bounty")
        body = text_of(client.get(reverse("web:browse"), {"rating": "x"}))
        assert "Declared PG bounty" in body
        assert "Declared R bounty" not in body

    def test_pages_without_counting(self, client: Client, poster: User, open_bounty, monkeypatch) -> None:
        from bountyboard.bounties.views import browse as views

        monkeypatch.setattr(views, "BROWSE_PAGE_SIZE", 1)
        open_bounty(poster, title="Earlier fox LoRA")
        open_bounty(poster, title="Later fox LoRA")
        first = text_of(client.get(reverse("web:browse"), {"sort": "newest"}))
        assert "Later fox LoRA" in first and "Earlier fox LoRA" not in first
        assert "page=2" in first
        second = text_of(client.get(reverse("web:browse"), {"sort": "newest", "page": "2"}))
        assert "Earlier fox LoRA" in second and "Later fox LoRA" not in second
        assert "page=3" not in second and "page=1" in second

    def test_bad_filter_values_fall_back_to_defaults(self, client: Client, poster: User, open_bounty) -> None:
        open_bounty(poster, title="Still listed robot", description="A boxy robot.")
        open_bounty(poster, title="Filtered out", description="Pastel circles.")
        response = client.get(reverse("web:browse"), {"sort": "bogus", "page": "-3", "q": "robot"})
        assert response.status_code == 200
        assert "Still listed robot" in text_of(response)
        assert "Filtered out" not in text_of(response)  # the valid search still applies


def bounty_post_data(**overrides: str) -> dict[str, str]:
    data = {
        "title": "Watercolour foxes",
        "description": "A LoRA for watercolour foxes in autumn forests.",
        "type": "lora",
        "base_model": "SDXL 1.0",
        "tags": "fox, watercolour",
        "prize": "300",
        "rating": "pg",
        "expires_at": "2099-01-01T12:00",
        "starts_at": "",
        "entry_mode": "open",
        "min_contribution": "10",
        "entry_limit": "1",
        "rights_statement": "I drew every reference myself.",
    }
    data.update(overrides)
    return data


class TestBountyCreate:
    def test_creates_a_draft_with_its_reference_image(self, poster: User) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = bounty_post_data(expires_at=_in_days(10))
        data["reference_image"] = SimpleUploadedFile("ref.png", landscape_png(3), content_type="image/png")
        response = logged_in(poster).post(reverse("web:bounty_create"), data)
        assert response.status_code == 302
        bounty = Bounty.objects.get(title="Watercolour foxes")
        assert bounty.status == "draft"
        assert bounty.tags == ["fox", "watercolour"]
        assert bounty.images.count() == 1
        assert wallet_balance(poster) == 5000  # a draft costs nothing

    def test_service_refusal_is_rendered_and_nothing_created(self, poster: User) -> None:
        response = logged_in(poster).post(reverse("web:bounty_create"), bounty_post_data(prize="5", expires_at=_in_days(10)))
        assert response.status_code == 400
        assert "greater than or equal to 100" in text_of(response)  # the form says the site's range
        assert not Bounty.objects.exists()

    def test_anonymous_is_sent_to_login(self, client: Client) -> None:
        response = client.get(reverse("web:bounty_create"))
        assert response.status_code == 302
        assert reverse("web:login") in response["Location"]


def _in_days(days: int) -> str:
    import datetime as dt

    from django.utils import timezone

    return (timezone.now() + dt.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


class TestBountyEdit:
    def test_poster_edits_a_draft(self, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster)
        client = logged_in(poster)
        assert client.get(reverse("web:bounty_edit", args=[bounty.pk])).status_code == 200
        response = client.post(
            reverse("web:bounty_edit", args=[bounty.pk]), bounty_post_data(title="Renamed", expires_at=_in_days(9))
        )
        assert response.status_code == 302
        bounty.refresh_from_db()
        assert bounty.title == "Renamed"

    def test_someone_else_is_refused(self, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster)
        moderator_free_user = make_user("mallory")
        response = logged_in(moderator_free_user).get(reverse("web:bounty_edit", args=[bounty.pk]))
        assert response.status_code == 404  # a draft is not even visible to others

    def test_text_edit_of_a_locked_bounty_resubmitting_the_rendered_form(
        self, poster: User, backer: User, open_bounty
    ) -> None:
        bounty = open_bounty(poster)
        logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "100"})
        client = logged_in(poster)
        page = text_of(client.get(reverse("web:bounty_edit", args=[bounty.pk])))
        # The browser sends back what the page rendered: dates at minute precision.
        rendered_expiry = re.search(r'name="expires_at" value="([^"]+)"', page)
        assert rendered_expiry is not None and "T" in rendered_expiry.group(1)
        response = client.post(
            reverse("web:bounty_edit", args=[bounty.pk]),
            bounty_post_data(
                title="Dusk lake landscapes, second take", description=bounty.description, tags="landscape, dusk",
                prize="500", base_model=bounty.base_model, entry_limit="2", min_contribution="50",
                expires_at=rendered_expiry.group(1),
                starts_at=re.search(r'name="starts_at" value="([^"]+)"', page).group(1),  # type: ignore[union-attr]
            ),
        )
        assert response.status_code == 302, text_of(response)
        bounty.refresh_from_db()
        assert bounty.title == "Dusk lake landscapes, second take"
        assert bounty.status == "open"  # re-screened and allowed again
        assert bounty.pool == 600

    def test_locked_terms_are_refused(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "100"})
        response = logged_in(poster).post(
            reverse("web:bounty_edit", args=[bounty.pk]),
            bounty_post_data(
                title=bounty.title, description=bounty.description, tags="landscape, dusk", prize="500",
                base_model=bounty.base_model, entry_limit="5", min_contribution="50",
                expires_at=bounty.expires_at.strftime("%Y-%m-%dT%H:%M"),
            ),
        )
        assert response.status_code == 409
        assert "locked" in text_of(response)
        bounty.refresh_from_db()
        assert bounty.entry_limit == 2


class TestBountyImageUpload:
    def test_uploads_and_screens_an_image(self, poster: User, draft_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = draft_bounty(poster)
        response = logged_in(poster).post(
            reverse("web:bounty_image_upload", args=[bounty.pk]),
            {"image": SimpleUploadedFile("second.png", landscape_png(8), content_type="image/png")},
        )
        assert response.status_code == 302
        assert bounty.images.count() == 2
        assert all(image.screening.status == "done" for image in bounty.images.all())

    def test_not_an_image_is_a_form_error(self, poster: User, draft_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = draft_bounty(poster)
        response = logged_in(poster).post(
            reverse("web:bounty_image_upload", args=[bounty.pk]),
            {"image": SimpleUploadedFile("notes.txt", b"just some text", content_type="text/plain")},
        )
        assert response.status_code == 400
        assert "is not a PNG, JPEG, WebP or GIF image" in text_of(response)
        assert bounty.images.count() == 1


class TestBountyFileUpload:
    def test_uploads_a_text_file_and_lists_it_on_the_edit_page(self, poster: User, draft_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = draft_bounty(poster)
        client = logged_in(poster)
        response = client.post(
            reverse("web:bounty_file_upload", args=[bounty.pk]),
            {"file": SimpleUploadedFile("style-notes.md", b"Soft watercolour foxes.", content_type="text/markdown")},
        )
        assert response.status_code == 302
        reference = bounty.files.get()
        assert reference.screening.status == "done" and reference.screening.decision == "allow"
        page = text_of(client.get(reverse("web:bounty_edit", args=[bounty.pk])))
        assert "style-notes.md" in page and reverse("web:media_bounty_file", args=[bounty.pk, reference.pk]) in page

    def test_a_pdf_is_a_form_error_that_keeps_nothing(self, poster: User, draft_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = draft_bounty(poster)
        response = logged_in(poster).post(
            reverse("web:bounty_file_upload", args=[bounty.pk]),
            {"file": SimpleUploadedFile("brief.pdf", b"%PDF-1.7\n", content_type="application/pdf")},
        )
        assert response.status_code == 400
        assert "The guard cannot scan this kind of file" in text_of(response)
        assert not bounty.files.exists()


class TestBountyPublish:
    def test_publishes_escrows_and_opens(self, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster, prize=700)
        client = logged_in(poster)
        assert "700" in text_of(client.get(reverse("web:bounty_publish", args=[bounty.pk])))
        response = client.post(reverse("web:bounty_publish", args=[bounty.pk]))
        assert response.status_code == 302
        bounty.refresh_from_db()
        assert bounty.status == "open"
        assert wallet_balance(poster) == 4300

    def test_the_message_after_publishing_says_where_the_bounty_is(self, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster, prize=700)
        client = logged_in(poster)
        page = client.post(reverse("web:bounty_publish", args=[bounty.pk]), follow=True)
        assert "Published: your bounty is open and its prize is held in escrow." in text_of(page)

    def test_a_bounty_the_guard_rejects_is_refused_and_nothing_is_charged(self, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster, prize=700, title="Emma Watson nude",
                              description="Nude photos of Emma Watson, topless, NSFW.")
        response = logged_in(poster).post(reverse("web:bounty_publish", args=[bounty.pk]))
        assert response.status_code == 400
        page = text_of(response)
        assert "nothing is charged" in page and "held in escrow" not in page
        bounty.refresh_from_db()
        assert bounty.status == "draft" and wallet_balance(poster) == 5000

    def test_insufficient_funds_is_shown_and_nothing_moves(self, funded_user, draft_bounty) -> None:
        poor = funded_user(username="poor", credits=100)
        bounty = draft_bounty(poor, prize=500)
        response = logged_in(poor).post(reverse("web:bounty_publish", args=[bounty.pk]))
        assert response.status_code == 402
        assert 'class="notice error"' in text_of(response)
        bounty.refresh_from_db()
        assert bounty.status == "draft"
        assert wallet_balance(poor) == 100

    def test_other_user_is_refused(self, poster: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        response = logged_in(make_user("mallory")).post(reverse("web:bounty_publish", args=[bounty.pk]))
        assert response.status_code == 403


class TestBountyCancel:
    def test_cancel_refunds_every_benefactor(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster, prize=500)
        logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "200"})
        response = logged_in(poster).post(reverse("web:bounty_cancel", args=[bounty.pk]))
        assert response.status_code == 302
        bounty.refresh_from_db()
        assert bounty.status == "cancelled"
        assert wallet_balance(poster) == 5000 and wallet_balance(backer) == 5000

    def test_cancel_after_an_entry_is_refused(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster, prize=500)
        submitted_entry(creator, bounty)
        response = logged_in(poster).post(reverse("web:bounty_cancel", args=[bounty.pk]))
        assert response.status_code == 409
        assert "cannot be cancelled" in text_of(response)
        bounty.refresh_from_db()
        assert bounty.status == "open"
        assert wallet_balance(poster) == 4500


class TestBountyDetail:
    def test_shows_pool_benefactors_entries_and_comments(
        self, client: Client, poster: User, backer: User, creator: User, open_bounty, submitted_entry
    ) -> None:
        bounty = open_bounty(poster, prize=500)
        logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "250"})
        entry = submitted_entry(creator, bounty)
        logged_in(backer).post(reverse("web:bounty_comment", args=[bounty.pk]), {"body": "Lovely palette."})
        body = text_of(client.get(reverse("web:bounty_detail", args=[bounty.pk])))
        assert 'data-testid="bounty-pool">750' in body
        assert "backer" in body and "poster" in body
        assert f'id="entry-{entry.pk}"' in body
        assert "Lovely palette." in body

    def test_visitor_is_invited_to_log_in(self, client: Client, poster: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        body = text_of(client.get(reverse("web:bounty_detail", args=[bounty.pk])))
        assert f"/accounts/login/?next=/bounties/{bounty.pk}/" in body
        assert f'action="/bounties/{bounty.pk}/contribute/"' not in body

    def test_draft_is_404_for_others_and_visible_to_its_poster(self, client: Client, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster)
        assert client.get(reverse("web:bounty_detail", args=[bounty.pk])).status_code == 404
        assert logged_in(poster).get(reverse("web:bounty_detail", args=[bounty.pk])).status_code == 200

    def test_blocked_entry_is_hidden_from_others(
        self, client: Client, poster: User, creator: User, open_bounty, submitted_entry
    ) -> None:
        bounty = open_bounty(poster)
        entry = submitted_entry(creator, bounty, image=truncated_png())
        assert entry.status == "blocked"
        assert f'id="entry-{entry.pk}"' not in text_of(client.get(reverse("web:bounty_detail", args=[bounty.pk])))
        own_view = text_of(logged_in(creator).get(reverse("web:bounty_detail", args=[bounty.pk])))
        assert f'id="entry-{entry.pk}"' in own_view
        assert "The png file is truncated" in own_view  # the entrant is told why, in a sentence
        assert "<code>" not in own_view


class TestBountyContribute:
    def test_adds_to_the_pool(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster, prize=500)
        response = logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "300"})
        assert response.status_code == 302
        bounty.refresh_from_db()
        assert bounty.pool == 800
        assert wallet_balance(backer) == 4700

    def test_below_minimum_is_a_form_error_and_nothing_moves(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster, prize=500, min_contribution=50)
        response = logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "10"})
        assert response.status_code == 400
        assert "at least 50 credits" in text_of(response)
        bounty.refresh_from_db()
        assert bounty.pool == 500
        assert wallet_balance(backer) == 5000
        assert not Contribution.objects.filter(benefactor=backer).exists()

    def test_not_a_number_is_a_form_error(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        response = logged_in(backer).post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "lots"})
        assert response.status_code == 400
        assert "errorlist" in text_of(response)

    def test_anonymous_is_sent_to_login(self, client: Client, poster: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        response = client.post(reverse("web:bounty_contribute", args=[bounty.pk]), {"amount": "100"})
        assert response.status_code == 302
        assert reverse("web:login") in response["Location"]


class TestEntrySubmit:
    def test_submits_images_and_files(self, poster: User, creator: User, open_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = open_bounty(poster)
        client = logged_in(creator)
        assert client.get(reverse("web:entry_submit", args=[bounty.pk])).status_code == 200
        response = client.post(
            reverse("web:entry_submit", args=[bounty.pk]),
            {
                "description": "Here is my LoRA.",
                "images": [
                    SimpleUploadedFile("a.png", landscape_png(50), content_type="image/png"),
                    SimpleUploadedFile("b.png", landscape_png(51), content_type="image/png"),
                ],
                "deliverables": [SimpleUploadedFile("dusk.safetensors", safetensors_bytes())],
            },
        )
        assert response.status_code == 302
        entry = Entry.objects.get(bounty=bounty)
        assert entry.status == "visible"
        assert entry.images.count() == 2 and entry.files.count() == 1

    def test_pickle_file_is_refused_with_the_reason(self, poster: User, creator: User, open_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = open_bounty(poster)
        response = logged_in(creator).post(
            reverse("web:entry_submit", args=[bounty.pk]),
            {
                "images": [SimpleUploadedFile("a.png", landscape_png(50), content_type="image/png")],
                "deliverables": [SimpleUploadedFile("model.ckpt", b"\x80\x04fake pickle")],
            },
        )
        assert response.status_code == 400
        assert "Pickle-based model files can run code" in text_of(response)
        assert not Entry.objects.exists()

    def test_missing_files_is_a_form_error(self, poster: User, creator: User, open_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = open_bounty(poster)
        response = logged_in(creator).post(
            reverse("web:entry_submit", args=[bounty.pk]),
            {"images": [SimpleUploadedFile("a.png", landscape_png(50), content_type="image/png")]},
        )
        assert response.status_code == 400
        assert not Entry.objects.exists()

    def test_poster_cannot_enter_own_bounty(self, poster: User, open_bounty) -> None:
        from django.core.files.uploadedfile import SimpleUploadedFile

        bounty = open_bounty(poster)
        response = logged_in(poster).post(
            reverse("web:entry_submit", args=[bounty.pk]),
            {
                "images": [SimpleUploadedFile("a.png", landscape_png(50), content_type="image/png")],
                "deliverables": [SimpleUploadedFile("dusk.safetensors", safetensors_bytes())],
            },
        )
        assert response.status_code == 403
        assert "You cannot enter your own bounty." in text_of(response)
        assert not Entry.objects.exists()


class TestBountyAward:
    def test_benefactor_awards_an_entry(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster, prize=500)
        entry = submitted_entry(creator, bounty)
        response = logged_in(poster).post(reverse("web:bounty_award", args=[bounty.pk]), {"entry_id": entry.pk})
        assert response.status_code == 302
        assert wallet_balance(creator) == 100 + 500
        bounty.refresh_from_db()
        assert bounty.status == "awarded"

    def test_non_benefactor_is_refused_and_nothing_moves(
        self, poster: User, creator: User, backer: User, open_bounty, submitted_entry
    ) -> None:
        bounty = open_bounty(poster, prize=500)
        entry = submitted_entry(creator, bounty)
        response = logged_in(backer).post(reverse("web:bounty_award", args=[bounty.pk]), {"entry_id": entry.pk})
        assert response.status_code == 403
        assert "Only benefactors can award, each their own stake." in text_of(response)
        assert wallet_balance(creator) == 100
        bounty.refresh_from_db()
        assert bounty.pool == 500 and bounty.status == "open"


class TestBountyComment:
    def test_comment_is_screened_then_shown(self, client: Client, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        response = logged_in(backer).post(reverse("web:bounty_comment", args=[bounty.pk]), {"body": "What base model?"})
        assert response.status_code == 302
        assert Comment.objects.get().status == "visible"
        assert "What base model?" in text_of(client.get(reverse("web:bounty_detail", args=[bounty.pk])))

    def test_empty_comment_is_a_form_error(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        response = logged_in(backer).post(reverse("web:bounty_comment", args=[bounty.pk]), {"body": ""})
        assert response.status_code == 400
        assert not Comment.objects.exists()


class TestBountyFollow:
    def test_track_toggle_via_htmx_returns_the_buttons(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        client = logged_in(backer)
        response = client.post(
            reverse("web:bounty_follow", args=[bounty.pk, "track"]), {"on": "1"}, HTTP_HX_REQUEST="true"
        )
        assert response.status_code == 200
        assert "Tracking" in text_of(response)
        assert BountyFollow.objects.filter(user=backer, kind="track").exists()
        client.post(reverse("web:bounty_follow", args=[bounty.pk, "track"]), {"on": "0"})
        assert not BountyFollow.objects.filter(user=backer, kind="track").exists()

    def test_unknown_kind_is_refused(self, poster: User, backer: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        response = logged_in(backer).post(reverse("web:bounty_follow", args=[bounty.pk, "stalk"]), {"on": "1"})
        assert response.status_code == 400
        assert not BountyFollow.objects.exists()


class TestEntryReact:
    def test_reaction_toggle(self, poster: User, creator: User, backer: User, open_bounty, submitted_entry) -> None:
        entry = submitted_entry(creator, open_bounty(poster))
        response = logged_in(backer).post(
            reverse("web:entry_react", args=[entry.pk]), {"kind": "heart", "on": "1"}, HTTP_HX_REQUEST="true"
        )
        assert response.status_code == 200
        assert 'aria-pressed="true" data-kind="heart"' in text_of(response)
        assert Reaction.objects.filter(entry=entry, user=backer, kind="heart").exists()

    def test_blocked_entry_cannot_be_reacted_to(self, poster: User, creator: User, backer: User, open_bounty, submitted_entry) -> None:
        entry = submitted_entry(creator, open_bounty(poster), image=truncated_png())
        response = logged_in(backer).post(reverse("web:entry_react", args=[entry.pk]), {"kind": "heart"})
        assert response.status_code == 404
        assert not Reaction.objects.exists()


class TestEntryTip:
    def test_tip_moves_credits(self, poster: User, creator: User, backer: User, open_bounty, submitted_entry) -> None:
        entry = submitted_entry(creator, open_bounty(poster))
        response = logged_in(backer).post(reverse("web:entry_tip", args=[entry.pk]), {"amount": "25"})
        assert response.status_code == 302
        assert wallet_balance(creator) == 125 and wallet_balance(backer) == 4975

    def test_tip_beyond_balance_is_refused_and_nothing_moves(
        self, poster: User, creator: User, funded_user, open_bounty, submitted_entry
    ) -> None:
        entry = submitted_entry(creator, open_bounty(poster))
        poor = funded_user(username="poor", credits=10)
        response = logged_in(poor).post(reverse("web:entry_tip", args=[entry.pk]), {"amount": "25"})
        assert response.status_code == 402
        assert wallet_balance(poor) == 10 and wallet_balance(creator) == 100
        assert not Tip.objects.exists()


class TestEntryWithdraw:
    def test_entrant_withdraws_before_the_award(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster)
        entry = submitted_entry(creator, bounty)
        response = logged_in(creator).post(reverse("web:entry_withdraw", args=[entry.pk]))
        assert response.status_code == 302
        entry.refresh_from_db()
        bounty.refresh_from_db()
        assert entry.status == "withdrawn" and bounty.entry_count == 0

    def test_someone_else_cannot_withdraw_it(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster)
        entry = submitted_entry(creator, bounty)
        response = logged_in(poster).post(reverse("web:entry_withdraw", args=[entry.pk]))
        assert response.status_code == 403
        entry.refresh_from_db()
        assert entry.status == "visible"

    def test_no_withdrawal_after_the_award(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster)
        entry = submitted_entry(creator, bounty)
        logged_in(poster).post(reverse("web:bounty_award", args=[bounty.pk]), {"entry_id": entry.pk})
        response = logged_in(creator).post(reverse("web:entry_withdraw", args=[entry.pk]))
        assert response.status_code == 409
        entry.refresh_from_db()
        assert entry.status == "visible" and wallet_balance(creator) == 600


class TestMediaBountyImage:
    def test_serves_an_allowed_image(self, client: Client, poster: User, open_bounty) -> None:
        bounty = open_bounty(poster)
        image = bounty.images.get()
        response = client.get(reverse("web:media_bounty_image", args=[bounty.pk, image.pk]))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response["Cache-Control"] == "private, no-store"
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")

    def test_refuses_a_draft_image_to_others(self, client: Client, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster)
        image = bounty.images.get()
        assert client.get(reverse("web:media_bounty_image", args=[bounty.pk, image.pk])).status_code == 404

    def test_blocked_image_is_never_served_even_to_its_poster(self, poster: User, draft_bounty) -> None:
        bounty = draft_bounty(poster, image=truncated_png())
        image = bounty.images.get()
        assert image.screening.decision == "block"
        response = logged_in(poster).get(reverse("web:media_bounty_image", args=[bounty.pk, image.pk]))
        assert response.status_code == 404

    def test_image_of_another_bounty_is_refused(self, client: Client, poster: User, open_bounty, draft_bounty) -> None:
        public = open_bounty(poster)
        hidden = draft_bounty(poster).images.get()
        assert client.get(reverse("web:media_bounty_image", args=[public.pk, hidden.pk])).status_code == 404


class TestMediaBountyFile:
    def _open_bounty_with_notes(self, poster: User, draft_bounty, notes: bytes) -> tuple[Bounty, int]:
        from bountyboard.bounties import services

        bounty = draft_bounty(poster)
        reference = services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=notes, filename="notes.txt")
        services.bounty_publish(actor=poster, bounty_id=bounty.pk)
        bounty.refresh_from_db()
        assert bounty.status == "open", bounty.reasons
        return bounty, reference.pk

    def test_serves_an_allowed_file_and_lists_it_on_the_bounty_page(self, client: Client, poster: User,
                                                                    draft_bounty) -> None:
        bounty, file_id = self._open_bounty_with_notes(poster, draft_bounty, b"Autumn palette, soft edges.")
        url = reverse("web:media_bounty_file", args=[bounty.pk, file_id])
        assert url in text_of(client.get(reverse("web:bounty_detail", args=[bounty.pk])))
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        assert 'attachment; filename="notes.txt"' in response["Content-Disposition"]
        assert b"".join(response.streaming_content) == b"Autumn palette, soft edges."

    def test_a_file_the_guard_no_longer_allows_is_refused_to_others(self, client: Client, poster: User,
                                                                     draft_bounty) -> None:
        from bountyboard.bounties.models import BountyFile
        from bountyboard.screening.models import Screening

        bounty, file_id = self._open_bounty_with_notes(poster, draft_bounty, b"Autumn palette.")
        # The row as a moderator's block leaves it: the file must disappear for everyone but the poster.
        Screening.objects.filter(pk=BountyFile.objects.get(pk=file_id).screening_id).update(decision="block")
        url = reverse("web:media_bounty_file", args=[bounty.pk, file_id])
        assert client.get(url).status_code == 404
        assert url not in text_of(client.get(reverse("web:bounty_detail", args=[bounty.pk])))
        assert logged_in(poster).get(url).status_code == 200

    def test_a_draft_file_is_refused_to_others(self, client: Client, poster: User, draft_bounty) -> None:
        from bountyboard.bounties import services

        bounty = draft_bounty(poster)
        reference = services.bounty_file_add(actor=poster, bounty_id=bounty.pk, data=b"notes", filename="n.txt")
        assert client.get(reverse("web:media_bounty_file", args=[bounty.pk, reference.pk])).status_code == 404


class TestMediaEntryImage:
    def test_serves_an_allowed_entry_image(self, client: Client, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        entry = submitted_entry(creator, open_bounty(poster))
        image = entry.images.get()
        response = client.get(reverse("web:media_entry_image", args=[entry.pk, image.pk]))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"

    def test_refuses_a_not_yet_screened_image(self, client: Client, poster: User, creator: User, open_bounty) -> None:
        from django.db import transaction

        from bountyboard.bounties import services

        bounty = open_bounty(poster)
        # Inside an open transaction the scan (queued for after commit) has not run yet: this is the
        # moment between upload and scan. Rolled back at the end, so the scan never runs.
        with transaction.atomic():
            entry = services.entry_submit(
                entrant=creator, bounty_id=bounty.pk, description="pending",
                images=[("a.png", landscape_png(60))], files=[("m.safetensors", safetensors_bytes())],
            )
            image = entry.images.get()
            assert image.screening.status == "pending"
            url = reverse("web:media_entry_image", args=[entry.pk, image.pk])
            assert client.get(url).status_code == 404
            assert logged_in(creator).get(url).status_code == 404
            transaction.set_rollback(True)

    def test_refuses_a_blocked_entry_image(self, client: Client, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        entry = submitted_entry(creator, open_bounty(poster), image=truncated_png())
        image = entry.images.get()
        assert client.get(reverse("web:media_entry_image", args=[entry.pk, image.pk])).status_code == 404
        assert logged_in(creator).get(reverse("web:media_entry_image", args=[entry.pk, image.pk])).status_code == 404


class TestMediaEntryFile:
    def test_deliverable_only_after_the_award(self, poster: User, creator: User, backer: User, open_bounty, submitted_entry) -> None:
        bounty = open_bounty(poster)
        entry = submitted_entry(creator, bounty)
        deliverable = entry.files.get()
        url = reverse("web:media_entry_file", args=[entry.pk, deliverable.pk])
        poster_client = logged_in(poster)
        assert poster_client.get(url).status_code == 403
        assert logged_in(backer).get(url).status_code == 403
        assert Client().get(url).status_code == 403
        poster_client.post(reverse("web:bounty_award", args=[bounty.pk]), {"entry_id": entry.pk})
        response = poster_client.get(url)
        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        assert b"".join(response.streaming_content) == safetensors_bytes()  # the file submitted_entry uploads
        assert logged_in(backer).get(url).status_code == 403  # not a benefactor of this award

    def test_entrant_can_download_their_own(self, poster: User, creator: User, open_bounty, submitted_entry) -> None:
        entry = submitted_entry(creator, open_bounty(poster))
        deliverable = entry.files.get()
        response = logged_in(creator).get(reverse("web:media_entry_file", args=[entry.pk, deliverable.pk]))
        assert response.status_code == 200
