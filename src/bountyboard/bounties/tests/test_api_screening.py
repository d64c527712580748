"""Issue 9 end to end through the JSON API (Django test client, real SQLite, the real guard): every
text a visitor sees is screened before they see it and again when edited, the guard's rating is a
floor, and the viewer's rating preference holds on detail reads as well as lists."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty, BountyStatus, Entry, EntryStatus
from bountyboard.bounties.tests.conftest import world_state
from bountyboard.bounties.tests.test_api import _upload, auth, create_payload, publish_via_api
from bountyboard.screening.models import Screening
from bountyboard.testing.bounty_fixtures import UNNAMED_LIKENESS
from bountyboard.testing.uploads import dataset_zip, landscape_png, safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True)]

ABUSE = "nude photos of Emma Watson"
X_RATED_TEXT = "Explicit nude pin-up of an original fantasy elf character, adult."


def _publish(client: Client, headers: dict[str, str], **overrides: Any) -> dict[str, Any]:
    """Create, attach a reference image, publish; the bounty as the poster then sees it."""
    created = client.post("/api/v1/bounties", create_payload(**overrides), content_type="application/json", **headers)
    assert created.status_code == 201, created.content
    bounty_id = created.json()["id"]
    image = client.post(f"/api/v1/bounties/{bounty_id}/images", {"image": _upload("ref.png", landscape_png())},
                        **headers)
    assert image.status_code == 201, image.content
    assert client.post(f"/api/v1/bounties/{bounty_id}/publish", **headers).status_code == 200
    detail = client.get(f"/api/v1/bounties/{bounty_id}", **headers)
    assert detail.status_code == 200
    return dict(detail.json())


def _publish_refused(client: Client, headers: dict[str, str], bounty_id: int) -> dict[str, Any]:
    """Publishing a draft the guard blocks is refused before anything is charged; the draft stays."""
    response = client.post(f"/api/v1/bounties/{bounty_id}/publish", **headers)
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "guard_blocked"
    assert Bounty.objects.get(pk=bounty_id).status == BountyStatus.DRAFT
    return dict(response.json())


def _anonymous_sees(client: Client, bounty_id: int) -> bool:
    listed = {item["id"] for item in client.get("/api/v1/bounties?status=all&limit=100").json()["items"]}
    shown = client.get(f"/api/v1/bounties/{bounty_id}").status_code == 200
    assert shown == (bounty_id in listed)
    return shown


class TestEveryBountyFieldIsScreened:
    @pytest.mark.parametrize(
        "overrides",
        [
            {"title": f"LoRA: {ABUSE}"},
            {"description": f"Reference set: {ABUSE}."},
            {"tags": ["fox", "emma", "watson", "nude"]},
            {"base_model": "Base model: Emma Watson nude"},
            {"rights_statement": f"I own the {ABUSE}."},
            {"model_details": {"format": "safetensors", "notes": {"dataset": [{"source": ABUSE}]}}},
        ],
        ids=["title", "description", "tags", "base_model", "rights_statement", "model_details_nested"],
    )
    def test_a_sexual_phrase_about_a_real_person_in_any_field_stops_the_bounty(
        self, client: Client, funded_user: Any, overrides: dict[str, Any]
    ) -> None:
        poster = funded_user(1_000)
        headers = auth(poster)
        created = client.post("/api/v1/bounties", create_payload(**overrides), content_type="application/json",
                              **headers)
        assert created.status_code == 201, created.content
        bounty_id = created.json()["id"]
        balance = client.get("/api/v1/me/wallet", **headers).json()
        refused = _publish_refused(client, headers, bounty_id)
        assert "real_person_sexual" in {reason["code"] for reason in refused["reasons"]}
        assert client.get("/api/v1/me/wallet", **headers).json() == balance
        assert not _anonymous_sees(client, bounty_id)

    def test_a_reference_file_name_is_screened(self, client: Client, funded_user: Any) -> None:
        poster = funded_user(1_000)
        headers = auth(poster)
        created = client.post("/api/v1/bounties", create_payload(), content_type="application/json", **headers)
        bounty_id = created.json()["id"]
        client.post(f"/api/v1/bounties/{bounty_id}/images", {"image": _upload("ref.png", landscape_png())}, **headers)
        added = client.post(f"/api/v1/bounties/{bounty_id}/files",
                            {"file": _upload("emma watson nude.txt", b"Notes on the fox's colours.")}, **headers)
        assert added.status_code == 201, added.content
        _publish_refused(client, headers, bounty_id)
        assert not _anonymous_sees(client, bounty_id)

    def test_a_neutral_bounty_still_opens(self, client: Client, funded_user: Any) -> None:
        bounty = _publish(client, auth(funded_user(1_000)), model_details={"format": "safetensors", "dim": 32})
        assert bounty["status"] == BountyStatus.OPEN and _anonymous_sees(client, bounty["id"])


class TestTheWholeRequestIsRead:
    def test_a_request_for_somebody_no_rule_finds_waits_for_a_moderator(self, client: Client, funded_user: Any) -> None:
        # decision 0053: the learned reading of the bounty's request, pooled once its reference image is scanned
        poster, moderator = funded_user(1_000), funded_user(0, role="moderator")
        bounty = _publish(client, auth(poster), title="Weather presenter LoRA", description=UNNAMED_LIKENESS,
                          tags=["tv"])
        assert bounty["status"] == BountyStatus.IN_REVIEW, bounty["reasons"]
        assert [r["code"] for r in bounty["reasons"]] == ["likeness_context"]
        assert not _anonymous_sees(client, bounty["id"])
        queue = client.get("/api/v1/moderation/queue", **auth(moderator)).json()["items"]
        (item,) = [i for i in queue if (i["target_type"], i["target_id"]) == ("bounty", str(bounty["id"]))]
        # no part asked for the review: the item carries the bounty's pooled reason, so the moderator sees why
        assert [r["code"] for r in item["evidence"]["reasons"]] == ["likeness_context"]
        assert item["summary"].endswith("(likeness_context)")
        decided = client.post(f"/api/v1/moderation/queue/{item['id']}/decide",
                              {"action": "remove", "why": "A real presenter's likeness without her consent.",
                               "ground": "policy.likeness_without_consent"},
                              content_type="application/json", **auth(moderator))
        assert decided.status_code == 200, decided.content
        assert Bounty.objects.get(pk=bounty["id"]).status == "removed" and not _anonymous_sees(client, bounty["id"])
        assert client.get("/api/v1/me/wallet", **auth(poster)).json()["balance"] == 1_000  # the prize came back


class TestAnEditRescreens:
    @pytest.mark.parametrize(
        ("field", "value"),
        [("rights_statement", "I drew every reference myself, in 2024."),
         ("base_model", "SDXL 1.0"),
         ("description", "A LoRA of a red fox in ink style.")],
    )
    def test_the_bounty_is_hidden_until_the_new_text_is_allowed(
        self, client: Client, funded_user: Any, field: str, value: str
    ) -> None:
        poster = funded_user(1_000)
        bounty_id = publish_via_api(client, auth(poster))
        scans_before = Screening.objects.filter(subject_type="bounty", subject_id=bounty_id, kind="text").count()
        with transaction.atomic():  # the scan runs after commit: look before it does
            response = client.patch(f"/api/v1/bounties/{bounty_id}", {field: value},
                                    content_type="application/json", **auth(poster))
            assert response.status_code == 200, response.content
            assert response.json()["status"] == BountyStatus.SCREENING
            assert not _anonymous_sees(client, bounty_id)
        assert Screening.objects.filter(subject_type="bounty", subject_id=bounty_id, kind="text").count() \
            == scans_before + 1
        assert value in Screening.objects.filter(subject_type="bounty", subject_id=bounty_id).latest("pk").text
        assert Bounty.objects.get(pk=bounty_id).status == BountyStatus.OPEN and _anonymous_sees(client, bounty_id)

    def test_an_edit_naming_a_real_person_sexually_takes_the_open_bounty_down(
        self, client: Client, funded_user: Any
    ) -> None:
        poster = funded_user(1_000)
        bounty_id = publish_via_api(client, auth(poster))
        response = client.patch(f"/api/v1/bounties/{bounty_id}", {"rights_statement": f"Source: {ABUSE}"},
                                content_type="application/json", **auth(poster))
        assert response.status_code == 200
        assert Bounty.objects.get(pk=bounty_id).status == BountyStatus.REJECTED
        assert not _anonymous_sees(client, bounty_id)


def _entry(client: Client, entrant: User, bounty_id: int, *, description: str = "Trained 20 epochs.",
           files: list[tuple[str, bytes]] | None = None) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/bounties/{bounty_id}/entries",
        {"description": description, "images": [_upload("s.png", landscape_png(5))],
         "files": [_upload(name, data) for name, data in files or [("fox.safetensors", safetensors_bytes())]]},
        **auth(entrant),
    )
    assert response.status_code == 201, response.content
    return dict(response.json())



class TestEntryTextsAndFiles:
    @pytest.mark.parametrize(
        ("description", "files"),
        [
            (f"Here it is: {ABUSE}", None),
            ("Trained 20 epochs.", [("emma_watson_nude.safetensors", safetensors_bytes())]),
            ("Trained 20 epochs.", [("fox.safetensors", safetensors_bytes({"my_notes": ABUSE}))]),
            ("Trained 20 epochs.", [("fox.safetensors", safetensors_bytes({"trigger_words": "emma watson, nude"}))]),
            ("A dataset.", [("data.zip", dataset_zip({"10_emma watson nude/0001.png": landscape_png(3),
                                               "10_emma watson nude/0001.txt": b"a woman on a beach"}))]),
        ],
        ids=["description", "file_name", "model_metadata_unknown_key", "model_trigger_words", "dataset_folder_name"],
    )
    def test_the_entry_is_stopped(
        self, client: Client, funded_user: Any, description: str, files: list[tuple[str, bytes]] | None
    ) -> None:
        bounty_id = publish_via_api(client, auth(funded_user(1_000)))
        created = _entry(client, funded_user(0), bounty_id, description=description, files=files)
        assert created["status"] == EntryStatus.BLOCKED
        assert client.get(f"/api/v1/entries/{created['id']}").status_code == 404
        assert created["id"] not in {e["id"] for e in client.get(f"/api/v1/bounties/{bounty_id}/entries").json()}

    def test_a_blocked_dataset_keeps_no_copy_of_its_names(self, client: Client, funded_user: Any) -> None:
        bounty_id = publish_via_api(client, auth(funded_user(1_000)))
        data = dataset_zip({"10_emma watson nude/0001.png": landscape_png(3)})
        created = _entry(client, funded_user(0), bounty_id, description="A dataset.", files=[("data.zip", data)])
        row = Screening.objects.get(subject_type="entry", subject_id=created["id"], kind="archive")
        assert row.evidence["member_paths"] == "block"
        assert (row.stored_name, row.upload_name) == ("", "")  # neither the upload nor a rebuilt zip is kept

    def test_an_edited_entry_is_hidden_until_the_new_text_is_allowed(self, client: Client, funded_user: Any) -> None:
        bounty_id = publish_via_api(client, auth(funded_user(1_000)))
        entrant = funded_user(0)
        created = _entry(client, entrant, bounty_id)
        assert created["status"] == EntryStatus.VISIBLE
        with transaction.atomic():
            response = client.patch(f"/api/v1/entries/{created['id']}", {"description": "Now 30 epochs."},
                                    content_type="application/json", **auth(entrant))
            assert response.json()["status"] == EntryStatus.SCREENING
            assert client.get(f"/api/v1/entries/{created['id']}").status_code == 404
        assert Entry.objects.get(pk=created["id"]).status == EntryStatus.VISIBLE
        assert client.get(f"/api/v1/entries/{created['id']}").status_code == 200

    def test_a_comment_is_screened(self, client: Client, funded_user: Any) -> None:
        bounty_id = publish_via_api(client, auth(funded_user(1_000)))
        commenter = funded_user(0)
        posted = client.post(f"/api/v1/bounties/{bounty_id}/comments", {"body": f"Please add {ABUSE}"},
                             content_type="application/json", **auth(commenter))
        assert posted.status_code == 201 and posted.json()["status"] == "hidden"
        assert client.get(f"/api/v1/bounties/{bounty_id}/comments").json() == []


class TestRatingFloor:
    def test_the_poster_cannot_lower_the_guard_rating_and_nothing_changes(
        self, client: Client, funded_user: Any
    ) -> None:
        poster = funded_user(1_000)
        bounty = _publish(client, auth(poster), description=X_RATED_TEXT, rating="pg")
        assert (bounty["status"], bounty["rating"], bounty["guard_rating"]) == ("open", "x", "x")
        headers = auth(poster)
        before = world_state()
        ratings_before = dict(Bounty.objects.values_list("pk", "rating"))
        for lower in ("pg", "pg13", "r"):
            response = client.patch(f"/api/v1/bounties/{bounty['id']}", {"rating": lower},
                                    content_type="application/json", **headers)
            assert response.status_code == 409
            body = response.json()
            assert body["code"] == "rating_below_guard" and "not lower it below X" in body["message"]
        assert world_state() == before
        assert dict(Bounty.objects.values_list("pk", "rating")) == ratings_before
        listed = client.get("/api/v1/bounties?status=all").json()["items"]
        assert bounty["id"] not in {item["id"] for item in listed}

    def test_the_poster_can_raise_the_rating(self, client: Client, funded_user: Any) -> None:
        poster = funded_user(1_000)
        bounty = _publish(client, auth(poster), description="lingerie pin-up of an original adult character")
        assert bounty["guard_rating"] == "r"
        response = client.patch(f"/api/v1/bounties/{bounty['id']}", {"rating": "x"},
                                content_type="application/json", **auth(poster))
        assert response.status_code == 200 and response.json()["rating"] == "x"
        assert client.patch(f"/api/v1/bounties/{bounty['id']}", {"rating": "r"}, content_type="application/json",
                            **auth(poster)).status_code == 200  # back down to the guard's own rating


class TestRatingPreferenceOnDetails:
    def test_an_x_rated_bounty_is_refused_with_the_reason_to_anyone_whose_preference_is_lower(
        self, client: Client, funded_user: Any
    ) -> None:
        poster = funded_user(1_000)
        bounty = _publish(client, auth(poster), description=X_RATED_TEXT)
        entrant = funded_user(0)
        entrant.rating_preference = "x"
        entrant.save(update_fields=["rating_preference"])
        entry = _entry(client, entrant, bounty["id"], description="An elf, as asked.")
        assert entry["status"] == EntryStatus.VISIBLE
        pg_viewer = funded_user(0)
        for headers in ({}, auth(pg_viewer)):
            for path in (f"/api/v1/bounties/{bounty['id']}", f"/api/v1/bounties/{bounty['id']}/entries",
                         f"/api/v1/bounties/{bounty['id']}/comments", f"/api/v1/entries/{entry['id']}"):
                response = client.get(path, **headers)
                assert response.status_code == 403, (path, response.content)
                assert response.json()["code"] == "rating_above_preference"
                assert "rated X" in response.json()["message"]
        x_viewer = funded_user(0)
        x_viewer.rating_preference = "x"
        x_viewer.save(update_fields=["rating_preference"])
        assert client.get(f"/api/v1/bounties/{bounty['id']}", **auth(x_viewer)).status_code == 200
        assert client.get(f"/api/v1/entries/{entry['id']}", **auth(x_viewer)).status_code == 200
        assert client.get(f"/api/v1/bounties/{bounty['id']}", **auth(poster)).status_code == 200  # the poster's own

    def test_a_pg_bounty_hides_its_x_rated_entries_from_pg_viewers(self, client: Client, funded_user: Any) -> None:
        bounty_id = publish_via_api(client, auth(funded_user(1_000)))
        entry = _entry(client, funded_user(0), bounty_id, description=X_RATED_TEXT)
        assert Entry.objects.get(pk=entry["id"]).rating == "x"
        assert client.get(f"/api/v1/bounties/{bounty_id}/entries").json() == []
        refused = client.get(f"/api/v1/entries/{entry['id']}")
        assert refused.status_code == 403 and refused.json()["code"] == "rating_above_preference"

