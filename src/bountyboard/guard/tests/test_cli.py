"""The guard CLI contract, run in-process on real files and real models (and once as a subprocess)."""

from __future__ import annotations

import io
import json
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from safetensors.numpy import save_file

from bountyboard.guard.cli import main

pytestmark = pytest.mark.models


def run(argv: list[str], stdin: str = "") -> tuple[int, list[dict], str]:
    out = io.StringIO()
    err = io.StringIO()
    old_err = sys.stderr
    sys.stderr = err
    try:
        code = main(argv, stdout=out, stdin=io.StringIO(stdin))
    finally:
        sys.stderr = old_err
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    return code, lines, err.getvalue()


@pytest.fixture
def faces(shared_data: Path) -> Path:
    return shared_data / "faces"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


class TestText:
    def test_prints_one_decision_for_a_likeness_request(self) -> None:
        code, lines, _ = run(["text", "LoRA of Emma Watson, nude beach photos"])
        assert code == 0
        assert lines[0]["decision"] == "block"
        assert {r["code"] for r in lines[0]["reasons"]} & {"real_person_sexual"}

    def test_allows_a_style_request(self) -> None:
        code, lines, _ = run(["text", "Watercolour landscapes of misty mountains, by greg rutkowski and artgerm"])
        assert code == 0
        assert lines[0]["decision"] == "allow"

    def test_jsonl_answers_each_line_and_reports_bad_lines(self) -> None:
        stdin = '{"id": 1, "text": "a castle at dusk"}\nnot json\n{"id": "b", "text": "my neighbour in a bikini"}\n'
        code, lines, err = run(["text", "--jsonl"], stdin)
        assert code == 2
        assert [line["id"] for line in lines] == [1, "b"]
        assert lines[0]["decision"] == "allow" and lines[1]["decision"] == "block"
        assert "stdin line 2" in err and "Traceback" not in err

    def test_missing_store_is_a_one_line_error(self, tmp_path: Path) -> None:
        code, lines, err = run(["text", "--store", str(tmp_path / "nope"), "hello"])
        assert code == 2 and lines == []
        assert err.count("\n") == 1 and "does not exist" in err


class TestImage:
    def test_reports_faces_pdq_and_nudity_per_file(self, faces: Path) -> None:
        code, lines, _ = run(["image", str(faces / "deepface" / "img1.jpg"), str(faces / "negatives" / "dogs.jpg")])
        assert code == 0
        person, dogs = lines
        assert person["file"].endswith("img1.jpg") and len(person["faces"]) == 1
        assert person["faces"][0]["person_id"] is None and len(person["faces"][0]["box"]) == 4
        assert len(person["pdq"]) == 64 and isinstance(person["nudity"], list)
        assert dogs["faces"] == [] and dogs["decision"] == "allow"

    def test_a_file_that_is_not_an_image_is_bad_input(self, tmp_path: Path, faces: Path) -> None:
        fake = tmp_path / "notes.png"
        fake.write_text("just text")
        code, lines, err = run(["image", str(fake), str(faces / "negatives" / "dogs.jpg")])
        assert code == 2
        assert [line["file"] for line in lines] == [str(faces / "negatives" / "dogs.jpg")]
        assert "notes.png" in err and "Traceback" not in err


