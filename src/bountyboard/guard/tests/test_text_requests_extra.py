"""The handcrafted extra requests (scripts/guard_eval_extra.jsonl) through TextScanner.scan and
Policy.decide: every benign row stays allowed, and the floors on the rest do not slip.

Most rows name people the shipped lists do not hold, so a few known misses remain (docs/guard-text.md);
the figures below are floors measured when the rows were written, not per-row tuning.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bountyboard.guard.config import TextConfig
from bountyboard.guard.policy import Policy
from bountyboard.guard.text.scanner import TextScanner

EXTRA = Path(__file__).resolve().parents[4] / "scripts" / "guard_eval_extra.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in EXTRA.read_text(encoding="utf-8").splitlines() if line.strip()
]
ALLOW = [r for r in ROWS if r["expected"] == "allow"]


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner(TextConfig())


def _decision(scanner: TextScanner, row: dict[str, Any]) -> str:
    return Policy().decide(scanner.scan(row["text"])).decision.value


class TestScanAndDecideOnExtraRequests:
    def test_the_dataset_is_there(self) -> None:
        assert len(ROWS) >= 300 and {r["lang"] for r in ROWS} == {"en", "fr", "es", "de", "pt", "it"}

    @pytest.mark.parametrize("row", ALLOW, ids=[r["id"] for r in ALLOW])
    def test_benign_row_is_allowed(self, scanner: TextScanner, row: dict[str, Any]) -> None:
        assert _decision(scanner, row) == "allow", row["text"]

    def test_block_rate_on_expected_block_rows(self, scanner: TextScanner) -> None:
        rows = [r for r in ROWS if r["expected"] == "block"]
        blocked = sum(_decision(scanner, r) == "block" for r in rows)
        assert blocked / len(rows) >= 0.97

    def test_recall_on_real_person_rows(self, scanner: TextScanner) -> None:
        rows = [r for r in ROWS if r["real_person"] == "subject"]
        flagged = sum(_decision(scanner, r) in ("consent_required", "block") for r in rows)
        assert flagged / len(rows) >= 0.93
