"""Import and export hash lists: plain PDQ lines, or StopNCII-style CSV ``hash,status,case_id``.

Accepted lines (blank lines and ``#`` comments are skipped):

* ``<64 hex>``: a PDQ hash to add;
* ``md5:<32 hex>`` / ``sha256:<64 hex>`` / ``pdq:<64 hex>``: a tagged hash to add;
* ``hash,status,case_id`` (an optional header row of that name first): status ``Active`` or
  ``Received`` adds, ``Withdrawn`` or ``Deleted`` removes, empty adds; the hash may be tagged.

The whole list is parsed before anything is written. Any bad line makes the import write nothing
and report every bad line with its number. A hash named twice takes its last line's action, so a
list may add a case and withdraw it later. With a store implementing ``BankBatchWriter`` the
writes are one transaction.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from bountyboard.guard.errors import GuardError
from bountyboard.guard.store.interfaces import BankBatchWriter, BankEntry, BankStore, HashKind

HEX_LENGTHS = {HashKind.PDQ: 64, HashKind.MD5: 32, HashKind.SHA256: 64}
ADD_STATUSES = frozenset({"", "active", "received"})
REMOVE_STATUSES = frozenset({"withdrawn", "deleted"})
MAX_LINE_CHARS = 4096
CSV_HEADER = "hash,status,case_id"
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class ImportLineError:
    line: int  # 1-based line number in the input
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text[:100]!r}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int = 0
    removed: int = 0
    unchanged: int = 0  # already present (add) or already absent (remove)
    errors: tuple[ImportLineError, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "errors": [{"line": e.line, "text": e.text[:200], "reason": e.reason} for e in self.errors],
        }


def parse_hash(token: str) -> tuple[HashKind, str]:
    """``[kind:]hex`` -> (kind, lower-case hex); an untagged hash is PDQ. ``ValueError`` if bad."""
    token = token.strip()
    kind = HashKind.PDQ
    if ":" in token:
        tag, token = token.split(":", 1)
        try:
            kind = HashKind(tag.strip().lower())
        except ValueError:
            raise ValueError(f"unknown hash kind {tag!r} (pdq, md5 or sha256)") from None
        token = token.strip()
    value = token.lower()
    want = HEX_LENGTHS[kind]
    if len(value) != want or not set(value) <= _HEX:
        hint = " (tag md5/sha256 hashes as md5:... or sha256:...)" if kind is HashKind.PDQ else ""
        raise ValueError(f"not a {kind.value} hash of {want} hex digits{hint}")
    return kind, value


def bank_import(store: BankStore, bank: str, lines: Iterable[str]) -> ImportResult:
    actions: dict[tuple[HashKind, str], str | None | Literal[False]] = {}  # False = remove, else case id
    errors: list[ImportLineError] = []
    seen_content = False
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > MAX_LINE_CHARS:
            errors.append(ImportLineError(number, line, f"line longer than {MAX_LINE_CHARS} characters"))
            continue
        first_content, seen_content = not seen_content, True
        if "," not in line:
            try:
                actions[parse_hash(line)] = None
            except ValueError as exc:
                errors.append(ImportLineError(number, line, str(exc)))
            continue
        fields = [f.strip() for f in next(csv.reader([line]))]
        if first_content and [f.lower() for f in fields[:1]] == ["hash"]:
            continue  # the header row
        if len(fields) > 3:
            errors.append(ImportLineError(number, line, f"expected {CSV_HEADER}, got {len(fields)} fields"))
            continue
        fields += [""] * (3 - len(fields))
        token, status, case_id = fields
        try:
            key = parse_hash(token)
        except ValueError as exc:
            errors.append(ImportLineError(number, line, str(exc)))
            continue
        status_key = status.lower()
        if status_key in ADD_STATUSES:
            actions[key] = case_id or None
        elif status_key in REMOVE_STATUSES:
            actions[key] = False
        else:
            errors.append(
                ImportLineError(number, line, f"unknown status {status!r} (Active, Received, Withdrawn, Deleted)")
            )
    if errors:
        return ImportResult(errors=tuple(errors))
    additions = [
        BankEntry(bank, kind, value, case_id=action) for (kind, value), action in actions.items() if action is not False
    ]
    removals = [(kind, value) for (kind, value), action in actions.items() if action is False]
    if isinstance(store, BankBatchWriter):
        added, removed = store.hash_apply(bank, additions, removals)
    else:
        # Without a batch writer each write is its own transaction; validation above still
        # guarantees a bad list writes nothing.
        store.bank_ensure(bank)
        removed = sum(store.hash_remove(bank, kind, value) for kind, value in removals)
        added = sum(store.hash_add(entry) for entry in additions)
    return ImportResult(added=added, removed=removed, unchanged=len(actions) - added - removed)


def bank_export(store: BankStore, bank: str, fmt: Literal["plain", "csv"]) -> Iterator[str]:
    """Lines (each ending in a newline) that ``bank_import`` reads back to the same bank."""
    if fmt not in ("plain", "csv"):
        raise ValueError(f"export format must be plain or csv, got {fmt!r}")
    if bank not in {b.name for b in store.bank_list()}:
        raise GuardError(f"no bank named {bank!r}", code="unknown_bank")
    return _export_lines(store, bank, fmt)


def _export_lines(store: BankStore, bank: str, fmt: str) -> Iterator[str]:
    if fmt == "csv":
        yield CSV_HEADER + "\n"
    for entry in store.hash_list(bank):
        token = entry.value if entry.kind is HashKind.PDQ else f"{entry.kind.value}:{entry.value}"
        if fmt == "plain":
            yield token + "\n"
        else:
            yield _csv_row(token, "Active", entry.case_id or "")


def _csv_row(*fields: str) -> str:
    out: list[str] = []
    writer = csv.writer(_ListWriter(out), lineterminator="\n")
    writer.writerow(fields)
    return "".join(out)


class _ListWriter:
    def __init__(self, out: list[str]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        self.out.append(text)
        return len(text)
