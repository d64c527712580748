"""Round 12's labelled set (scripts/guard_eval_round12.jsonl) follows the label rule of ../shared/data/README.md, has
the families and counts scripts/guard_eval_round12.py states, and is split half and half by its own seeded draw.
No guard runs here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from labelled_sets import load_script, names_agree_with_labels, read_rows, rule_expected, split_problems

SCRIPT = load_script("guard_eval_round12")
FAMILIES = {
    "ma": {"person-tag": 70, "obfuscated-trigger": 30, "given-name-lora": 10, "style-tag": 45, "character-tag": 55,
           "artist-tag": 15, "minor-tag": 15},
    "rb": {"pinyin-person": 60, "korean-person": 25, "japanese-person": 25, "other-asian-person": 10, "pinyin-word": 40,
           "asian-fiction": 50, "asian-artist": 15, "asian-minor": 15},
}  # fmt: skip


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return read_rows(SCRIPT.ROUND12)


def test_every_row_has_the_schema_the_label_rule_and_a_unique_id(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 480
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert tuple(row) == SCRIPT.KEYS, row["id"]
        assert re.fullmatch(r"(?:ma|rb)-\d{3}", row["id"])
        assert row["source"] == "handcrafted" and row["text"].strip() and row["form"] in {"prompt", "bounty"}
        assert row["expected"] == rule_expected(row), row["id"]
        assert names_agree_with_labels(row), row["id"]


def test_each_part_has_the_families_its_brief_fixed(rows: list[dict[str, Any]]) -> None:
    for prefix, families in FAMILIES.items():
        assert Counter(row["family"] for row in rows if row["id"].startswith(prefix)) == families


def test_the_counts_the_docstring_states_are_the_sets(rows: list[dict[str, Any]]) -> None:
    doc = SCRIPT.__doc__
    assert doc is not None
    labels = ("allow", "consent_required", "block")
    for part, prefix in (("A", "ma"), ("B", "rb")):
        counts = Counter(row["expected"] for row in rows if row["id"].startswith(prefix))
        assert f"{part} {sum(counts.values())} (" + ", ".join(f"{k} {counts[k]}" for k in labels) + ")" in doc
    split = {name: Counter(row["expected"] for row in rows if row["split"] == name) for name in ("tune", "test")}
    for name, counts in split.items():
        assert f"{name} {sum(counts.values())} (" + ", ".join(f"{k} {counts[k]}" for k in labels) + ")" in doc


def test_the_split_is_the_scripts_seeded_draw_and_balanced(rows: list[dict[str, Any]]) -> None:
    parts = [[row for row in rows if row["id"].startswith(prefix)] for prefix in ("ma", "rb")]
    assert SCRIPT.with_splits(parts) == rows
    # Six strata (two parts, three labels) are halved with the odd row to tune: the halves may differ by four.
    assert split_problems(rows, allowed_slack=3) == []
