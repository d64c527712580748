"""Model-file scanning on real files: safetensors written by the safetensors library, real pickles,
a real zip checkpoint layout, and headers broken in the ways attackers and bad uploads break them."""

from __future__ import annotations

import base64
import io
import json
import pickle
import struct
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from safetensors import SafetensorError
from safetensors.numpy import load_file, save_file

from bountyboard.guard.config import ModelFileConfig
from bountyboard.guard.errors import InputRejected
from bountyboard.guard.modelfile.scanner import ModelAnalysis, ModelFileAnalyzer

CONFIG = ModelFileConfig()


def tensors() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    return {
        "lora_unet_down.alpha": np.array(8.0, dtype=np.float32),
        "lora_unet_down.lora_down.weight": rng.standard_normal((4, 32)).astype(np.float16),
        "lora_unet_down.lora_up.weight": rng.standard_normal((32, 4)).astype(np.float16),
        "step": np.array([1200], dtype=np.int64),
    }


def png_bytes(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(out, "PNG")
    return out.getvalue()


def kohya_metadata() -> dict[str, str]:
    return {
        "ss_output_name": "emma_watson_v2",
        "ss_training_comment": "trained on red carpet photos",
        "ss_tag_frequency": json.dumps(
            {"10_emma watson": {"emma watson": 40, "red dress": 12, "smile": 9}, "5_style": {"photo": 3}}
        ),
        "ss_dataset_dirs": json.dumps({"10_emma watson": {"n_repeats": 10, "img_count": 40}}),
        "ss_network_dim": "32",
        "modelspec.title": "Hermione portrait LoRA",
        "modelspec.description": "A portrait LoRA.",
        "modelspec.trigger_phrase": "hrmn woman",
        "modelspec.thumbnail": "data:image/png;base64," + base64.b64encode(png_bytes()).decode("ascii"),
    }


def write(tmp_path: Path, metadata: dict[str, str] | None = None, name: str = "model.safetensors") -> Path:
    path = tmp_path / name
    save_file(tensors(), str(path), metadata=metadata)
    return path


def split(path: Path) -> tuple[dict[str, Any], bytes]:
    raw = path.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    return json.loads(raw[8 : 8 + length]), raw[8 + length :]


def rewrite(path: Path, mutate: Callable[[dict[str, Any]], None], *, data: bytes | None = None) -> Path:
    """Re-serialise the real file's header after ``mutate``, keeping (or replacing) its data section."""
    header, original_data = split(path)
    mutate(header)
    encoded = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + (original_data if data is None else data))
    return path


def rejected(path: Path, config: ModelFileConfig = CONFIG) -> InputRejected:
    with pytest.raises(InputRejected) as caught:
        ModelFileAnalyzer(config).analyze(path)
    return caught.value


def library_refuses(path: Path) -> bool:
    try:
        load_file(str(path))
    except (SafetensorError, OSError, ValueError):
        return True
    return False


