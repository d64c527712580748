"""The round-4 held-out set (scripts/guard_eval_round4.jsonl) is what its generator writes, labelled by
the earlier sets' rule, spread over ten languages, and names nobody the earlier evaluation sets named.
No guard runs here: the set was measured once by `guard_eval.py` after round 4 and is part of its --test since."""

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
ROUND4 = SCRIPTS / "guard_eval_round4.jsonl"
NAMES = SCRIPTS / "guard_eval_round4_names.tsv"
EARLIER_NAME_FILES = (SCRIPTS / "guard_eval_names.tsv", SCRIPTS / "guard_eval_heldout_names.tsv", SCRIPTS / "guard_eval_sealed_names.tsv")
EARLIER_SETS = (
    SCRIPTS / "guard_eval_general.jsonl", SCRIPTS / "guard_eval_heldout.jsonl", SCRIPTS / "guard_eval_sealed.jsonl",
    SCRIPTS / "guard_eval_extra.jsonl",
)  # fmt: skip
EARLIER_GENERATORS = (
    SCRIPTS / "guard_eval_general.py", SCRIPTS / "guard_eval_heldout.py", SCRIPTS / "guard_eval_sealed.py",
    SCRIPTS / "guard_eval_sealed_templates.py",
)  # fmt: skip
LANGS = {"en", "fr", "es", "de", "it", "pt", "pl", "cs", "nl", "tr"}
KEYS = {
    "id", "lang", "text", "source", "real_person", "person_names", "private_person", "sexual", "minor", "expected",
    "split", "evasion", "template",
}  # fmt: skip




@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in ROUND4.read_text(encoding="utf-8").splitlines() if line.strip()]




def test_the_committed_file_is_what_the_generator_writes(rows: list[dict[str, Any]]) -> None:
    generator = load_script("guard_eval_round4")
    assert generator.build(random.Random(generator.SEED)) == rows


