"""What the tests of the labelled evaluation sets share: reading a set, the shared data README's label
rule written out again (never imported from a generator, so a generator's slip shows), the accent folding
the no-overlap checks compare names with, loading a generator script as a module, and where the I2P half
and the I2P samples' row schema are."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import unicodedata
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
    """A private person is an unnamed subject; a named subject or style names someone; nobody else is named."""
    if row["private_person"]:
        return row["real_person"] == "subject" and row["person_names"] == []
    if row["real_person"] in {"subject", "style"}:
        return bool(row["person_names"])
    return row["person_names"] == []


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