class TestValidSafetensors:
    def test_plain_file_without_metadata(self, tmp_path: Path) -> None:
        path = write(tmp_path)
        analysis = ModelFileAnalyzer(CONFIG).analyze(path)
        assert isinstance(analysis, ModelAnalysis)
        assert (analysis.format, analysis.size, analysis.tensors) == ("safetensors", path.stat().st_size, 4)
        assert analysis.metadata == {} and analysis.texts == () and analysis.thumbnails == ()

    def test_kohya_metadata_is_decoded_and_its_texts_exposed(self, tmp_path: Path) -> None:
        analysis = ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, kohya_metadata()))
        assert analysis.metadata["ss_tag_frequency"]["10_emma watson"]["red dress"] == 12
        assert analysis.metadata["ss_dataset_dirs"] == {"10_emma watson": {"n_repeats": 10, "img_count": 40}}
        assert analysis.metadata["ss_network_dim"] == "32"  # plain strings stay strings
        texts = dict(analysis.texts)
        assert ("ss_output_name", "emma_watson_v2") in analysis.texts
        assert ("ss_output_name", "<lora:emma_watson_v2>") in analysis.texts  # as a prompt loads it
        assert texts["ss_training_comment"] == "trained on red carpet photos"
        assert texts["modelspec.title"] == "Hermione portrait LoRA"
        assert texts["modelspec.trigger_phrase"] == "hrmn woman"
        assert texts["ss_dataset_dirs"] == "emma watson"  # kohya's "10_" repeat count dropped
        assert texts["ss_tag_frequency[10_emma watson]"].splitlines() == ["emma watson", "red dress", "smile"]
        assert ("ss_tag_frequency.folder", "emma watson") in analysis.texts
        assert ("ss_tag_frequency.folder", "style") in analysis.texts

    def test_thumbnail_is_decoded_to_image_bytes(self, tmp_path: Path) -> None:
        analysis = ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, kohya_metadata()))
        assert analysis.thumbnails == (png_bytes(),)
        assert Image.open(io.BytesIO(analysis.thumbnails[0])).size == (24, 16)

    def test_every_image_data_uri_counts_as_a_thumbnail(self, tmp_path: Path) -> None:
        metadata = {"preview": "data:image/png;base64," + base64.b64encode(png_bytes((0, 0, 255))).decode()}
        analysis = ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, metadata))
        assert analysis.thumbnails == (png_bytes((0, 0, 255)),)

    def test_kohya_ss_datasets_subsets(self, tmp_path: Path) -> None:
        datasets = [{"subsets": [{"image_dir": "/data/train/8_jane doe", "class_tokens": "jndoe woman"}]}]
        analysis = ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, {"ss_datasets": json.dumps(datasets)}))
        assert ("ss_datasets.image_dir", "jane doe") in analysis.texts
        assert ("ss_datasets.class_tokens", "jndoe woman") in analysis.texts

    def test_header_padded_with_spaces_is_accepted(self, tmp_path: Path) -> None:
        path = write(tmp_path)
        header, data = split(path)
        encoded = json.dumps(header).encode() + b" " * 13
        path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + data)
        assert ModelFileAnalyzer(CONFIG).analyze(path).tensors == 4
        assert not library_refuses(path)

    def test_header_length_whose_first_byte_looks_like_pickle_magic(self, tmp_path: Path) -> None:
        # A 640-byte header starts the file with 80 02, pickle protocol 2's magic: still safetensors.
        path = write(tmp_path)
        header, data = split(path)
        encoded = json.dumps(header).encode()
        encoded += b" " * (0x0280 - len(encoded))
        path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + data)
        assert path.read_bytes()[:2] == b"\x80\x02"
        assert ModelFileAnalyzer(CONFIG).analyze(path).tensors == 4

    def test_broken_json_in_a_metadata_string_stays_a_string(self, tmp_path: Path) -> None:
        analysis = ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, {"ss_tag_frequency": "{not json"}))
        assert analysis.metadata["ss_tag_frequency"] == "{not json"


class TestPickles:
    def test_raw_pickle_is_refused_with_the_reason(self, tmp_path: Path) -> None:
        path = tmp_path / "model.ckpt"
        path.write_bytes(pickle.dumps({"state_dict": {"w": [1.0, 2.0]}}, protocol=4))
        error = rejected(path)
        assert error.code == "pickle"
        assert "pickle (protocol 4)" in error.detail and "run arbitrary code" in error.detail

    def test_pickle_renamed_to_safetensors_is_still_a_pickle(self, tmp_path: Path) -> None:
        path = tmp_path / "innocent.safetensors"
        path.write_bytes(pickle.dumps([1, 2, 3], protocol=2))
        assert rejected(path).code == "pickle"

    def test_pytorch_zip_checkpoint_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "model.pt"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("archive/data.pkl", pickle.dumps({"w": 1}, protocol=2))
            archive.writestr("archive/data/0", b"\x00" * 16)
            archive.writestr("archive/version", "3\n")
        error = rejected(path)
        assert error.code == "pickle"
        assert "archive/data.pkl" in error.detail and "run arbitrary code" in error.detail

    def test_zip_checkpoint_renamed_to_safetensors_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "model.safetensors"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("model/data.pkl", pickle.dumps({"w": 1}))
        assert rejected(path).code == "pickle"

    def test_zip_without_pickle_is_not_a_model(self, tmp_path: Path) -> None:
        path = tmp_path / "model.safetensors"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
        assert rejected(path).code == "unsupported_format"

    @pytest.mark.parametrize("suffix", [".ckpt", ".pt", ".pth", ".bin"])
    def test_pickle_suffixes_are_refused_even_holding_safetensors(self, tmp_path: Path, suffix: str) -> None:
        error = rejected(write(tmp_path, name=f"model{suffix}"))
        assert error.code == "pickle"
        assert suffix in error.detail

    def test_other_suffixes_are_refused(self, tmp_path: Path) -> None:
        error = rejected(write(tmp_path, name="model.gguf"))
        assert error.code == "unsupported_format"
        assert ".safetensors" in error.detail