def test_every_row_has_the_schema(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 1200
    assert len({row["id"] for row in rows}) == len(rows)
    assert all(re.fullmatch(r"r4-\d{4}", row["id"]) for row in rows)
    for row in rows:
        assert set(row) == KEYS, row["id"]
        assert row["lang"] in LANGS and row["source"] == "generated" and row["split"] == "round4"
        assert row["real_person"] in {"subject", "style", "none"}
        assert row["sexual"] in {"explicit", "suggestive", "none"}
        assert row["expected"] in {"allow", "consent_required", "review", "block"}
        assert isinstance(row["minor"], bool) and isinstance(row["private_person"], bool)
        assert isinstance(row["person_names"], list) and all(isinstance(n, str) and n for n in row["person_names"])
        assert row["text"].strip() and row["evasion"] and row["template"].startswith(row["lang"] + "-")


def test_labels_follow_the_rule_and_agree_with_each_other(rows: list[dict[str, Any]]) -> None:
    assert [row["id"] for row in rows if row["expected"] != rule_expected(row)] == []
    for row in rows:
        if row["expected"] == "block":
            assert row["sexual"] != "none" or row["minor"] or row["private_person"], row["id"]
        if row["expected"] == "consent_required":
            assert row["real_person"] == "subject" and row["person_names"] and row["sexual"] == "none", row["id"]
        assert names_agree_with_labels(row), row["id"]
        if row["minor"]:
            assert row["real_person"] == "none", row["id"]


def test_every_named_person_is_written_in_the_row(rows: list[dict[str, Any]]) -> None:
    """A row labelled with a name carries that person: its letters, in order, allowing evasions and slips."""
    deleet = str.maketrans("4310 57", "aeio st")

    def letters(text: str) -> str:
        return re.sub(r"[^a-z]", "", fold(text).translate(deleet))

    for row in rows:
        for name in row["person_names"]:
            surname = letters(name.split()[-1])
            text = letters(row["text"])
            close = surname in text or any(
                surname[:i] + surname[i + 1 :] in text or surname[:i] in text and surname[i + 1 :] in text for i in range(len(surname))
            )
            assert close or row["evasion"] in {"misspelt", "misspelt_famous", "leet"}, (row["id"], name, row["text"])


def test_languages_and_labels_are_spread(rows: list[dict[str, Any]]) -> None:
    by_lang = Counter(row["lang"] for row in rows)
    assert set(by_lang) == LANGS and max(by_lang.values()) - min(by_lang.values()) <= len(rows) // 50
    for lang in LANGS:
        in_lang = [row for row in rows if row["lang"] == lang]
        labels = Counter(row["expected"] for row in in_lang)
        assert min(labels[k] for k in ("allow", "consent_required", "block")) >= 25, (lang, labels)
        assert 0.45 <= labels["allow"] / len(in_lang) <= 0.55, (lang, labels)
        assert sum(row["private_person"] for row in in_lang) >= 4
        assert {row["sexual"] for row in in_lang if row["minor"]} >= {"none", "suggestive"}
        assert {row["evasion"] for row in in_lang} >= {"stage_name", "misspelt_famous", "dotted", "emoji", "leet", "misspelt"}
        assert sum(row["real_person"] == "style" for row in in_lang) >= 8
    subject = [row for row in rows if row["real_person"] == "subject"]
    famous = [row for row in subject if row["evasion"] in {"misspelt_famous", "famous_lower"}]
    assert 0.12 <= len(famous) / len(subject) <= 0.18
    assert sum(row["evasion"] == "misspelt_famous" for row in famous) > len(famous) / 2
    evasions = Counter(row["evasion"] for row in rows)
    for kind in ("dotted", "spaced", "hyphenated", "emoji", "hashtag", "camel", "run_together", "leet", "stripped", "misspelt",
                 "lower", "tag_soup", "bare_name", "stage_name", "misspelt_famous", "private"):  # fmt: skip
        assert evasions[kind] >= 10, (kind, evasions)
    families = Counter(row["template"].split("-")[1] for row in subject)
    assert min(families[f] for f in ("consent", "bare", "tagsoup", "sexual", "famous", "stage", "private")) >= 40, families


def test_nothing_shared_with_earlier_sets(rows: list[dict[str, Any]]) -> None:
    assert len({row["text"] for row in rows}) == len(rows)
    earlier = {
        json.loads(line)["text"] for path in EARLIER_SETS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    }  # fmt: skip
    assert [row["id"] for row in rows if row["text"] in earlier] == []


def test_names_are_new_and_all_used(rows: list[dict[str, Any]]) -> None:
    earlier_tokens: set[str] = set()
    for path in EARLIER_NAME_FILES:
        for fields in name_lines(path):
            earlier_tokens |= {fold(fields[1]), fold(fields[2])}
    names = name_lines(NAMES)
    assert len(names) == 240 and Counter(f[0] for f in names) == dict.fromkeys(LANGS, 24)
    assert all(len(f) == 5 and f[3] in {"f", "m"} and f[4] for f in names)
    assert Counter(f[3] for f in names) == {"f": 120, "m": 120}
    assert [f for f in names if fold(f[1]) in earlier_tokens or fold(f[2]) in earlier_tokens] == []
    tokens = [fold(t) for f in names for t in f[1:3]]
    assert len(tokens) == len(set(tokens))  # no given name or surname twice in this file either
    labelled = Counter(name for row in rows for name in row["person_names"])
    for _, given, surname, _, _ in names:
        assert labelled[f"{given} {surname}"] == 2, f"{given} {surname}"


def test_people_and_traps_are_new() -> None:
    """Famous people, aliases, artists, fictional characters and pets appear in no earlier generator or set,
    nor in requests_dev.jsonl when the shared data is there (whole words, case and accents folded)."""
    templates = load_script("guard_eval_round4_templates")
    paths = [*EARLIER_GENERATORS, *EARLIER_SETS]
    shared = os.environ.get("BOUNTYBOARD_SHARED_DATA")
    dev = (Path(shared) if shared else SCRIPTS.parents[1] / "shared" / "data") / "requests_dev.jsonl"
    paths += [dev] if dev.is_file() else []
    earlier = fold("\n".join(path.read_text(encoding="utf-8") for path in paths))
    people = [name for triples in templates.FAMOUS.values() for written, real, _ in triples for name in (written, real)]
    people += [alias for pairs in templates.STAGE.values() for alias, _ in pairs]
    people += [name for name, _ in templates.FICTION] + templates.ARTISTS + templates.PETS
    # One pass over the earlier text with every name as an alternative (longest first), whole words only.
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(fold(p)) for p in sorted(people, key=len, reverse=True)) + r")(?!\w)")
    reused = {match.group(1) for match in pattern.finditer(earlier)}
    assert reused == set()
    famous_sexes = {sex for triples in templates.FAMOUS.values() for _, _, sex in triples}
    assert famous_sexes == {"f", "m"}
    assert set(templates.FICTION_ADULT_SEXUAL) <= {name for name, _ in templates.FICTION}
