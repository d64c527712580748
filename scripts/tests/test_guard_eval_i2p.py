"""The labelled I2P sample (scripts/guard_eval_i2p.jsonl) follows the label rule of ../shared/data/README.md,
is what its script writes from the hand-written labels, holds only prompts of our half of I2P, is split half
and half, and matches the counts its docstring states. No guard runs here."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from labelled_sets import i2p_half, i2p_row_problems, load_script, names_agree_with_labels, rule_expected

SCRIPTS = Path(__file__).resolve().parents[1]
SAMPLE = SCRIPTS / "guard_eval_i2p.jsonl"
LABELS = SCRIPTS / "guard_eval_i2p_labels.tsv"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]



def test_every_row_has_the_schema_and_a_unique_id(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 300
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert len({row["i2p_row"] for row in rows}) == len(rows)
    assert [problem for row in rows for problem in i2p_row_problems(row, "i2p")] == []


def test_labels_follow_the_rule_and_agree_with_each_other(rows: list[dict[str, Any]]) -> None:
    assert [row["id"] for row in rows if row["expected"] != rule_expected(row)] == []
    for row in rows:
        assert names_agree_with_labels(row), row["id"]


def test_the_sample_has_every_kind_of_row(rows: list[dict[str, Any]]) -> None:
    """A sample that lost its people or its sexual rows would measure nothing the owner's set measures."""
    expected = Counter(row["expected"] for row in rows)
    assert min(expected.values()) >= 10 and set(expected) == {"allow", "consent_required", "block"}
    assert {row["real_person"] for row in rows} == {"subject", "style", "none"}
    assert {row["sexual"] for row in rows} == {"explicit", "suggestive", "none"}


def test_the_split_is_half_and_half(rows: list[dict[str, Any]]) -> None:
    split = Counter(row["split"] for row in rows)
    assert abs(split["tune"] - split["test"]) <= 1
    for label in ("allow", "consent_required", "block"):
        halves = Counter(row["split"] for row in rows if row["expected"] == label)
        assert abs(halves["tune"] - halves["test"]) <= 1, label
    # Neither half is a block of consecutive ids: the split is a shuffle, not the first half of the sample.
    first = [row["split"] for row in rows[: len(rows) // 2]]
    assert 0.3 < first.count("tune") / len(first) < 0.7


def test_the_docstring_states_the_counts_of_the_file(rows: list[dict[str, Any]]) -> None:
    script = load_script("guard_eval_i2p")
    assert script.__doc__ is not None
    for line in script.count_lines(rows):
        assert line in script.__doc__, line


def test_the_labels_file_covers_the_rows_in_order(rows: list[dict[str, Any]]) -> None:
    labels = load_script("guard_eval_i2p").read_labels(LABELS)
    assert list(labels) == [row["id"] for row in rows]
    for row in rows:
        label = labels[row["id"]]
        assert {key: row[key] for key in label} == label, row["id"]


@pytest.mark.skipif(i2p_half() is None, reason="shared data (prompts/i2p_half.csv) not present")
def test_every_prompt_is_a_row_of_our_half_and_the_file_is_what_the_script_writes(
    rows: list[dict[str, Any]],
) -> None:
    path = i2p_half()
    assert path is not None
    with path.open(newline="", encoding="utf-8") as handle:
        by_row = {int(line[""]): line["prompt"] for line in csv.DictReader(handle)}
    assert [row["id"] for row in rows if by_row.get(row["i2p_row"]) != row["text"]] == []
    script = load_script("guard_eval_i2p")
    assert script.build(script.read_prompts(path), script.read_labels(LABELS)) == rows