class TestBrokenHeaders:
    def test_truncated_file(self, tmp_path: Path) -> None:
        path = write(tmp_path, kohya_metadata())
        full = path.read_bytes()
        path.write_bytes(full[:-10])  # cut inside the tensor data
        error = rejected(path)
        assert error.code == "truncated" and "truncated" in error.detail
        assert library_refuses(path)
        path.write_bytes(full[:100])  # cut inside the header
        assert rejected(path).code == "truncated"
        path.write_bytes(full[:5])  # cut inside the length prefix
        assert rejected(path).code == "truncated"

    def test_header_claiming_a_huge_length(self, tmp_path: Path) -> None:
        path = tmp_path / "huge.safetensors"
        path.write_bytes(struct.pack("<Q", 2**62) + b'{"a": 1}')
        error = rejected(path)
        assert error.code == "header_too_large"
        small = replace(CONFIG, max_header_bytes=64)
        assert rejected(write(tmp_path, kohya_metadata()), small).code == "header_too_large"

    def test_overlapping_tensors(self, tmp_path: Path) -> None:
        def overlap(header: dict[str, Any]) -> None:
            up, down = header["lora_unet_down.lora_up.weight"], header["lora_unet_down.lora_down.weight"]
            up["data_offsets"] = list(down["data_offsets"])  # two tensors on the same bytes

        path = rewrite(write(tmp_path), overlap)
        error = rejected(path)
        assert error.code == "malformed" and "overlaps" in error.detail
        assert library_refuses(path)

    def test_out_of_bounds_offsets(self, tmp_path: Path) -> None:
        def past_the_end(header: dict[str, Any]) -> None:
            header["step"]["data_offsets"] = [10_000, 10_008]

        path = rewrite(write(tmp_path), past_the_end)
        error = rejected(path)
        assert error.code == "malformed" and "past the end" in error.detail
        assert library_refuses(path)

    def test_byte_length_must_match_shape_and_dtype(self, tmp_path: Path) -> None:
        def wrong_shape(header: dict[str, Any]) -> None:
            header["lora_unet_down.lora_up.weight"]["shape"] = [32, 5]

        error = rejected(rewrite(write(tmp_path), wrong_shape))
        assert error.code == "malformed" and "F16 [32, 5]: 320 bytes" in error.detail

    def test_unknown_dtype(self, tmp_path: Path) -> None:
        def object_dtype(header: dict[str, Any]) -> None:
            header["step"]["dtype"] = "PYOBJECT"

        assert "unsupported dtype" in rejected(rewrite(write(tmp_path), object_dtype)).detail

    def test_gap_in_the_data_section(self, tmp_path: Path) -> None:
        header, data = split(write(tmp_path))
        header.pop("step")  # its 8 bytes now belong to no tensor
        path = tmp_path / "gap.safetensors"
        encoded = json.dumps(header).encode()
        path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + data)
        error = rejected(path)
        assert error.code == "malformed" and ("no tensor" in error.detail)

    def test_bytes_appended_after_the_last_tensor(self, tmp_path: Path) -> None:
        path = write(tmp_path)
        path.write_bytes(path.read_bytes() + b"PK\x03\x04 hidden zip")
        error = rejected(path)
        assert error.code == "malformed" and "after the last tensor" in error.detail

    def test_header_must_be_a_json_object(self, tmp_path: Path) -> None:
        path = tmp_path / "list.safetensors"
        path.write_bytes(struct.pack("<Q", 2) + b"[]")
        assert "JSON object" in rejected(path).detail
        path.write_bytes(struct.pack("<Q", 9) + b"{not json")
        assert rejected(path).code == "malformed"
        path.write_bytes(struct.pack("<Q", 4) + b"\xff\xfe{}")
        assert "UTF-8" in rejected(path).detail

    def test_duplicate_keys_are_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "dup.safetensors"
        entry = '{"dtype": "U8", "shape": [1], "data_offsets": [0, 1]}'
        header = f'{{"t": {entry}, "t": {entry}}}'.encode()
        path.write_bytes(struct.pack("<Q", len(header)) + header + b"\x00")
        assert "duplicate key" in rejected(path).detail

    def test_metadata_values_must_be_strings(self, tmp_path: Path) -> None:
        def nested(header: dict[str, Any]) -> None:
            header["__metadata__"] = {"ss_tag_frequency": {"not": "a string"}}

        assert "__metadata__" in rejected(rewrite(write(tmp_path), nested)).detail

    def test_broken_thumbnail_is_refused_not_skipped(self, tmp_path: Path) -> None:
        path = write(tmp_path, {"modelspec.thumbnail": "data:image/png;base64,@@not-base64@@"})
        error = rejected(path)
        assert error.code == "malformed" and "modelspec.thumbnail" in error.detail

    def test_file_over_the_size_limit(self, tmp_path: Path) -> None:
        path = write(tmp_path)
        assert rejected(path, replace(CONFIG, max_bytes=100)).code == "too_large"

    def test_directory_and_missing_file(self, tmp_path: Path) -> None:
        assert rejected(tmp_path / "missing.safetensors").code == "unreadable"
        folder = tmp_path / "folder.safetensors"
        folder.mkdir()
        assert rejected(folder).code in {"unreadable", "not_a_file"}

    def test_every_accepted_file_loads_with_the_safetensors_library(self, tmp_path: Path) -> None:
        for metadata in (None, kohya_metadata()):
            path = write(tmp_path, metadata)
            ModelFileAnalyzer(CONFIG).analyze(path)
            assert set(load_file(str(path))) == set(tensors())


