"""The round-6 held-out set (scripts/guard_eval_round6.jsonl) is what its generator writes, follows the label
rule of ../shared/data/README.md, is balanced over ten languages as the generator's docstring says, and
names nobody an earlier set or names file named. No guard runs here: the set is measured once, by the lead."""

from __future__ import annotations

import json
import os
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from labelled_sets import fold, load_script, name_lines, names_agree_with_labels, rule_expected

SCRIPTS = Path(__file__).resolve().parents[1]
ROUND6 = SCRIPTS / "guard_eval_round6.jsonl"
NAMES = SCRIPTS / "guard_eval_round6_names.tsv"
# Every set and names file written before round 6 (requests_dev.jsonl is added when the shared data is there).
EARLIER_NAME_FILES = (
    SCRIPTS / "guard_eval_names.tsv", SCRIPTS / "guard_eval_heldout_names.tsv", SCRIPTS / "guard_eval_sealed_names.tsv",
    SCRIPTS / "guard_eval_round4_names.tsv",
)  # fmt: skip
EARLIER_SETS = (
    SCRIPTS / "guard_eval_general.jsonl", SCRIPTS / "guard_eval_heldout.jsonl", SCRIPTS / "guard_eval_sealed.jsonl",
    SCRIPTS / "guard_eval_extra.jsonl", SCRIPTS / "guard_eval_famous.jsonl", SCRIPTS / "guard_eval_round4.jsonl",
)  # fmt: skip
LANGS = {"en", "fr", "es", "de", "it", "pt", "pl", "cs", "nl", "tr"}
KEYS = {
    "id", "lang", "text", "source", "real_person", "person_names", "private_person", "sexual", "minor", "expected",
    "split", "form", "evasion", "template",
}  # fmt: skip




@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in ROUND6.read_text(encoding="utf-8").splitlines() if line.strip()]



def dev_set() -> list[Path]:
    shared = os.environ.get("BOUNTYBOARD_SHARED_DATA")
    dev = (Path(shared) if shared else Path("/work/shared/data")) / "requests_dev.jsonl"
    return [dev] if dev.is_file() else []



def test_the_committed_file_is_what_the_generator_writes(rows: list[dict[str, Any]]) -> None:
    generator = load_script("guard_eval_round6")
    assert generator.build(random.Random(generator.SEED)) == rows


