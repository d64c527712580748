"""The shipped likeness-context model is what scripts/train_likeness_context.py trains from the tuning rows, and
those rows hold no never-read half and no prompt without a licence (decision 0053)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import ModuleType

import pytest
from labelled_sets import load_script, shared_prompts

from bountyboard.guard.text.likeness_context import shipped_likeness_context_model

pytestmark = pytest.mark.skipif(
    shared_prompts("sixcd_nudity.csv") is None, reason="needs the shared data folder (BOUNTYBOARD_SHARED_DATA)"
)


@pytest.fixture(scope="module")
def training() -> ModuleType:
    return load_script("train_likeness_context")


@pytest.fixture(scope="module")
def data(training: ModuleType) -> Path:
    return training.ge.shared_data_dir()


def test_the_never_read_halves_and_krea_stay_out(training: ModuleType, data: Path) -> None:
    sets = dict(training.tuning_sets(data))
    assert "krea" not in sets and "sixcd" in sets and "i2p" in sets
    for name, rows in sets.items():
        if name.startswith("round") and int(name[5:]) >= training.FIRST_ROUND_WITH_A_NEVER_READ_HALF:
            assert rows and {r["split"] for r in rows} == {"tune"}, name
    assert "round12" in sets and {r.get("split") for r in sets["round12"]} >= {"tune", "test"}  # read whole


def test_a_set_left_out_is_left_out(training: ModuleType, data: Path) -> None:
    sets = training.tuning_sets(data)
    everything = training.training_rows(sets)
    without = training.training_rows(sets, leave_out=frozenset({"round32"}))
    assert len(everything) - len(without) == len(dict(training.tuning_sets(data))["round32"]) > 200


def test_the_shipped_model_is_the_one_the_script_trains(training: ModuleType, data: Path) -> None:
    rows = training.training_rows(training.tuning_sets(data))
    trained = training.train(rows)
    shipped = shipped_likeness_context_model()
    assert trained.version == shipped.version
    # the same library versions give the same bytes; other machines may differ in the last digits only
    assert abs(trained.intercept - shipped.intercept) < 1e-3
    assert len(set(trained.char_weights) ^ set(shipped.char_weights)) < 100
    texts = [text for text, _ in rows[::40]]
    assert max(abs(trained.score(t) - shipped.score(t)) for t in texts) < 1e-3


def test_the_written_file_is_gzipped_json_with_no_time_stamp(training: ModuleType) -> None:
    model = shipped_likeness_context_model()
    raw = training.model_bytes(model)
    assert raw[4:8] == b"\0\0\0\0"  # gzip's MTIME field
    assert json.loads(gzip.decompress(raw))["intercept"] == model.intercept
    assert training.model_bytes(model) == raw