class TestEnroll:
    def test_enrolled_face_is_matched_in_other_photos(self, faces: Path, store: Path) -> None:
        deepface = faces / "deepface"  # img1, img10, img11 and img2 show one person; img47 another
        code, lines, _ = run(
            ["enroll", "--store", str(store), "--person", "p00", "--name", "Person Zero",
             str(deepface / "img1.jpg"), str(deepface / "img10.jpg"), str(deepface / "img11.jpg")]
        )
        assert code == 0 and lines == [{"person_id": "p00", "embeddings": 3, "verified": True}]
        code, lines, _ = run(["image", "--store", str(store), str(deepface / "img2.jpg"), str(deepface / "img47.jpg")])
        same, other = lines
        assert same["faces"][0]["person_id"] == "p00"
        assert same["decision"] in {"consent_required", "block"}
        assert other["faces"][0]["person_id"] is None
        # no photo is kept in the store, only embeddings
        assert not [p for p in store.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png", ".webp"}]

    def test_refuses_a_photo_without_a_face_and_writes_nothing(self, faces: Path, store: Path) -> None:
        code, _, err = run(
            ["enroll", "--store", str(store), "--person", "x", str(faces / "deepface" / "img1.jpg"),
             str(faces / "negatives" / "dogs.jpg")]
        )
        assert code == 2 and "photo 2" in err and "no face" in err
        code, lines, _ = run(["person", "list", "--store", str(store)])
        assert lines == []

    def test_refuses_a_photo_with_several_faces(self, faces: Path, store: Path) -> None:
        code, _, err = run(["enroll", "--store", str(store), "--person", "x", str(faces / "deepface" / "couple.jpg")])
        assert code == 2 and "faces" in err


class TestModel:
    def test_training_metadata_naming_someone_is_a_likeness(self, tmp_path: Path) -> None:
        path = tmp_path / "lora.safetensors"
        tags = json.dumps({"10_sarah": {"sarah_instagram": 12, "1girl": 30}})
        save_file({"w": np.zeros((4, 4), dtype=np.float32)}, str(path),
                  metadata={"ss_output_name": "emma_watson_v2", "ss_tag_frequency": tags})
        code, lines, _ = run(["model", str(path)])
        assert code == 0
        assert lines[0]["format"] == "safetensors" and lines[0]["decision"] != "allow"
        assert lines[0]["metadata"]["ss_output_name"] == "emma_watson_v2"

    def test_a_pickle_is_refused_with_the_reason(self, tmp_path: Path) -> None:
        path = tmp_path / "model.ckpt"
        path.write_bytes(pickle.dumps({"state_dict": [1, 2, 3]}))
        code, lines, err = run(["model", str(path)])
        assert code == 2 and lines == [] and "pickle" in err.lower()


class TestBank:
    def test_a_banked_image_blocks_its_resized_copy(self, faces: Path, store: Path, tmp_path: Path) -> None:
        original = faces / "deepface" / "img1.jpg"
        code, lines, _ = run(["bank", "add", "--store", str(store), "--bank", "takedown", "--case-id", "T-1", str(original)])
        assert code == 0 and lines[0]["added"] == 2
        copy = tmp_path / "copy.png"
        with Image.open(original) as im:
            im.convert("RGB").resize((im.width // 2, im.height // 2)).save(copy)
        code, lines, _ = run(["image", "--store", str(store), str(copy)])
        assert lines[0]["decision"] == "block"
        assert any(r["code"] == "hash_match" for r in lines[0]["reasons"])

    def test_export_then_import_round_trips_and_honours_withdrawals(self, store: Path, tmp_path: Path) -> None:
        a, b = "f" * 64, "0" * 63 + "1"
        run(["bank", "add", "--store", str(store), "--bank", "ncii", "--pdq", a, "--pdq", b])
        exported = io.StringIO()
        assert main(["bank", "export", "--store", str(store), "--bank", "ncii"], stdout=exported) == 0
        assert sorted(exported.getvalue().split()) == sorted([a, b])
        listing = tmp_path / "list.csv"
        listing.write_text(f"hash,status,case_id\n{a},Withdrawn,C-9\n")
        code, lines, _ = run(["bank", "import", "--store", str(store), "--bank", "ncii", str(listing)])
        assert code == 0
        out = io.StringIO()
        main(["bank", "export", "--store", str(store), "--bank", "ncii"], stdout=out)
        assert out.getvalue().split() == [b]

    def test_a_malformed_hash_is_refused(self, store: Path) -> None:
        code, _, err = run(["bank", "add", "--store", str(store), "--bank", "x", "--pdq", "xyz"])
        assert code == 2 and "64 hex" in err


class TestCommand:
    def test_runs_as_the_bountyboard_command_without_a_traceback(self, tmp_path: Path) -> None:
        exe = Path(sys.executable).with_name("bountyboard")
        proc = subprocess.run([str(exe), "guard", "image", str(tmp_path / "missing.jpg")], capture_output=True, text=True)
        assert proc.returncode == 2
        assert proc.stderr.strip().count("\n") == 0 and "missing.jpg" in proc.stderr
        assert "Traceback" not in proc.stderr

    def test_a_refused_photo_is_one_line_on_stderr_even_after_loading_the_models(
        self, tmp_path: Path, faces: Path
    ) -> None:
        exe = Path(sys.executable).with_name("bountyboard")
        proc = subprocess.run(
            [str(exe), "guard", "enroll", "--store", str(tmp_path / "s"), "--person", "p", str(faces / "negatives" / "dogs.jpg")],
            capture_output=True, text=True,
        )
        assert proc.returncode == 2
        assert proc.stderr.splitlines() == ["bountyboard guard: error: photo 1: no face found"]
