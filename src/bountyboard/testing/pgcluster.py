"""A throwaway PostgreSQL cluster for tests.

    python -m bountyboard.testing.pgcluster -- pytest -m postgres

creates a cluster in a temp dir with the machine's ``initdb``, starts it on a free port (socket dir
under /tmp), creates a database, runs the command with ``DATABASE_URL`` pointing at it, then stops
the cluster and deletes it, and exits with the command's exit code. PostgreSQL refuses to run as
root, so as root every server binary runs as the ``postgres`` user (``runuser -u postgres --``).
Durability is switched off (fsync, synchronous_commit): the data is thrown away anyway. The
reference topology asks for it on (``durable=True``): its fault tests crash the server, and a commit
the site confirmed must survive that, as it does on a real deployment.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from bountyboard.testing.network import free_port

PG_SERVICE_USER = "postgres"


def postgres_bin_dir() -> Path:
    """The newest installed server's bin dir (``$BOUNTYBOARD_PG_BIN`` overrides)."""
    override = os.environ.get("BOUNTYBOARD_PG_BIN")
    if override:
        return Path(override)
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3].split(".")[0])
    )
    if not candidates:
        found = shutil.which("initdb")
        if found:
            return Path(found).parent
        raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
    return Path(candidates[-1]).parent


class PgCluster:
    """Context manager: ``with PgCluster() as pg: pg.database_url``."""

    def __init__(self, *, database: str = "bountyboard", max_connections: int = 200, durable: bool = False) -> None:
        self.database = database
        self.max_connections = max_connections
        self.durable = durable
        self.bin_dir = postgres_bin_dir()
        self.as_root = os.geteuid() == 0
        self.root: Path | None = None
        self.port = 0
        self.running = False

    # Paths inside the temp dir: data, socket dir, server log.
    @property
    def data_dir(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        assert self.root is not None
        return self.root / "sock"

    @property
    def log_file(self) -> Path:
        assert self.root is not None
        return self.root / "server.log"

    @property
    def database_url(self) -> str:
        return f"postgres://{PG_SERVICE_USER}@127.0.0.1:{self.port}/{self.database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", PG_SERVICE_USER, "--", *command]
        return subprocess.run(command, check=False, capture_output=True, text=True, cwd="/tmp")

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log_file.read_text(errors="replace")[-4000:] if self.log_file.exists() else ""
            raise RuntimeError(f"{what} failed ({result.returncode}): {result.stderr.strip()}\n{log}")

    def start(self) -> PgCluster:
        # /tmp keeps the Unix socket path short (108-byte limit) whatever TMPDIR is.
        self.root = Path(tempfile.mkdtemp(prefix="bb-pg-", dir="/tmp"))
        self.socket_dir.mkdir()
        if self.as_root:
            shutil.chown(self.root, user=PG_SERVICE_USER)
            shutil.chown(self.socket_dir, user=PG_SERVICE_USER)
        self._check(
            self._run(
                "initdb",
                "-D",
                str(self.data_dir),
                "-U",
                PG_SERVICE_USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ),
            "initdb",
        )
        last_error: Exception | None = None
        for _ in range(5):  # another process may grab the free port before the server binds it
            self.port = free_port()
            result = self._server_start()
            if result.returncode == 0:
                self.running = True
                break
            last_error = RuntimeError(f"pg_ctl start failed: {result.stderr.strip()}")
        if not self.running:
            self.remove()
            raise last_error or RuntimeError("pg_ctl start failed")
        self._check(
            self._run(
                "createdb",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                PG_SERVICE_USER,
                self.database,
            ),
            "createdb",
        )
        return self

    def _server_start(self) -> subprocess.CompletedProcess[str]:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            f"-c max_connections={self.max_connections}"
        )
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        return self._run(
            "pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.log_file), "-w", "-t", "60", "start"
        )

    def restart(self, *, down_seconds: float = 0.0) -> None:
        """Stop the server as a crash would (immediate), wait, and start it again on the same port
        (fault tests: clients keep their DATABASE_URL)."""
        self.stop()
        time.sleep(down_seconds)
        self._check(self._server_start(), "pg_ctl start")
        self.running = True

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
            self.running = False

    def remove(self) -> None:
        self.stop()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.remove()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--":
        args = args[1:]
    if not args:
        print("usage: python -m bountyboard.testing.pgcluster -- <command...>", file=sys.stderr)
        return 2
    with PgCluster() as cluster:
        env = {**os.environ, "DATABASE_URL": cluster.database_url}
        print(
            f"pgcluster: PostgreSQL on port {cluster.port} ({cluster.bin_dir})", file=sys.stderr, flush=True
        )
        child = subprocess.Popen(args, env=env)

        # Pass termination on to the command and still stop and delete the cluster: a killed CI job
        # must not leave a PostgreSQL server running.
        def forward(signum: int, frame: object) -> None:
            if child.poll() is None:
                child.send_signal(signum)

        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, forward)
        return child.wait()


if __name__ == "__main__":
    raise SystemExit(main())
