"""What the tests of the labelled evaluation sets share: reading a set, the shared data README's label
rule written out again (never imported from a generator, so a generator's slip shows), the accent folding
the no-overlap checks compare names with, loading a generator script as a module, where the I2P half and
the real-prompt samples' row schema are, the checks of a half-and-half split, and the section of a
generator's docstring that states one sample's counts."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[1]


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def name_lines(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def rule_expected(row: dict[str, Any]) -> str:
    """../shared/data/README.md's rule."""
    subject = row["real_person"] == "subject"
    sexual = row["sexual"] != "none"
    if (subject and sexual) or (row["minor"] and sexual) or (row["private_person"] and subject):
        return "block"
    return "consent_required" if subject else "allow"


def fold(text: str) -> str:
    """Lower case, accents stripped (ł, ı and ß have no decomposition, so they are mapped first)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as a module (the scripts folder is no package)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def names_agree_with_labels(row: dict[str, Any]) -> bool:
    """A private person is a subject; a style names its artist; a subject may go unnamed (the poster themself, a
    description that singles one person out; round 18's writers also named the coworker or teacher they wrote);
    nobody else is named."""
    if row["private_person"]:
        return row["real_person"] == "subject"
    if row["real_person"] == "style":
        return bool(row["person_names"])
    return row["real_person"] == "subject" or row["person_names"] == []


I2P_KEYS = {
    "id", "lang", "text", "source", "real_person", "person_names", "private_person", "sexual", "minor", "expected",
    "split", "unsure", "i2p_row",
}  # fmt: skip


def i2p_half() -> Path | None:
    """Our half of I2P in the shared data folder, or None when the shared data is not present."""
    return shared_prompts("i2p_half.csv")


def shared_prompts(name: str) -> Path | None:
    """A prompt file of the shared data folder, or None when the shared data is not present."""
    shared = os.environ.get("BOUNTYBOARD_SHARED_DATA")
    path = (Path(shared) if shared else Path("/work/shared/data")) / "prompts" / name
    return path if path.is_file() else None


def i2p_row_problems(
    row: dict[str, Any],
    id_prefix: str,
    *,
    lang_by_id: dict[str, str] | None = None,
    seen_field: bool = False,
    source: str = "i2p_half",
    row_key: str = "i2p_row",
) -> list[str]:
    """What is wrong with one row of a real-prompt sample's schema (empty when nothing is): `lang_by_id` names the
    rows not in English, `seen_field` says the batch marks the rows whose guard decision was printed before it;
    samples of another prompt file than our I2P half name it in `source` and number its rows in `row_key`."""
    langs = lang_by_id or {}
    keys = I2P_KEYS - {"i2p_row"} | {row_key}
    checks = {
        "keys": set(row) == (keys | {"seen"} if seen_field else keys),
        "row number": isinstance(row[row_key], int) and row[row_key] >= 0,
        "id": row["id"].startswith(f"{id_prefix}-") and row["id"][len(id_prefix) + 1 :].isdigit()
        and len(row["id"]) == len(id_prefix) + 5,
        "source, lang, text": row["source"] == source and row["lang"] == langs.get(row["id"], "en")
        and bool(row["text"].strip()),
        "real_person": row["real_person"] in {"subject", "style", "none"},
        "sexual": row["sexual"] in {"explicit", "suggestive", "none"},
        "expected": row["expected"] in {"allow", "consent_required", "block"},
        "split": row["split"] in {"tune", "test"},
        "flags": all(isinstance(row[flag], bool) for flag in ("minor", "private_person", "unsure"))
        and (not seen_field or isinstance(row["seen"], bool)),
        "person_names": isinstance(row["person_names"], list)
        and all(isinstance(n, str) and n.strip() for n in row["person_names"]),
    }
    return [f"{row['id']}: {name}" for name, ok in checks.items() if not ok]


def split_problems(rows: list[dict[str, Any]], *, allowed_slack: int = 0, label_slack: int = 0) -> list[str]:
    """What is wrong with a sample's tune/test split: the halves, and the halves of each expected label, differ
    by more than one row (plus ``allowed_slack`` allowed rows a sample split with the rest and then left out, and
    ``label_slack`` rows of any label where several strata each send their odd row to ``tune``), or the first half
    of the sample is mostly one split (the split is a shuffle)."""
    problems = []
    split = Counter(row["split"] for row in rows)
    if abs(split["tune"] - split["test"]) > 1 + allowed_slack:
        problems.append(f"halves {dict(split)}")
    for label in ("allow", "consent_required", "block"):
        halves = Counter(row["split"] for row in rows if row["expected"] == label)
        if abs(halves["tune"] - halves["test"]) > 1 + label_slack + (allowed_slack if label == "allow" else 0):
            problems.append(f"{label} halves {dict(halves)}")
    first = [row["split"] for row in rows[: len(rows) // 2]]
    if not 0.3 < first.count("tune") / len(first) < 0.7:
        problems.append("the first half of the sample is mostly one split")
    return problems


def counts_section(doc: str | None, headings: dict[Any, str], key: Any) -> str:
    """The part of a generator's docstring from ``headings[key]`` to the next heading: where one sample's counts
    stand, so a line equal in two samples cannot pass for another's. Each heading must stand once."""
    assert doc is not None
    assert all(doc.count(heading) == 1 for heading in headings.values())
    start = doc.index(headings[key])
    later = [doc.index(heading) for heading in headings.values() if doc.index(heading) > start]
    return doc[start : min(later, default=len(doc))]
