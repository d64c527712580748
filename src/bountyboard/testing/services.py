"""redis-server and a Celery worker as real subprocesses, for tests (see ``plugin``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bountyboard.testing.network import free_port, wait_for_port


def wait_until(predicate: Callable[[], bool], *, timeout: float = 120.0, interval: float = 0.2) -> bool:
    """Poll ``predicate`` until it holds (True) or ``timeout`` seconds pass (False): for work another
    process does (a worker, a server's schedule), never as a timing assertion."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


class RedisServer:
    """An in-memory redis-server on a free port: no RDB snapshots, no AOF."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.dir: Path | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, *, port: int | None = None) -> RedisServer:
        """Start on a free port, or on ``port`` (to bring a stopped server back where clients look)."""
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server not found (apt-get install redis-server)")
        self.dir = Path(tempfile.mkdtemp(prefix="bb-redis-"))
        for _ in range(5 if port is None else 1):
            self.port = port or free_port()
            self.process = subprocess.Popen(
                [
                    binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.dir),
                    "--daemonize",
                    "no",
                    "--loglevel",
                    "warning",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                if wait_for_port(self.port, timeout=10) and self.process.poll() is None:
                    return self
            except BaseException:
                self.stop()
                raise
            self.process.kill()
            self.process.wait()
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None


class CeleryWorker:
    """``celery -A bountyboard.config.celery worker --pool=solo -Q celery`` in a subprocess.

    ``env`` must carry the broker and the database the test uses (DATABASE_URL), so the worker
    sees what the test committed.
    """

    def __init__(self, *, env: dict[str, str]) -> None:
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path: Path | None = None

    def start(self, *, timeout: float = 60.0) -> CeleryWorker:
        fd, log_name = tempfile.mkstemp(prefix="bb-celery-", suffix=".log")
        os.close(fd)
        self.log_path = Path(log_name)
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "bountyboard.config.celery",
                "worker",
                "--pool=solo",
                "-Q",
                "celery",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"test-{os.getpid()}@%h",
            ],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"celery worker exited early:\n{self.log()}")
                if " ready." in self.log():
                    return self
                time.sleep(0.1)
            raise RuntimeError(f"celery worker not ready after {timeout}s:\n{self.log()}")
        except BaseException:
            self.stop()  # interrupted or failed while starting: never leave the worker behind
            raise

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""

    def log_wait(self, text: str, *, timeout: float = 60.0) -> bool:
        """Wait until ``text`` appears in the worker's log (e.g. a task ``received``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log():
                return True
            time.sleep(0.02)
        return False

    def kill(self) -> None:
        """``kill -9``: no warm shutdown, the task in hand is neither finished nor acknowledged."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # warm shutdown: finishes the current task
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)
            self.log_path = None
