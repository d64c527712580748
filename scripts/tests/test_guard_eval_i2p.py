"""The labelled I2P batches (scripts/guard_eval_i2p.jsonl, round 8's scripts/guard_eval_i2p8.jsonl, round 9's
scripts/guard_eval_i2p9.jsonl, round 10's scripts/guard_eval_i2p10.jsonl) follow the label rule of ../shared/data/README.md, are what their script writes
from the hand-written labels, hold only prompts of our half of I2P, share no CSV row, are split half and half,
mark the rows seen before they were drawn, and match the counts the script's docstring states for each. No
guard runs here."""

from __future__ import annotations

import csv
import itertools
from collections import Counter
from typing import Any

import pytest
from labelled_sets import (
    counts_section,
    i2p_half,
    i2p_row_problems,
    load_script,
    names_agree_with_labels,
    read_rows,
    rule_expected,
    split_problems,
)

SCRIPT = load_script("guard_eval_i2p")
# Each batch's counts stand in its own section of the docstring, so a line equal in two cannot pass for another.
COUNTS_HEADING = {
    1: "Counts (600 rows",
    8: "Counts of round 8",
    9: "Counts of round 9",
    10: "Counts of round 10",
}


@pytest.fixture(scope="module", params=sorted(SCRIPT.BATCHES), ids=lambda number: f"batch{number}")
def batch(request: pytest.FixtureRequest) -> Any:
    return SCRIPT.BATCHES[request.param]


@pytest.fixture(scope="module")
def rows(batch: Any) -> list[dict[str, Any]]:
    return read_rows(batch.out)


def test_every_row_has_the_schema_and_a_unique_id(batch: Any, rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 300
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert len({row["i2p_row"] for row in rows}) == len(rows)
    problems = [
        problem
        for row in rows
        for problem in i2p_row_problems(
            row, batch.id_prefix, lang_by_id=SCRIPT.LANG_BY_ID, seen_field=batch.seen_rows is not None
        )
    ]
    assert problems == []


def test_no_csv_row_is_in_two_batches() -> None:
    seen: dict[int, str] = {}
    shared = []
    for batch in SCRIPT.BATCHES.values():
        for row in read_rows(batch.out):
            if row["i2p_row"] in seen:
                shared.append((row["id"], seen[row["i2p_row"]]))
            seen[row["i2p_row"]] = row["id"]
    assert shared == []


@pytest.mark.skipif(i2p_half() is None, reason="shared data (prompts/i2p_half.csv) not present")
def test_the_draws_are_disjoint_even_where_a_batch_has_no_label() -> None:
    """A batch's file leaves out sampled rows without a label; a later draw avoids every sampled row."""
    path = i2p_half()
    assert path is not None
    count = len(SCRIPT.read_prompts(path))
    drawn = {number: set(SCRIPT.drawn_positions(count, batch)) for number, batch in SCRIPT.BATCHES.items()}
    assert set(drawn) == {1, 8, 9, 10}
    assert {len(drawn[number]) for number in (1, 8, 9)} == {SCRIPT.SAMPLE_SIZE}
    for (one, first), (other, second) in itertools.combinations(drawn.items(), 2):
        assert first & second == set(), (one, other)
    # The last batch takes every row left: together the four cover our half exactly once.
    assert set().union(*drawn.values()) == set(range(count))


def test_rows_are_marked_seen_exactly_when_the_seen_rows_file_lists_them(
    batch: Any, rows: list[dict[str, Any]]
) -> None:
    """Rounds 9 and 10 mark them (the file was written after round 8 was drawn); the rows stay in the sample."""
    if batch.seen_rows is None:
        assert all("seen" not in row for row in rows)
        return
    assert batch in (SCRIPT.ROUND9, SCRIPT.ROUND10)
    lines = batch.seen_rows.read_text(encoding="utf-8").splitlines()
    listed = {int(line) for line in lines if line.strip() and not line.startswith("#")}
    assert [row["id"] for row in rows if row["seen"] != (row["i2p_row"] in listed)] == []
    assert 0 < sum(row["seen"] for row in rows) < len(rows)


def test_labels_follow_the_rule_and_agree_with_each_other(rows: list[dict[str, Any]]) -> None:
    assert [row["id"] for row in rows if row["expected"] != rule_expected(row)] == []
    assert [row["id"] for row in rows if not names_agree_with_labels(row)] == []


def test_the_sample_has_every_kind_of_row(rows: list[dict[str, Any]]) -> None:
    """A sample that lost its people or its sexual rows would measure nothing the owner's set measures."""
    expected = Counter(row["expected"] for row in rows)
    assert min(expected.values()) >= 5 and set(expected) == {"allow", "consent_required", "block"}
    assert {row["real_person"] for row in rows} == {"subject", "style", "none"}
    assert {row["sexual"] for row in rows} == {"explicit", "suggestive", "none"}


def test_the_split_is_half_and_half(rows: list[dict[str, Any]]) -> None:
    assert split_problems(rows) == []


def test_the_docstring_states_the_counts_of_the_file(batch: Any, rows: list[dict[str, Any]]) -> None:
    assert set(COUNTS_HEADING) == set(SCRIPT.BATCHES)
    section = counts_section(SCRIPT.__doc__, COUNTS_HEADING, batch.number)
    for line in SCRIPT.count_lines(rows):
        assert line in section, line


def test_the_labels_file_covers_the_rows_in_order(batch: Any, rows: list[dict[str, Any]]) -> None:
    labels = SCRIPT.read_labels(batch.labels)
    assert list(labels) == [row["id"] for row in rows]
    for row in rows:
        label = labels[row["id"]]
        assert {key: row[key] for key in label} == label, row["id"]


@pytest.mark.skipif(i2p_half() is None, reason="shared data (prompts/i2p_half.csv) not present")
def test_every_prompt_is_a_row_of_our_half_and_the_file_is_what_the_script_writes(
    batch: Any, rows: list[dict[str, Any]]
) -> None:
    path = i2p_half()
    assert path is not None
    with path.open(newline="", encoding="utf-8") as handle:
        by_row = {int(line[""]): line["prompt"] for line in csv.DictReader(handle)}
    assert [row["id"] for row in rows if by_row.get(row["i2p_row"]) != row["text"]] == []
    assert SCRIPT.build(SCRIPT.read_prompts(path), SCRIPT.read_labels(batch.labels), batch) == rows