def test_every_row_has_the_schema_and_a_unique_id(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 1200
    assert len({row["id"] for row in rows}) == len(rows)
    assert [row["id"] for row in rows] == [f"r6-{i:04d}" for i in range(1, len(rows) + 1)]
    assert len({row["text"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == KEYS, row["id"]
        assert row["lang"] in LANGS and row["source"] == "generated" and row["split"] == "round6"
        assert row["form"] in {"bounty", "prompt"} and row["real_person"] in {"subject", "style", "none"}
        assert row["sexual"] in {"explicit", "suggestive", "none"}
        assert row["expected"] in {"allow", "consent_required", "block"}
        assert isinstance(row["minor"], bool) and isinstance(row["private_person"], bool)
        assert isinstance(row["person_names"], list) and all(isinstance(n, str) and n.strip() for n in row["person_names"])
        assert row["text"].strip() and "{" not in row["text"] and row["template"].startswith(row["lang"] + "-")
        if row["form"] == "bounty":  # a title line, then the description
            assert "\n" in row["text"], row["id"]


def test_labels_follow_the_rule_and_agree_with_each_other(rows: list[dict[str, Any]]) -> None:
    assert [row["id"] for row in rows if row["expected"] != rule_expected(row)] == []
    for row in rows:
        assert names_agree_with_labels(row), row["id"]
        if row["minor"]:
            assert row["real_person"] == "none", row["id"]
        if row["expected"] == "consent_required":
            assert row["sexual"] == "none" and not row["private_person"] and not row["minor"], row["id"]


def test_every_named_person_is_written_in_the_row(rows: list[dict[str, Any]]) -> None:
    """An ordinary name's row carries that person: the surname's letters, in order, once evasions are undone."""
    undo = str.maketrans(dict(zip("4310598" "аеорсхуі" "АЕОРСКМНТВ", "aeiosgb" "aeopcxyi" "AEOPCKMHTB", strict=True)))

    def letters(text: str) -> str:
        return re.sub(r"[^a-z]", "", fold(text.translate(undo)))

    for row in rows:
        if row["template"].split("-")[1] != "name":
            continue
        (name,) = row["person_names"]
        surname, text = letters(name.split()[-1]), letters(row["text"])
        near = surname in text or any(surname[:i] + surname[i + 1 :] in text for i in range(len(surname)))
        assert near or row["evasion"] == "misspelt", (row["id"], name, row["text"])


def test_languages_labels_and_forms_are_balanced_as_documented(rows: list[dict[str, Any]]) -> None:
    by_lang = Counter(row["lang"] for row in rows)
    assert by_lang == dict.fromkeys(LANGS, 130)
    for lang in LANGS:
        in_lang = [row for row in rows if row["lang"] == lang]
        labels = Counter(row["expected"] for row in in_lang)
        assert labels == {"allow": 65, "consent_required": 32, "block": 33}, (lang, labels)
        forms = Counter(row["form"] for row in in_lang)
        assert 0.4 <= forms["prompt"] / len(in_lang) <= 0.6, (lang, forms)
        assert sum(row["private_person"] for row in in_lang) == 6
        minors = [row for row in in_lang if row["minor"]]
        assert len(minors) == 4 and sum(row["sexual"] != "none" for row in minors) == 2
        allowed = [row for row in in_lang if row["expected"] == "allow"]
        assert sum(row["sexual"] != "none" for row in allowed) == 8  # fictional or synthetic adults
        assert sum(row["real_person"] == "style" for row in allowed) >= 14
        families = Counter(row["template"].split("-")[1] for row in in_lang)
        assert families == {
            "name": 36, "famous": 14, "alias": 7, "private": 6, "minor": 4, "fiction_sexual": 8, "style": 14, "fiction": 13,
            "thing": 10, "pet": 4, "generic": 6, "technical": 8,
        }, (lang, families)  # fmt: skip
        evasions = {row["evasion"] for row in in_lang}
        assert evasions >= {"dotted", "spaced", "emoji", "hashtag", "camel", "run_together", "leet", "cyrillic", "misspelt", "handle"}
        assert {row["sexual"] for row in in_lang if row["real_person"] == "subject"} == {"none", "suggestive", "explicit"}


def test_ordinary_names_are_new_and_all_used(rows: list[dict[str, Any]]) -> None:
    earlier_tokens: set[str] = set()
    for path in EARLIER_NAME_FILES:
        for fields in name_lines(path):
            earlier_tokens |= {fold(fields[1]), fold(fields[2])}
    names = name_lines(NAMES)
    assert len(names) == 200 and Counter(f[0] for f in names) == dict.fromkeys(LANGS, 20)
    assert all(len(f) == 5 and f[3] in {"f", "m"} and f[4] for f in names)
    assert Counter((f[0], f[3]) for f in names) == {(lang, sex): 10 for lang in LANGS for sex in "fm"}
    assert [f for f in names if fold(f[1]) in earlier_tokens or fold(f[2]) in earlier_tokens] == []
    tokens = [fold(t) for f in names for t in f[1:3]]
    assert len(tokens) == len(set(tokens))  # no given name or surname twice in this file either
    labelled = Counter(name for row in rows if row["template"].split("-")[1] == "name" for name in row["person_names"])
    assert sorted(labelled) == sorted(f"{f[1]} {f[2]}" for f in names)
    assert Counter(labelled.values()) == {2: 160, 1: 40}


def test_no_person_is_named_by_an_earlier_set_or_names_file(rows: list[dict[str, Any]]) -> None:
    """Every depicted person and artist of round 6 (as labelled, and famous people also as written) is absent from
    the earlier sets, requests_dev.jsonl and the earlier names files: whole words, lower case, accents stripped."""
    texts = [path.read_text(encoding="utf-8") for path in (*EARLIER_SETS, *dev_set())]
    texts += ["\n".join(f"{f[1]} {f[2]}" for f in name_lines(path)) for path in EARLIER_NAME_FILES]
    earlier = fold("\n".join(texts))
    people = {name for row in rows for name in row["person_names"]}
    templates = load_script("guard_eval_round6_templates")
    people |= {written for spec in templates.LANG.values() for written, _, _ in spec["famous"]}
    people |= {written for written, _ in templates.ARTISTS}
    assert len(people) > 500
    # One pass over the earlier text with every name as an alternative (longest first), whole words only.
    pattern = re.compile(r"(?<![\w@])(" + "|".join(re.escape(fold(p)) for p in sorted(people, key=len, reverse=True)) + r")(?!\w)")
    assert sorted({match.group(1) for match in pattern.finditer(earlier)}) == []


def test_no_row_text_is_in_an_earlier_set(rows: list[dict[str, Any]]) -> None:
    earlier = {
        json.loads(line)["text"] for path in (*EARLIER_SETS, *dev_set()) for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }  # fmt: skip
    assert [row["id"] for row in rows if row["text"] in earlier] == []
