"""The round-3 held-out set (scripts/guard_eval_sealed.jsonl) is well formed, labelled by the README's
rule, spread over ten languages, and names nobody the earlier evaluation sets named. No guard runs here:
the set is measured once, by `guard_eval.py --test`."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from labelled_sets import fold, name_lines, names_agree_with_labels, rule_expected

SCRIPTS = Path(__file__).resolve().parents[1]
SEALED = SCRIPTS / "guard_eval_sealed.jsonl"
NAMES = SCRIPTS / "guard_eval_sealed_names.tsv"
EARLIER_NAME_FILES = (SCRIPTS / "guard_eval_names.tsv", SCRIPTS / "guard_eval_heldout_names.tsv")
EARLIER_SETS = (SCRIPTS / "guard_eval_general.jsonl", SCRIPTS / "guard_eval_heldout.jsonl", SCRIPTS / "guard_eval_extra.jsonl")
LANGS = {"en", "fr", "es", "de", "it", "pt", "pl", "cs", "nl", "tr"}
KEYS = {
    "id", "lang", "text", "source", "real_person", "person_names", "private_person", "sexual", "minor", "expected",
    "split", "evasion", "template",
}  # fmt: skip



@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SEALED.read_text(encoding="utf-8").splitlines() if line.strip()]




def test_every_row_has_the_schema(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 1000
    for row in rows:
        assert set(row) == KEYS, row["id"]
        assert row["lang"] in LANGS and row["source"] == "generated" and row["split"] == "sealed"
        assert row["real_person"] in {"subject", "style", "none"}
        assert row["sexual"] in {"explicit", "suggestive", "none"}
        assert isinstance(row["minor"], bool) and isinstance(row["private_person"], bool)
        assert isinstance(row["person_names"], list) and all(isinstance(n, str) and n for n in row["person_names"])
        assert row["text"].strip() and row["evasion"] and row["template"]


def test_expected_follows_the_readme_rule(rows: list[dict[str, Any]]) -> None:
    wrong = [row["id"] for row in rows if row["expected"] != rule_expected(row)]
    assert wrong == []


def test_labels_agree_with_each_other(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert names_agree_with_labels(row), row["id"]
        for handle in (n for n in row["person_names"] if n.startswith("@")):
            assert handle in row["text"], row["id"]


def test_languages_and_labels_are_spread(rows: list[dict[str, Any]]) -> None:
    by_lang = Counter(row["lang"] for row in rows)
    assert set(by_lang) == LANGS and min(by_lang.values()) >= 60
    for lang in LANGS:
        labels = Counter(row["expected"] for row in rows if row["lang"] == lang)
        assert min(labels[k] for k in ("allow", "consent_required", "block")) >= 15, (lang, labels)
        assert any(row["private_person"] for row in rows if row["lang"] == lang)
        assert {row["sexual"] for row in rows if row["lang"] == lang and row["minor"]} >= {"none", "suggestive"}
    subject = sum(row["real_person"] == "subject" for row in rows)
    legitimate = sum(row["expected"] == "allow" for row in rows)
    assert legitimate >= subject  # as many legitimate rows as real-person rows: false positives get a real sample
    evasions = Counter(row["evasion"] for row in rows)
    for kind in ("dotted", "spaced", "hashtag", "camel", "emoji", "leet", "run_together", "stripped", "misspelt", "handle",
                 "tag_soup", "misspelt_celebrity", "stage_name"):  # fmt: skip
        assert evasions[kind] >= 10, (kind, evasions)


def test_no_duplicates_and_nothing_shared_with_earlier_sets(rows: list[dict[str, Any]]) -> None:
    assert len({row["id"] for row in rows}) == len(rows)
    assert len({row["text"] for row in rows}) == len(rows)
    earlier = {
        json.loads(line)["text"] for path in EARLIER_SETS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    }  # fmt: skip
    assert [row["id"] for row in rows if row["text"] in earlier] == []


def test_names_are_new_and_all_used(rows: list[dict[str, Any]]) -> None:
    earlier_pairs: set[tuple[str, str]] = set()
    earlier_tokens: set[str] = set()
    for path in EARLIER_NAME_FILES:
        for fields in name_lines(path):
            earlier_pairs.add((fold(fields[1]), fold(fields[2])))
            earlier_tokens |= {fold(fields[1]), fold(fields[2])}
    sealed = name_lines(NAMES)
    assert len(sealed) == 240 and Counter(f[0] for f in sealed) == dict.fromkeys(LANGS, 24)
    assert all(len(f) == 5 and f[3] in {"f", "m"} and f[4] for f in sealed)
    assert [f for f in sealed if (fold(f[1]), fold(f[2])) in earlier_pairs] == []
    assert [f for f in sealed if fold(f[1]) in earlier_tokens or fold(f[2]) in earlier_tokens] == []
    labelled = Counter(name for row in rows for name in row["person_names"])
    for _, given, surname, _, _ in sealed:
        handles = sum(n.startswith("@" + fold(given)) for n in labelled)
        assert labelled[f"{given} {surname}"] + handles >= 2, f"{given} {surname}"


def test_the_committed_file_is_what_the_generator_writes(rows: list[dict[str, Any]]) -> None:
    spec = importlib.util.spec_from_file_location("guard_eval_sealed", SCRIPTS / "guard_eval_sealed.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    sys.modules["guard_eval_sealed"] = generator
    spec.loader.exec_module(generator)
    assert generator.build(random.Random(generator.SEED)) == rows


def test_people_and_traps_are_new() -> None:
    """Celebrities, stage names, artists, pets and OCs are not those of the earlier sets; of the fictional
    characters only the three issue 8 names as false-positive traps repeat."""
    spec = importlib.util.spec_from_file_location("guard_eval_sealed_templates", SCRIPTS / "guard_eval_sealed_templates.py")
    assert spec is not None and spec.loader is not None
    templates = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(templates)
    earlier = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (SCRIPTS / "guard_eval_general.py", SCRIPTS / "guard_eval_heldout.py", *EARLIER_SETS)
    )
    people = [real for pairs in templates.MISSPELT_CELEBS.values() for _, real in pairs]
    people += [written for pairs in templates.MISSPELT_CELEBS.values() for written, _ in pairs]
    people += [stage for names in templates.STAGE_NAMES.values() for stage in names]
    people += templates.ARTISTS + templates.PETS + templates.OCS
    assert [p for p in people if p in earlier] == []
    fiction = [name for name, _ in templates.FICTION if name in earlier]
    assert fiction == ["Saul Goodman", "Peter Griffin", "Patrick Bateman"]
