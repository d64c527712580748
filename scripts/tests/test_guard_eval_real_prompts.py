"""Round 11's labelled real prompts (scripts/guard_eval_sixcd_labels.tsv, scripts/guard_eval_krea_labels.tsv,
joined to ../shared/data/prompts/ by scripts/guard_eval_real_prompts.py) follow the label rule of
../shared/data/README.md, cover their shared prompt file whole but for the rows our I2P samples already hold,
repeated texts and an empty prompt, share no text with the I2P samples or each other, are split half and half,
and match the counts the script's docstring states. The rows need the shared data (their text is not in the
repository); without it only the labels files are checked. No guard runs here."""

from __future__ import annotations

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
    shared_prompts,
    split_problems,
)

# The I2P script first: the round-11 script imports its label reader and rule by module name.
I2P_SCRIPT = load_script("guard_eval_i2p")
SCRIPT = load_script("guard_eval_real_prompts")
COUNTS_HEADING = {"sixcd": "Counts of sixcd", "krea": "Counts of krea"}


@pytest.fixture(scope="module", params=sorted(SCRIPT.SOURCES))
def source(request: pytest.FixtureRequest) -> Any:
    return SCRIPT.SOURCES[request.param]


SHARED = pytest.mark.skipif(i2p_half() is None, reason="shared data (prompts/) not present")


@pytest.fixture(scope="module")
def rows(source: Any) -> list[dict[str, Any]]:
    path = shared_prompts(source.file)
    if path is None:
        pytest.skip("shared data (prompts/) not present")
    rows: list[dict[str, Any]] = SCRIPT.rows_of(source, path.parents[1])
    return rows


def test_the_labels_files_are_well_formed(source: Any) -> None:
    """Read without the shared data: one line an id, in order, with the label columns the reader checks."""
    labels = I2P_SCRIPT.read_labels(source.labels)
    assert len(labels) >= 900
    assert list(labels) == [f"{source.id_prefix}-{n:04d}" for n in range(1, len(labels) + 1)]


def test_every_row_has_the_schema_and_a_unique_id(source: Any, rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 900
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert len({row["source_row"] for row in rows}) == len(rows)
    problems = [
        problem
        for row in rows
        for problem in i2p_row_problems(
            row,
            source.id_prefix,
            lang_by_id=SCRIPT.LANG_BY_ID,
            source=source.file.removesuffix(".csv"),
            row_key="source_row",
        )
    ]
    assert problems == []


@SHARED
def test_no_prompt_is_in_two_labelled_sets() -> None:
    """Neither file repeats a prompt of the I2P samples (tuned on), of itself or of the other file."""
    seen = {SCRIPT.folded(row["text"]) for batch in I2P_SCRIPT.BATCHES.values() for row in read_rows(batch.out)}
    repeated = []
    for source in SCRIPT.SOURCES.values():
        for row in SCRIPT.rows_of(source):
            if SCRIPT.folded(row["text"]) in seen:
                repeated.append(row["id"])
            seen.add(SCRIPT.folded(row["text"]))
    assert repeated == []


def test_labels_follow_the_rule_and_agree_with_each_other(rows: list[dict[str, Any]]) -> None:
    assert [row["id"] for row in rows if row["expected"] != rule_expected(row)] == []
    assert [row["id"] for row in rows if not names_agree_with_labels(row)] == []


def test_the_sample_has_every_kind_of_row(rows: list[dict[str, Any]]) -> None:
    """Six-CD's nudity prompts name few real people (so few rows ask for consent); both files allow and block."""
    expected = Counter(row["expected"] for row in rows)
    assert set(expected) == {"allow", "consent_required", "block"}
    assert min(expected["allow"], expected["block"]) >= 5
    assert {row["real_person"] for row in rows} == {"subject", "style", "none"}
    assert {row["sexual"] for row in rows} == {"explicit", "suggestive", "none"}


def test_the_split_is_half_and_half(source: Any, rows: list[dict[str, Any]]) -> None:
    # Krea's empty prompt was split with the rest (an allowed row) and is left out of the rows.
    assert split_problems(rows, allowed_slack=1 if source is SCRIPT.KREA else 0) == []


def test_the_docstring_states_the_counts_of_the_file(source: Any, rows: list[dict[str, Any]]) -> None:
    assert set(COUNTS_HEADING) == set(SCRIPT.SOURCES)
    section = counts_section(SCRIPT.__doc__, COUNTS_HEADING, source.name)
    for line in I2P_SCRIPT.count_lines(rows):
        assert line in section, line


def test_the_labels_file_covers_the_rows_in_order(source: Any, rows: list[dict[str, Any]]) -> None:
    labels = I2P_SCRIPT.read_labels(source.labels)
    # The empty prompt keeps its label line (the split was drawn with it) and has no row.
    assert [row_id for row_id in labels if row_id != "krea-0608"] == [row["id"] for row in rows]
    for row in rows:
        label = labels[row["id"]]
        assert {key: row[key] for key in label} == label, row["id"]


def test_the_rows_cover_their_source(source: Any, rows: list[dict[str, Any]]) -> None:
    path = shared_prompts(source.file)
    assert path is not None
    data = path.parents[1]
    # Every prompt of the file is labelled once, but the ones our I2P half holds, repeats of an earlier row and an
    # empty prompt (Krea's krea-0608: nothing to label).
    ours = {SCRIPT.folded(row["prompt"]) for row in I2P_SCRIPT.read_prompts(data / "prompts" / "i2p_half.csv")}
    texts = {SCRIPT.folded(row["prompt"]) for row in I2P_SCRIPT.read_prompts(path)} - {""}
    assert {SCRIPT.folded(row["text"]) for row in rows} == texts - ours


def test_the_two_sources_draw_with_their_own_seeds() -> None:
    for one, other in itertools.combinations(SCRIPT.SOURCES.values(), 2):
        assert {one.order_seed, one.split_seed}.isdisjoint({other.order_seed, other.split_seed})
        assert one.id_prefix != other.id_prefix and one.file != other.file and one.labels != other.labels
