"""Bad text input through the CLI gets a clear answer, never a traceback (issue 8): empty text, 1 MB
of text, invalid UTF-8 on the command line and on stdin, NUL bytes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from bountyboard.guard.cli import EXIT_BAD_INPUT, main


def run(argv: list[str], stdin: io.TextIOBase | None = None) -> tuple[int, list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    old_err = sys.stderr
    sys.stderr = err
    try:
        code = main(argv, stdout=out, stdin=stdin or io.StringIO(""))  # type: ignore[arg-type]
    finally:
        sys.stderr = old_err
    return code, [json.loads(line) for line in out.getvalue().splitlines() if line.strip()], err.getvalue()


def binary_stdin(data: bytes) -> io.TextIOWrapper:
    """stdin as a real process has it: text over a byte buffer."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


class TestBadTextInput:
    def test_empty_text_is_allowed_with_no_reasons(self) -> None:
        code, lines, err = run(["text", ""])
        assert (code, lines, err) == (0, [{"decision": "allow", "rating": "pg", "reasons": []}], "")

    def test_a_megabyte_of_text_is_scanned(self) -> None:
        text = ("Marta Kowalska nude on the beach, " * 31_000)[:1_000_000]
        code, lines, _ = run(["text", "--jsonl"], io.StringIO(json.dumps({"id": "big", "text": text}) + "\n"))
        assert code == 0
        assert lines[0]["id"] == "big" and lines[0]["decision"] == "block"

    def test_invalid_utf8_on_stdin_is_reported_per_line_and_the_rest_is_answered(self) -> None:
        data = b'{"id": 1, "text": "bad \xff\xfe bytes"}\n{"id": 2, "text": "a castle at dusk"}\n'
        code, lines, err = run(["text", "--jsonl"], binary_stdin(data))
        assert code == EXIT_BAD_INPUT
        assert [line["id"] for line in lines] == [2]
        assert err.strip() == "bountyboard guard: error: stdin line 1: not valid UTF-8"

    def test_invalid_utf8_on_the_command_line_is_a_one_line_error(self) -> None:
        text = b"bad \xff name".decode("utf-8", "surrogateescape")  # what Python makes of such argv bytes
        code, lines, err = run(["text", text])
        assert (code, lines) == (EXIT_BAD_INPUT, [])
        assert err.strip() == "bountyboard guard: error: the text is not valid UTF-8; send UTF-8 text"

    def test_an_escaped_nul_is_text_and_a_raw_nul_is_a_clear_error(self) -> None:
        stdin = io.StringIO('{"id": 1, "text": "a\\u0000b Emma Watson nude"}\n{"id": 2, "text": "a\x00b"}\n')
        code, lines, err = run(["text", "--jsonl"], stdin)
        assert code == EXIT_BAD_INPUT
        assert [(line["id"], line["decision"]) for line in lines] == [(1, "block")]
        assert "stdin line 2: a raw NUL byte is not valid JSON" in err

    def test_invalid_utf8_through_a_real_process_prints_no_traceback(self) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "bountyboard.guard", "text", "--jsonl"],
            input=b'{"id": 1, "text": "\xc3\x28"}\n', capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == EXIT_BAD_INPUT
        assert b"Traceback" not in done.stderr and b"not valid UTF-8" in done.stderr
