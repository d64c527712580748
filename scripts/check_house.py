"""House rules no linter checks, run by `make test`; exit 1 naming each breach.

1. No product module (migrations and tests aside) past 600 lines: split it by concept.
2. No placeholder module (only a docstring, or nothing): an app has a file only when it has content.
3. No import of another bountyboard app inside a function: a hidden import is a direction the
   import contracts (lint-imports) cannot hold anyone to. Exempt: ``TYPE_CHECKING`` blocks, the
   framework-free guard and the test harness (importable from anywhere), and ``AppConfig.ready``
   in ``apps.py`` (Django loads models after ``apps.py``, so registrations must import there).

Usage: ``python scripts/check_house.py [SRC_ROOT]`` (default: ``src`` beside this script).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_LINES = 600
ROOT_PACKAGE = "bountyboard"
# Importable from anywhere at any depth: the guard imports no app, the harness is for tests only.
SHARED_PACKAGES = frozenset({"guard", "testing"})
# Not product code: tests, the test harness, generated migrations.
SKIPPED_PARTS = frozenset({"tests", "migrations", "testing"})
# In apps.py, AppConfig.ready is Django's declared place to wire an app to others.
APP_WIRING_METHODS = frozenset({"ready"})


@dataclass(frozen=True)
class Breach:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def product_modules(src_root: Path) -> Iterator[Path]:
    for path in sorted((src_root / ROOT_PACKAGE).rglob("*.py")):
        relative = path.relative_to(src_root)
        if SKIPPED_PARTS.intersection(relative.parts[:-1]):
            continue
        if path.name.startswith("test_") or path.name == "conftest.py":
            continue
        yield path


def module_name(src_root: Path, path: Path) -> str:
    parts = list(path.relative_to(src_root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _app_of(dotted: str) -> str | None:
    """``bountyboard.bounties.services`` -> ``bounties``; None outside the package."""
    parts = dotted.split(".")
    if parts[0] != ROOT_PACKAGE or len(parts) < 2:
        return None
    return parts[1]


def _imported_modules(node: ast.Import | ast.ImportFrom, importer: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level == 0:
        return [node.module or ""]
    package = importer.split(".") if is_package else importer.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return [".".join([*base, node.module] if node.module else base)]


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _LocalImportFinder(ast.NodeVisitor):
    """Imports of other apps inside function bodies (at any depth), outside TYPE_CHECKING blocks."""

    def __init__(self, importer: str, is_package: bool, exempt_functions: frozenset[str]) -> None:
        self.importer = importer
        self.is_package = is_package
        self.own_app = _app_of(importer)
        self.exempt_functions = exempt_functions
        self.depth = 0
        self.found: list[tuple[int, str]] = []

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if self.depth == 0 and node.name in self.exempt_functions:
            return
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def _visit_import(self, node: ast.Import | ast.ImportFrom) -> None:
        if self.depth == 0:
            return
        for target in _imported_modules(node, self.importer, self.is_package):
            app = _app_of(target)
            if app is not None and app != self.own_app and app not in SHARED_PACKAGES:
                self.found.append((node.lineno, target))

    visit_Import = _visit_import
    visit_ImportFrom = _visit_import


def module_breaches(src_root: Path, path: Path) -> list[Breach]:
    source = path.read_text(encoding="utf-8")
    shown = path.relative_to(src_root.parent) if src_root.parent in path.parents else path
    breaches: list[Breach] = []
    lines = len(source.splitlines())
    if lines > MAX_LINES:
        breaches.append(Breach(shown, 1, f"{lines} lines, over {MAX_LINES}: split it by concept"))
    tree = ast.parse(source, filename=str(path))
    code = [node for node in tree.body if not _is_docstring(node)]
    if not code and path.name != "__init__.py":
        breaches.append(Breach(shown, 1, "placeholder module (no code): delete it until it has content"))
    importer = module_name(src_root, path)
    finder = _LocalImportFinder(importer, path.name == "__init__.py", frozenset())
    for node in tree.body:
        if path.name == "apps.py" and isinstance(node, ast.ClassDef):
            class_finder = _LocalImportFinder(importer, False, APP_WIRING_METHODS)
            for item in node.body:
                class_finder.visit(item)
            finder.found.extend(class_finder.found)
        else:
            finder.visit(node)
    for line, target in sorted(finder.found):
        breaches.append(
            Breach(shown, line, f"imports {target} inside a function: import it at the top (declared direction)")
        )
    return breaches


def house_breaches(src_root: Path) -> list[Breach]:
    return [breach for path in product_modules(src_root) for breach in module_breaches(src_root, path)]


def main(argv: list[str]) -> int:
    src_root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "src"
    breaches = house_breaches(src_root.resolve())
    for breach in breaches:
        print(breach, file=sys.stderr)
    if breaches:
        print(f"house rules: {len(breaches)} breaches", file=sys.stderr)
        return 1
    print("house rules: OK (module sizes, no placeholders, no function-local imports of another app)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
