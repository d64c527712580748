"""Every labelled request of requests_dev.jsonl through TextScanner.scan and Policy.decide.

The labels are the expected decisions of the shared dataset; nothing here is tuned per row
(scripts/guard_eval.py reports the same figures, and the same rules are measured on held-out rows).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_data_dir

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner


def _rows() -> list[dict[str, Any]]:
    path: Path = shared_data_dir() / "requests_dev.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ROWS = _rows()


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner(TextConfig())


class TestScanAndDecideOnDevRequests:
    def test_the_dataset_is_there(self, shared_data: Path) -> None:
        assert len(ROWS) == 120, f"expected 120 rows in {shared_data / 'requests_dev.jsonl'}"

    @pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
    def test_row(self, scanner: TextScanner, row: dict[str, Any]) -> None:
        verdict = Policy().decide(scanner.scan(row["text"]))
        codes = [r.code for r in verdict.reasons]
        assert verdict.decision.value == row["expected"], f"{row['id']}: {codes}"
        if row["sexual"] == "explicit":
            assert verdict.rating.value == "x", codes
        if row["sexual"] == "none" and row["expected"] == "allow":
            assert verdict.rating.value == "pg", codes
