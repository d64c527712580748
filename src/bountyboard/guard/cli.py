"""`bountyboard guard`: the engine as a command-line tool (no Django involved).

The output format is a contract other tools depend on (see README, "The guard CLI"): one JSON
object per input, exit status 0 whatever the decision, 2 with a one-line error on bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from bountyboard.guard.config import GuardConfig
from bountyboard.guard.errors import GuardError
from bountyboard.guard.store.interfaces import BankEntry, HashKind, ProtectedPerson

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input: reported as one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bountyboard guard",
        description=(
            "Screen text, images and model files with Bountyboard's guard engine. Every command prints JSON; "
            "the exit status is 0 whatever the decision and 2 on bad input."
        ),
    )
    parser.add_argument("--config", metavar="FILE", help="TOML file with thresholds and extra lists")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    text = commands.add_parser("text", help="screen text (a request, a comment, a prompt)")
    text.add_argument("--store", metavar="DIR", help="store directory with the protected-person registry")
    group = text.add_mutually_exclusive_group(required=True)
    group.add_argument("text", nargs="?", help="the text to screen")
    group.add_argument("--jsonl", action="store_true", help='read {"id", "text"} lines on stdin, write one line each')

    image = commands.add_parser("image", help="screen image files (faces, nudity, PDQ, hash banks)")
    image.add_argument("--store", metavar="DIR", help="store directory (registry and hash banks)")
    image.add_argument("files", nargs="+", metavar="FILE")

    model = commands.add_parser("model", help="screen a model file (.safetensors only)")
    model.add_argument("--store", metavar="DIR", help="store directory (registry and hash banks)")
    model.add_argument("file", metavar="FILE")

    enroll = commands.add_parser("enroll", help="protect a person's likeness from reference photos (embeddings only)")
    enroll.add_argument("--store", metavar="DIR", required=True, help="store directory (created if missing)")
    enroll.add_argument("--person", required=True, metavar="ID", help="the person's id in the registry")
    enroll.add_argument("--name", action="append", default=[], metavar="NAME", help="legal or known name (repeatable)")
    enroll.add_argument("--alias", action="append", default=[], metavar="A", help="alias (repeatable)")
    enroll.add_argument("--handle", action="append", default=[], metavar="H", help="social handle or profile URL")
    enroll.add_argument(
        "--unverified", action="store_true", help="identity not verified: matches go to review instead of blocking"
    )
    enroll.add_argument("photos", nargs="+", metavar="IMAGE", help="reference photos, exactly one face each")

    person = commands.add_parser("person", help="list or remove protected persons")
    person.add_argument("action", choices=["list", "remove"])
    person.add_argument("--store", metavar="DIR", required=True)
    person.add_argument("--person", metavar="ID", help="with remove: the person to erase (embeddings included)")

    bank = commands.add_parser("bank", help="manage hash banks (PDQ, MD5, SHA-256)")
    bank_actions = bank.add_subparsers(dest="action", required=True, parser_class=_Parser)
    store_option = _Parser(add_help=False)
    store_option.add_argument("--store", metavar="DIR", required=True, help="store directory (created by add/import)")
    named = _Parser(add_help=False, parents=[store_option])
    named.add_argument("--bank", metavar="NAME", required=True, help="the bank")
    hashes = _Parser(add_help=False)
    hashes.add_argument("--pdq", action="append", default=[], metavar="HEX", help="a PDQ hash (64 hex)")
    hashes.add_argument("--md5", action="append", default=[], metavar="HEX", help="an MD5 (32 hex)")
    hashes.add_argument("--sha256", action="append", default=[], metavar="HEX", help="a SHA-256 (64 hex)")
    hashes.add_argument("files", nargs="*", metavar="IMAGE", help="image files to hash (PDQ + SHA-256)")
    add = bank_actions.add_parser("add", parents=[named, hashes], help="add hashes (or images' hashes) to a bank")
    add.add_argument("--case-id", metavar="ID", help="the case these hashes belong to")
    add.add_argument("--threshold", type=int, metavar="N", help="the bank's PDQ distance when creating it (default 31)")
    bank_actions.add_parser("remove", parents=[named, hashes], help="remove hashes from a bank")
    imp = bank_actions.add_parser(
        "import", parents=[named], help="import plain PDQ hex lines or StopNCII-style CSV (hash,status,case_id)"
    )
    imp.add_argument("--threshold", type=int, metavar="N", help="the bank's PDQ distance when creating it (default 31)")
    imp.add_argument("source", metavar="FILE", help="the list file, or - for stdin")
    exp = bank_actions.add_parser("export", parents=[named], help="print a bank's hashes")
    exp.add_argument("--format", choices=["plain", "csv"], default="plain", help="plain hex lines or CSV")
    bank_actions.add_parser("list", parents=[store_option], help="list the banks and their sizes")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stdin: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        config = GuardConfig.load(args.config)
        handler = _HANDLERS[args.command]
        return handler(args, config, out, stdin or sys.stdin)
    except (UsageError, GuardError) as exc:
        print(f"bountyboard guard: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _emit(out: TextIO, obj: dict[str, Any]) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


@contextlib.contextmanager
def _guard(store: str | None, config: GuardConfig, *, create: bool = False) -> Iterator[Any]:
    from bountyboard.guard.engine import Guard

    if store is None:
        # No registry given: an empty throwaway store, so only the shipped lists and models apply.
        with tempfile.TemporaryDirectory(prefix="bountyboard-guard-") as tmp:
            yield Guard.open(Path(tmp), config=config, create=True)
        return
    path = Path(store)
    if not path.is_dir() and not create:
        raise UsageError(f"store directory {store} does not exist")
    yield Guard.open(path, config=config, create=create)


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from exc


def _is_utf8(text: str) -> bool:
    """False for text decoded with ``surrogateescape`` from bytes that are not UTF-8 (argv, stdin)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _stdin_lines(stdin: TextIO) -> Iterator[str | None]:
    """stdin line by line; None for a line that is not valid UTF-8 (read as bytes where possible, so
    one bad line neither stops the stream nor raises a traceback)."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        for line in stdin:
            yield line if _is_utf8(line) else None
        return
    for raw in buffer:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield None


def _cmd_text(args: argparse.Namespace, config: GuardConfig, out: TextIO, stdin: TextIO) -> int:
    if not args.jsonl and not _is_utf8(args.text):
        raise UsageError("the text is not valid UTF-8; send UTF-8 text")
    with _guard(args.store, config) as guard:
        if not args.jsonl:
            _emit(out, guard.scan_text(args.text).to_json())
            return 0
        status = 0
        for number, line in enumerate(_stdin_lines(stdin), start=1):
            if line is None:
                print(f"bountyboard guard: error: stdin line {number}: not valid UTF-8", file=sys.stderr)
                status = EXIT_BAD_INPUT
                continue
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise ValueError('expected an object with a string "text"')
            except ValueError as exc:
                reason = "a raw NUL byte is not valid JSON (write it as \\u0000)" if "\x00" in line else exc
                print(f"bountyboard guard: error: stdin line {number}: {reason}", file=sys.stderr)
                status = EXIT_BAD_INPUT
                continue
            _emit(out, {"id": item.get("id"), **guard.scan_text(item["text"]).to_json()})
        return status


def _cmd_image(args: argparse.Namespace, config: GuardConfig, out: TextIO, stdin: TextIO) -> int:
    status = 0
    with _guard(args.store, config) as guard:
        for name in args.files:
            try:
                report = guard.scan_image(_read_file(name))
            except (UsageError, GuardError) as exc:
                # Keep going: one bad file must not hide the answers for the others.
                print(f"bountyboard guard: error: {name}: {exc}", file=sys.stderr)
                status = EXIT_BAD_INPUT
                continue
            _emit(out, {"file": name, **report.to_json()})
    return status


def _cmd_model(args: argparse.Namespace, config: GuardConfig, out: TextIO, stdin: TextIO) -> int:
    if not Path(args.file).is_file():
        raise UsageError(f"cannot read {args.file}: no such file")
    with _guard(args.store, config) as guard:
        try:
            report = guard.scan_model(Path(args.file))
        except GuardError as exc:
            raise UsageError(f"{args.file}: {exc}") from exc
        _emit(out, {"file": args.file, **report.to_json()})
    return 0


def _cmd_enroll(args: argparse.Namespace, config: GuardConfig, out: TextIO, stdin: TextIO) -> int:
    photos = [_read_file(name) for name in args.photos]
    person = ProtectedPerson(
        person_id=args.person,
        names=tuple(args.name),
        aliases=tuple(args.alias),
        handles=tuple(args.handle),
        verified=not args.unverified,
    )
    with _guard(args.store, config, create=True) as guard:
        embedding_ids = guard.enroll(person, photos)
    _emit(out, {"person_id": person.person_id, "embeddings": len(embedding_ids), "verified": person.verified})
    return 0


def _cmd_person(args: argparse.Namespace, config: GuardConfig, out: TextIO, stdin: TextIO) -> int:
    from bountyboard.guard.store.sqlite import SqliteStore

    if not Path(args.store).is_dir():
        raise UsageError(f"store directory {args.store} does not exist")
    store = SqliteStore.open(Path(args.store))
    if args.action == "list":
        for p in store.person_list():
            _emit(out, {"person_id": p.person_id, "names": list(p.names), "aliases": list(p.aliases),
                        "handles": list(p.handles), "verified": p.verified, "active": p.active})
        return 0
    if not args.person:
        raise UsageError("person remove needs --person ID")
    if store.person_get(args.person) is None:
        raise UsageError(f"no protected person {args.person} in {args.store}")
    store.person_delete(args.person)
    _emit(out, {"person_id": args.person, "removed": True})
    return 0


def _bank_entries(args: argparse.Namespace, config: GuardConfig) -> list[BankEntry]:
    case_id = getattr(args, "case_id", None)
    entries = [BankEntry(args.bank, HashKind.PDQ, h.lower(), case_id=case_id) for h in args.pdq]
    entries += [BankEntry(args.bank, HashKind.MD5, h.lower(), case_id=case_id) for h in args.md5]
    entries += [BankEntry(args.bank, HashKind.SHA256, h.lower(), case_id=case_id) for h in args.sha256]
    if args.files:
        from bountyboard.guard.image.analyzer import ImageAnalyzer

        analyzer = ImageAnalyzer(config.image)
        for name in args.files:
            data = _read_file(name)
            try:
                analysis = analyzer.analyze(data)
            except GuardError as exc:
                raise UsageError(f"{name}: {exc}") from exc
            entries.append(BankEntry(args.bank, HashKind.SHA256, hashlib.sha256(data).hexdigest(), case_id=case_id))
            if analysis.pdq is not None:
                entries.append(BankEntry(args.bank, HashKind.PDQ, analysis.pdq, case_id=case_id))
    for entry in entries:
        _check_hex(entry)
    if not entries:
        raise UsageError("give --pdq, --md5, --sha256 or image files")
    return entries


_HEX_LENGTH = {HashKind.PDQ: 64, HashKind.MD5: 32, HashKind.SHA256: 64}


def _check_hex(entry: BankEntry) -> None:
    want = _HEX_LENGTH[entry.kind]
    if len(entry.value) != want or any(c not in "0123456789abcdef" for c in entry.value):
        raise UsageError(f"{entry.value!r} is not a {entry.kind.value} hash ({want} hex digits)")


def _cmd_bank(args: argparse.Namespace, config: GuardConfig, out: TextIO, stdin: TextIO) -> int:
    from bountyboard.guard.store.exchange import bank_export, bank_import
    from bountyboard.guard.store.sqlite import SqliteStore

    creates = args.action in {"add", "import"}
    if not Path(args.store).is_dir() and not creates:
        raise UsageError(f"store directory {args.store} does not exist")
    store = SqliteStore.open(Path(args.store), create=creates)
    if args.action == "list":
        for bank in store.bank_list():
            _emit(out, {"bank": bank.name, "pdq_threshold": bank.pdq_threshold,
                        "hashes": sum(1 for _ in store.hash_list(bank.name))})
        return 0
    known = {b.name for b in store.bank_list()}
    if args.action in {"remove", "export"} and args.bank not in known:
        raise UsageError(f"no bank {args.bank} in {args.store}")
    if creates and args.bank not in known:
        store.bank_ensure(args.bank, pdq_threshold=args.threshold if args.threshold is not None else 31)
    if args.action == "add":
        added = sum(store.hash_add(e) for e in _bank_entries(args, config))
        _emit(out, {"bank": args.bank, "added": added})
    elif args.action == "remove":
        removed = sum(store.hash_remove(e.bank, e.kind, e.value) for e in _bank_entries(args, config))
        _emit(out, {"bank": args.bank, "removed": removed})
    elif args.action == "import":
        source = args.source
        if source == "-":
            result = bank_import(store, args.bank, stdin)
        else:
            try:
                with open(source, encoding="utf-8") as handle:
                    result = bank_import(store, args.bank, handle)
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"cannot read {source}: {exc}") from exc
        _emit(out, {"bank": args.bank, **result.to_json()})
        if result.errors:
            return EXIT_BAD_INPUT
    else:
        for line in bank_export(store, args.bank, args.format):
            out.write(line.rstrip("\n") + "\n")
    return 0


_HANDLERS = {
    "text": _cmd_text,
    "image": _cmd_image,
    "model": _cmd_model,
    "enroll": _cmd_enroll,
    "person": _cmd_person,
    "bank": _cmd_bank,
}
