"""scripts/check_house.py on small source trees written for each case."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "check_house", Path(__file__).resolve().parents[1] / "check_house.py"
)
assert _SPEC is not None and _SPEC.loader is not None
check_house = importlib.util.module_from_spec(_SPEC)
sys.modules["check_house"] = check_house  # dataclasses look their module up while the class is built
_SPEC.loader.exec_module(check_house)


def write(src: Path, relative: str, text: str) -> Path:
    path = src / "bountyboard" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def messages(src: Path) -> list[str]:
    return [f"{b.path.as_posix()}:{b.line}: {b.message}" for b in check_house.house_breaches(src)]


@pytest.fixture
def src(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    write(root, "__init__.py", '"""The package."""\n')
    return root


class TestModuleSize:
    def test_a_product_module_past_600_lines_is_named(self, src: Path) -> None:
        write(src, "bounties/services.py", "x = 1\n" * 601)
        write(src, "bounties/selectors.py", "x = 1\n" * 600)
        assert messages(src) == ["src/bountyboard/bounties/services.py:1: 601 lines, over 600: split it by concept"]

    def test_migrations_tests_and_the_harness_may_be_long(self, src: Path) -> None:
        write(src, "bounties/migrations/0001_initial.py", "x = 1\n" * 900)
        write(src, "bounties/tests/test_services.py", "x = 1\n" * 900)
        write(src, "testing/factories.py", "x = 1\n" * 900)
        assert messages(src) == []


class TestPlaceholders:
    def test_a_docstring_only_or_empty_module_is_a_placeholder(self, src: Path) -> None:
        write(src, "audit/api.py", '"""audit api."""\n')
        write(src, "audit/views.py", "")
        assert messages(src) == [
            "src/bountyboard/audit/api.py:1: placeholder module (no code): delete it until it has content",
            "src/bountyboard/audit/views.py:1: placeholder module (no code): delete it until it has content",
        ]

    def test_a_package_marker_and_a_module_with_code_are_not(self, src: Path) -> None:
        write(src, "audit/__init__.py", '"""The audit log."""\n')
        write(src, "audit/selectors.py", '"""Reads."""\n\nLIMIT = 10\n')
        assert messages(src) == []


class TestFunctionLocalImports:
    def test_an_import_of_another_app_inside_a_function_is_named_with_its_line(self, src: Path) -> None:
        write(src, "screening/engine.py", """\
            from bountyboard.audit.services import audit_record


            def build():
                from bountyboard.likeness.guard_store import DjangoRegistryStore

                def inner():
                    import bountyboard.moderation.guard_banks
                return DjangoRegistryStore, inner
            """)
        assert messages(src) == [
            "src/bountyboard/screening/engine.py:5: imports bountyboard.likeness.guard_store inside a function: "
            "import it at the top (declared direction)",
            "src/bountyboard/screening/engine.py:8: imports bountyboard.moderation.guard_banks inside a function: "
            "import it at the top (declared direction)",
        ]

    def test_relative_imports_are_resolved(self, src: Path) -> None:
        write(src, "ledger/management/commands/ledger.py", """\
            def pools():
                from ....bounties.selectors import bounty_open_pools
                from ...selectors import ledger_discrepancies
                return bounty_open_pools, ledger_discrepancies
            """)
        assert messages(src) == [
            "src/bountyboard/ledger/management/commands/ledger.py:2: imports bountyboard.bounties.selectors "
            "inside a function: import it at the top (declared direction)",
        ]

    def test_own_app_guard_harness_and_type_checking_imports_are_allowed(self, src: Path) -> None:
        write(src, "screening/engine.py", """\
            from typing import TYPE_CHECKING


            def build():
                from bountyboard.guard.engine import Guard
                from bountyboard.screening.models import Screening
                from bountyboard.testing.factories import make_user
                if TYPE_CHECKING:
                    from bountyboard.accounts.models import User
                return Guard, Screening, make_user
            """)
        assert messages(src) == []

    def test_app_config_ready_may_import_other_apps_but_no_other_method(self, src: Path) -> None:
        write(src, "likeness/apps.py", """\
            from django.apps import AppConfig


            class LikenessConfig(AppConfig):
                name = "bountyboard.likeness"

                def ready(self):
                    from bountyboard.screening.engine import screening_store_register

                def other(self):
                    from bountyboard.screening.engine import guard_engine
            """)
        assert messages(src) == [
            "src/bountyboard/likeness/apps.py:11: imports bountyboard.screening.engine inside a function: "
            "import it at the top (declared direction)",
        ]


class TestMain:
    def test_exit_status_and_report(self, src: Path, capsys: pytest.CaptureFixture[str]) -> None:
        write(src, "audit/selectors.py", "LIMIT = 10\n")
        assert check_house.main(["check_house.py", str(src)]) == 0
        assert "house rules: OK" in capsys.readouterr().out
        write(src, "audit/api.py", '"""audit api."""\n')
        assert check_house.main(["check_house.py", str(src)]) == 1
        assert "audit/api.py:1: placeholder module" in capsys.readouterr().err
