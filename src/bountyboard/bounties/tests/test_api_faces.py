"""Unknown real faces end to end through the API (issue 9, item 4), with the real guard on real
photos of the shared set: the same unregistered real face in several images of a bounty, or in a
bounty's references and an entry's samples, keeps the content off the site; drawings are no person;
a single real face in a likeness bounty goes to the moderation queue."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bountyboard.bounties import services
from bountyboard.bounties.models import Bounty, Entry
from bountyboard.bounties.tests.test_api import auth, create_payload, publish_via_api
from bountyboard.ledger.selectors import wallet_balance
from bountyboard.screening.models import Screening
from bountyboard.testing.uploads import safetensors_bytes

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.models]

# Names nobody: no rule finds a person in it, but it reads like a likeness request (the learned reading of the whole
# request, decision 0053): alone it goes to a moderator; beside a repeated real face, that face's consent decides.
PORTRAIT = "Keep the face consistent with the reference images. Soft light, 30 training images."
# Says what the references are: drawings of a character of one's own, or photos to caption.
DRAWN_CHARACTER = {"title": "Character LoRA", "tags": ["character"],
                   "description": "Keep our original character consistent with the reference drawings. Soft light, "
                                  "30 training images."}
CAPTIONS = {"title": "Captions for reference photos", "tags": ["captions"],
            "description": "Write short, factual captions for the reference images: light, colours, composition."}
DRAWN = Path(__file__).resolve().parents[2] / "guard" / "tests" / "data" / "drawn"
# One person each in the shared set's labels.csv, photos NudeNet finds nothing in: deepface_id06,
# id07 and id04. deepface_id01's img27 and img43 carry NudeNet's "covered breast" label (rated r).
ONE_PERSON = ("img29.jpg", "img30.jpg", "img31.jpg", "img32.jpg")
ANOTHER_PERSON = ("img34.jpg", "img35.jpg")
THIRD_PERSON = ("img13.jpg", "img14.jpg")
SUGGESTIVE_PERSON = ("img27.jpg", "img43.jpg")
# Untextured MakeHuman heads the photo-or-drawing signal recognises (the square head, 0.213 against
# the threshold 0.189 since decision 0029's refit, stays a photo and was swapped for the diamond).
HEADS = ("mh_head_head-oval.png", "mh_head_head-round.png", "mh_head_head-diamond.png")
# One anime character (the ComfyUI examples' fox-eared girl) drawn by three generators: crisp anime
# faces of the photo-or-drawing test split, which the fit never saw (decision 0017), and in which
# NudeNet finds nothing (it labels the maid crop "covered breast", rated r).
ONE_ANIME_CHARACTER = (
    "comfy_foxgirl_area_composition.png",
    "comfy_foxgirl_z_image.png",
    "comfy_foxgirl_latent_upscale.png",
)


@pytest.fixture
def deepface(shared_data: Path) -> Path:
    return shared_data / "faces" / "deepface"


def _upload(path: Path) -> Any:
    return SimpleUploadedFile(path.name, path.read_bytes())


def _post_bounty(
    client: Client, headers: dict[str, str], images: list[Path], files: tuple[Any, ...] = (), **fields: Any
) -> dict[str, Any]:
    payload = create_payload(**{"title": "Portrait LoRA", "description": PORTRAIT, "tags": ["portrait"], **fields})
    created = client.post("/api/v1/bounties", payload, content_type="application/json", **headers)
    assert created.status_code == 201, created.content
    bounty_id = created.json()["id"]
    for path in images:
        added = client.post(f"/api/v1/bounties/{bounty_id}/images", {"image": _upload(path)}, **headers)
        assert added.status_code == 201, added.content
    for upload in files:
        added = client.post(f"/api/v1/bounties/{bounty_id}/files", {"file": upload}, **headers)
        assert added.status_code == 201, added.content
    published = client.post(f"/api/v1/bounties/{bounty_id}/publish", **headers)
    if published.status_code == 400:  # the draft check refused it before charging anything
        return {"id": bounty_id, "refused": published.json()}
    assert published.status_code == 200, published.content
    detail = client.get(f"/api/v1/bounties/{bounty_id}", **headers)
    assert detail.status_code == 200
    return dict(detail.json())


def _nothing_public(client: Client, bounty_id: int) -> None:
    """An anonymous visitor finds neither the bounty, nor in any list, nor any of its images."""
    assert client.get(f"/api/v1/bounties/{bounty_id}").status_code == 404
    listed = client.get("/api/v1/bounties?status=all").json()["items"]
    assert bounty_id not in [b["id"] for b in listed]
    for image_id in Bounty.objects.get(pk=bounty_id).images.values_list("pk", flat=True):
        assert client.get(f"/media/bounties/{bounty_id}/images/{image_id}/").status_code == 404


def _submit_entry(client: Client, headers: dict[str, str], bounty_id: int, samples: list[Path]) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/bounties/{bounty_id}/entries",
        {"description": "Trained 20 epochs.", "images": [_upload(p) for p in samples],
         "files": [SimpleUploadedFile("model.safetensors", safetensors_bytes())]},
        **headers,
    )
    assert response.status_code == 201, response.content
    return dict(response.json())


def _entry_hidden(client: Client, bounty_id: int, entry_id: int) -> None:
    assert entry_id not in [e["id"] for e in client.get(f"/api/v1/bounties/{bounty_id}/entries").json()]
    assert client.get(f"/api/v1/entries/{entry_id}").status_code == 404
    for image_id in Entry.objects.get(pk=entry_id).images.values_list("pk", flat=True):
        assert client.get(f"/media/entries/{entry_id}/images/{image_id}/").status_code == 404


def _codes(reasons: list[dict[str, Any]]) -> set[str]:
    return {r["code"] for r in reasons}


class TestPhotosOfOneRealPerson:
    @pytest.mark.parametrize("count", [2, 4])
    def test_a_lora_bounty_with_neutral_text_never_opens(self, client: Client, funded_user, deepface: Path, count):
        poster = funded_user(1_000)
        detail = _post_bounty(client, auth(poster), [deepface / name for name in ONE_PERSON[:count]])
        assert detail["status"] == "consent_pending", detail["reasons"]
        assert "unregistered_real_face_repeated" in _codes(detail["reasons"])
        assert "likeness_context" not in _codes(detail["reasons"])  # the face's consent decides, not a moderator
        _nothing_public(client, detail["id"])
        # The images' own scans allowed them (one face each is anybody): the submission decides.
        rows = Screening.objects.filter(subject_type="bounty", subject_id=detail["id"], kind="image")
        assert [len(r.faces) for r in rows] == [1] * count and {r.decision for r in rows} == {"allow"}

    def test_photos_inside_a_reference_dataset_count_too(self, client: Client, funded_user, deepface: Path):
        poster = funded_user(1_000)
        dataset = io.BytesIO()
        with zipfile.ZipFile(dataset, "w") as archive:
            for number, name in enumerate(ONE_PERSON[:2]):
                archive.writestr(f"train/{number}.jpg", (deepface / name).read_bytes())
                archive.writestr(f"train/{number}.txt", "a portrait, soft light")
        detail = _post_bounty(client, auth(poster), [DRAWN / HEADS[0]],  # a reference image is required; no person
                              files=(SimpleUploadedFile("set.zip", dataset.getvalue()),))
        assert detail["status"] == "consent_pending", detail["reasons"]
        assert "unregistered_real_face_repeated" in _codes(detail["reasons"])
        _nothing_public(client, detail["id"])

    def test_a_model_thumbnail_and_a_reference_photo_of_one_person_count_too(
        self, client: Client, funded_user, deepface: Path
    ):
        poster = funded_user(1_000)
        thumbnail = "data:image/jpeg;base64," + base64.b64encode((deepface / ONE_PERSON[0]).read_bytes()).decode()
        model = safetensors_bytes({"modelspec.thumbnail": thumbnail})
        detail = _post_bounty(client, auth(poster), [deepface / ONE_PERSON[1]],
                              files=(SimpleUploadedFile("start.safetensors", model),))
        assert detail["status"] == "consent_pending", detail["reasons"]
        _nothing_public(client, detail["id"])

    def test_with_sexual_content_it_cannot_be_published_and_nothing_is_charged(
        self, client: Client, funded_user, deepface
    ):
        poster = funded_user(1_000)
        detail = _post_bounty(client, auth(poster), [deepface / name for name in SUGGESTIVE_PERSON])
        assert detail["refused"]["code"] == "guard_blocked" and "real_person_sexual" in str(detail["refused"])
        assert Bounty.objects.get(pk=detail["id"]).status == "draft"
        assert wallet_balance(poster) == 1_000
        _nothing_public(client, detail["id"])

    def test_the_same_bounty_with_drawn_heads_opens(self, client: Client, funded_user):
        poster = funded_user(1_000)
        detail = _post_bounty(client, auth(poster), [DRAWN / name for name in HEADS], **DRAWN_CHARACTER)
        assert detail["status"] == "open", detail["reasons"]
        rows = Screening.objects.filter(subject_type="bounty", subject_id=detail["id"], kind="image")
        assert {f["kind"] for r in rows for f in r.faces} == {"drawn"}
        for image in detail["images"]:
            assert client.get(f"/media/bounties/{detail['id']}/images/{image['id']}/").status_code == 200

    @pytest.mark.parametrize("count", [2, 3])
    def test_the_same_bounty_with_drawings_of_one_anime_character_opens(self, client: Client, funded_user, count):
        poster = funded_user(1_000)
        detail = _post_bounty(client, auth(poster), [DRAWN / name for name in ONE_ANIME_CHARACTER[:count]],
                              **DRAWN_CHARACTER)
        assert detail["status"] == "open", detail["reasons"]
        assert not _codes(detail["reasons"]) & {"unregistered_real_face_repeated", "unregistered_real_face"}
        rows = Screening.objects.filter(subject_type="bounty", subject_id=detail["id"], kind="image")
        assert [[f["kind"] for f in r.faces] for r in rows] == [["drawn"]] * count
        assert detail["rating"] == "pg", (detail["rating"], detail["reasons"])
        assert client.get(f"/api/v1/bounties/{detail['id']}").status_code == 200  # anonymous visitors see it
        for image in detail["images"]:
            assert client.get(f"/media/bounties/{detail['id']}/images/{image['id']}/").status_code == 200

    def test_drawn_references_do_not_explain_a_request_that_reads_like_a_likeness(self, client: Client, funded_user):
        # A drawing attached to "keep the face consistent" would otherwise unlock any request: a moderator looks.
        poster = funded_user(1_000)
        detail = _post_bounty(client, auth(poster), [DRAWN / name for name in HEADS])
        assert detail["status"] == "in_review" and _codes(detail["reasons"]) == {"likeness_context"}, detail["reasons"]
        _nothing_public(client, detail["id"])

    def test_an_entry_whose_samples_repeat_one_real_person_stays_hidden(self, client: Client, funded_user, deepface):
        poster, entrant = funded_user(1_000), funded_user(0)
        bounty_id = publish_via_api(client, auth(poster))  # a fox LoRA: no face in its reference
        entry = _submit_entry(client, auth(entrant), bounty_id, [deepface / name for name in ANOTHER_PERSON])
        assert entry["status"] == "in_review"
        row = Entry.objects.get(pk=entry["id"])
        assert "unregistered_real_face_repeated" in _codes(row.reasons)
        _entry_hidden(client, bounty_id, entry["id"])
        assert Bounty.objects.get(pk=bounty_id).entry_count == 0
        # Its sample scans are held too: even a moderator's approval of the entry would not serve them.
        samples = Screening.objects.filter(subject_type="entry", subject_id=entry["id"], kind="image")
        assert {r.decision for r in samples} == {"consent_required"}
        services.entry_review_resolve(moderator=funded_user(0, role="moderator"), entry_id=entry["id"], approve=True)
        for image_id in row.images.values_list("pk", flat=True):
            assert client.get(f"/media/entries/{entry['id']}/images/{image_id}/").status_code == 404


class TestASingleRealFace:
    def test_an_image_bounty_goes_to_the_queue_and_an_entry_showing_the_same_person_stays_hidden(
        self, client: Client, funded_user, deepface: Path
    ):
        poster, entrant = funded_user(1_000), funded_user(0)
        moderator = funded_user(0, role="moderator")
        detail = _post_bounty(client, auth(poster), [deepface / THIRD_PERSON[0]], type="image")
        bounty_id = detail["id"]
        assert detail["status"] == "in_review" and "unregistered_real_face" in _codes(detail["reasons"])
        _nothing_public(client, bounty_id)

        queue = client.get("/api/v1/moderation/queue", **auth(moderator)).json()["items"]
        (item,) = [i for i in queue if (i["target_type"], i["target_id"]) == ("bounty", str(bounty_id))]
        assert "unregistered_real_face" in _codes(item["evidence"]["reasons"])  # the bounty's pooled reason
        decided = client.post(f"/api/v1/moderation/queue/{item['id']}/decide",
                              {"action": "approve", "why": "A stock portrait the poster licensed.",
                               "ground": "policy.no_violation"},
                              content_type="application/json", **auth(moderator))
        assert decided.status_code == 200, decided.content
        assert client.get(f"/api/v1/bounties/{bounty_id}").json()["status"] == "open"

        # An entry whose sample shows the person of the references: the same real person on both sides.
        entry = _submit_entry(client, auth(entrant), bounty_id, [deepface / THIRD_PERSON[1]])
        assert entry["status"] == "in_review"
        assert "unregistered_real_face_repeated" in _codes(Entry.objects.get(pk=entry["id"]).reasons)
        _entry_hidden(client, bounty_id, entry["id"])

    def test_a_single_face_in_a_captions_bounty_is_only_material(self, client: Client, funded_user, deepface):
        poster = funded_user(1_000)
        detail = _post_bounty(client, auth(poster), [deepface / THIRD_PERSON[0]], type="captions", **CAPTIONS)
        assert detail["status"] == "open", detail["reasons"]