class TestCorruptedBytes:
    """Any byte-level corruption of a real file gives an analysis or an InputRejected, never a crash."""

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=6))
    def test_random_byte_edits(self, tmp_path: Path, edits: list[tuple[int, int]]) -> None:
        path = write(tmp_path, kohya_metadata())
        raw = bytearray(path.read_bytes())
        for position, value in edits:
            raw[position % len(raw)] = value
        path.write_bytes(bytes(raw))
        try:
            analysis = ModelFileAnalyzer(CONFIG).analyze(path)
        except InputRejected as error:
            assert error.code and error.detail
        else:
            assert analysis.tensors == 4
            assert not library_refuses(path)  # what we accept, the real reader loads

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(cut=st.integers(0, 2_000))
    def test_every_truncation(self, tmp_path: Path, cut: int) -> None:
        path = write(tmp_path, kohya_metadata())
        raw = path.read_bytes()
        path.write_bytes(raw[: cut % len(raw)])
        assert rejected(path).code in {"truncated", "header_too_large", "malformed"}


def benign_kohya_metadata() -> dict[str, str]:
    """The training fields kohya-ss writes for an ordinary style LoRA (values as it writes them)."""
    return {
        "ss_sd_model_name": "v1-5-pruned-emaonly.safetensors",
        "ss_network_module": "networks.lora",
        "ss_optimizer": "bitsandbytes.optim.adamw.AdamW8bit(weight_decay=0.1)",
        "ss_lr_scheduler": "cosine_with_restarts",
        "ss_mixed_precision": "fp16",
        "ss_new_sd_model_hash": "cc6cb27103417325ff94f52b7a5d2dde45a7515b25c255d8e396c90014281516",
        "sshs_model_hash": "8a7c5f1e7d3b2a4e9f0c6b1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f",
        "ss_training_started_at": "1699999999.123",
        "ss_num_train_images": "120",
        "ss_caption_extension": ".txt",
        "ss_datasets": json.dumps([{"subsets": [{"image_dir": "/data/train/10_watercolor", "num_repeats": 10,
                                                 "caption_extension": ".txt", "keep_tokens": 1}]}]),
        "ss_tag_frequency": json.dumps({"10_watercolor": {"watercolor": 120, "castle": 30, "landscape": 44}}),
        "modelspec.architecture": "stable-diffusion-v1/lora",
        "modelspec.title": "Watercolour style",
    }


