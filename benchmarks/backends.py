"""The harness the database benchmarks share: one child process per backend (Django configures one
database per process), SQLite in a temporary directory, then a throwaway PostgreSQL cluster.

A benchmark module ``benchmarks.bench_<name>`` defines ``backend_run(backend)`` (the measuring,
in the child, after ``django_ready()``) and ends with::

    def run() -> None:
        both_backends_run("benchmarks.bench_<name>")

    if __name__ == "__main__":
        backend_main(backend_run, run)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def django_ready() -> None:
    """In the child: configure Django for the database in ``DATABASE_URL`` and migrate it."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _child(module: str, backend: str, database_url: str, var_dir: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "BOUNTYBOARD_VAR_DIR": var_dir,
           "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.test"}
    subprocess.run([sys.executable, "-m", module, backend], env=env, check=True, cwd=REPO)


def sqlite_backend_run(module: str) -> None:
    """Run ``python -m <module> sqlite`` on a fresh SQLite database (what does not depend on the backend)."""
    prefix = f"bb-{module.rsplit('.', 1)[-1].replace('_', '-')}-"
    with tempfile.TemporaryDirectory(prefix=prefix) as var_dir:
        _child(module, "sqlite", f"sqlite:///{var_dir}/bench.sqlite3", var_dir)


def both_backends_run(module: str) -> None:
    """Run ``python -m <module> <backend>`` on a fresh SQLite database, then on a fresh PostgreSQL."""
    sqlite_backend_run(module)
    prefix = f"bb-{module.rsplit('.', 1)[-1].replace('_', '-')}-"
    from bountyboard.testing.pgcluster import PgCluster

    with PgCluster() as cluster, tempfile.TemporaryDirectory(prefix=prefix) as var_dir:
        _child(module, "postgres", cluster.database_url, var_dir)


def backend_main(backend_run: Callable[[str], None], run: Callable[[], None]) -> None:
    """``python -m benchmarks.bench_<name> <backend>`` with ``DATABASE_URL`` set is the child: it
    measures one backend; without them, the parent runs both."""
    if len(sys.argv) > 1 and "DATABASE_URL" in os.environ:
        backend_run(sys.argv[1])
    else:
        run()
