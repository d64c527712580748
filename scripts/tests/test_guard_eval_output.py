"""guard_eval.py prints the four figures of every set and the rows behind them only when asked: `make eval` runs
the blind sets' never-read halves, and a printed miss line is a row read (session 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from labelled_sets import load_script

ROW = {
    "id": "zz-001", "lang": "en", "text": "Orla Vexmoor at the harbour, oil painting", "source": "handcrafted",
    "real_person": "none", "person_names": [], "private_person": False, "sexual": "none", "minor": False,
    "expected": "allow",
}  # fmt: skip


@pytest.fixture(scope="module")
def requests_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval") / "one_row.jsonl"
    path.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    return path


def test_figures_only_unless_the_rows_are_asked_for(requests_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    guard_eval = load_script("guard_eval")
    guard_eval.main(["--requests", str(requests_file), "--no-extra"])
    quiet = capsys.readouterr().out
    figure = next(line for line in quiet.splitlines() if line.startswith("false positives on expected allow"))
    assert figure.endswith("(1/1)")  # the invented name asks for consent: a false positive, counted
    assert "Orla Vexmoor" not in quiet and "zz-001" not in quiet
    guard_eval.main(["--requests", str(requests_file), "--no-extra", "--show-misses"])
    assert "zz-001" in capsys.readouterr().out
