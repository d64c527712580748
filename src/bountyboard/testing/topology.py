"""The scale-out reference deployment on this machine: ``make up`` / ``make down``.

    python -m bountyboard.testing.topology up [--dir var/topology]
    python -m bountyboard.testing.topology status
    python -m bountyboard.testing.topology down

``up`` starts a throwaway PostgreSQL cluster (``PgCluster``; as root its binaries run as the
``postgres`` user), a redis-server, migrates, then two ``bountyboard serve`` processes on
127.0.0.1:8001 and :8002, two Celery workers and the scheduler (Celery beat). Each process has a
pid file and a log under the directory; ``state.json`` says where everything is, so ``down`` stops
them all (and deletes the cluster) from another shell. Only 127.0.0.1 is listened on.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bountyboard.testing.network import wait_for_port
from bountyboard.testing.pgcluster import PgCluster
from bountyboard.testing.services import RedisServer

DEFAULT_DIR = Path("var/topology")
WEB_PORTS = (8001, 8002)


@dataclass(frozen=True)
class Process:
    name: str
    command: list[str]
    port: int | None = None


def _bin(name: str) -> str:
    # The console scripts sit beside the interpreter that runs us (the project's venv).
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def topology_processes() -> list[Process]:
    celery = [_bin("celery"), "-A", "bountyboard.config.celery"]
    processes = [
        Process(f"web-{port}", [_bin("bountyboard"), "serve", "--host", "127.0.0.1", "--port", str(port)], port)
        for port in WEB_PORTS
    ]
    processes += [
        Process(f"worker-{n}", [*celery, "worker", "-Q", "celery", "--concurrency", "1", "-n", f"worker{n}@%h",
                                "--loglevel", "INFO"])
        for n in (1, 2)
    ]
    processes.append(Process("scheduler", [*celery, "beat", "--loglevel", "INFO"]))
    return processes


def topology_environment(root: Path, state: dict[str, object]) -> dict[str, str]:
    """The environment every process of the topology runs with (and a CLI command against it)."""
    return {
        **os.environ,
        "DATABASE_URL": str(state["database_url"]),
        "CELERY_BROKER_URL": str(state["broker_url"]),
        "REDIS_CACHE_URL": str(state["broker_url"]).rsplit("/", 1)[0] + "/1",
        "BOUNTYBOARD_VAR_DIR": str((root / "var").resolve()),
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production",
        "BOUNTYBOARD_SITE_URL": f"http://127.0.0.1:{WEB_PORTS[0]}",
        "PYTHONUNBUFFERED": "1",
    }


def _state_file(root: Path) -> Path:
    return root / "state.json"


def topology_up(root: Path) -> dict[str, object]:
    root.mkdir(parents=True, exist_ok=True)
    (root / "var").mkdir(exist_ok=True)
    cluster = PgCluster(durable=True).start()  # a confirmed commit survives a crash, as in production
    redis = RedisServer().start()
    state: dict[str, object] = {
        "pg_root": str(cluster.root), "pg_port": cluster.port, "database_url": cluster.database_url,
        "redis_pid": redis.process.pid if redis.process else 0, "redis_dir": str(redis.dir),
        "broker_url": redis.url, "processes": {},
    }
    _state_file(root).write_text(json.dumps(state, indent=2))
    (root / "redis.pid").write_text(str(state["redis_pid"]))
    env = topology_environment(root, state)
    subprocess.run([_bin("bountyboard"), "migrate", "--noinput"], env=env, check=True,
                   stdout=(root / "migrate.log").open("w"), stderr=subprocess.STDOUT)
    processes: dict[str, int] = {}
    for process in topology_processes():
        log = (root / f"{process.name}.log").open("ab")
        child = subprocess.Popen(process.command, env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT,
                                 start_new_session=True)  # its own group: `down` stops it and its children
        processes[process.name] = child.pid
        (root / f"{process.name}.pid").write_text(str(child.pid))
        state["processes"] = processes
        _state_file(root).write_text(json.dumps(state, indent=2))
        # One web process at a time: each runs collectstatic at start, into the same directory.
        if process.port is not None and not wait_for_port(process.port, timeout=180):
            raise SystemExit(f"{process.name} did not listen on 127.0.0.1:{process.port}; see {root}/{process.name}.log")
    return state


def _stop_group(pid: int, *, timeout: float = 20.0) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def topology_cluster(state: dict[str, object]) -> PgCluster:
    """The running cluster ``state`` names (to stop, restart or remove it from another process)."""
    cluster = PgCluster(durable=True)
    cluster.root, cluster.port, cluster.running = Path(str(state["pg_root"])), int(str(state["pg_port"])), True
    return cluster


def topology_down(root: Path) -> None:
    state_file = _state_file(root)
    if not state_file.exists():
        print(f"nothing to stop: no {state_file}")
        return
    state = json.loads(state_file.read_text())
    for name, pid in dict(state.get("processes", {})).items():
        _stop_group(int(pid))
        (root / f"{name}.pid").unlink(missing_ok=True)
    redis_pid = int(state.get("redis_pid") or 0)
    if redis_pid:
        try:
            os.kill(redis_pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    shutil.rmtree(str(state.get("redis_dir") or ""), ignore_errors=True)
    (root / "redis.pid").unlink(missing_ok=True)
    topology_cluster(state).remove()
    state_file.unlink()


def topology_status(root: Path) -> dict[str, bool]:
    state = json.loads(_state_file(root).read_text())
    alive = {}
    for name, pid in dict(state["processes"]).items():
        try:
            os.kill(int(pid), 0)
            alive[name] = True
        except ProcessLookupError:
            alive[name] = False
    return alive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bountyboard.testing.topology")
    parser.add_argument("action", choices=["up", "down", "status"])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    root = args.dir.resolve()
    if args.action == "up":
        if _state_file(root).exists():
            print(f"{_state_file(root)} exists: the topology is up (`make down` stops it)", file=sys.stderr)
            return 1
        try:
            state = topology_up(root)
        except BaseException:
            topology_down(root)
            raise
        print(f"up: web on http://127.0.0.1:{WEB_PORTS[0]} and :{WEB_PORTS[1]}; "
              f"PostgreSQL {state['database_url']}; Redis {state['broker_url']}; logs and pids in {root}")
    elif args.action == "down":
        topology_down(root)
        print("down: every process stopped, the cluster deleted")
    else:
        for name, ok in topology_status(root).items():
            print(f"{name}: {'running' if ok else 'stopped'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