class TestEveryMetadataString:
    """Issue 9: metadata is read whatever its key, at any depth, keys included."""

    @pytest.mark.parametrize(
        "metadata",
        [
            {"description": "nude photos of Emma Watson"},
            {"trigger_words": "emmaw, nude"},
            {"ss_caption": "emma watson nude"},
            {"my_notes": json.dumps({"deep": [{"deeper": "nude photos of Emma Watson"}]})},
            {"tags": json.dumps({"nude photos of Emma Watson": 3})},
            {"nude photos of Emma Watson": "1"},
        ],
        ids=["description", "trigger_words", "ss_caption", "nested", "dict_key", "top_level_key"],
    )
    def test_a_string_under_any_key_is_exposed(self, tmp_path: Path, metadata: dict[str, str]) -> None:
        analysis = ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, metadata))
        joined = "\n".join(text for _field, text in analysis.texts)
        assert "mma" in joined and ("nude" in joined or "emmaw" in joined)

    def test_hashes_numbers_and_thumbnails_are_not_texts(self, tmp_path: Path) -> None:
        metadata = {**benign_kohya_metadata(), "preview": "data:image/png;base64,"
                    + base64.b64encode(png_bytes()).decode("ascii")}
        texts = [text for _field, text in ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, metadata)).texts]
        assert not any(text.startswith(("cc6cb271", "8a7c5f1e", "data:")) or text == "120" for text in texts)
        assert "v1-5-pruned-emaonly.safetensors" in texts  # an ordinary string is read

    def test_the_walk_adds_no_text_the_kohya_reading_already_has(self, tmp_path: Path) -> None:
        texts = [text for _field, text in ModelFileAnalyzer(CONFIG).analyze(write(tmp_path, kohya_metadata())).texts]
        assert texts.count("emma watson\nred dress\nsmile") == 1  # the tag list, read once
        assert "10_emma watson" in texts  # the raw folder name, read by the walk

    def test_the_output_name_is_read_as_an_add_on_models_name(self, tmp_path: Path) -> None:
        from bountyboard.guard.engine import Guard

        guard = Guard.open(tmp_path / "store", create=True)
        named = {**benign_kohya_metadata(), "ss_output_name": "liuZihanChinese_v10"}
        report = guard.scan_model(write(tmp_path, named, name="named.safetensors"))
        found = [s for s in report.signals if s.source == "heuristic:model-name-pinyin"]
        assert [(s.label, s.detail["field"]) for s in found] == [("liu zihan", "ss_output_name")]
        assert report.verdict.decision.value != "allow"
        styled = {**benign_kohya_metadata(), "ss_output_name": "watercolor_v3"}
        assert guard.scan_model(write(tmp_path, styled, name="styled.safetensors")).verdict.decision.value == "allow"

    def test_guard_blocks_a_name_under_an_unknown_key_and_allows_benign_training_fields(
        self, tmp_path: Path
    ) -> None:
        from bountyboard.guard.engine import Guard

        guard = Guard.open(tmp_path / "store", create=True)
        benign = guard.scan_model(write(tmp_path, benign_kohya_metadata(), name="benign.safetensors"))
        assert benign.verdict.decision.value == "allow", benign.verdict.reasons
        hidden = {**benign_kohya_metadata(), "my_notes": json.dumps({"x": ["nude photos of Emma Watson"]})}
        report = guard.scan_model(write(tmp_path, hidden, name="hidden.safetensors"))
        assert report.verdict.decision.value == "block"
        assert "real_person_sexual" in {reason.code for reason in report.verdict.reasons}
