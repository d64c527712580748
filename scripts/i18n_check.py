"""Both languages complete: regenerate the French catalogue from the source in a throwaway copy
and fail on any message that is untranslated or fuzzy, or when the committed ``django.mo`` is not
the compiled committed ``django.po``. Needs GNU gettext (``msgfmt``, ``msgattrib``: Debian's
``gettext``, installed by scripts/system-deps.sh).

    .venv/bin/python scripts/i18n_check.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "bountyboard"
CATALOGUE = Path("locale") / "fr" / "LC_MESSAGES"
# The same command the locale README gives translators: the engine, tests and vendored JS hold no page text.
MAKEMESSAGES = [
    "makemessages", "-l", "fr", "--no-location", "--no-wrap", "--no-obsolete",
    "--ignore", "guard/*", "--ignore", "testing/*", "--ignore", "static/*", "--ignore", "*/tests/*",
]


def _messages(po: Path, flag: str) -> list[str]:
    """msgids that ``msgattrib`` selects with ``flag`` (--untranslated or --only-fuzzy)."""
    out = subprocess.run(
        ["msgattrib", flag, "--no-wrap", str(po)], check=True, stdout=subprocess.PIPE, text=True
    ).stdout
    return [line[len("msgid ") :] for line in out.splitlines() if line.startswith("msgid ") and line != 'msgid ""']


def main() -> int:
    django_admin = shutil.which("django-admin", path=str(Path(sys.executable).parent)) or "django-admin"
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bountyboard-i18n-") as tmp:
        copy = Path(tmp) / "bountyboard"
        shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo"))
        # Without settings makemessages writes to ./locale of the copy, never the repository's.
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        subprocess.run([django_admin, *MAKEMESSAGES, "-v", "0"], cwd=copy, env=env, check=True)
        po = copy / CATALOGUE / "django.po"
        for msgid in _messages(po, "--untranslated"):
            problems.append(f"untranslated: {msgid}")
        for msgid in _messages(po, "--only-fuzzy"):
            problems.append(f"fuzzy: {msgid}")
        compiled = Path(tmp) / "django.mo"
        subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(PACKAGE / CATALOGUE / "django.po")], check=True)
        if compiled.read_bytes() != (PACKAGE / CATALOGUE / "django.mo").read_bytes():
            problems.append("django.mo is not the compiled django.po: run msgfmt (see locale/README.md)")
    for problem in problems:
        print(problem)
    if problems:
        print(f"i18n-check: {len(problems)} problem(s) in the French catalogue (src/bountyboard/locale/README.md)")
        return 1
    print("i18n-check: every message has its French translation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
