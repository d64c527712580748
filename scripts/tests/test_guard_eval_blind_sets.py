"""The sets blind writers wrote for rounds 12 to 51 (scripts/guard_eval_round12.jsonl to guard_eval_round51.jsonl)
follow the label rule of ../shared/data/README.md, have the families and counts their scripts state, and are split
half and half by their own seeded draws. No guard runs here."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType
from typing import Any

import pytest
from labelled_sets import load_script, names_agree_with_labels, read_rows, rule_expected, split_problems

# Each round: its script, the file it wrote, and each part's name, id prefix and families as its brief fixed them.
ROUNDS = {
    "round12": ("guard_eval_round12", "ROUND12", {
        ("A", "ma"): {"person-tag": 70, "obfuscated-trigger": 30, "given-name-lora": 10, "style-tag": 45,
                      "character-tag": 55, "artist-tag": 15, "minor-tag": 15},
        ("B", "rb"): {"pinyin-person": 60, "korean-person": 25, "japanese-person": 25, "other-asian-person": 10,
                      "pinyin-word": 40, "asian-fiction": 50, "asian-artist": 15, "asian-minor": 15},
    }),
    "round13": ("guard_eval_round13", "ROUND13", {
        ("C", "kc"): {"korean-person": 70, "vietnamese-person": 35, "korean-word": 30, "korean-fiction": 50,
                      "generic-asian": 25, "korean-artist": 15, "korean-minor": 15},
        ("D", "jd"): {"japanese-person": 65, "stage-name": 35, "other-asian-person": 20, "japanese-fiction": 55,
                      "japanese-word": 35, "japanese-artist": 15, "japanese-minor": 15},
    }),
    "round14": ("guard_eval_round14", "ROUND14", {
        ("E", "le"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("F", "lf"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round15": ("guard_eval_round15", "ROUND15", {
        ("G", "ng"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("H", "nh"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round16": ("guard_eval_round16", "ROUND16", {
        ("I", "ni"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("J", "nj"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round17": ("guard_eval_round17", "ROUND17", {
        ("K", "ok"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("L", "ol"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round18": ("guard_eval_round18", "ROUND18", {
        ("M", "pm"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("N", "pn"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round19": ("guard_eval_round19", "ROUND19", {
        ("O", "qo"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("P", "qp"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round20": ("guard_eval_round20", "ROUND20", {
        ("R", "ra"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("S", "rs"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round21": ("guard_eval_round21", "ROUND21", {
        ("T", "ta"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("U", "tu"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round22": ("guard_eval_round22", "ROUND22", {
        ("A", "va"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "vb"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round23": ("guard_eval_round23", "ROUND23", {
        ("A", "wa"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "wb"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round24": ("guard_eval_round24", "ROUND24", {
        ("A", "ya"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "yb"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round25": ("guard_eval_round25", "ROUND25", {
        ("A", "za"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "zb"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round26": ("guard_eval_round26", "ROUND26", {
        ("A", "aa"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "ab"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round27": ("guard_eval_round27", "ROUND27", {
        ("A", "ac"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "ad"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round28": ("guard_eval_round28", "ROUND28", {
        ("A", "ae"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "af"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round29": ("guard_eval_round29", "ROUND29", {
        ("A", "ag"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "ah"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round30": ("guard_eval_round30", "ROUND30", {
        ("A", "ai"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "aj"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round31": ("guard_eval_round31", "ROUND31", {
        ("A", "ak"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "al"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round32": ("guard_eval_round32", "ROUND32", {
        ("A", "am"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "an"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round33": ("guard_eval_round33", "ROUND33", {
        ("A", "ao"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "ap"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round34": ("guard_eval_round34", "ROUND34", {
        ("A", "aq"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "ar"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round35": ("guard_eval_round35", "ROUND35", {
        ("A", "as"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "at"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round36": ("guard_eval_round36", "ROUND36", {
        ("A", "au"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "av"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round37": ("guard_eval_round37", "ROUND37", {
        ("A", "aw"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "ax"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round38": ("guard_eval_round38", "ROUND38", {
        ("A", "ay"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "az"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round39": ("guard_eval_round39", "ROUND39", {
        ("A", "ba"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bb"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round40": ("guard_eval_round40", "ROUND40", {
        ("A", "bc"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bd"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round41": ("guard_eval_round41", "ROUND41", {
        ("A", "be"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bf"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round42": ("guard_eval_round42", "ROUND42", {
        ("A", "bg"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bh"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round43": ("guard_eval_round43", "ROUND43", {
        ("A", "bi"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bj"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round44": ("guard_eval_round44", "ROUND44", {
        ("A", "bk"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bl"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round45": ("guard_eval_round45", "ROUND45", {
        ("A", "bm"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bn"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round46": ("guard_eval_round46", "ROUND46", {
        ("A", "bo"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bp"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round47": ("guard_eval_round47", "ROUND47", {
        ("A", "bq"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "br"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round48": ("guard_eval_round48", "ROUND48", {
        ("A", "bs"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bt"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round49": ("guard_eval_round49", "ROUND49", {
        ("A", "bu"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bv"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round50": ("guard_eval_round50", "ROUND50", {
        ("A", "bw"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bx"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
    "round51": ("guard_eval_round51", "ROUND51", {
        ("A", "by"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
        ("B", "bz"): {"unlisted-person": 80, "alias-person": 20, "fiction-name": 50, "style-artist": 30,
                      "brand-place": 30, "generic-person": 30},
    }),
}  # fmt: skip
LABELS = ("allow", "consent_required", "block")
KEYS = load_script("guard_eval_round12").KEYS  # round 13 merges with round 12's code


@pytest.fixture(scope="module", params=sorted(ROUNDS))
def blind_set(request: pytest.FixtureRequest) -> tuple[ModuleType, list[dict[str, Any]], dict[tuple[str, str], Any]]:
    script_name, path_name, parts = ROUNDS[request.param]
    script = load_script(script_name)
    return script, read_rows(getattr(script, path_name)), parts


def test_every_row_has_the_schema_the_label_rule_and_a_unique_id(blind_set: Any) -> None:
    script, rows, parts = blind_set
    prefixes = "|".join(prefix for _, prefix in parts)
    assert len(rows) == 480
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert tuple(row) == KEYS, row["id"]
        assert re.fullmatch(rf"(?:{prefixes})-\d{{3}}", row["id"])
        assert row["source"] == "handcrafted" and row["text"].strip() and row["form"] in {"prompt", "bounty"}
        assert row["expected"] == rule_expected(row), row["id"]
        assert names_agree_with_labels(row), row["id"]


def test_each_part_has_the_families_its_brief_fixed(blind_set: Any) -> None:
    _, rows, parts = blind_set
    for (_, prefix), families in parts.items():
        assert Counter(row["family"] for row in rows if row["id"].startswith(prefix)) == families


def test_the_counts_the_docstring_states_are_the_sets(blind_set: Any) -> None:
    script, rows, parts = blind_set
    doc = script.__doc__
    assert doc is not None
    for part, prefix in parts:
        counts = Counter(row["expected"] for row in rows if row["id"].startswith(prefix))
        assert f"{part} {sum(counts.values())} (" + ", ".join(f"{k} {counts[k]}" for k in LABELS) + ")" in doc
    split = {name: Counter(row["expected"] for row in rows if row["split"] == name) for name in ("tune", "test")}
    for name, counts in split.items():
        assert f"{name} {sum(counts.values())} (" + ", ".join(f"{k} {counts[k]}" for k in LABELS) + ")" in doc


def test_the_split_is_the_scripts_seeded_draw_and_balanced(blind_set: Any) -> None:
    script, rows, parts = blind_set
    written = [[row for row in rows if row["id"].startswith(prefix)] for _, prefix in parts]
    assert script.with_splits(written, seed=script.SEED) == rows
    # Six strata (two parts, three labels) are halved with the odd row to tune: the halves may differ by four,
    # and a label's by two (both parts odd in it: round 20's consent_required, 51 and 53); more where a round moved
    # rows to the label rule's label after its draw (round 48: ``LABEL_SLACK``)
    assert split_problems(rows, allowed_slack=3, label_slack=getattr(script, "LABEL_SLACK", 1)) == []


def test_guard_eval_reads_one_writers_part_of_a_blind_set() -> None:
    guard_eval = load_script("guard_eval")
    path = load_script("guard_eval_round15").ROUND15
    parts = {prefix: guard_eval.load_rows(path, id_prefix=prefix) for prefix in ("ng", "nh", "")}
    assert len(parts["ng"]) == len(parts["nh"]) == 240 and len(parts[""]) == 480
    assert all(row["id"].startswith("nh-") for row in parts["nh"])
    assert {row["id"] for row in guard_eval.load_rows(path, "test", id_prefix="ng")} < {row["id"] for row in parts["ng"]}
